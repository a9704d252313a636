# The Clauses tab driven by keystroke scripts (see tests/ui/run.sh).
$ isms init --org "Acme Ltd" --scope "Everything we do"
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
# the tree at 80x24, folding, help, search, sort
$ isms --script $ISMS_SRCDIR/tests/ui/keys/clauses.keys
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
|Space fold or unfold a clause  / search forward  f filter rows by text  s sort …
|isms.db | <user> | rows 41/41
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets   5 Documents   People   6 History
|Clause▲ Title                               Done  Status      Owner  Due
|4       ▸ Context of the organization         0/4 not started
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
|7.4         Communication                         not started
|7.5       ▾ Documented information            0/3 not started
|7.5.1         General                             not started
|7.5.2         Creating and updating               not started
|Space fold or unfold a clause  / search forward  f filter rows by text  s sort …
|isms.db | <user> | rows 37/41
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
|Space fold or unfold a clause  / search forward  f filter rows by text  s sort …
|isms.db | <user> | rows 41/41
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets   5 Documents   People   6 History
|+ Keys (Esc closes, j/k scroll) -----------------------------------------------+
|| Clauses pane                                                                 |
||   Space                  fold or unfold a clause                             |
||   -                      fold every clause                                   |
||   +                      unfold every clause                                 |
||                                                                              |
|| Tables                                                                       |
||   j, Down                next row                                            |
||   k, Up                  previous row                                        |
||   PgDn, ^F               next page                                           |
||   PgUp, ^B               previous page                                       |
||   ^D                     half a page down                                    |
||   ^U                     half a page up                                      |
||   g, Home                first row                                           |
||   G, End                 last row                                            |
||   /                      search forward                                      |
||   n                      next match                                          |
||   N                      previous match                                      |
||   f, \                   filter rows by text                                 |
||   Esc                    clear the filters                                   |
|+------------------------------------------------------------------------------+
|Esc close (asks before dropping changes)
|isms.db | <user> | rows 41/41
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets   5 Documents   People   6 History
|Clause▲ Title                               Done  Status      Owner  Due
|6.1.2         Information security risk as…       not started
|6.1.3         Information security risk tr…       not started
|6.2         Information security objective…       not started
|6.3         Planning of changes                   not started
|7       ▾ Support                             0/7 not started
|7.1         Resources                             not started
|7.2         Competence                            not started
|7.3         Awareness                             not started
|7.4         Communication                         not started
|7.5       ▾ Documented information            0/3 not started
|7.5.1         General                             not started
|7.5.2         Creating and updating               not started
|7.5.3         Control of documented inform…       not started
|8       ▾ Operation                           0/3 not started
|8.1         Operational planning and contr…       not started
|8.2         Information security risk asse…       not started
|8.3         Information security risk trea…       not started
|9       ▾ Performance evaluation              0/6 not started
|9.1         Monitoring, measurement, analy…       not started
|9.2       ▾ Internal audit                    0/2 not started
|/9.2
|isms.db | <user> | rows 41/41
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets   5 Documents   People   6 History
|Clause  Title                               Done  Status      Owner▲ Due
|7.3       Awareness                               not started
|7.4       Communication                           not started
|7.5       Documented information              0/3 not started
|7.5.1     General                                 not started
|7.5.2     Creating and updating                   not started
|7.5.3     Control of documented information       not started
|8         Operation                           0/3 not started
|8.1       Operational planning and control        not started
|8.2       Information security risk assess…       not started
|8.3       Information security risk treatm…       not started
|9         Performance evaluation              0/6 not started
|9.1       Monitoring, measurement, analysi…       not started
|9.2       Internal audit                      0/2 not started
|9.2.1     General                                 not started
|9.2.2     Internal audit programme                not started
|9.3       Management review                   0/3 not started
|9.3.1     General                                 not started
|9.3.2     Management review inputs                not started
|9.3.3     Management review results               not started
|10        Improvement                         0/2 not started
|Space fold or unfold a clause  / search forward  f filter rows by text  s sort …
|isms.db | <user> | rows 41/41
# another user's change on the idle tick; an edit saved through the form
$ isms --script $ISMS_SRCDIR/tests/ui/keys/clause-edit.keys
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
|6.1.2         Information security risk as…       not started Dana   !2020-01-31
|6.1.3         Information security risk tr…       not started
|6.2         Information security objective…       not started
|6.3         Planning of changes                   not started
|7       ▾ Support                             0/7 not started
|7.1         Resources                             not started
|7.2         Competence                            not started
|7.3         Awareness                             not started
|/6.1.2
|isms.db | <user> | rows 41/41
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets   5 Documents   People   6 History
|+ Clause 6.1.2 Information security risk assessment ---------------------------+
|| Define and apply a risk method: criteria for acceptance, how to find risks   |
|| and their owners, and how to rate likelihood and impact to rank them.        |
|| Overdue: due 2020-01-31 and not finished                                     |
|| Revision 2, last changed <time> by <user>                        |
|| Required documents:                                                          |
||   D-03 6.1.2 Information security risk assessment process: missing           |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
|| Status          not started                                                  |
|| Owner           Dana                                                         |
|| Due date        2020-01-31                                                   |
|| Notes                                                                        |
|| Evidence                                                                     |
|+------------------------------------------------------------------------------+
|w save the changes  Enter change the field  E edit the field in $EDITOR  u undo…
|isms.db | <user> | rows 41/41
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets   5 Documents   People   6 History
|+ Clause 6.1.2 Information security risk assessment ---------------------------+
|| Define and apply a risk method: criteria for acceptance, how to find risks   |
|| and their owners, and how to rate likelihood and impact to rank them.        |
|| Overdue: due 2020-01-31 and not finished                                     |
|| Revision 2, last changed <time> by <user>                        |
|| Required documents:                                                          |
||   D-03 6.1.2 Information security risk assessment process: missing           |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||*Status          implemented                                                  |
|| Owner           Dana                                                         |
|| Due date        2027-02-30                       not a date (YYYY-MM-DD)     |
|| Notes                                                                        |
|| Evidence                                                                     |
|+------------------------------------------------------------------------------+
|w save the changes  Enter change the field  E edit the field in $EDITOR  u undo…
|isms.db | <user> | rows 41/41
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets   5 Documents   People   6 History
|+ Clause 6.1.2 Information security risk assessment ---------------------------+
|| Define and apply a risk method: criteria for acceptance, how to find risks   |
|| and their owners, and how to rate likelihood and impact to rank them.        |
|| Revision 3, last changed <time> by <user>                        |
|| Required documents:                                                          |
||   D-03 6.1.2 Information security risk assessment process: missing           |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
|| Status          implemented                                                  |
|| Owner           Dana                                                         |
|| Due date        2027-02-28                                                   |
|| Notes                                                                        |
|| Evidence                                                                     |
|+------------------------------------------------------------------------------+
|saved
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
|6       ▾ Planning                            1/5 in progress
|6.1       ▾ Actions to address risks and o…   1/3 in progress
|6.1.1         General                             not started
|6.1.2         Information security risk as…       implemented Dana   2027-02-28
|6.1.3         Information security risk tr…       not started
|6.2         Information security objective…       not started
|6.3         Planning of changes                   not started
|7       ▾ Support                             0/7 not started
|7.1         Resources                             not started
|7.2         Competence                            not started
|7.3         Awareness                             not started
|Space fold or unfold a clause  / search forward  f filter rows by text  s sort …
|isms.db | <user> | rows 41/41
! Clause:    6.1.2
! Title:     Information security risk assessment
! Parent:    6.1
! Summary:   Define and apply a risk method: criteria for acceptance, how to find risks and their owners, and how to rate likelihood and impact to rank them.
! Status:    implemented
! Owner:     Dana
! Due:       2027-02-28
! Notes:
! Evidence:
! Documents: D-03 6.1.2 Information security risk assessment process: missing
! Revision:  3, <time> by <user>
$ isms history --limit 2
SEQ  WHEN                  WHO   ENTITY  KEY    FIELD   OLD          NEW
7    <time>  <user>  clause  6.1.2  due     2020-01-31   2027-02-28
6    <time>  <user>  clause  6.1.2  status  not started  implemented
