# The SoA tab driven by keystroke scripts (see tests/ui/run.sh).
$ isms init --org "Acme Ltd"
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
# an exclusion at 132x40: refused without a justification, saved with one
# written in the editor, then in the export and in the history
$ ISMS_EDITOR="printf 'No premises of our own; hosted in a certified data centre' >" isms --size 132x40 --script $ISMS_SRCDIR/tests/ui/keys/soa-exclude.keys
--- screen 132x40
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History                                                 Acme Ltd
|0 applicable, 0 excluded, 93 undecided; implemented 0 of 0 applicable (0%)
|Control▲ Title                                                        Applicable Reasons     Risks Status      Owner  Theme
|A.5.1    Policies for information security                            undecided                    not started        Organizational
|A.5.2    Information security roles and responsibilities              undecided                    not started        Organizational
|A.5.3    Segregation of duties                                        undecided                    not started        Organizational
|A.5.4    Management responsibilities                                  undecided                    not started        Organizational
|A.5.5    Contact with authorities                                     undecided                    not started        Organizational
|A.5.6    Contact with special interest groups                         undecided                    not started        Organizational
|A.5.7    Threat intelligence                                          undecided                    not started        Organizational
|A.5.8    Information security in project management                   undecided                    not started        Organizational
|A.5.9    Inventory of information and other associated assets         undecided                    not started        Organizational
|A.5.10   Acceptable use of information and other associated assets    undecided                    not started        Organizational
|A.5.11   Return of assets                                             undecided                    not started        Organizational
|A.5.12   Classification of information                                undecided                    not started        Organizational
|A.5.13   Labelling of information                                     undecided                    not started        Organizational
|A.5.14   Information transfer                                         undecided                    not started        Organizational
|A.5.15   Access control                                               undecided                    not started        Organizational
|A.5.16   Identity management                                          undecided                    not started        Organizational
|A.5.17   Authentication information                                   undecided                    not started        Organizational
|A.5.18   Access rights                                                undecided                    not started        Organizational
|A.5.19   Information security in supplier relationships               undecided                    not started        Organizational
|A.5.20   Addressing information security within supplier agreements   undecided                    not started        Organizational
|A.5.21   Managing information security in the information and commun… undecided                    not started        Organizational
|A.5.22   Monitoring, review and change management of supplier servic… undecided                    not started        Organizational
|A.5.23   Information security for use of cloud services               undecided                    not started        Organizational
|A.5.24   Information security incident management planning and prepa… undecided                    not started        Organizational
|A.5.25   Assessment and decision on information security events       undecided                    not started        Organizational
|A.5.26   Response to information security incidents                   undecided                    not started        Organizational
|A.5.27   Learning from information security incidents                 undecided                    not started        Organizational
|A.5.28   Collection of evidence                                       undecided                    not started        Organizational
|A.5.29   Information security during disruption                       undecided                    not started        Organizational
|A.5.30   ICT readiness for business continuity                        undecided                    not started        Organizational
|A.5.31   Legal, statutory, regulatory and contractual requirements    undecided                    not started        Organizational
|A.5.32   Intellectual property rights                                 undecided                    not started        Organizational
|A.5.33   Protection of records                                        undecided                    not started        Organizational
|A.5.34   Privacy and protection of personal identifiable information… undecided                    not started        Organizational
|A.5.35   Independent review of information security                   undecided                    not started        Organizational
|F filter by criteria picked from a list  x export the register of this pane  / search forward  f filter rows by text  s sort by the…
|isms.db | <user> | rows 93/93
--- screen 132x40
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History                                                 Acme Ltd
|+ A.7.4 Physical security monitoring ----------------------------------------------------------------------------------------------+
|| Watch premises with alarms, CCTV or guards so that unauthorized physical access is noticed and acted upon.                       |
|| Theme Physical; no risk linked (RA comes from the risk register)                                                                 |
|| Control type: Preventive, Detective                                                                                              |
|| Information security properties: Confidentiality, Integrity, Availability                                                        |
|| Cybersecurity concepts: Protect, Detect                                                                                          |
|| Operational capabilities: Physical_security                                                                                      |
|| Security domains: Protection, Defence                                                                                            |
|| Revision 1, last changed <time> by <user>                                                                            |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                        + Applicable ---+                                                         |
||                                                        |yes            |                                                         |
||                                                        |no             |                                                         |
||                                                        |undecided      |                                                         |
||                                                        +---------------+                                                         |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
|| Applicable      undecided                                                                                                        |
|| Reasons         none                                                                                                             |
|| Justification                                                                                                                    |
|| Status          not started                                                                                                      |
|| How implemented                                                                                                                  |
|| Evidence                                                                                                                         |
|| Owner                                                                                                                            |
|| Last review                                                                                                                      |
|+----------------------------------------------------------------------------------------------------------------------------------+
|Enter choose the item  Space mark or unmark the item  / search forward  Esc close without choosing
|isms.db | <user> | rows 93/93
--- screen 132x40
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History                                                 Acme Ltd
|+ A.7.4 Physical security monitoring ----------------------------------------------------------------------------------------------+
|| Watch premises with alarms, CCTV or guards so that unauthorized physical access is noticed and acted upon.                       |
|| Theme Physical; no risk linked (RA comes from the risk register)                                                                 |
|| Control type: Preventive, Detective                                                                                              |
|| Information security properties: Confidentiality, Integrity, Availability                                                        |
|| Cybersecurity concepts: Protect, Detect                                                                                          |
|| Operational capabilities: Physical_security                                                                                      |
|| Security domains: Protection, Defence                                                                                            |
|| Revision 1, last changed <time> by <user>                                                                            |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||*Applicable      no                                                                                                               |
|| Reasons         none                                                                                                             |
|| Justification                                                                                                                    |
|| Status          not started                                                                                                      |
|| How implemented                                                                                                                  |
|| Evidence                                                                                                                         |
|| Owner                                                                                                                            |
|| Last review                                                                                                                      |
|+----------------------------------------------------------------------------------------------------------------------------------+
|A.7.4: a justification is required when a control is not applicable
|isms.db | <user> | rows 93/93
--- screen 132x40
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History                                                 Acme Ltd
|+ A.7.4 Physical security monitoring ----------------------------------------------------------------------------------------------+
|| Watch premises with alarms, CCTV or guards so that unauthorized physical access is noticed and acted upon.                       |
|| Theme Physical; no risk linked (RA comes from the risk register)                                                                 |
|| Control type: Preventive, Detective                                                                                              |
|| Information security properties: Confidentiality, Integrity, Availability                                                        |
|| Cybersecurity concepts: Protect, Detect                                                                                          |
|| Operational capabilities: Physical_security                                                                                      |
|| Security domains: Protection, Defence                                                                                            |
|| Revision 2, last changed <time> by <user>                                                                            |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
||                                                                                                                                  |
|| Applicable      no                                                                                                               |
|| Reasons         none                                                                                                             |
|| Justification   No premises of our own; hosted in a certified data centre                                                        |
|| Status          excluded                                                                                                         |
|| How implemented                                                                                                                  |
|| Evidence                                                                                                                         |
|| Owner                                                                                                                            |
|| Last review                                                                                                                      |
|+----------------------------------------------------------------------------------------------------------------------------------+
|saved
|isms.db | <user> | rows 93/93
--- screen 132x40
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History                                                 Acme Ltd
|0 applicable, 1 excluded, 92 undecided; implemented 0 of 0 applicable (0%)
|Control▲ Title                                                        Applicable Reasons     Risks Status      Owner  Theme
|A.5.15   Access control                                               undecided                    not started        Organizational
|A.5.16   Identity management                                          undecided                    not started        Organizational
|A.5.17   Authentication information                                   undecided                    not started        Organizational
|A.5.18   Access rights                                                undecided                    not started        Organizational
|A.5.19   Information security in supplier relationships               undecided                    not started        Organizational
|A.5.20   Addressing information security within supplier agreements   undecided                    not started        Organizational
|A.5.21   Managing information security in the information and commun… undecided                    not started        Organizational
|A.5.22   Monitoring, review and change management of supplier servic… undecided                    not started        Organizational
|A.5.23   Information security for use of cloud services               undecided                    not started        Organizational
|A.5.24   Information security incident management planning and prepa… undecided                    not started        Organizational
|A.5.25   Assessment and decision on information security events       undecided                    not started        Organizational
|A.5.26   Response to information security incidents                   undecided                    not started        Organizational
|A.5.27   Learning from information security incidents                 undecided                    not started        Organizational
|A.5.28   Collection of evidence                                       undecided                    not started        Organizational
|A.5.29   Information security during disruption                       undecided                    not started        Organizational
|A.5.30   ICT readiness for business continuity                        undecided                    not started        Organizational
|A.5.31   Legal, statutory, regulatory and contractual requirements    undecided                    not started        Organizational
|A.5.32   Intellectual property rights                                 undecided                    not started        Organizational
|A.5.33   Protection of records                                        undecided                    not started        Organizational
|A.5.34   Privacy and protection of personal identifiable information… undecided                    not started        Organizational
|A.5.35   Independent review of information security                   undecided                    not started        Organizational
|A.5.36   Compliance with policies, rules and standards for informati… undecided                    not started        Organizational
|A.5.37   Documented operating procedures                              undecided                    not started        Organizational
|A.6.1    Screening                                                    undecided                    not started        People
|A.6.2    Terms and conditions of employment                           undecided                    not started        People
|A.6.3    Information security awareness, education and training       undecided                    not started        People
|A.6.4    Disciplinary process                                         undecided                    not started        People
|A.6.5    Responsibilities after termination or change of employment   undecided                    not started        People
|A.6.6    Confidentiality or non-disclosure agreements                 undecided                    not started        People
|A.6.7    Remote working                                               undecided                    not started        People
|A.6.8    Information security event reporting                         undecided                    not started        People
|A.7.1    Physical security perimeters                                 undecided                    not started        Physical
|A.7.2    Physical entry                                               undecided                    not started        Physical
|A.7.3    Securing offices, rooms and facilities                       undecided                    not started        Physical
|A.7.4    Physical security monitoring                                 no                           excluded           Physical
|F filter by criteria picked from a list  x export the register of this pane  / search forward  f filter rows by text  s sort by the…
|isms.db | <user> | rows 93/93
--- screen 132x40
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History                                                 Acme Ltd
|0 applicable, 1 excluded, 92 undecided; implemented 0 of 0 applicable (0%)
|Control▲ Title                                                        Applicable Reasons     Risks Status      Owner  Theme
|A.5.15   Access control                                               undecided                    not started        Organizational
|A.5.16   Identity management                                          undecided                    not started        Organizational
|A.5.17   Authentication information                                   undecided                    not started        Organizational
|A.5.18   Access rights                                                undecided                    not started        Organizational
|A.5.19   Information security in supplier relationships               undecided                    not started        Organizational
|A.5.20   Addressing information security within supplier agreements   undecided                    not started        Organizational
|A.5.21   Managing information security in the information and commun… undecided                    not started        Organizational
|A.5.22   Monitoring, review and change management of supplier servic… undecided                    not started        Organizational
|A.5.23   Information security for use of cloud services               undecided                    not started        Organizational
|A.5.24   Information security incident management planning and prepa… undecided                    not started        Organizational
|A.5.25   Assessment and decision on information security events       undecided                    not started        Organizational
|A.5.26   Response to information security incidents                   undecided                    not started        Organizational
|A.5.27   Learning from information security incidents                 undecided                    not started        Organizational
|A.5.28   Collection of evidence                                       undecided                    not started        Organizational
|A.5.29   Information security during disruption                       undecided                    not started        Organizational
|A.5.30   ICT readiness for business continuity                        undecided                    not started        Organizational
|A.5.31   Legal, statutory, regulatory and contractual requirements    undecided                    not started        Organizational
|A.5.32   Intellectual property rights                                 undecided                    not started        Organizational
|A.5.33   Protection of records                                        undecided                    not started        Organizational
|A.5.34   Privacy and protection of personal identifiable information… undecided                    not started        Organizational
|A.5.35   Independent review of information security                   undecided                    not started        Organizational
|A.5.36   Compliance with policies, rules and standards for informati… undecided                    not started        Organizational
|A.5.37   Documented operating procedures                              undecided                    not started        Organizational
|A.6.1    Screening                                                    undecided                    not started        People
|A.6.2    Terms and conditions of employment                           undecided                    not started        People
|A.6.3    Information security awareness, education and training       undecided                    not started        People
|A.6.4    Disciplinary process                                         undecided                    not started        People
|A.6.5    Responsibilities after termination or change of employment   undecided                    not started        People
|A.6.6    Confidentiality or non-disclosure agreements                 undecided                    not started        People
|A.6.7    Remote working                                               undecided                    not started        People
|A.6.8    Information security event reporting                         undecided                    not started        People
|A.7.1    Physical security perimeters                                 undecided                    not started        Physical
|A.7.2    Physical entry                                               undecided                    not started        Physical
|A.7.3    Securing offices, rooms and facilities                       undecided                    not started        Physical
|A.7.4    Physical security monitoring                                 no                           excluded           Physical
|wrote soa-from-tui.csv
|isms.db | <user> | rows 93/93
! A.7.4,Physical security monitoring,Physical,no,,No premises of our own; hosted in a certified data centre,excluded,,,,,
! SEQ  WHEN                  WHO   ENTITY  KEY    FIELD          OLD          NEW
! 6    <time>  <user>  soa     A.7.4  status         not started  excluded
! 5    <time>  <user>  soa     A.7.4  justification               No premises of our own; hosted in a certified data centre
! 4    <time>  <user>  soa     A.7.4  applicable     undecided    no
! A.7.4,Physical security monitoring,Physical,no,,No premises of our own; hosted in a certified data centre,excluded,,,,,
$ isms soa export --format csv | grep -a '^A\.7\.4,'
A.7.4,Physical security monitoring,Physical,no,,No premises of our own; hosted in a certified data centre,excluded,,,,,
$ isms history --limit 2
SEQ  WHEN                  WHO   ENTITY  KEY    FIELD          OLD          NEW
6    <time>  <user>  soa     A.7.4  status         not started  excluded
5    <time>  <user>  soa     A.7.4  justification               No premises of our own; hosted in a certified data centre
# filters: text as typed, an ISO/IEC 27002 attribute picked from a list
$ isms --script $ISMS_SRCDIR/tests/ui/keys/soa-filter.keys
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|0 applicable, 1 excluded, 92 undecided; implemented 0 of 0 applicable (0%)
|Control▲ Title                   Applicable Reasons     Risks Status      Owner
|A.8.24   Use of cryptography     undecided                    not started
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
|filter: crypt
|isms.db | <user> | rows 1/93  filter: crypt
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|0 + Filter the SoA ----------------------------------------------------------+
|Co|Show all controls (clear these filters)                                   |r
|A.|theme: Organizational                                                     |
|A.|theme: People                                                             |
|A.|theme: Physical                                                           |
|A.|theme: Technological                                                      |
|A.|applicable: yes                                                           |
|A.|applicable: no                                                            |
|A.|applicable: undecided                                                     |
|A.|status: not started                                                       |
|A.|status: planned                                                           |
|A.|status: partial                                                           |
|A.|status: implemented                                                       |
|A.|status: excluded                                                          |
|A.|attribute: Control type: Preventive                                       |
|A.|attribute: Control type: Detective                                        |
|A.|attribute: Control type: Corrective                                       |
|A.|attribute: Information security properties: Confidentiality               |
|A.|attribute: Information security properties: Integrity                     |
|A.|attribute: Information security properties: Availability                  |
|A.+--------------------------------------------------------------------------+
|Enter choose the item  Space mark or unmark the item  / search forward  Esc clo…
|isms.db | <user> | rows 93/93
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|0 applicable, 1 excluded, 92 undecided; implemented 0 of 0 applicable (0%)
|Control▲ Title                   Applicable Reasons     Risks Status      Owner
|A.5.7    Threat intelligence     undecided                    not started
|A.5.25   Assessment and decisio… undecided                    not started
|A.6.8    Information security e… undecided                    not started
|A.7.4    Physical security moni… no                           excluded
|A.7.11   Supporting utilities    undecided                    not started
|A.8.6    Capacity management     undecided                    not started
|A.8.7    Protection against mal… undecided                    not started
|A.8.12   Data leakage prevention undecided                    not started
|A.8.15   Logging                 undecided                    not started
|A.8.16   Monitoring activities   undecided                    not started
|A.8.17   Clock synchronization   undecided                    not started
|A.8.20   Networks security       undecided                    not started
|A.8.30   Outsourced development  undecided                    not started
|
|
|
|
|
|
|F filter by criteria picked from a list  x export the register of this pane  / …
|isms.db | <user> | rows 13/93  attribute Control type: Detective
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|0 applicable, 1 excluded, 92 undecided; implemented 0 of 0 applicable (0%)
|Control  Title                   Applicable Reasons     Risk… Status      Owner
|A.5.7    Threat intelligence     undecided                    not started
|A.5.8    Information security i… undecided                    not started
|A.5.9    Inventory of informati… undecided                    not started
|A.5.10   Acceptable use of info… undecided                    not started
|A.5.11   Return of assets        undecided                    not started
|A.5.12   Classification of info… undecided                    not started
|A.5.13   Labelling of informati… undecided                    not started
|A.5.14   Information transfer    undecided                    not started
|A.5.15   Access control          undecided                    not started
|A.5.16   Identity management     undecided                    not started
|A.5.17   Authentication informa… undecided                    not started
|A.5.18   Access rights           undecided                    not started
|A.5.19   Information security i… undecided                    not started
|A.5.20   Addressing information… undecided                    not started
|A.5.21   Managing information s… undecided                    not started
|A.5.22   Monitoring, review and… undecided                    not started
|A.5.23   Information security f… undecided                    not started
|A.5.24   Information security i… undecided                    not started
|A.5.25   Assessment and decisio… undecided                    not started
|F filter by criteria picked from a list  x export the register of this pane  / …
|isms.db | <user> | rows 93/93
# a save over another user's change is refused and shows their value
$ isms --script $ISMS_SRCDIR/tests/ui/keys/conflict.keys
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
|| Revision 2, last changed <time> by <user>                        |
||                                                                              |
||                                                                              |
|| Applicable      undecided                                                    |
|| Reasons         none                                                         |
|| Justification                                                                |
|| Status          not started                                                  |
|| How implemented                                                              |
|| Evidence                                                                     |
||*Owner           Alice   [saved by someone else: Bob]                         |
|| Last review                                                                  |
|A.5.1: changed by <user> at <time> since it was read (revision 1,
|now 2); nothing was written; their values are shown, w saves yours over them, u…
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
|| Applicable      undecided                                                    |
|| Reasons         none                                                         |
|| Justification                                                                |
|| Status          not started                                                  |
|| How implemented                                                              |
|| Evidence                                                                     |
|| Owner           Alice                                                        |
|| Last review                                                                  |
|+------------------------------------------------------------------------------+
|saved
|isms.db | <user> | rows 93/93
! Owner:           Alice
