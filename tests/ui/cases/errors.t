# What the full-screen interface refuses (see tests/ui/run.sh).
$ isms --script $ISMS_SRCDIR/tests/ui/keys/clauses.keys -d missing.db
! isms: missing.db: no such database; create one with 'isms --db missing.db init'
[2]
$ isms init --org "Acme Ltd"
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ isms --read-only --script $ISMS_SRCDIR/tests/ui/keys/readonly.keys
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets   5 Documents   People   6 History
|Clause▲ Title                               Done  Status      Owner  Due
|4       ▾ Context of the organization         0/4 not started
|4.1         Understanding the organization…       not started
|4.2         Understanding the needs and ex…       not started
|4.3         Determining the scope of the i…       not started
|4.4         Information security managemen…       not started
|5       ▾ Leadership                          0/3 not started
|5.1         Leadership and commitment             not started
|5.2         Policy                                not started
|5.3         Organizational roles, responsi…       not started
|6       ▾ Planning                            0/5 not started
|6.1       ▾ Actions to address risks and o…   0/3 not started
|6.1.1         General                             not started
|6.1.2         Information security risk as…       not started
|6.1.3         Information security risk tr…       not started
|6.2         Information security objective…       not started
|6.3         Planning of changes                   not started
|7       ▾ Support                             0/7 not started
|7.1         Resources                             not started
|7.2         Competence                            not started
|7.3         Awareness                             not started
|read-only: opened with --read-only; nothing can be changed
|isms.db | <user> | READ-ONLY | rows 41/41
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets   5 Documents   People   6 History
|+ Clause 4 Context of the organization: Status --------------------------------+
|| not started                                                                  |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
|+-                                                             lines 1-1 of 1 -+
|read-only: opened with --read-only; nothing can be changed
|isms.db | <user> | READ-ONLY | rows 41/41
# a database whose schema was altered outside isms is read; every edit is
# refused with the reason
$ cp isms.db altered.db && sqlite3 altered.db "CREATE TRIGGER soa_owner_rewrite AFTER UPDATE ON soa_entry BEGIN UPDATE soa_entry SET owner = 'mallory'; END;" && isms --db altered.db --script $ISMS_SRCDIR/tests/ui/keys/readonly.keys | sed -n '23,25p;48,50p'
|altered.db: the database schema was altered outside isms (isms db check lists
|how); nothing can be changed
|altered.db | <user> | READ-ONLY | rows 41/41
|altered.db: the database schema was altered outside isms (isms db check lists
|how); nothing can be changed
|altered.db | <user> | READ-ONLY | rows 41/41
# paths that name no database are refused by name, as the commands do
$ ln -s isms.db alias.db; isms --script $ISMS_SRCDIR/tests/ui/keys/open.keys -d alias.db
! isms: alias.db: is a symbolic link; isms opens only the database file itself (give the path it points to)
[2]
$ isms --script $ISMS_SRCDIR/tests/ui/keys/open.keys -d isms.db/x.db
! isms: isms.db/x.db: isms.db is not a directory
[2]
$ isms --script $ISMS_SRCDIR/tests/ui/keys/open.keys -d nodir/x.db
! isms: nodir/x.db: no such database; create one with 'isms --db nodir/x.db init'
[2]
$ printf 'just text\n' > notes.txt; isms --script $ISMS_SRCDIR/tests/ui/keys/open.keys -d notes.txt
! isms: notes.txt: not an isms database (not an SQLite database file)
[2]
$ isms --script $ISMS_SRCDIR/tests/ui/keys/badscript.keys
! isms: <src>/tests/ui/keys/badscript.keys:1: unknown key 'NoSuchKey'
[2]
$ isms --script no-such.keys
! isms: no-such.keys: No such file or directory
[2]
$ isms --size 80by24 --script $ISMS_SRCDIR/tests/ui/keys/clauses.keys
! isms: --size: '80by24' is not COLSxROWS (for example 80x24)
! Try 'isms --help' or 'man isms'.
[2]
$ isms
! isms: the full-screen interface needs a terminal; the commands work without one (isms --help)
[2]
