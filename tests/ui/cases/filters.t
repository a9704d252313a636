# The typed filter menus behind F (see tests/ui/run.sh).
$ isms init --demo
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ isms --script $ISMS_SRCDIR/tests/ui/keys/filters.keys
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|90 applicable, 3 excluded, 0 undecided; implemented 30 of 90 applicable (33%)
|Control▲ Title                 Applicable Reasons     Risks Status      Owner
|A.8.2    Privileged access ri… yes        LR BR             implemented ISMS ma…
|A.8.5    Secure authentication yes        BR BP RA        1 implemented ISMS ma…
|A.8.8    Management of techni… yes        BR BP RA        1 implemented ISMS ma…
|A.8.11   Data masking          yes        BR BP RA        1 implemented ISMS ma…
|A.8.14   Redundancy of inform… yes        LR BR RA        1 implemented ISMS ma…
|A.8.17   Clock synchronization yes        BR BP             implemented ISMS ma…
|A.8.20   Networks security     yes        BR BP             implemented ISMS ma…
|A.8.23   Web filtering         yes        BR BP             implemented ISMS ma…
|A.8.26   Application security… yes        LR BR             implemented ISMS ma…
|A.8.29   Security testing in … yes        BR BP             implemented ISMS ma…
|A.8.32   Change management     yes        BR BP             implemented ISMS ma…
|
|
|
|
|
|
|
|
|F filter by criteria picked from a list  x export the register of this pane  / …
|isms.db | <user> | rows 11/93  theme Technological, status implemented
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|90 applicable, 3 excluded, 0 undecided; implemented 30 of 90 applicable (33%)
|Control▲ Title                 Applicable Reasons     Risks Status      Owner
|A.6.6    Confidentiality or n… yes        BR BP             implemented ISMS ma…
|A.6.7    Remote working        yes        BR BP             partial     ISMS ma…
|A.6.8    Information security… yes        LR BR             planned     ISMS ma…
|A.7.1    Physical security pe… yes        BR BP             implemented ISMS ma…
|A.7.2    Physical entry        yes        BR BP RA        1 partial     ISMS ma…
|A.7.3    Securing offices, ro… yes        BR BP             planned     ISMS ma…
|A.7.4    Physical security mo… yes        LR BR             implemented ISMS ma…
|A.7.5    Protecting against p… yes        BR BP             partial     ISMS ma…
|A.7.6    Working in secure ar… yes        BR BP             planned     ISMS ma…
|A.7.7    Clear desk and clear… yes        BR BP             implemented ISMS ma…
|A.7.8    Equipment siting and… yes        LR BR             partial     ISMS ma…
|A.7.9    Security of assets o… yes        BR BP             planned     ISMS ma…
|A.7.10   Storage media         yes        BR BP             implemented ISMS ma…
|A.7.11   Supporting utilities  no                           excluded
|A.7.12   Cabling security      yes        LR BR             planned     ISMS ma…
|A.7.13   Equipment maintenance no                           excluded
|A.7.14   Secure disposal or r… yes        BR BP             partial     ISMS ma…
|A.8.1    User end point devic… yes        BR BP RA        1 planned     ISMS ma…
|A.8.2    Privileged access ri… yes        LR BR             implemented ISMS ma…
|showing all controls
|isms.db | <user> | rows 93/93
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement                     Inherent  Residual  Flags  Owner  Status
|R-004 Unpatched library in the pla… High      Medium    stale  CTO    monitoring
|R-005 Source code leaked by a depa… Medium    Medium           CTO    monitoring
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
|a add a record  F filter by criteria picked from a list  h show the heat maps  …
|isms.db | <user> | rows 2/12  owner: CTO
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement                Inherent  Residual  Flags  Owner       Status
|R-001 Ransomware encrypts pro… High      High      above  Head of Op… treating
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
|a add a record  F filter by criteria picked from a list  h show the heat maps  …
|isms.db | <user> | rows 1/12  level: High
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
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement               Inherent  Residual  Flags   Owner       Status
|R-011 Unauthorised visitor i… Low       Low       overdue Office man… monitoring
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
|a add a record  F filter by criteria picked from a list  h show the heat maps  …
|isms.db | <user> | rows 1/12  review overdue
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
