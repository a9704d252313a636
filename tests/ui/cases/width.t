# How the tables use the width of the terminal (see tests/ui/run.sh).
$ ISMS_TODAY=2026-11-01 isms init --demo
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ isms --size 132x40 --script $ISMS_SRCDIR/tests/ui/keys/width.keys
--- screen 132x40
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History                      Fjordlight Analytics AS (fictional)
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement                                      Inherent  Residual  Flags    Owner              Treatment Review     Status
|R-001 Ransomware encrypts production and backups     High      High      above    Head of Operations mitigate  2027-01-31 treating
|R-002 Customer data exposed through a misconfigured… High      Medium             Head of Data       mitigate  2027-03-31 treating
|R-003 Phishing leads to account takeover of an admi… High      Medium             IT lead            mitigate  2027-04-30 treating
|R-004 Unpatched library in the platform is exploited High      Medium    stale    CTO                mitigate  2027-06-30 monitoring
|R-005 Source code leaked by a departing developer    Medium    Medium             CTO                mitigate  2027-01-31 monitoring
|R-006 Laptop with customer extracts is stolen        Medium    Low                IT lead            mitigate  2027-03-31 monitoring
|R-007 Cloud region outage stops the service for mor… Medium    Medium    accepted Head of Operations accept    2027-04-30 monitoring
|R-008 Payment provider breach exposes card data      Medium    Low       accepted CFO                transfer  2027-06-30 monitoring
|R-009 HR records disclosed by misdirected e-mail     Medium    Low                Head of People     mitigate  2027-01-31 open
|R-010 Key operations engineer unavailable during an… Medium    Low       late     Head of Operations mitigate  2027-03-31 open
|R-011 Unauthorised visitor in the office             Low       Low       overdue  Office manager     accept    2026-09-30 monitoring
|R-012 Analytics model leaks personal data in aggreg… Medium    Low                Head of Data       avoid     2027-06-30 open
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
|
|
|
|
|a add a record  F filter by criteria picked from a list  h show the heat maps  / search forward  f filter rows by text  s sort by t…
|isms.db | <user> | rows 12/12
# a register that reached R-10000 (made here behind isms's back)
$ sqlite3 isms.db "UPDATE risk SET ref = 'R-10000' WHERE ref = 'R-012'"
$ isms --script $ISMS_SRCDIR/tests/ui/keys/width-ref.keys
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|12 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲   Statement             Inherent  Residual  Flags    Owner      Status
|R-001   Ransomware encrypts … High      High      above    Head of O… treating
|R-002   Customer data expose… High      Medium             Head of D… treating
|R-003   Phishing leads to ac… High      Medium             IT lead    treating
|R-004   Unpatched library in… High      Medium    stale    CTO        monitoring
|R-005   Source code leaked b… Medium    Medium             CTO        monitoring
|R-006   Laptop with customer… Medium    Low                IT lead    monitoring
|R-007   Cloud region outage … Medium    Medium    accepted Head of O… monitoring
|R-008   Payment provider bre… Medium    Low       accepted CFO        monitoring
|R-009   HR records disclosed… Medium    Low                Head of P… open
|R-010   Key operations engin… Medium    Low       late     Head of O… open
|R-011   Unauthorised visitor… Low       Low       overdue  Office ma… monitoring
|R-10000 Analytics model leak… Medium    Low                Head of D… open
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
|Risk    Statement             Inherent  Residual  Flags    Owner      Status
|R-011   Unauthorised visitor… Low       Low       overdue  Office ma… monitoring
|R-001   Ransomware encrypts … High      High      above    Head of O… treating
|R-005   Source code leaked b… Medium    Medium             CTO        monitoring
|R-009   HR records disclosed… Medium    Low                Head of P… open
|R-002   Customer data expose… High      Medium             Head of D… treating
|R-006   Laptop with customer… Medium    Low                IT lead    monitoring
|R-010   Key operations engin… Medium    Low       late     Head of O… open
|R-003   Phishing leads to ac… High      Medium             IT lead    treating
|R-007   Cloud region outage … Medium    Medium    accepted Head of O… monitoring
|R-004   Unpatched library in… High      Medium    stale    CTO        monitoring
|R-008   Payment provider bre… Medium    Low       accepted CFO        monitoring
|R-10000 Analytics model leak… Medium    Low                Head of D… open
|
|
|
|
|
|
|
|a add a record  F filter by criteria picked from a list  h show the heat maps  …
|isms.db | <user> | rows 12/12  sorted by Review
$ isms --script $ISMS_SRCDIR/tests/ui/keys/heat.keys
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|+ Heat maps: open risks per cell ----------------------------------------------+
|| Inherent                                                                     |
||     I1          I2          I3          I4          I5                       |
|| L5  Medium 0    High 0      High 0      Critical 0  Critical 0               |
|| L4  Low 0       Medium 0    High 0      High 1      Critical 0               |
|| L3  Low 0       Medium 0    Medium 3    High 1      High 2                   |
|| L2  Low 0       Low 1       Medium 0    Medium 4    High 0                   |
|| L1  Low 0       Low 0       Low 0       Low 0       Medium 0                 |
|| Residual                                                                     |
||     I1          I2          I3          I4          I5                       |
|| L5  Medium 0    High 0      High 0      Critical 0  Critical 0               |
|| L4  Low 0       Medium 0    High 0      High 0      Critical 0               |
|| L3  Low 0       Medium 0    Medium 1    High 1      High 0                   |
|| L2  Low 0       Low 4<      Medium 2    Medium 2    High 0                   |
|| L1  Low 0       Low 1       Low 1       Low 0       Medium 0                 |
|| Residual L2 Unlikely x I2 Minor = Low: 4 open risks; Enter lists them, Tab … |
|| Levels above Medium exceed the acceptance criterion.                         |
||                                                                              |
||                                                                              |
||                                                                              |
|+------------------------------------------------------------------------------+
|Tab switch between inherent and residual  Enter open the row  Esc close (asks b…
|isms.db | <user> | rows 12/12
--- cursor 14,18
--- cursor 13,6
--- cursor 6,6
$ isms --size 132x40 --script $ISMS_SRCDIR/tests/ui/keys/heat.keys | grep -e "--- cursor" -e "L2 "
|| L2  Low 0       Low 1       Medium 0    Medium 4    High 0                                                                       |
|| L2  Low 0       Low 4<      Medium 2    Medium 2    High 0                                                                       |
|| Residual L2 Unlikely x I2 Minor = Low: 4 open risks; Enter lists them, Tab switches                                              |
--- cursor 14,18
--- cursor 13,6
--- cursor 6,6
