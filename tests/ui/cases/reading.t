# Reading in the full-screen interface: long text in full, a record's
# history, the History tab, the organisation and scope (see
# tests/ui/run.sh).
$ isms init --demo
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ isms soa set A.6.8 --how "$(printf 'Line one of how it is done.\n%.0s' $(seq 30))"
$ PAGER="cat > $PWD/paged.txt" isms --script $ISMS_SRCDIR/tests/ui/keys/longtext.keys
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   6 History  Fjordlight Analytics AS (…
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
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   6 History  Fjordlight Analytics AS (…
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
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   6 History  Fjordlight Analytics AS (…
|+ A.6.8 Information security event reporting ----------------------------------+
|| Offer a simple hotline, mailbox or button to report phishing, lost devices   |
|| or odd system behaviour, and encourage people to use it.                     |
|| Theme People; no risk is linked (reason RA comes from the risk register)     |
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
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   6 History  Fjordlight Analytics AS (…
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
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   6 History  Fjordlight Analytics AS (…
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
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   6 History  Fjordlight Analytics AS (…
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
| 1 Clauses   2 SoA   3 Risks   4 Assets  [6 History] Fjordlight Analytics AS (…
|Seq▲ When                 Who  Record       Field      Old          New
| 699 <time> <user> soa A.6.8    evidence                Policies si…
| 698 <time> <user> soa A.6.8    how                     Line one of…
| 697 <time> <user> risk R-004   residual_… 2            3
| 696 <time> <user> risk R-011   next_revi… 2027-04-30   2026-09-30
| 695 <time> <user> clause 9.2   due        -            2027-03-31
| 694 <time> <user> clause 9.2   owner                   ISMS manager
| 693 <time> <user> clause 9.2   status     not started  in progress
| 692 <time> <user> clause 6.1.3 due        -            2027-03-31
| 691 <time> <user> clause 6.1.3 owner                   ISMS manager
| 690 <time> <user> clause 6.1.3 status     not started  in progress
| 689 <time> <user> clause 7.2   owner                   ISMS manager
| 688 <time> <user> clause 7.2   status     not started  implemented
| 687 <time> <user> clause 7.1   owner                   ISMS manager
| 686 <time> <user> clause 7.1   status     not started  implemented
| 685 <time> <user> clause 6.2   owner                   ISMS manager
| 684 <time> <user> clause 6.2   status     not started  implemented
| 683 <time> <user> clause 6.1.2 owner                   ISMS manager
| 682 <time> <user> clause 6.1.2 status     not started  implemented
| 681 <time> <user> clause 6.1.1 owner                   ISMS manager
| 680 <time> <user> clause 6.1.1 status     not started  implemented
|F filter by criteria picked from a list  / search forward  f filter rows by tex…
|isms.db | <user> | rows 699/699
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets  [6 History] Fjordlight Analytics AS (…
|Seq▲ When                 Who  Record    Field      Old            New
| 699 <time> <user> soa A.6.8 evidence                  Policies sig…
| 698 <time> <user> soa A.6.8 how                       Line one of …
| 251 <time> <user> soa A.6.8 owner                     ISMS manager
| 250 <time> <user> soa A.6.8 status     not started    planned
| 249 <time> <user> soa A.6.8 reasons                   LR,BR
| 248 <time> <user> soa A.6.8 applicable undecided      yes
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
|isms.db | <user> | rows 6/699  record A.6.8
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   6 History  Fjordlight Analytics AS (…
|+ A.6.8 Information security event reporting ----------------------------------+
|| Offer a simple hotline, mailbox or button to report phishing, lost devices   |
|| or odd system behaviour, and encourage people to use it.                     |
|| Theme People; no risk is linked (reason RA comes from the risk register)     |
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
| 1 Clauses   2 SoA   3 Risks   4 Assets  [6 History] Fjordlight Analytics AS (…
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
|isms.db | <user> | rows 0/699  record A.6.8  since 2999-01-01
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets  [6 History] Fjordlight Analytics AS (…
|Seq▲ When                 Who  Record     Field   Old             New
| 662 <time> <user> action 9   created -               Minimum cohor…
| 648 <time> <user> risk R-012 created -               Analytics mod…
| 634 <time> <user> risk R-011 created -               Unauthorised …
| 630 <time> <user> action 8   created -               Runbooks and …
| 616 <time> <user> risk R-010 created -               Key operation…
| 612 <time> <user> action 7   created -               Stop manual e…
| 598 <time> <user> risk R-009 created -               HR records di…
| 580 <time> <user> risk R-008 created -               Payment provi…
| 561 <time> <user> risk R-007 created -               Cloud region …
| 557 <time> <user> action 6   created -               Full-disk enc…
| 541 <time> <user> risk R-006 created -               Laptop with c…
| 537 <time> <user> action 5   created -               Quarterly acc…
| 522 <time> <user> risk R-005 created -               Source code l…
| 515 <time> <user> action 4   created -               Automated dep…
| 500 <time> <user> risk R-004 created -               Unpatched lib…
| 496 <time> <user> action 3   created -               FIDO2 keys fo…
| 480 <time> <user> risk R-003 created -               Phishing lead…
| 476 <time> <user> action 2   created -               Policy-as-cod…
| 459 <time> <user> risk R-002 created -               Customer data…
| 455 <time> <user> action 1   created -               Immutable, se…
|/R-010
|isms.db | <user> | rows 32/699  filter: created
--- cursor 6,0
$ isms --script $ISMS_SRCDIR/tests/ui/keys/org.keys
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   6 History  Fjordlight Analytics AS (…
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
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   6 History           Acme Holdings Ltd
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
700 <user>  isms    isms  org    Fjordlight Analytics AS (fictional)  Acme Holdings Ltd
