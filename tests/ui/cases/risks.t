# The Risks and Assets tabs driven by keystroke scripts (see tests/ui/run.sh).
$ isms init --demo
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ NO_COLOR=1 isms --script $ISMS_SRCDIR/tests/ui/keys/risks.keys
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
@0 20-28 bold,reverse
|+ Heat maps: open risks per cell ----------------------------------------------+
@1 1-32 bold
|| Inherent                                                                     |
@2 2-65 bold,underline
||     I1          I2          I3          I4          I5                       |
@3 6-65 bold
|| L5  Medium 0    High 0      High 0      Critical 0  Critical 0               |
@4 2-5 bold
@4 18-28 bold
@4 30-40 bold
@4 42-52 bold
@4 54-64 bold
|| L4  Low 0       Medium 0    High 0      High 1      Critical 0               |
@5 2-5 bold
@5 30-40 bold
@5 42-52 bold
@5 54-64 bold
|| L3  Low 0       Medium 0    Medium 3    High 1      High 2                   |
@6 2-5 bold
@6 42-52 bold
@6 54-64 bold
|| L2  Low 0       Low 1       Medium 0    Medium 4    High 0                   |
@7 2-5 bold
@7 54-64 bold
|| L1  Low 0       Low 0       Low 0       Low 0       Medium 0                 |
@8 2-5 bold
|| Residual                                                                     |
@9 2-65 bold,underline
||     I1          I2          I3          I4          I5                       |
@10 6-65 bold
|| L5  Medium 0    High 0      High 0      Critical 0  Critical 0               |
@11 2-5 bold
@11 18-28 bold
@11 30-40 bold
@11 42-52 bold
@11 54-64 bold
|| L4  Low 0       Medium 0    High 0      High 0      Critical 0               |
@12 2-5 bold
@12 30-40 bold
@12 42-52 bold
@12 54-64 bold
|| L3  Low 0       Medium 0    Medium 1    High 1      High 0                   |
@13 2-5 bold
@13 42-52 bold
@13 54-64 bold
|| L2  Low 0       Low 4<      Medium 2    Medium 2    High 0                   |
@14 2-5 bold
@14 18-28 reverse
@14 54-64 bold
|| L1  Low 0       Low 1       Low 1       Low 0       Medium 0                 |
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
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement               Inherent  Residual  Flags   Owner       Status
|R-006 Laptop with customer e… Medium    Low               IT lead     monitoring
|R-009 HR records disclosed b… Medium    Low               Head of Pe… open
|R-010 Key operations enginee… Medium    Low       late    Head of Op… open
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
|risks in residual L2 I2; Esc clears
|isms.db | <user> | rows 4/12  residual L2 I2
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
|isms.db | <user> | rows 1/12  needs attention (above, not validly accepted)
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|+ Risk R-001 ------------------------------------------------------------------+
|| Inherent High (L3 I5), residual High (L3 I4); above-appetite                 |
|| Assets: Analytics platform; Production cloud account (L in the table links … |
|| Controls: A.5.30,A.8.7,A.8.13 (l in the table; they give reason RA in the S… |
|| Actions: 1, 1 open (T lists, edits and deletes them)                         |
|| Statement       Ransomware encrypts production and backups                   |
|| Owner           Head of Operations                                           |
|| Threat          criminal group                                               |
|| Vulnerability   backups reachable from production credentials                |
|| Likelihood      3 Possible                                                   |
|| Impact          5 Severe                                                     |
|| Current L                                                                    |
|| Current I                                                                    |
|| Treatment       mitigate                                                     |
|| Residual L      3 Possible                                                   |
|| Residual I      4 Major                                                      |
|| Status          treating                                                     |
|| Next review     2027-01-31                                                   |
|| Identified      2026-09-15                                                   |
|| Description                                                                  |
|+------------------------------------------------------------------------------+
|w save the changes  Enter change the field  E edit the field in $EDITOR  u undo…
|isms.db | <user> | rows 12/12
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|90 applicable, 3 excluded, 0 undecided; implemented 30 of 90 applicable (33%)
|Control▲ Title                 Applicable Reasons     Risks Status      Owner
|A.5.30   ICT readiness for bu… yes        BR BP RA        2 planned     ISMS ma…
|A.5.31   Legal, statutory, re… yes        BR BP             implemented ISMS ma…
|A.5.32   Intellectual propert… yes        BR BP             partial     ISMS ma…
|A.5.33   Protection of records yes        LR BR             planned     ISMS ma…
|A.5.34   Privacy and protecti… yes        BR BP RA        2 implemented ISMS ma…
|A.5.35   Independent review o… yes        BR BP             partial     ISMS ma…
|A.5.36   Compliance with poli… yes        BR BP             planned     ISMS ma…
|A.5.37   Documented operating… yes        LR BR             implemented ISMS ma…
|A.6.1    Screening             yes        BR BP             partial     ISMS ma…
|A.6.2    Terms and conditions… yes        BR BP             planned     ISMS ma…
|A.6.3    Information security… yes        BR BP RA        2 implemented ISMS ma…
|A.6.4    Disciplinary process  yes        LR BR             partial     ISMS ma…
|A.6.5    Responsibilities aft… yes        BR BP RA        1 planned     ISMS ma…
|A.6.6    Confidentiality or n… yes        BR BP             implemented ISMS ma…
|A.6.7    Remote working        yes        BR BP             partial     ISMS ma…
|A.6.8    Information security… yes        LR BR             planned     ISMS ma…
|A.7.1    Physical security pe… yes        BR BP             implemented ISMS ma…
|A.7.2    Physical entry        yes        BR BP RA        1 partial     ISMS ma…
|A.7.3    Securing offices, ro… yes        BR BP             planned     ISMS ma…
|F filter by criteria picked from a list  x export the register of this pane  / …
|isms.db | <user> | rows 93/93
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement              Inherent  Residual  Flags    Owner       Status
|R-001 Ransomware encrypts p… High      High      above    Head of Op… treating
|R-007 Cloud region outage s… Medium    Medium    accepted Head of Op… monitoring
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
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History  Fjordlight Analytics A…
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement             Inherent  Residual  Flags    Owner       Treatment Review     Status
|R-001 Ransomware encrypts … High      High      above    Head of Op… mitigate  2027-01-31 treating
|R-002 Customer data expose… High      Medium             Head of Da… mitigate  2027-03-31 treating
|R-003 Phishing leads to ac… High      Medium             IT lead     mitigate  2027-04-30 treating
|R-004 Unpatched library in… High      Medium    stale    CTO         mitigate  2027-06-30 monitoring
|R-005 Source code leaked b… Medium    Medium             CTO         mitigate  2027-01-31 monitoring
|R-006 Laptop with customer… Medium+ accepted by (the risk owner) +   mitigate  2027-03-31 monitoring
|R-007 Cloud region outage … Medium|type a name or login          |p… accept    2027-04-30 monitoring
|R-008 Payment provider bre… Medium|Anne Vik                      |   transfer  2027-06-30 monitoring
|R-009 HR records disclosed… Medium|Eva Holm                      |e… mitigate  2027-01-31 open
|R-010 Key operations engin… Medium|Ingrid Dahl                   |p… mitigate  2027-03-31 open
|R-011 Unauthorised visitor… Low   |Kari Lunde                    |n… accept    2026-09-30 monitoring
|R-012 Analytics model leak… Medium|Lars Aas                      |a… avoid     2027-06-30 open
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
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History  Fjordlight Analytics A…
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement             Inherent  Residual  Flags    Owner       Treatment Review     Status
|R-001 Ransomware encrypts … High      High      accepted Head of Op… mitigate  2027-01-31 treating
|R-002 Customer data expose… High      Medium             Head of Da… mitigate  2027-03-31 treating
|R-003 Phishing leads to ac… High      Medium             IT lead     mitigate  2027-04-30 treating
|R-004 Unpatched library in… High      Medium    stale    CTO         mitigate  2027-06-30 monitoring
|R-005 Source code leaked b… Medium    Medium             CTO         mitigate  2027-01-31 monitoring
|R-006 Laptop with customer… Medium    Low                IT lead     mitigate  2027-03-31 monitoring
|R-007 Cloud region outage … Medium    Medium    accepted Head of Op… accept    2027-04-30 monitoring
|R-008 Payment provider bre… Medium    Low       accepted CFO         transfer  2027-06-30 monitoring
|R-009 HR records disclosed… Medium    Low                Head of Pe… mitigate  2027-01-31 open
|R-010 Key operations engin… Medium    Low       late     Head of Op… mitigate  2027-03-31 open
|R-011 Unauthorised visitor… Low       Low       overdue  Office man… accept    2026-09-30 monitoring
|R-012 Analytics model leak… Medium    Low                Head of Da… avoid     2027-06-30 open
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
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History  Fjordlight Analytics A…
|+ Risk R-001 --------------------------------------------------------------------------------------+
|| Inherent High (L3 I5), residual High (L4 I4); above-appetite accepted-stale                      |
|| Assets: Analytics platform; Production cloud account (L in the table links them)                 |
|| Controls: A.5.30,A.8.7,A.8.13 (l in the table; they give reason RA in the SoA)                   |
|| Actions: 1, 1 open (T lists, edits and deletes them)                                             |
|| Acceptance: stale by Head of Operations on <today>                                            |
|| Revision 8, last changed <time> by <user>                                            |
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
|| Current L                                                                                        |
|| Current I                                                                                        |
|| Treatment       mitigate                                                                         |
|| Residual L      4 Likely                                                                         |
|| Residual I      4 Major                                                                          |
|| Status          treating                                                                         |
|| Next review     2027-01-31                                                                       |
|| Identified      2026-09-15                                                                       |
|| Description                                                                                      |
|saved; R-001: residual risk High is above the acceptance criterion (up to Medium) and its acceptance
|is stale: treat it further, or have its owner accept it (isms risk accept R-001 --by NAME)
|isms.db | <user> | rows 12/12
--- screen 100x30
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History  Fjordlight Analytics A…
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement             Inherent  Residual  Flags     Owner      Treatment Review     Status
|R-001 Ransomware encrypts … High      High      above st… Head of O… mitigate  2027-01-31 treating
|R-002 Customer data expose… High      Medium              Head of D… mitigate  2027-03-31 treating
|R-003 Phishing leads to ac… High      Medium              IT lead    mitigate  2027-04-30 treating
|R-004 Unpatched library in… High      Medium    stale     CTO        mitigate  2027-06-30 monitoring
|R-005 Source code leaked b… Medium    Medium              CTO        mitigate  2027-01-31 monitoring
|R-006 Laptop with customer… Medium    Low                 IT lead    mitigate  2027-03-31 monitoring
|R-007 Cloud region outage … Medium    Medium    accepted  Head of O… accept    2027-04-30 monitoring
|R-008 Payment provider bre… Medium    Low       accepted  CFO        transfer  2027-06-30 monitoring
|R-009 HR records disclosed… Medium    Low                 Head of P… mitigate  2027-01-31 open
|R-010 Key operations engin… Medium    Low       late      Head of O… mitigate  2027-03-31 open
|R-011 Unauthorised visitor… Low       Low       overdue   Office ma… accept    2026-09-30 monitoring
|R-012 Analytics model leak… Medium    Low                 Head of D… avoid     2027-06-30 open
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
| 1 Clauses   2 SoA   3 Risks  [4 Assets]  5 Documents   People   6 History
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
| 1 Clauses   2 SoA   3 Risks  [4 Assets]  5 Documents   People   6 History
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
|w save the changes  Enter change the field  E edit the field in $EDITOR  u undo…
|isms.db | <user> | rows 11/11
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks  [4 Assets]  5 Documents   People   6 History
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
$ ISMS_TODAY=2026-11-01 isms --script $ISMS_SRCDIR/tests/ui/keys/risk-add.keys
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|13+ Controls of R-013 (Space marks, / finds, Enter saves) -------------------+
|Ri|[ ] A.5.1 Policies for information security                               |
|R-|[ ] A.5.2 Information security roles and responsibilities                 |
|R-|[ ] A.5.3 Segregation of duties                                           |
|R-|[ ] A.5.4 Management responsibilities                                     |
|R-|[ ] A.5.5 Contact with authorities                                        |ng
|R-|[ ] A.5.6 Contact with special interest groups                            |ng
|R-|[ ] A.5.7 Threat intelligence                                             |ng
|R-|[ ] A.5.8 Information security in project management                      |ng
|R-|[ ] A.5.9 Inventory of information and other associated assets            |ng
|R-|[ ] A.5.10 Acceptable use of information and other associated assets      |
|R-|[ ] A.5.11 Return of assets                                               |
|R-|[ ] A.5.12 Classification of information                                  |ng
|R-|[ ] A.5.13 Labelling of information                                       |
|R-|[ ] A.5.14 Information transfer                                           |
|  |[ ] A.5.15 Access control                                                 |
|  |[ ] A.5.16 Identity management                                            |
|  |[ ] A.5.17 Authentication information                                     |
|  |[ ] A.5.18 Access rights                                                  |
|  |[ ] A.5.19 Information security in supplier relationships                 |
|  +--------------------------------------------------------------------------+
|Enter choose the item  Space mark or unmark the item  / search forward  Esc clo…
|isms.db | <user> | rows 13/13
$ isms risk show R-013 | grep -E 'Identified|Next review'
Identified:    2026-11-01
Next review:   2026-12-01
$ isms --script $ISMS_SRCDIR/tests/ui/keys/asset-add.keys
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks  [4 Assets]  5 Documents   People   6 History
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
|  12 Spare laptop       information                                            0
|
|
|
|
|
|
|
|
|delete asset 12 (Spare laptop)? (y/n)
|isms.db | <user> | rows 12/12
# a risk linked to a control the SoA excludes is flagged, in words
$ isms soa set A.5.30 --applicable no --justification "Outsourced" && isms --size 132x24 --script $ISMS_SRCDIR/tests/ui/keys/risks-excluded.keys
--- screen 132x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History                      Fjordlight Analytics AS (fictional)
|13 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement                                 Inherent  Residual  Flags           Owner            Treatment Review     Status
|R-001 Ransomware encrypts production and backu… High      High      above stale ex… Head of Operati… mitigate  2027-01-31 treating
|R-002 Customer data exposed through a misconfi… High      Medium                    Head of Data     mitigate  2027-03-31 treating
|R-003 Phishing leads to account takeover of an… High      Medium                    IT lead          mitigate  2027-04-30 treating
|R-004 Unpatched library in the platform is exp… High      Medium    stale           CTO              mitigate  2027-06-30 monitoring
|R-005 Source code leaked by a departing develo… Medium    Medium                    CTO              mitigate  2027-01-31 monitoring
|R-006 Laptop with customer extracts is stolen   Medium    Low                       IT lead          mitigate  2027-03-31 monitoring
|R-007 Cloud region outage stops the service fo… Medium    Medium    accepted exclu… Head of Operati… accept    2027-04-30 monitoring
|R-008 Payment provider breach exposes card data Medium    Low       accepted        CFO              transfer  2027-06-30 monitoring
|R-009 HR records disclosed by misdirected e-ma… Medium    Low                       Head of People   mitigate  2027-01-31 open
|R-010 Key operations engineer unavailable duri… Medium    Low       late            Head of Operati… mitigate  2027-03-31 open
|R-011 Unauthorised visitor in the office        Low       Low       overdue         Office manager   accept    2026-09-30 monitoring
|R-012 Analytics model leaks personal data in a… Medium    Low                       Head of Data     avoid     2027-06-30 open
|R-013 Laptop lost on a train                    -         -         overdue                          -         2026-12-01 open
|
|
|
|
|
|
|a add a record  F filter by criteria picked from a list  h show the heat maps  / search forward  f filter rows by text  s sort by t…
|isms.db | <user> | rows 13/13
$ isms --script $ISMS_SRCDIR/tests/ui/keys/export.keys
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|13 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement             Inherent  Residual  Flags     Owner       Status
|R-001 Ransomware encrypts … High      High      above st… Head of Op… treating
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
|wrote <tmp>/home/risks.md
|isms.db | <user> | rows 1/13  filter: ransomware
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|13 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement             Inherent  Residual  Flags     Owner       Status
|R-001 Ransomware encrypts … High      High      above st… Head of Op… treating
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
|<tmp>/home/risks.md names md, but this is csv: write it
|anyway? (y/n)
|isms.db | <user> | rows 1/13  filter: ransomware
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|13 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement             Inherent  Residual  Flags     Owner       Status
|R-001 Ransomware encrypts … High      High      above st… Head of Op… treating
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
|<tmp>/home/risks.md exists: replace it? (y/n)
|isms.db | <user> | rows 1/13  filter: ransomware
$ grep -o '^| R-[0-9]*' home/risks.md | sort -u; grep -o 'Selection.*' home/risks.md
| R-001
Selection | text ransomware |
#needs: xlsx
$ ISMS_TODAY=2026-11-01 isms --script $ISMS_SRCDIR/tests/ui/keys/export-picker.keys
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|89 applicable, 4 excluded, 0 undecided; implemented 30 of 89 applicable (33%)
|Control▲ Title                 Applicable Reasons     Risks Status      Owner
|A.5.1    Policies for informa… yes        LR BR             implemented ISMS ma…
|A.5.2    Information security… yes        BR BP             partial     ISMS ma…
|A.5.3    Segregation of duties yes        BR BP             planned     ISMS ma…
|A.5.4    Management responsib… yes        BR BP             implemented ISMS ma…
|A.5.5    Contact with authori… yes        LR BR             partial     ISMS ma…
|A.5.6    Contact w+ Export the Statement of Applicability as +anned     ISMS ma…
|A.5.7    Threat in|csv   table for other tools               |plemented ISMS ma…
|A.5.8    Informati|md    Markdown for a git forge            |rtial     ISMS ma…
|A.5.9    Inventory|html  one printable page                  |anned     ISMS ma…
|A.5.10   Acceptabl|xlsx  workbook with a cover sheet         |plemented ISMS ma…
|A.5.11   Return of+------------------------------------------+rtial     ISMS ma…
|A.5.12   Classification of in… yes        BR BP             planned     ISMS ma…
|A.5.13   Labelling of informa… yes        LR BR             implemented ISMS ma…
|A.5.14   Information transfer  yes        BR BP RA        1 partial     ISMS ma…
|A.5.15   Access control        yes        BR BP             planned     ISMS ma…
|A.5.16   Identity management   yes        BR BP             implemented ISMS ma…
|A.5.17   Authentication infor… yes        LR BR RA        1 partial     ISMS ma…
|A.5.18   Access rights         yes        BR BP RA        1 planned     ISMS ma…
|A.5.19   Information security… yes        BR BP RA        1 implemented ISMS ma…
|Enter choose the item  Space mark or unmark the item  / search forward  Esc clo…
|isms.db | <user> | rows 93/93
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|89 applicable, 4 excluded, 0 undecided; implemented 30 of 89 applicable (33%)
|Control▲ Title                 Applicable Reasons     Risks Status      Owner
|A.5.1    Policies for informa… yes        LR BR             implemented ISMS ma…
|A.5.2    Information security… yes        BR BP             partial     ISMS ma…
|A.5.3    Segregation of duties yes        BR BP             planned     ISMS ma…
|A.5.4    Management responsib… yes        BR BP             implemented ISMS ma…
|A.5.5    Contact with authori… yes        LR BR             partial     ISMS ma…
|A.5.6    Contact with special… yes        BR BP             planned     ISMS ma…
|A.5.7    Threat intelligence   yes        BR BP             implemented ISMS ma…
|A.5.8    Information security… yes        BR BP             partial     ISMS ma…
|A.5.9    Inventory of informa… yes        LR BR             planned     ISMS ma…
|A.5.10   Acceptable use of in… yes        BR BP             implemented ISMS ma…
|A.5.11   Return of assets      yes        BR BP             partial     ISMS ma…
|A.5.12   Classification of in… yes        BR BP             planned     ISMS ma…
|A.5.13   Labelling of informa… yes        LR BR             implemented ISMS ma…
|A.5.14   Information transfer  yes        BR BP RA        1 partial     ISMS ma…
|A.5.15   Access control        yes        BR BP             planned     ISMS ma…
|A.5.16   Identity management   yes        BR BP             implemented ISMS ma…
|A.5.17   Authentication infor… yes        LR BR RA        1 partial     ISMS ma…
|A.5.18   Access rights         yes        BR BP RA        1 planned     ISMS ma…
|A.5.19   Information security… yes        BR BP RA        1 implemented ISMS ma…
|export to file: soa-2026-11-01.xlsx
|isms.db | <user> | rows 93/93
#needs: no-xlsx
$ ISMS_TODAY=2026-11-01 isms --script $ISMS_SRCDIR/tests/ui/keys/export-picker.keys
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|89 applicable, 4 excluded, 0 undecided; implemented 30 of 89 applicable (33%)
|Control▲ Title                 Applicable Reasons     Risks Status      Owner
|A.5.1    Policies for informa… yes        LR BR             implemented ISMS ma…
|A.5.2    Information security… yes        BR BP             partial     ISMS ma…
|A.5.3    Segregation of duties yes        BR BP             planned     ISMS ma…
|A.5.4    Management responsib… yes        BR BP             implemented ISMS ma…
|A.5.5    Contact with authori… yes        LR BR             partial     ISMS ma…
|A.5.6    Contac+ Export the Statement of Applicability as -----+ned     ISMS ma…
|A.5.7    Threat|csv   table for other tools                    |emented ISMS ma…
|A.5.8    Inform|md    Markdown for a git forge                 |ial     ISMS ma…
|A.5.9    Invent|html  one printable page                       |ned     ISMS ma…
|A.5.10   Accept|xlsx  not in this isms (built without it)      |emented ISMS ma…
|A.5.11   Return+-----------------------------------------------+ial     ISMS ma…
|A.5.12   Classification of in… yes        BR BP             planned     ISMS ma…
|A.5.13   Labelling of informa… yes        LR BR             implemented ISMS ma…
|A.5.14   Information transfer  yes        BR BP RA        1 partial     ISMS ma…
|A.5.15   Access control        yes        BR BP             planned     ISMS ma…
|A.5.16   Identity management   yes        BR BP             implemented ISMS ma…
|A.5.17   Authentication infor… yes        LR BR RA        1 partial     ISMS ma…
|A.5.18   Access rights         yes        BR BP RA        1 planned     ISMS ma…
|A.5.19   Information security… yes        BR BP RA        1 implemented ISMS ma…
|Enter choose the item  Space mark or unmark the item  / search forward  Esc clo…
|isms.db | <user> | rows 93/93
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|89 applicable, 4 excluded, 0 undecided; implemented 30 of 89 applicable (33%)
|Control▲ Title                 Applicable Reasons     Risks Status      Owner
|A.5.1    Policies for informa… yes        LR BR             implemented ISMS ma…
|A.5.2    Information security… yes        BR BP             partial     ISMS ma…
|A.5.3    Segregation of duties yes        BR BP             planned     ISMS ma…
|A.5.4    Management responsib… yes        BR BP             implemented ISMS ma…
|A.5.5    Contact with authori… yes        LR BR             partial     ISMS ma…
|A.5.6    Contact with special… yes        BR BP             planned     ISMS ma…
|A.5.7    Threat intelligence   yes        BR BP             implemented ISMS ma…
|A.5.8    Information security… yes        BR BP             partial     ISMS ma…
|A.5.9    Inventory of informa… yes        LR BR             planned     ISMS ma…
|A.5.10   Acceptable use of in… yes        BR BP             implemented ISMS ma…
|A.5.11   Return of assets      yes        BR BP             partial     ISMS ma…
|A.5.12   Classification of in… yes        BR BP             planned     ISMS ma…
|A.5.13   Labelling of informa… yes        LR BR             implemented ISMS ma…
|A.5.14   Information transfer  yes        BR BP RA        1 partial     ISMS ma…
|A.5.15   Access control        yes        BR BP             planned     ISMS ma…
|A.5.16   Identity management   yes        BR BP             implemented ISMS ma…
|A.5.17   Authentication infor… yes        LR BR RA        1 partial     ISMS ma…
|A.5.18   Access rights         yes        BR BP RA        1 planned     ISMS ma…
|xlsx: this isms was built without xlsx support (configure --without-xlsx); use
|csv, md or html
|isms.db | <user> | rows 93/93
$ isms --script $ISMS_SRCDIR/tests/ui/keys/accept-until.keys
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|13 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement             Inherent  Residual  Flags     Owner       Status
|R-001 Ransomware encrypts … High      High      above st… Head of Op… treating
|R-002 Customer data expose… High      Medium              Head of Da… treating
|R-003 Phishing leads to ac… High      Medium              IT lead     treating
|R-004 Unpatched library in… High      Medium    stale     CTO         monitoring
|R-005 Source code leaked b… Medium    Medium              CTO         monitoring
|R-006 Laptop with customer… Medium    Low                 IT lead     monitoring
|R-007 Cloud region outage … Medium    Medium    accepted… Head of Op… monitoring
|R-008 Payment provider bre… Medium    Low       accepted  CFO         monitoring
|R-009 HR records disclosed… Medium    Low                 Head of Pe… open
|R-010 Key operations engin… Medium    Low       late      Head of Op… open
|R-011 Unauthorised visitor… Low       Low       overdue   Office man… monitoring
|R-012 Analytics model leak… Medium    Low                 Head of Da… open
|R-013 Laptop lost on a tra… -         -         overdue               open
|
|
|
|
|
|
|accepted until (YYYY-MM-DD, empty: no end):
|isms.db | <user> | rows 13/13
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|13 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement             Inherent  Residual  Flags     Owner       Status
|R-001 Ransomware encrypts … High      High      above st… Head of Op… treating
|R-002 Customer data expose… High      Medium    accepted  Head of Da… treating
|R-003 Phishing leads to ac… High      Medium              IT lead     treating
|R-004 Unpatched library in… High      Medium    stale     CTO         monitoring
|R-005 Source code leaked b… Medium    Medium              CTO         monitoring
|R-006 Laptop with customer… Medium    Low                 IT lead     monitoring
|R-007 Cloud region outage … Medium    Medium    accepted… Head of Op… monitoring
|R-008 Payment provider bre… Medium    Low       accepted  CFO         monitoring
|R-009 HR records disclosed… Medium    Low                 Head of Pe… open
|R-010 Key operations engin… Medium    Low       late      Head of Op… open
|R-011 Unauthorised visitor… Low       Low       overdue   Office man… monitoring
|R-012 Analytics model leak… Medium    Low                 Head of Da… open
|R-013 Laptop lost on a tra… -         -         overdue               open
|
|
|
|
|
|
|R-002: residual risk accepted by Head of Data2027-13-01 until 2027-06-30
|isms.db | <user> | rows 13/13
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|13 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement             Inherent  Residual  Flags     Owner       Status
|R-001 Ransomware encrypts … High      High      above st… Head of Op… treating
|R-002 Customer data expose… High      Medium    accepted  Head of Da… treating
|R-003 Phishing leads to ac… High      Medium              IT lead     treating
|R-004 Unpatched library in… High      Medium    stale     CTO         monitoring
|R-005 Source code leaked b… Medium    Medium              CTO         monitoring
|R-006 Laptop with customer… Medium    Low                 IT lead     monitoring
|R-00+ R-002 is accepted by Head of Data2027-13-01 on <today> (accepted) +ring
|R-00|accept it again, as it stands now                                     |ring
|R-00|revoke the acceptance (it stays on record)                            |
|R-01+----------------------------------------------------------------------+
|R-011 Unauthorised visitor… Low       Low       overdue   Office man… monitoring
|R-012 Analytics model leak… Medium    Low                 Head of Da… open
|R-013 Laptop lost on a tra… -         -         overdue               open
|
|
|
|
|
|
|Enter choose the item  Space mark or unmark the item  / search forward  Esc clo…
|isms.db | <user> | rows 13/13
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|13 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement             Inherent  Residual  Flags     Owner       Status
|R-001 Ransomware encrypts … High      High      above st… Head of Op… treating
|R-002 Customer data expose… High      Medium              Head of Da… treating
|R-003 Phishing leads to ac… High      Medium              IT lead     treating
|R-004 Unpatched library in… High      Medium    stale     CTO         monitoring
|R-005 Source code leaked b… Medium    Medium              CTO         monitoring
|R-006 Laptop with customer… Medium    Low                 IT lead     monitoring
|R-007 Cloud region outage … Medium    Medium    accepted… Head of Op… monitoring
|R-008 Payment provider bre… Medium    Low       accepted  CFO         monitoring
|R-009 HR records disclosed… Medium    Low                 Head of Pe… open
|R-010 Key operations engin… Medium    Low       late      Head of Op… open
|R-011 Unauthorised visitor… Low       Low       overdue   Office man… monitoring
|R-012 Analytics model leak… Medium    Low                 Head of Da… open
|R-013 Laptop lost on a tra… -         -         overdue               open
|
|
|
|
|
|
|R-002: acceptance revoked
|isms.db | <user> | rows 13/13
$ isms history --limit 7 | cut -c1-3,27- | sed 's/ *$//'
SEQ WHO   ENTITY  KEY     FIELD                  OLD                     NEW
830 <user>  risk    R-002   revocation note        -                       Provider changed
829 <user>  risk    R-002   acceptance revoked by  -                       <user>
828 <user>  risk    R-002   accepted               Head of Data2027-13-01  -
827 <user>  risk    R-002   acceptance note        -                       Board decision of 1 December
826 <user>  risk    R-002   accepted until         -                       2027-06-30
825 <user>  risk    R-002   accepted               -                       Head of Data2027-13-01
824 <user>  soa     A.5.30  status                 planned                 excluded
$ isms --script $ISMS_SRCDIR/tests/ui/keys/actions.keys
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|+ Risk R-010 ------------------------------------------------------------------+
|| Inherent Medium (L3 I3), residual Low (L2 I2); action-overdue                |
|| Assets: Operations team (L in the table links them)                          |
|| Controls: A.5.24,A.5.26 (l in the table; they give reason RA in the SoA)     |
|| Actions: 1, 1 open, overdue: 8 due 2026-10-31 Runbooks and on-call rotation… |
|| Statement       Key operations engineer unavailable during an incident       |
|| Owner           Head of Operations                                           |
|| Threat          loss of key staff                                            |
|| Vulnerability   knowledge held by one person                                 |
|| Likelihood      3 Possible                                                   |
|| Impact          3 Moderate                                                   |
|| Current L                                                                    |
|| Current I                                                                    |
|| Treatment       mitigate                                                     |
|| Residual L      2 Unlikely                                                   |
|| Residual I      2 Minor                                                      |
|| Status          open                                                         |
|| Next review     2027-03-31                                                   |
|| Identified      2026-09-15                                                   |
|| Description                                                                  |
|+------------------------------------------------------------------------------+
|w save the changes  Enter change the field  E edit the field in $EDITOR  u undo…
|isms.db | <user> | rows 13/13
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|+ Treatment actions of R-010 (Enter opens, a adds, d deletes) -----------------+
|| 8   2026-10-31  planned, overdue   Runbooks and on-call rotation  A.5.24  H… |
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
|+------------------------------------------------------------------------------+
|Enter open the row  a add a record  d delete the record (asks first)  Esc close…
|isms.db | <user> | rows 13/13
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|+ Treatment actions of R-010 (Enter opens, a adds, d deletes) -----------------+
|| 8   2026-10-31  planned, overdue   Runbooks and on-call rotation  A.5.24  H… |
|| 10  2027-02-28  planned            Second on-call engineer                   |
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
|+------------------------------------------------------------------------------+
|Enter open the row  a add a record  d delete the record (asks first)  Esc close…
|isms.db | <user> | rows 13/13
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|+ Treatment actions of R-010 (Enter opens, a adds, d deletes) -----------------+
|| 8   2026-10-31  planned, overdue   Runbooks and on-call rotation  A.5.24  H… |
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
|+------------------------------------------------------------------------------+
|deleted action 10 of R-010
|isms.db | <user> | rows 13/13
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|13 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement             Inherent  Residual  Flags     Owner       Status
|R-001 Ransomware encrypts … High      High      above st… Head of Op… treating
|R-002 Customer data expose… High      Medium              Head of Da… treating
|R-003 Phishing leads to ac… High      Medium              IT lead     treating
|R-004 Unpatched library in… High      Medium    stale     CTO         monitoring
|R-005 Source code leaked b… Medium    Medium              CTO         monitoring
|R-006 Laptop with customer… Medium    Low                 IT lead     monitoring
|R-007 Cloud region outage … Medium    Medium    accepted… Head of Op… monitoring
|R-008 Payment provider bre… Medium    Low       accepted  CFO         monitoring
|R-009 HR records disclosed… Medium    Low                 Head of Pe… open
|R-010 Key operations engin… Medium    Low       late      Head of Op… open
|R-011 Unauthorised visitor… Low       Low       overdue   Office man… monitoring
|R-012 Analytics model leak… Medium    Low                 Head of Da… open
|R-013 Laptop lost on a tra… -         -         overdue               open
|
|
|
|
|
|
|a add a record  F filter by criteria picked from a list  h show the heat maps  …
|isms.db | <user> | rows 13/13
$ isms risk action list R-010 | cut -c1-8,40-
ACTION         CONTROL  OWNER               DUE         STATUS   DONE  FLAGS
8       ation  A.5.24   Head of Operations  2026-10-31  planned        overdue
