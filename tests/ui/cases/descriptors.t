# Descriptors (see tests/ui/run.sh): every descriptor isms opens is
# close-on-exec (cloexec.sh names those that are not, leaving out the ones
# isms was started with), and the shell that runs $ISMS_EDITOR holds 0, 1
# and 2 only (listed by a child, which leaves the shell's own as they are).
$ isms init --org "Acme Ltd"
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ ls /proc/$$/fd >inherited; ISMS_EDITOR='sh -c "ls /proc/\$PPID/fd >editor-fds"; printf x >' isms --script $ISMS_SRCDIR/tests/ui/keys/descriptors.keys
$ cat editor-fds
0
1
2
