# Descriptors (see tests/ui/run.sh): every descriptor isms opens is
# close-on-exec (cloexec.sh names those that are not, leaving out the ones
# isms was started with).
$ isms init --org "Acme Ltd"
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ ls /proc/$$/fd >inherited; ISMS_EDITOR='printf x >' isms --script $ISMS_SRCDIR/tests/ui/keys/descriptors.keys
