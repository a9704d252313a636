# Drafts (see tests/ui/run.sh): the text open in $ISMS_EDITOR when isms is
# told to end is kept in $XDG_STATE_HOME/isms/drafts/.  The test editors
# end isms themselves: in the editor's shell $PPID is isms.
$ isms init --org "Acme Ltd"
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ isms -d other.db init --org "Other Ltd"
! isms: created other.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ mkdir tmp
# SIGTERM while the editor runs: the editor is ended too, isms ends by the
# signal, the draft is private, and nothing is left in $TMPDIR
$ TMPDIR=$PWD/tmp ISMS_EDITOR='printf "typed text" >"$1"; kill -TERM $PPID; sleep 5 #' isms --script $ISMS_SRCDIR/tests/ui/keys/drafts-edit.keys
! isms: ended by SIGTERM; the text being edited (SoA A.7.4 Justification) is kept in <tmp>/home/.local/state/isms/drafts/ and offered when isms next opens this database
[143]
$ ls -A tmp
$ cd home/.local/state/isms && stat -c '%a %n' . drafts drafts/* | sed 's/[0-9]\{8\}T[0-9]\{6\}Z/<stamp>/; s/-[^-]*\.\(txt\|meta\)$/-<random>.\1/'
700 .
700 drafts
600 drafts/<stamp>-SoA-A.7.4-Justification-<random>.meta
600 drafts/<stamp>-SoA-A.7.4-Justification-<random>.txt
$ cat home/.local/state/isms/drafts/*.txt
typed text
$ cat home/.local/state/isms/drafts/*.meta
isms draft 1
database: <tmp>/isms.db
tab: SoA
key: A.7.4
field: Justification
started: <time>
# a hangup, on another database
$ ISMS_EDITOR='printf "other text" >"$1"; kill -HUP $PPID; sleep 5 #' isms -d other.db --script $ISMS_SRCDIR/tests/ui/keys/drafts-edit.keys
! isms: ended by SIGHUP; the text being edited (SoA A.7.4 Justification) is kept in <tmp>/home/.local/state/isms/drafts/ and offered when isms next opens this database
[129]
$ grep -h database: home/.local/state/isms/drafts/*.meta | sort
database: <tmp>/isms.db
database: <tmp>/other.db
# an editor that ends normally leaves no draft, and CR LF becomes LF
$ ISMS_EDITOR='printf "line one\r\nline two\r\n" >' isms --script $ISMS_SRCDIR/tests/ui/keys/editor-crlf.keys
! Justification:   line one
!                  line two
$ ls home/.local/state/isms/drafts | wc -l
4
