# Drafts (see tests/ui/run.sh): the text open in $ISMS_EDITOR when isms is
# told to end is kept in $XDG_STATE_HOME/isms/drafts/, offered at the next
# start, restored into its form, saved.  The test editors end isms
# themselves: in the editor's shell $PPID is isms.
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
# the next start offers it; Enter puts it into the form as a pending
# change, w saves it and only then is the draft deleted
$ isms --script $ISMS_SRCDIR/tests/ui/keys/drafts-restore.keys
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets   5 Documents   People   6 History
|+ Unsaved text from an interrupted edit (1 draft) -----------------------------+
|| isms ended (hung up or killed) while this text was open in the editor, so it |
|| was kept. Enter restores it into its form, where w saves it; d discards it;  |
|| Esc keeps it for a later start.                                              |
||                                                                              |
|| SoA A.7.4 Justification                                 <time> |
||                                                                              |
|| typed text                                                                   |
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
|+------------------------------------------------------------------------------+
|Enter restore the draft into its form  d discard the draft (asks first)  Esc ke…
|isms.db | <user> | rows 41/41
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|+ A.7.4 Physical security monitoring ------------------------------------------+
|| Watch premises with alarms, CCTV or guards so that unauthorized physical     |
|| access is noticed and acted upon.                                            |
|| Theme Physical; no risk linked (RA comes from the risk register)             |
|| Control type: Preventive, Detective                                          |
|| Information security properties: Confidentiality, Integrity, Availability    |
|| Cybersecurity concepts: Protect, Detect                                      |
|| Operational capabilities: Physical_security                                  |
|| Security domains: Protection, Defence                                        |
|| Revision 1, last changed <time> by <user>                        |
||                                                                              |
||                                                                              |
|| Applicable      undecided                                                    |
|| Reasons         none                                                         |
||*Justification   typed text                                                   |
|| Status          not started                                                  |
|| How implemented                                                              |
|| Evidence                                                                     |
|| Owner                                                                        |
|| Last review                                                                  |
|+------------------------------------------------------------------------------+
|restored the draft into Justification: w saves it
|isms.db | <user> | rows 93/93
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|+ A.7.4 Physical security monitoring ------------------------------------------+
|| Watch premises with alarms, CCTV or guards so that unauthorized physical     |
|| access is noticed and acted upon.                                            |
|| Theme Physical; no risk linked (RA comes from the risk register)             |
|| Control type: Preventive, Detective                                          |
|| Information security properties: Confidentiality, Integrity, Availability    |
|| Cybersecurity concepts: Protect, Detect                                      |
|| Operational capabilities: Physical_security                                  |
|| Security domains: Protection, Defence                                        |
|| Revision 2, last changed <time> by <user>                        |
||                                                                              |
||                                                                              |
|| Applicable      undecided                                                    |
|| Reasons         none                                                         |
|| Justification   typed text                                                   |
|| Status          not started                                                  |
|| How implemented                                                              |
|| Evidence                                                                     |
|| Owner                                                                        |
|| Last review                                                                  |
|+------------------------------------------------------------------------------+
|saved
|isms.db | <user> | rows 93/93
! Justification:   typed text
$ isms soa show A.7.4 | grep -a Justification
Justification:   typed text
$ ls -A home/.local/state/isms/drafts
# a hangup; drafts of another database are neither offered nor touched
$ ISMS_EDITOR='printf "other text" >"$1"; kill -HUP $PPID; sleep 5 #' isms -d other.db --script $ISMS_SRCDIR/tests/ui/keys/drafts-edit.keys
! isms: ended by SIGHUP; the text being edited (SoA A.7.4 Justification) is kept in <tmp>/home/.local/state/isms/drafts/ and offered when isms next opens this database
[129]
$ ISMS_EDITOR='printf "first draft\nof two" >"$1"; kill -TERM $PPID; sleep 5 #' isms --script $ISMS_SRCDIR/tests/ui/keys/drafts-edit2.keys
! isms: ended by SIGTERM; the text being edited (SoA A.8.9 How implemented) is kept in <tmp>/home/.local/state/isms/drafts/ and offered when isms next opens this database
[143]
$ ISMS_EDITOR='printf "second draft" >"$1"; kill -TERM $PPID; sleep 5 #' isms --script $ISMS_SRCDIR/tests/ui/keys/drafts-edit.keys
! isms: ended by SIGTERM; the text being edited (SoA A.7.4 Justification) is kept in <tmp>/home/.local/state/isms/drafts/ and offered when isms next opens this database
[143]
$ ls home/.local/state/isms/drafts | wc -l
6
# read-only, they are only mentioned; Esc keeps them for later
$ isms --read-only --script $ISMS_SRCDIR/tests/ui/keys/drafts-readonly.keys
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
|2 drafts of an interrupted edit are kept for this database; open it writable to
|restore them
|isms.db | <user> | READ-ONLY | rows 41/41
$ isms --script $ISMS_SRCDIR/tests/ui/keys/drafts-keep.keys
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets   5 Documents   People   6 History
|+ Unsaved text from an interrupted edit (2 drafts) ----------------------------+
|| isms ended (hung up or killed) while this text was open in the editor, so it |
|| was kept. Enter restores it into its form, where w saves it; d discards it;  |
|| Esc keeps it for a later start.                                              |
||                                                                              |
|| SoA A.8.9 How implemented                               <time> |
|| SoA A.7.4 Justification                                 <time> |
||                                                                              |
|| first draft                                                                  |
|| of two                                                                       |
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
|+------------------------------------------------------------------------------+
|Enter restore the draft into its form  d discard the draft (asks first)  Esc ke…
|isms.db | <user> | rows 41/41
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
|2 drafts kept; they are offered again at the next start
|isms.db | <user> | rows 41/41
$ ls home/.local/state/isms/drafts | wc -l
6
# d discards after a yes; the other database's draft stays
$ isms --script $ISMS_SRCDIR/tests/ui/keys/drafts-discard.keys
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets   5 Documents   People   6 History
|+ Unsaved text from an interrupted edit (2 drafts) ----------------------------+
|| isms ended (hung up or killed) while this text was open in the editor, so it |
|| was kept. Enter restores it into its form, where w saves it; d discards it;  |
|| Esc keeps it for a later start.                                              |
||                                                                              |
|| SoA A.8.9 How implemented                               <time> |
|| SoA A.7.4 Justification                                 <time> |
||                                                                              |
|| second draft                                                                 |
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
|+------------------------------------------------------------------------------+
|discard the draft of SoA A.7.4 Justification, deleting its text? (y/n)
|isms.db | <user> | rows 41/41
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets   5 Documents   People   6 History
|+ Unsaved text from an interrupted edit (1 draft) -----------------------------+
|| isms ended (hung up or killed) while this text was open in the editor, so it |
|| was kept. Enter restores it into its form, where w saves it; d discards it;  |
|| Esc keeps it for a later start.                                              |
||                                                                              |
|| SoA A.8.9 How implemented                               <time> |
||                                                                              |
|| first draft                                                                  |
|| of two                                                                       |
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
|+------------------------------------------------------------------------------+
|the draft is discarded
|isms.db | <user> | rows 41/41
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
|the draft is discarded
|isms.db | <user> | rows 41/41
$ cat home/.local/state/isms/drafts/*.txt
other text
$ grep -h database: home/.local/state/isms/drafts/*.meta
database: <tmp>/other.db
# an editor that ends normally leaves no draft, and CR LF becomes LF
$ ISMS_EDITOR='printf "line one\r\nline two\r\n" >' isms --script $ISMS_SRCDIR/tests/ui/keys/editor-crlf.keys
! Justification:   line one
!                  line two
$ ls home/.local/state/isms/drafts | wc -l
2
# a restored draft whose text someone else then saves is deleted too
$ ISMS_EDITOR='printf "the same text" >"$1"; kill -TERM $PPID; sleep 5 #' isms --script $ISMS_SRCDIR/tests/ui/keys/drafts-edit.keys
! isms: ended by SIGTERM; the text being edited (SoA A.7.4 Justification) is kept in <tmp>/home/.local/state/isms/drafts/ and offered when isms next opens this database
[143]
$ isms --script $ISMS_SRCDIR/tests/ui/keys/drafts-theirs.keys
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|+ A.7.4 Physical security monitoring ------------------------------------------+
|| Watch premises with alarms, CCTV or guards so that unauthorized physical     |
|| access is noticed and acted upon.                                            |
|| Theme Physical; no risk linked (RA comes from the risk register)             |
|| Control type: Preventive, Detective                                          |
|| Information security properties: Confidentiality, Integrity, Availability    |
|| Cybersecurity concepts: Protect, Detect                                      |
|| Operational capabilities: Physical_security                                  |
|| Security domains: Protection, Defence                                        |
|| Revision 3, last changed <time> by <user>                        |
||                                                                              |
||                                                                              |
|| Applicable      undecided                                                    |
|| Reasons         none                                                         |
|| Justification   the same text                                                |
|| Status          not started                                                  |
|| How implemented                                                              |
|| Evidence                                                                     |
|| Owner                                                                        |
|| Last review                                                                  |
|+------------------------------------------------------------------------------+
|restored the draft into Justification: w saves it
|isms.db | <user> | rows 93/93
$ ls home/.local/state/isms/drafts | wc -l
2
