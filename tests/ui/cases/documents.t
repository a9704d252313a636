# The Documents and People tabs, and the SoA marked against its approved
# version, driven by keystroke scripts (see tests/ui/run.sh).  The person
# init adds for the login is renamed, so that lists of people sort the
# same whoever runs the tests.
$ isms init --org "Acme Ltd" 2>/dev/null && isms person set "$(id -un)" --name "Sam Login" && isms person add "Kari Lunde" --login kari --roles CEO >/dev/null && isms person add "Dana Owner" --login dana >/dev/null
$ isms soa set A.5.1 --applicable yes --owner dana && isms soa approve --by kari && isms soa set A.5.1 --status planned
SoA version 1
$ ISMS_TODAY=2026-06-30 isms --script $ISMS_SRCDIR/tests/ui/keys/documents.keys
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets  [5 Documents]  People   6 History
|ID▲     Title              Kind     Status    Owner  Next review Flags
|D-01    Scope of the ISMS  document missing                      missing
|D-02    Information secur… document missing                      missing
|D-03    Information secur… document missing                      missing
|D-04    Information secur… document missing                      missing
|D-05    Statement of Appl… document missing                      missing
|D-06    Information secur… document missing                      missing
|D-07    Information secur… document missing                      missing
|D-08    Evidence of compe… record   missing                      missing
|D-09    Documented inform… document missing                      missing
|D-10    Operational plann… record   missing                      missing
|D-11    Results of inform… record   missing                      missing
|D-12    Results of inform… record   missing                      missing
|D-13    Monitoring and me… record   missing                      missing
|D-14    Internal audit pr… record   missing                      missing
|D-15    Internal audit re… record   missing                      missing
|D-16    Management review… record   missing                      missing
|D-17    Nature of nonconf… record   missing                      missing
|D-18    Results of correc… record   missing                      missing
|D-19    Information secur… document missing                      missing
|
|a add a record  A approve the document  / search forward  f filter rows by text…
|isms.db | <user> | rows 19/19
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets  [5 Documents]  People   6 History
|ID▲     Title              Kind     Status    Owner  Next review Flags
|D-01    Scope of the ISMS  document missing                      missing
|D-02    Information secur… document missing                      missing
|D-03    Information secur… document missing                      missing
|D-04    Information secur… document missing                      missing
|D-05    Statement of Appl… document missing                      missing
|D-06    Information secur… document missing                      missing
|D-07    Information secur… document missing                      missing
|D-08    Evidence of compe… record   missing                      missing
|D-09    Documented inform… document missing                      missing
|D-10    Operational plann… record   missing                      missing
|D-11    Results of inform… record   missing                      missing
|D-12    Results of inform… record   missing                      missing
|D-13    Monitoring and me… record   missing                      missing
|D-14    Internal audit pr… record   missing                      missing
|D-15    Internal audit re… record   missing                      missing
|D-16    Management review… record   missing                      missing
|D-17    Nature of nonconf… record   missing                      missing
|D-18    Results of correc… record   missing                      missing
|D-19    Information secur… document missing                      missing
|
|D-01 4.3 Scope of the ISMS: missing; a adds a document for it
|isms.db | <user> | rows 19/19
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets  [5 Documents]  People   6 History
|ID▲     Title              Kind     Status    Owner  Next review Flags
|D-01    Scope of the ISMS  document missing                      missing
|D-02    Information secur… document missing                      missing
|D-03    Information secur… document missing                      missing
|D-04    Information secur… document missing                      missing
|D-05    Statement of Appl… document missing                      missing
|D-06    Information secur… document missing                      missing
|D-07    Information secur… document missing                      missing
|D-08    Evidence of compe… record   missing                      missing
|D-09    Documented inform… document missing                      missing
|D-10    Operational plann… record   missing                      missing
|D-11    Results of inform… record   missing                      missing
|D-12    Results of inform… record   missing                      missing
|D-13    Monitoring and me… record   missing                      missing
|D-14    Internal audit pr… record   missing                      missing
|D-15    Internal audit re… record   missing                      missing
|D-16    Management review… record   missing                      missing
|D-17    Nature of nonconf… record   missing                      missing
|D-18    Results of correc… record   missing                      missing
|D-19    Information secur… document missing                      missing
|
|new document for it, title: Scope of the ISMS
|isms.db | <user> | rows 19/19
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets  [5 Documents]  People   6 History
|+ Document DOC-001 ------------------------------------------------------------+
|| Satisfies D-01; about nothing linked                                         |
|| Not approved yet                                                             |
|| Last reviewed never, next review -; disposal after -                         |
|| Revision 1, last changed <time> by <user>                        |
||                                                                              |
||                                                                              |
|| Title           Scope of the ISMS                                            |
|| Kind            document                                                     |
|| Type            other                                                        |
|| Owner                                                                        |
|| Approver                                                                     |
|| Classification                                                               |
|| Location                                                                     |
|| Version         1.0                                                          |
|| Status          draft                                                        |
|| Review months   12                                                           |
|| Retention                                                                    |
|| Retain from     created                                                      |
|| Notes                                                                        |
|+------------------------------------------------------------------------------+
|added DOC-001
|isms.db | <user> | rows 20/20
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets  [5 Documents]  People   6 History
|+ Document DOC-001 ------------------------------------------------------------+
|| Satisfies D-01; about nothing linked                                         |
|| Not approved yet                                                             |
|| Last reviewed never, next review -; disposal after -                         |
|| Revision 1, last changed <time> by <user>                        |
||                                                                              |
||                                                                              |
|| Title           Scope + Owner -----------------------+                       |
|| Kind            docume|type a name or login          |                       |
|| Type            other |Dana Owner                    |                       |
|| Owner                 |Kari Lunde                    |                       |
|| Approver              |Sam Login                     |                       |
|| Classification        |nobody (clear the field)      |                       |
|| Location              +------------------------------+                       |
|| Version         1.0                                                          |
|| Status          draft                                                        |
|| Review months   12                                                           |
|| Retention                                                                    |
|| Retain from     created                                                      |
|| Notes                                                                        |
|+------------------------------------------------------------------------------+
|Enter choose the item  Space mark or unmark the item  / search forward  Esc clo…
|isms.db | <user> | rows 20/20
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets  [5 Documents]  People   6 History
|+ Document DOC-001 ------------------------------------------------------------+
|| Satisfies D-01; about nothing linked                                         |
|| Not approved yet                                                             |
|| Last reviewed never, next review -; disposal after -                         |
|| Revision 2, last changed <time> by <user>                        |
||                                                                              |
||                                                                              |
|| Title           Scope of the ISMS                                            |
|| Kind            document                                                     |
|| Type            other                                                        |
|| Owner           Dana Owner                                                   |
|| Approver                                                                     |
|| Classification                                                               |
|| Location                                                                     |
|| Version         1.0                                                          |
|| Status          draft                                                        |
|| Review months   12                                                           |
|| Retention                                                                    |
|| Retain from     created                                                      |
|| Notes                                                                        |
|+------------------------------------------------------------------------------+
|saved
|isms.db | <user> | rows 20/20
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets  [5 Documents]  People   6 History
|ID▲     Title           Kind     Status    Owner     Next review Flags
|D-01    Scope of the I… document missing                         missing
|D-02    Information se… document missing                         missing
|D-03    Information se… document missing                         missing
|D-04    Information se… document missing                         missing
|D-05    Statement of A… document missing                         missing
|D-06    Information se… document missing                         missing
|D-07    Information se… + approved by (not its owner) +          missing
|D-08    Evidence of co… |type a name or login         |          missing
|D-09    Documented inf… |Dana Owner                   |          missing
|D-10    Operational pl… |Kari Lunde                   |          missing
|D-11    Results of inf… |Sam Login                    |          missing
|D-12    Results of inf… +-----------------------------+          missing
|D-13    Monitoring and… record   missing                         missing
|D-14    Internal audit… record   missing                         missing
|D-15    Internal audit… record   missing                         missing
|D-16    Management rev… record   missing                         missing
|D-17    Nature of nonc… record   missing                         missing
|D-18    Results of cor… record   missing                         missing
|D-19    Information se… document missing                         missing
|DOC-001 Scope of the I… document draft     Dana Own…
|Enter choose the item  Space mark or unmark the item  / search forward  Esc clo…
|isms.db | <user> | rows 20/20
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets  [5 Documents]  People   6 History
|ID▲     Title           Kind     Status    Owner     Next review Flags
|D-02    Information se… document missing                         missing
|D-03    Information se… document missing                         missing
|D-04    Information se… document missing                         missing
|D-05    Statement of A… document missing                         missing
|D-06    Information se… document missing                         missing
|D-07    Information se… document missing                         missing
|D-08    Evidence of co… record   missing                         missing
|D-09    Documented inf… document missing                         missing
|D-10    Operational pl… record   missing                         missing
|D-11    Results of inf… record   missing                         missing
|D-12    Results of inf… record   missing                         missing
|D-13    Monitoring and… record   missing                         missing
|D-14    Internal audit… record   missing                         missing
|D-15    Internal audit… record   missing                         missing
|D-16    Management rev… record   missing                         missing
|D-17    Nature of nonc… record   missing                         missing
|D-18    Results of cor… record   missing                         missing
|D-19    Information se… document missing                         missing
|DOC-001 Scope of the I… document approved  Dana Own… 2027-06-30
|
|approved DOC-001
|isms.db | <user> | rows 19/19
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets  [5 Documents]  People   6 History
|ID▲     Title           Kind     Status    Owner     Next review Flags
|D-02    Information se… document missing                         missing
|D-03    Information se… document missing                         missing
|D-04    Information se… document missing                         missing
|D-05    Statement of A… document missing                         missing
|D-06    Information se… document missing                         missing
|D-07    Information se… document missing                         missing
|D-08    Evidence of co… record   missing                         missing
|D-09    Documented inf… document missing                         missing
|D-10    Operational pl… record   missing                         missing
|D-11    Results of inf… record   missing                         missing
|D-12    Results of inf… record   missing                         missing
|D-13    Monitoring and… record   missing                         missing
|D-14    Internal audit… record   missing                         missing
|D-15    Internal audit… record   missing                         missing
|D-16    Management rev… record   missing                         missing
|D-17    Nature of nonc… record   missing                         missing
|D-18    Results of cor… record   missing                         missing
|D-19    Information se… document missing                         missing
|DOC-001 Scope of the I… document approved  Dana Own… 2027-06-30
|
|record a review of DOC-001 without change? (y/n)
|isms.db | <user> | rows 19/19
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets  [5 Documents]  People   6 History
|ID▲     Title           Kind     Status    Owner     Next review Flags
|D-02    Information se… document missing                         missing
|D-03    Information se… document missing                         missing
|D-04    Information se… document missing                         missing
|D-05    Statement of A… document missing                         missing
|D-06    Information se… document missing                         missing
|D-07    Information se… document missing                         missing
|D-08    Evidence of co… record   missing                         missing
|D-09    Documented inf… document missing                         missing
|D-10    Operational pl… record   missing                         missing
|D-11    Results of inf… record   missing                         missing
|D-12    Results of inf… record   missing                         missing
|D-13    Monitoring and… record   missing                         missing
|D-14    Internal audit… record   missing                         missing
|D-15    Internal audit… record   missing                         missing
|D-16    Management rev… record   missing                         missing
|D-17    Nature of nonc… record   missing                         missing
|D-18    Results of cor… record   missing                         missing
|D-19    Information se… document missing                         missing
|DOC-001 Scope of the I… document approved  Dana Own… 2027-06-30
|
|reviewed DOC-001: no change
|isms.db | <user> | rows 19/19
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets   5 Documents  [People]  6 History
|Name▲                   Login    Roles                   Top Active E-mail
|Dana Owner              dana                                 yes
|Kari Lunde              kari     CEO                         yes
|Sam Login               <user>                                 yes
|
|
|
|
|
|
|
|
|
|
|
|
|
|
|
|
|
|a add a record  / search forward  f filter rows by text  s sort by the next col…
|isms.db | <user> | rows 3/3
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|1 applicable, 0 excluded, 92 undecided; 0% implemented; version 1, * changed
|Control▲ Title                 Applicable Reasons     Risks Status      Owner
|A.5.1*   Policies for informa… yes                          planned     Dana Ow…
|A.5.2    Information security… undecided                    not started
|A.5.3    Segregation of duties undecided                    not started
|A.5.4    Management responsib… undecided                    not started
|A.5.5    Contact with authori… undecided                    not started
|A.5.6    Contact with special… undecided                    not started
|A.5.7    Threat intelligence   undecided                    not started
|A.5.8    Information security… undecided                    not started
|A.5.9    Inventory of informa… undecided                    not started
|A.5.10   Acceptable use of in… undecided                    not started
|A.5.11   Return of assets      undecided                    not started
|A.5.12   Classification of in… undecided                    not started
|A.5.13   Labelling of informa… undecided                    not started
|A.5.14   Information transfer  undecided                    not started
|A.5.15   Access control        undecided                    not started
|A.5.16   Identity management   undecided                    not started
|A.5.17   Authentication infor… undecided                    not started
|A.5.18   Access rights         undecided                    not started
|A.5.19   Information security… undecided                    not started
|F filter by criteria picked from a list  x export the register of this pane  / …
|isms.db | <user> | rows 93/93
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|+ A.5.1 Policies for information security -------------------------------------+
|| Maintain an overall security policy plus topic policies (e.g. access, backu… |
|| Theme Organizational; no risk linked (RA comes from the risk register)       |
|| Required: D-19 A.5.1 Information security policy and topic-specific policie… |
|| Control type: Preventive                                                     |
|| Information security properties: Confidentiality, Integrity, Availability    |
|| Cybersecurity concepts: Identify                                             |
|| Operational capabilities: Governance                                         |
|| Security domains: Governance_and_Ecosystem, Resilience                       |
|| Revision 3, last changed <time> by <user>                        |
||                                                                              |
||                                                                              |
|| Applicable      yes                                                          |
|| Reasons         none                                                         |
|| Justification                                                                |
|| Status          planned                                                      |
|| How implemented                                                              |
|| Evidence                                                                     |
|| Owner           Dana Owner                                                   |
|| Last review                                                                  |
|+------------------------------------------------------------------------------+
|w save the changes  Enter change the field  E edit the field in $EDITOR  u undo…
|isms.db | <user> | rows 93/93
$ isms doc show DOC-001 | grep -e '^Status' -e '^Approved by' -e '^Satisfies' -e '^Last reviewed'
Status:                   approved
Approved by:              Kari Lunde
Last reviewed:            2026-06-30
Satisfies:                D-01
$ isms doc missing --all | grep D-01 | cut -c1-5,113-
D-01                  present               DOC-001
