# The Risks and Assets tabs driven by keystroke scripts (see tests/ui/run.sh).
$ isms init --demo
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ NO_COLOR=1 isms --script $ISMS_SRCDIR/tests/ui/keys/risks.keys
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
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People  Fjordlight Ana…
@0 20-28 bold,reverse
@0 64-78 bold
|+ Heat maps: open risks per cell ----------------------------------------------+
@1 1-32 bold
|| Inherent                                                                     |
@2 2-45 bold,underline
||     I1      I2      I3      I4      I5                                       |
@3 6-45 bold
|| L5  Medi 0  High 0  High 0  Crit 0  Crit 0                                   |
@4 2-5 bold
@4 14-20 bold
@4 22-28 bold
@4 30-36 bold
@4 38-44 bold
|| L4  Low 0   Medi 0  High 0  High 1  Crit 0                                   |
@5 2-5 bold
@5 22-28 bold
@5 30-36 bold
@5 38-44 bold
|| L3  Low 0   Medi 0  Medi 3  High 1  High 2                                   |
@6 2-5 bold
@6 30-36 bold
@6 38-44 bold
|| L2  Low 0   Low 1   Medi 0  Medi 4  High 0                                   |
@7 2-5 bold
@7 38-44 bold
|| L1  Low 0   Low 0   Low 0   Low 0   Medi 0                                   |
@8 2-5 bold
|| Residual                                                                     |
@9 2-45 bold,underline
||     I1      I2      I3      I4      I5                                       |
@10 6-45 bold
|| L5  Medi 0  High 0  High 0  Crit 0  Crit 0                                   |
@11 2-5 bold
@11 14-20 bold
@11 22-28 bold
@11 30-36 bold
@11 38-44 bold
|| L4  Low 0   Medi 0  High 0  High 0  Crit 0                                   |
@12 2-5 bold
@12 22-28 bold
@12 30-36 bold
@12 38-44 bold
|| L3  Low 0   Medi 0  Medi 1  High 1  High 0                                   |
@13 2-5 bold
@13 30-36 bold
@13 38-44 bold
|| L2  Low 0   Low 4<  Medi 2  Medi 2  High 0                                   |
@14 2-5 bold
@14 14-20 reverse
@14 38-44 bold
|| L1  Low 0   Low 1   Low 1   Low 0   Medi 0                                   |
@15 2-5 bold
|| Residual L2 Unlikely x I2 Minor = Low: 4 open risks; Enter lists them, Tab … |
|| Levels above Medium exceed the acceptance criterion.                         |
@17 2-77 dim
||                                                                              |
||                                                                              |
||                                                                              |
|+------------------------------------------------------------------------------+
|Tab switch between inherent and residual  Enter open the row  Esc close (asks b…
|isms.db | <user> | rows 12/12
@23 0-79 reverse
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People  Fjordlight Ana…
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲  Statement                 Inherent  Residual  Flags           Owner
|R-006  Laptop with customer ext… Medium    Low                       IT lead
|R-009  HR records disclosed by … Medium    Low                       Head of Pe…
|R-010  Key operations engineer … Medium    Low                       Head of Op…
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
|risks in residual L2 I2; Esc clears
|isms.db | <user> | rows 4/12  residual L2 I2
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
|isms.db | <user> | rows 1/12  needs attention (above, not validly accepted)
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People  Fjordlight Ana…
|+ Risk R-001 ------------------------------------------------------------------+
|| Inherent High (L3 I5), residual High (L3 I4); above-appetite                 |
|| Assets: Analytics platform; Production cloud account (L in the table links   |
|| them)                                                                        |
|| Controls: A.5.30,A.8.7,A.8.13 (l in the table; they give reason RA in the    |
||                                                                              |
|| Statement       Ransomware encrypts production and backups                   |
|| Owner           Head of Operations                                           |
|| Threat          criminal group                                               |
|| Vulnerability   backups reachable from production credentials                |
|| Likelihood      3 Possible                                                   |
|| Impact          5 Severe                                                     |
|| Treatment       modify (mitigate)                                            |
|| Residual L      3 Possible                                                   |
|| Residual I      4 Major                                                      |
|| Status          in treatment                                                 |
|| Next review     2027-01-31                                                   |
|| Identified      2026-09-15                                                   |
|| Current tier                                                                 |
|| Description                                                                  |
|+------------------------------------------------------------------------------+
|Enter change the field  E edit the field in $EDITOR  u undo the change to the f…
|isms.db | <user> | rows 12/12
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People  Fjordlight Ana…
|90 applicable, 3 excluded, 0 undecided; implemented 30 of 90 applicable (33%)
|Control▲ Title                      Applicable Reasons     Status      Owner
|A.5.30   ICT readiness for busines… yes        BR BP RA    planned     ISMS man…
|A.5.31   Legal, statutory, regulat… yes        BR BP       implemented ISMS man…
|A.5.32   Intellectual property rig… yes        BR BP       partial     ISMS man…
|A.5.33   Protection of records      yes        LR BR       planned     ISMS man…
|A.5.34   Privacy and protection of… yes        BR BP RA    implemented ISMS man…
|A.5.35   Independent review of inf… yes        BR BP       partial     ISMS man…
|A.5.36   Compliance with policies,… yes        BR BP       planned     ISMS man…
|A.5.37   Documented operating proc… yes        LR BR       implemented ISMS man…
|A.6.1    Screening                  yes        BR BP       partial     ISMS man…
|A.6.2    Terms and conditions of e… yes        BR BP       planned     ISMS man…
|A.6.3    Information security awar… yes        BR BP RA    implemented ISMS man…
|A.6.4    Disciplinary process       yes        LR BR       partial     ISMS man…
|A.6.5    Responsibilities after te… yes        BR BP RA    planned     ISMS man…
|A.6.6    Confidentiality or non-di… yes        BR BP       implemented ISMS man…
|A.6.7    Remote working             yes        BR BP       partial     ISMS man…
|A.6.8    Information security even… yes        LR BR       planned     ISMS man…
|A.7.1    Physical security perimet… yes        BR BP       implemented ISMS man…
|A.7.2    Physical entry             yes        BR BP RA    partial     ISMS man…
|A.7.3    Securing offices, rooms a… yes        BR BP       planned     ISMS man…
|F filter by criteria picked from a list  x export the register of this pane  / …
|isms.db | <user> | rows 93/93
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People  Fjordlight Ana…
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲  Statement                 Inherent  Residual  Flags           Owner
|R-001  Ransomware encrypts prod… High      High      above           Head of Op…
|R-007  Cloud region outage stop… Medium    Medium    accepted        Head of Op…
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
|isms.db | <user> | rows 2/12  linked to A.5.30
# (the login's person renamed, so that the list of people sorts the same
# whoever runs the tests)
$ isms person set "$(id -un)" --name "Sam Login" && isms --size 100x30 --script $ISMS_SRCDIR/tests/ui/keys/risk-accept.keys
--- screen 100x30
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People  Fjordlight Analytics AS (fictional)
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲  Statement               Inherent  Residual  Flags           Owner       Treatment Review
|R-001  Ransomware encrypts pr… High      High      above           Head of Op… modify    2027-01-31
|R-002  Customer data exposed … High      Medium                    Head of Da… modify    2027-03-31
|R-003  Phishing leads to acco… High      Medium                    IT lead     modify    2027-04-30
|R-004  Unpatched library in t… High      Medium    stale           CTO         modify    2027-06-30
|R-005  Source code leaked by … Medium    Medium                    CTO         modify    2027-01-31
|R-006  Laptop with customer e… Med+ accepted by (the risk owner) + IT lead     modify    2027-03-31
|R-007  Cloud region outage st… Med|type a name or login          | Head of Op… retain    2027-04-30
|R-008  Payment provider breac… Med|Anne Vik                      | CFO         share     2027-06-30
|R-009  HR records disclosed b… Med|Eva Holm                      | Head of Pe… modify    2027-01-31
|R-010  Key operations enginee… Med|Ingrid Dahl                   | Head of Op… modify    2027-03-31
|R-011  Unauthorised visitor i… Low|Kari Lunde                    | Office man… retain    2026-09-30
|R-012  Analytics model leaks … Med|Lars Aas                      | Head of Da… avoid     2027-06-30
|                                  |Nils Haugen                   |
|                                  |Ola Berg                      |
|                                  |Per Strand                    |
|                                  |Sam Login                     |
|                                  |Siri Moen                     |
|                                  +------------------------------+
|
|
|
|
|
|
|
|Enter choose the item  Space mark or unmark the item  / search forward  Esc close without choosing
|isms.db | <user> | rows 12/12
--- screen 100x30
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People  Fjordlight Analytics AS (fictional)
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲  Statement               Inherent  Residual  Flags           Owner       Treatment Review
|R-001  Ransomware encrypts pr… High      High      accepted        Head of Op… modify    2027-01-31
|R-002  Customer data exposed … High      Medium                    Head of Da… modify    2027-03-31
|R-003  Phishing leads to acco… High      Medium                    IT lead     modify    2027-04-30
|R-004  Unpatched library in t… High      Medium    stale           CTO         modify    2027-06-30
|R-005  Source code leaked by … Medium    Medium                    CTO         modify    2027-01-31
|R-006  Laptop with customer e… Medium    Low                       IT lead     modify    2027-03-31
|R-007  Cloud region outage st… Medium    Medium    accepted        Head of Op… retain    2027-04-30
|R-008  Payment provider breac… Medium    Low       accepted        CFO         share     2027-06-30
|R-009  HR records disclosed b… Medium    Low                       Head of Pe… modify    2027-01-31
|R-010  Key operations enginee… Medium    Low                       Head of Op… modify    2027-03-31
|R-011  Unauthorised visitor i… Low       Low       overdue         Office man… retain    2026-09-30
|R-012  Analytics model leaks … Medium    Low                       Head of Da… avoid     2027-06-30
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
|R-001: residual risk accepted by Head of Operations
|isms.db | <user> | rows 12/12
--- screen 100x30
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People  Fjordlight Analytics AS (fictional)
|+ Risk R-001 --------------------------------------------------------------------------------------+
|| Inherent High (L3 I5), residual High (L4 I4); above-appetite accepted-stale                      |
|| Assets: Analytics platform; Production cloud account (L in the table links them)                 |
|| Controls: A.5.30,A.8.7,A.8.13 (l in the table; they give reason RA in the SoA)                   |
|| Acceptance: stale by Head of Operations on <today>                                            |
|| Revision 8, last changed <time> by <user>                                            |
||                                                                                                  |
||                                                                                                  |
||                                                                                                  |
||                                                                                                  |
||                                                                                                  |
||                                                                                                  |
|| Statement       Ransomware encrypts production and backups                                       |
|| Owner           Head of Operations                                                               |
|| Threat          criminal group                                                                   |
|| Vulnerability   backups reachable from production credentials                                    |
|| Likelihood      3 Possible                                                                       |
|| Impact          5 Severe                                                                         |
|| Treatment       modify (mitigate)                                                                |
|| Residual L      4 Likely                                                                         |
|| Residual I      4 Major                                                                          |
|| Status          in treatment                                                                     |
|| Next review     2027-01-31                                                                       |
|| Identified      2026-09-15                                                                       |
|| Current tier                                                                                     |
|| Description                                                                                      |
|+--------------------------------------------------------------------------------------------------+
|saved
|isms.db | <user> | rows 12/12
--- screen 100x30
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People  Fjordlight Analytics AS (fictional)
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲  Statement               Inherent  Residual  Flags           Owner       Treatment Review
|R-001  Ransomware encrypts pr… High      High      above stale     Head of Op… modify    2027-01-31
|R-002  Customer data exposed … High      Medium                    Head of Da… modify    2027-03-31
|R-003  Phishing leads to acco… High      Medium                    IT lead     modify    2027-04-30
|R-004  Unpatched library in t… High      Medium    stale           CTO         modify    2027-06-30
|R-005  Source code leaked by … Medium    Medium                    CTO         modify    2027-01-31
|R-006  Laptop with customer e… Medium    Low                       IT lead     modify    2027-03-31
|R-007  Cloud region outage st… Medium    Medium    accepted        Head of Op… retain    2027-04-30
|R-008  Payment provider breac… Medium    Low       accepted        CFO         share     2027-06-30
|R-009  HR records disclosed b… Medium    Low                       Head of Pe… modify    2027-01-31
|R-010  Key operations enginee… Medium    Low                       Head of Op… modify    2027-03-31
|R-011  Unauthorised visitor i… Low       Low       overdue         Office man… retain    2026-09-30
|R-012  Analytics model leaks … Medium    Low                       Head of Da… avoid     2027-06-30
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
|a add a record  F filter by criteria picked from a list  h show the heat maps  / search forward  f …
|isms.db | <user> | rows 12/12
$ isms risk list --stale | cut -c1-60
REF    STATEMENT                                       OWNER
R-001  Ransomware encrypts production and backups      Head 
R-004  Unpatched library in the platform is exploited  CTO  
$ isms --script $ISMS_SRCDIR/tests/ui/keys/assets.keys
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks  [4 Assets]  5 Documents   People  Fjordlight Ana…
|No▲  Name               Type        Owner       Location    Class    C I A Risks
|   1 Customer analytic… information Head of Da… AWS eu-nor… confide… 5 4 3     3
|   2 Analytics platform software    CTO         AWS eu-nor… internal 4 5 5     3
|   3 Source code repos… software    CTO         GitHub (Sa… confide… 4 5 3     1
|   4 Production cloud … service     Head of Op… AWS         internal 5 5 5     3
|   5 Staff laptops      hardware    IT lead     Bergen off… internal 4 3 3     1
|   6 Identity provider  service     IT lead     Entra ID (… internal 5 5 4     1
|   7 Payroll and HR re… information Head of Pe… HR system … confide… 5 4 2     1
|   8 Operations team    people      Head of Op… Bergen                   4     1
|   9 Bergen office      site        Office man… Bergen                   3     1
|  10 Payment provider   supplier    CFO                              4 4 3     1
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
|isms.db | <user> | rows 10/10
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks  [4 Assets]  5 Documents   People  Fjordlight Ana…
|+ Asset 11 --------------------------------------------------------------------+
|| Named by 0 risks; revision 1, last changed <time> by <user>      |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
||                                                                              |
|| Name            Backup vault                                                 |
|| Type            information                                                  |
|| Owner                                                                        |
|| Location                                                                     |
|| Classification                                                               |
|| Confidentiality                                                              |
|| Integrity                                                                    |
|| Availability                                                                 |
|| Notes                                                                        |
|+------------------------------------------------------------------------------+
|Enter change the field  E edit the field in $EDITOR  u undo the change to the f…
|isms.db | <user> | rows 11/11
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks  [4 Assets]  5 Documents   People  Fjordlight Ana…
|No▲  Name               Type        Owner       Location    Class    C I A Risks
|   1 Customer analytic… information Head of Da… AWS eu-nor… confide… 5 4 3     3
|   2 Analytics platform software    CTO         AWS eu-nor… internal 4 5 5     3
|   3 Source code repos… software    CTO         GitHub (Sa… confide… 4 5 3     1
|   4 Production cloud … service     Head of Op… AWS         internal 5 5 5     3
|   5 Staff laptops      hardware    IT lead     Bergen off… internal 4 3 3     1
|   6 Identity provider  service     IT lead     Entra ID (… internal 5 5 4     1
|   7 Payroll and HR re… information Head of Pe… HR system … confide… 5 4 2     1
|   8 Operations team    people      Head of Op… Bergen                   4     1
|   9 Bergen office      site        Office man… Bergen                   3     1
|  10 Payment provider   supplier    CFO                              4 4 3     1
|  11 Backup vault       information                                            0
|
|
|
|
|
|
|
|
|Customer analytics data: asset 1 is used by risks R-002, R-006, R-012; unlink it
|first or delete with --force
|isms.db | <user> | rows 11/11
$ isms asset list | cut -c1-60
ID  NAME                      TYPE         OWNER            
2   Analytics platform        software     CTO              
11  Backup vault              information                   
9   Bergen office             site         Office manager   
1   Customer analytics data   information  Head of Data     
6   Identity provider         service      IT lead          
8   Operations team           people       Head of Operation
10  Payment provider          supplier     CFO              
7   Payroll and HR records    information  Head of People   
4   Production cloud account  service      Head of Operation
3   Source code repository    software     CTO              
5   Staff laptops             hardware     IT lead          
# a risk linked to a control the SoA excludes is flagged, in words
$ isms soa set A.5.30 --applicable no --justification "Outsourced" && isms --size 132x24 --script $ISMS_SRCDIR/tests/ui/keys/risks-excluded.keys
--- screen 132x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People                                  Fjordlight Analytics AS (fictional)
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲  Statement                            Inherent  Residual  Flags              Owner          Treatment Review      Status
|R-001  Ransomware encrypts production and … High      High      above stale exclu… Head of Opera… modify    2027-01-31  in treatment
|R-002  Customer data exposed through a mis… High      Medium                       Head of Data   modify    2027-03-31  in treatment
|R-003  Phishing leads to account takeover … High      Medium                       IT lead        modify    2027-04-30  in treatment
|R-004  Unpatched library in the platform i… High      Medium    stale              CTO            modify    2027-06-30  monitoring
|R-005  Source code leaked by a departing d… Medium    Medium                       CTO            modify    2027-01-31  monitoring
|R-006  Laptop with customer extracts is st… Medium    Low                          IT lead        modify    2027-03-31  monitoring
|R-007  Cloud region outage stops the servi… Medium    Medium    accepted excluded  Head of Opera… retain    2027-04-30  monitoring
|R-008  Payment provider breach exposes car… Medium    Low       accepted           CFO            share     2027-06-30  monitoring
|R-009  HR records disclosed by misdirected… Medium    Low                          Head of People modify    2027-01-31  open
|R-010  Key operations engineer unavailable… Medium    Low                          Head of Opera… modify    2027-03-31  open
|R-011  Unauthorised visitor in the office   Low       Low       overdue            Office manager retain    2026-09-30  monitoring
|R-012  Analytics model leaks personal data… Medium    Low                          Head of Data   avoid     2027-06-30  open
|
|
|
|
|
|
|
|a add a record  F filter by criteria picked from a list  h show the heat maps  / search forward  f filter rows by text  s sort by t…
|isms.db | <user> | rows 12/12
