# Reading in the full-screen interface: long text in full, a record's
# history, the History tab, the organisation and scope (see
# tests/ui/run.sh).
$ isms init --demo
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ isms soa set A.6.8 --how "$(printf 'Line one of how it is done.\n%.0s' $(seq 30))"
$ PAGER="cat > $PWD/paged.txt" isms --script $ISMS_SRCDIR/tests/ui/keys/longtext.keys
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|+ A.6.8 Information security event reporting: How implemented -----------------+
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|+-                                                           lines 1-19 of 30 -+
|| read it in $PAGER  Esc close it
|isms.db | <user> | rows 93/93
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|+ A.6.8 Information security event reporting: How implemented -----------------+
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|+-                                                          lines 12-30 of 30 -+
|| read it in $PAGER  Esc close it
|isms.db | <user> | rows 93/93
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|+ A.6.8 Information security event reporting ----------------------------------+
|| Offer a simple hotline, mailbox or button to report phishing, lost devices   |
|| or odd system behaviour, and encourage people to use it.                     |
|| Theme People; no risk linked (RA comes from the risk register)               |
|| Control type: Detective                                                      |
|| Information security properties: Confidentiality, Integrity, Availability    |
|| Cybersecurity concepts: Detect                                               |
|| Operational capabilities: Information_security_event_management              |
|| Security domains: Defence                                                    |
|| Revision 3, last changed <time> by <user>                        |
||                                                                              |
||                                                                              |
|| Applicable      yes                                                          |
|| Reasons         LR BR                                                        |
|| Justification                                                                |
|| Status          planned                                                      |
|| How implemented Line one of how it is done. (30 lines, v reads, E edits)     |
||*Evidence        Policies signed by the board                                 |
|| Owner           ISMS manager                                                 |
|| Last review                                                                  |
|+------------------------------------------------------------------------------+
|w save the changes  Enter change the field  E edit the field in $EDITOR  u undo…
|isms.db | <user> | rows 93/93
$ wc -l < paged.txt; isms soa show A.6.8 | grep Evidence
30
Evidence:        Policies signed by the board
$ isms --read-only --script $ISMS_SRCDIR/tests/ui/keys/longtext-ro.keys
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|+ A.6.8 Information security event reporting: How implemented -----------------+
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|+-                                                           lines 1-19 of 30 -+
|read-only: opened with --read-only; nothing can be changed
|isms.db | <user> | READ-ONLY | rows 93/93
$ isms --script $ISMS_SRCDIR/tests/ui/keys/history.keys
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|+ History of soa A.6.8, newest first (6 changes) ------------------------------+
|| <time>  <user>  evidence: (none) → Policies signed by the board  |
|| <time>  <user>  how: (none) → Line one of how it is done.        |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|+-                                                           lines 1-19 of 35 -+
|| read it in $PAGER  Esc close it
|isms.db | <user> | rows 93/93
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|+ History of soa A.6.8, newest first (6 changes) ------------------------------+
|| <time>  <user>  evidence: (none) → Policies signed by the board  |
|| <time>  <user>  how: (none) → Line one of how it is done.        |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|| Line one of how it is done.                                                  |
|+-                                                           lines 1-19 of 35 -+
|| read it in $PAGER  Esc close it
|isms.db | <user> | rows 93/93
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets   5 Documents   People  [6 History]
|Seq▲ When                 Who  Record         Field      Old         New
| 814 <time> <user> soa A.6.8      evidence               Policies s…
| 813 <time> <user> soa A.6.8      how                    Line one o…
| 812 <time> <user> document DOC-… version    1.0         1.1
| 811 <time> <user> document DOC-… version    -           review 1.0…
| 810 <time> <user> document DOC-… reviewed_… -           <today>
| 809 <time> <user> document DOC-… required   -           D-16
| 808 <time> <user> document DOC-… retention              72
| 807 <time> <user> document DOC-… classific…             internal
| 806 <time> <user> document DOC-… owner                  Ingrid Dahl
| 805 <time> <user> document DOC-… type       other       minutes
| 804 <time> <user> document DOC-… kind       document    record
| 803 <time> <user> document DOC-… created    -           Management…
| 802 <time> <user> document DOC-… version    -           review 1.0…
| 801 <time> <user> document DOC-… reviewed_… -           <today>
| 800 <time> <user> document DOC-… required   -           D-15
| 799 <time> <user> document DOC-… retention              72
| 798 <time> <user> document DOC-… classific…             internal
| 797 <time> <user> document DOC-… owner                  Ingrid Dahl
| 796 <time> <user> document DOC-… type       other       report
| 795 <time> <user> document DOC-… kind       document    record
|F filter by criteria picked from a list  / search forward  f filter rows by tex…
|isms.db | <user> | rows 814/814
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets   5 Documents   People  [6 History]
|Seq▲ When                 Who  Record    Field      Old            New
| 814 <time> <user> soa A.6.8 evidence                  Policies sig…
| 813 <time> <user> soa A.6.8 how                       Line one of …
| 253 <time> <user> soa A.6.8 owner                     ISMS manager
| 252 <time> <user> soa A.6.8 status     not started    planned
| 251 <time> <user> soa A.6.8 reasons                   LR,BR
| 250 <time> <user> soa A.6.8 applicable undecided      yes
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
|F filter by criteria picked from a list  / search forward  f filter rows by tex…
|isms.db | <user> | rows 6/814  record A.6.8
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|+ A.6.8 Information security event reporting ----------------------------------+
|| Offer a simple hotline, mailbox or button to report phishing, lost devices   |
|| or odd system behaviour, and encourage people to use it.                     |
|| Theme People; no risk linked (RA comes from the risk register)               |
|| Control type: Detective                                                      |
|| Information security properties: Confidentiality, Integrity, Availability    |
|| Cybersecurity concepts: Detect                                               |
|| Operational capabilities: Information_security_event_management              |
|| Security domains: Defence                                                    |
|| Revision 4, last changed <time> by <user>                        |
||                                                                              |
||                                                                              |
|| Applicable      yes                                                          |
|| Reasons         LR BR                                                        |
|| Justification                                                                |
|| Status          planned                                                      |
|| How implemented Line one of how it is done. (30 lines, v reads, E edits)     |
|| Evidence        Policies signed by the board                                 |
|| Owner           ISMS manager                                                 |
|| Last review                                                                  |
|+------------------------------------------------------------------------------+
|w save the changes  Enter change the field  E edit the field in $EDITOR  u undo…
|isms.db | <user> | rows 93/93
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets   5 Documents   People  [6 History]
|Seq▲ When                 Who  Record  Field  Old               New
|  no rows
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
|
|
|F filter by criteria picked from a list  / search forward  f filter rows by tex…
|isms.db | <user> | rows 0/814  record A.6.8  since 2999-01-01
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets   5 Documents   People  [6 History]
|Seq▲ When                 Who  Record          Field   Old          New
| 782 <time> <user> document DOC-0… created -            Access cont…
| 776 <time> <user> document DOC-0… created -            Risk treatm…
| 770 <time> <user> document DOC-0… created -            Statement o…
| 757 <time> <user> document DOC-0… created -            Risk assess…
| 744 <time> <user> document DOC-0… created -            Information…
| 733 <time> <user> document DOC-0… created -            ISMS scope …
| 730 <time> <user> person 10       created -            Eva Holm
| 727 <time> <user> person 9        created -            Anne Vik
| 724 <time> <user> person 8        created -            Per Strand
| 721 <time> <user> person 7        created -            Siri Moen
| 718 <time> <user> person 6        created -            Nils Haugen
| 714 <time> <user> person 5        created -            Lars Aas
| 710 <time> <user> person 4        created -            Ola Berg
| 707 <time> <user> person 3        created -            Ingrid Dahl
| 703 <time> <user> person 2        created -            Kari Lunde
| 667 <time> <user> action 9        created -            Minimum coh…
| 653 <time> <user> risk R-012      created -            Analytics m…
| 639 <time> <user> risk R-011      created -            Unauthorise…
| 635 <time> <user> action 8        created -            Runbooks an…
| 621 <time> <user> risk R-010      created -            Key operati…
|/R-010
|isms.db | <user> | rows 50/814  filter: created
--- cursor 21,0
$ isms --script $ISMS_SRCDIR/tests/ui/keys/org.keys
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|+ The ISMS: organisation and scope --------------------------------------------+
|| Framework ISO/IEC 27001:2022, risk matrix 5x5 risk matrix                    |
|| (Low/Medium/High/Critical); created <time> by <user>             |
|| Revision 1, last changed <time> by <user>                        |
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
|| Organisation    Fjordlight Analytics AS (fictional)                          |
|| Scope           The Fjordlight SaaS analytics platform, its operations team …|
|+------------------------------------------------------------------------------+
|w save the changes  Enter change the field  E edit the field in $EDITOR  u undo…
|isms.db | <user> | rows 12/12
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement              Inherent  Residual  Flags    Owner       Status
|R-001 Ransomware encrypts p… High      High      above    Head of Op… treating
|R-002 Customer data exposed… High      Medium             Head of Da… treating
|R-003 Phishing leads to acc… High      Medium             IT lead     treating
|R-004 Unpatched library in … High      Medium    stale    CTO         monitoring
|R-005 Source code leaked by… Medium    Medium             CTO         monitoring
|R-006 Laptop with customer … Medium    Low                IT lead     monitoring
|R-007 Cloud region outage s… Medium    Medium    accepted Head of Op… monitoring
|R-008 Payment provider brea… Medium    Low       accepted CFO         monitoring
|R-009 HR records disclosed … Medium    Low                Head of Pe… open
|R-010 Key operations engine… Medium    Low       late     Head of Op… open
|R-011 Unauthorised visitor … Low       Low       overdue  Office man… monitoring
|R-012 Analytics model leaks… Medium    Low                Head of Da… open
|
|
|
|
|
|
|
|a add a record  F filter by criteria picked from a list  h show the heat maps  …
|isms.db | <user> | rows 12/12
$ isms history --limit 1 | cut -c1-3,27- | sed 's/ *$//'
SEQ WHO   ENTITY  KEY   FIELD  OLD                                  NEW
815 <user>  isms    isms  org    Fjordlight Analytics AS (fictional)  Acme Holdings Ltd
