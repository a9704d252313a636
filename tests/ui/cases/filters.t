# The typed filter menus behind F (see tests/ui/run.sh).
$ isms init --demo
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ isms --script $ISMS_SRCDIR/tests/ui/keys/filters.keys
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People  Fjordlight Ana…
|90 applicable, 3 excluded, 0 undecided; implemented 30 of 90 applicable (33%)
|Control▲ Title                      Applicable Reasons     Status      Owner
|A.8.2    Privileged access rights   yes        LR BR       implemented ISMS man…
|A.8.5    Secure authentication      yes        BR BP RA    implemented ISMS man…
|A.8.8    Management of technical v… yes        BR BP RA    implemented ISMS man…
|A.8.11   Data masking               yes        BR BP RA    implemented ISMS man…
|A.8.14   Redundancy of information… yes        LR BR RA    implemented ISMS man…
|A.8.17   Clock synchronization      yes        BR BP       implemented ISMS man…
|A.8.20   Networks security          yes        BR BP       implemented ISMS man…
|A.8.23   Web filtering              yes        BR BP       implemented ISMS man…
|A.8.26   Application security requ… yes        LR BR       implemented ISMS man…
|A.8.29   Security testing in devel… yes        BR BP       implemented ISMS man…
|A.8.32   Change management          yes        BR BP       implemented ISMS man…
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
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People  Fjordlight Ana…
|90 applicable, 3 excluded, 0 undecided; implemented 30 of 90 applicable (33%)
|Control▲ Title                      Applicable Reasons     Status      Owner
|A.6.6    Confidentiality or non-di… yes        BR BP       implemented ISMS man…
|A.6.7    Remote working             yes        BR BP       partial     ISMS man…
|A.6.8    Information security even… yes        LR BR       planned     ISMS man…
|A.7.1    Physical security perimet… yes        BR BP       implemented ISMS man…
|A.7.2    Physical entry             yes        BR BP RA    partial     ISMS man…
|A.7.3    Securing offices, rooms a… yes        BR BP       planned     ISMS man…
|A.7.4    Physical security monitor… yes        LR BR       implemented ISMS man…
|A.7.5    Protecting against physic… yes        BR BP       partial     ISMS man…
|A.7.6    Working in secure areas    yes        BR BP       planned     ISMS man…
|A.7.7    Clear desk and clear scre… yes        BR BP       implemented ISMS man…
|A.7.8    Equipment siting and prot… yes        LR BR       partial     ISMS man…
|A.7.9    Security of assets off-pr… yes        BR BP       planned     ISMS man…
|A.7.10   Storage media              yes        BR BP       implemented ISMS man…
|A.7.11   Supporting utilities       no                     excluded
|A.7.12   Cabling security           yes        LR BR       planned     ISMS man…
|A.7.13   Equipment maintenance      no                     excluded
|A.7.14   Secure disposal or re-use… yes        BR BP       partial     ISMS man…
|A.8.1    User end point devices     yes        BR BP RA    planned     ISMS man…
|A.8.2    Privileged access rights   yes        LR BR       implemented ISMS man…
|showing all controls
|isms.db | <user> | rows 93/93
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People  Fjordlight Ana…
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲  Statement                 Inherent  Residual  Flags           Owner
|R-004  Unpatched library in the… High      Medium    stale           CTO
|R-005  Source code leaked by a … Medium    Medium                    CTO
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
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People  Fjordlight Ana…
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲  Statement                 Inherent  Residual  Flags           Owner
|R-001  Ransomware encrypts prod… High      High      above           Head of Op…
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
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People  Fjordlight Ana…
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲  Statement                 Inherent  Residual  Flags           Owner
|R-007  Cloud region outage stop… Medium    Medium    accepted        Head of Op…
|R-011  Unauthorised visitor in … Low       Low       overdue         Office man…
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
|isms.db | <user> | rows 2/12  treatment: retain
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People  Fjordlight Ana…
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲  Statement                 Inherent  Residual  Flags           Owner
|R-011  Unauthorised visitor in … Low       Low       overdue         Office man…
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
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People  Fjordlight Ana…
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲  Statement                 Inherent  Residual  Flags           Owner
|R-001  Ransomware encrypts prod… High      High      above           Head of Op…
|R-002  Customer data exposed th… High      Medium                    Head of Da…
|R-003  Phishing leads to accoun… High      Medium                    IT lead
|R-004  Unpatched library in the… High      Medium    stale           CTO
|R-005  Source code leaked by a … Medium    Medium                    CTO
|R-006  Laptop with customer ext… Medium    Low                       IT lead
|R-007  Cloud region outage stop… Medium    Medium    accepted        Head of Op…
|R-008  Payment provider breach … Medium    Low       accepted        CFO
|R-009  HR records disclosed by … Medium    Low                       Head of Pe…
|R-010  Key operations engineer … Medium    Low                       Head of Op…
|R-011  Unauthorised visitor in … Low       Low       overdue         Office man…
|R-012  Analytics model leaks pe… Medium    Low                       Head of Da…
|
|
|
|
|
|
|
|a add a record  F filter by criteria picked from a list  h show the heat maps  …
|isms.db | <user> | rows 12/12
