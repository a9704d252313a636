# Terminal sizes, colour and text (see tests/ui/run.sh).
$ isms init --org "情報セキュリティ株式会社"
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ isms --script $ISMS_SRCDIR/tests/ui/keys/resize.keys
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
--- screen 132x40
|[1 Clauses]  2 SoA   3 Risks   4 Assets   5 Documents   People   6 History                                 情報セキュリティ株式会社
|Clause▲ Title                                                                                   Done  Status      Owner  Due
|4       ▾ Context of the organization                                                             0/4 not started
|4.1         Understanding the organization and its context                                            not started
|4.2         Understanding the needs and expectations of interested parties                            not started
|4.3         Determining the scope of the information security management system                       not started
|4.4         Information security management system                                                    not started
|5       ▾ Leadership                                                                              0/3 not started
|5.1         Leadership and commitment                                                                 not started
|5.2         Policy                                                                                    not started
|5.3         Organizational roles, responsibilities and authorities                                    not started
|6       ▾ Planning                                                                                0/5 not started
|6.1       ▾ Actions to address risks and opportunities                                            0/3 not started
|6.1.1         General                                                                                 not started
|6.1.2         Information security risk assessment                                                    not started
|6.1.3         Information security risk treatment                                                     not started
|6.2         Information security objectives and planning to achieve them                              not started
|6.3         Planning of changes                                                                       not started
|7       ▾ Support                                                                                 0/7 not started
|7.1         Resources                                                                                 not started
|7.2         Competence                                                                                not started
|7.3         Awareness                                                                                 not started
|7.4         Communication                                                                             not started
|7.5       ▾ Documented information                                                                0/3 not started
|7.5.1         General                                                                                 not started
|7.5.2         Creating and updating                                                                   not started
|7.5.3         Control of documented information                                                       not started
|8       ▾ Operation                                                                               0/3 not started
|8.1         Operational planning and control                                                          not started
|8.2         Information security risk assessment                                                      not started
|8.3         Information security risk treatment                                                       not started
|9       ▾ Performance evaluation                                                                  0/6 not started
|9.1         Monitoring, measurement, analysis and evaluation                                          not started
|9.2       ▾ Internal audit                                                                        0/2 not started
|9.2.1         General                                                                                 not started
|9.2.2         Internal audit programme                                                                not started
|9.3       ▾ Management review                                                                     0/3 not started
|9.3.1         General                                                                                 not started
|Space fold or unfold a clause  / search forward  f filter rows by text  s sort by the next column  Enter open the row  e edit the r…
|isms.db | <user> | rows 41/41
--- screen 100x30
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History  情報セキュリティ株式会…
|+ A.5.1 Policies for information security ---------------------------------------------------------+
|| Maintain an overall security policy plus topic policies (e.g. access, backup), signed off by     |
|| leadership, known to staff and kept current.                                                     |
|| Theme Organizational; no risk linked (RA comes from the risk register)                           |
|| Required: D-19 A.5.1 Information security policy and topic-specific policies: pending SoA        |
|| decision                                                                                         |
|| Control type: Preventive                                                                         |
|| Information security properties: Confidentiality, Integrity, Availability                        |
|| Cybersecurity concepts: Identify                                                                 |
|| Operational capabilities: Governance                                                             |
|| Security domains: Governance_and_Ecosystem, Resilience                                           |
|| Revision 1, last changed <time> by <user>                                            |
||                                                                                                  |
||                                                                                                  |
||                                                                                                  |
||                                                                                                  |
||                                                                                                  |
||                                                                                                  |
|| Applicable      undecided                                                                        |
|| Reasons         none                                                                             |
|| Justification                                                                                    |
|| Status          not started                                                                      |
|| How implemented                                                                                  |
|| Evidence                                                                                         |
|| Owner                                                                                            |
|| Last review                                                                                      |
|+--------------------------------------------------------------------------------------------------+
|w save the changes  Enter change the field  E edit the field in $EDITOR  u undo the change to the f…
|isms.db | <user> | rows 93/93
--- screen 60x20
|Terminal too small: 60x20. isms needs at least 80x24. Resize
|the window, or press q to quit.
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
--- screen 90x26
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History  情報セキュリ…
|+ A.5.1 Policies for information security -----------------------------------------------+
|| Maintain an overall security policy plus topic policies (e.g. access, backup), signed  |
|| off by leadership, known to staff and kept current.                                    |
|| Theme Organizational; no risk linked (RA comes from the risk register)                 |
|| Required: D-19 A.5.1 Information security policy and topic-specific policies: pending  |
|| SoA decision                                                                           |
|| Control type: Preventive                                                               |
|| Information security properties: Confidentiality, Integrity, Availability              |
|| Cybersecurity concepts: Identify                                                       |
|| Operational capabilities: Governance                                                   |
|| Security domains: Governance_and_Ecosystem, Resilience                                 |
|| Revision 1, last changed <time> by <user>                                  |
||                                                                                        |
||                                                                                        |
|| Applicable      undecided                                                              |
|| Reasons         none                                                                   |
|| Justification                                                                          |
|| Status          not started                                                            |
|| How implemented                                                                        |
|| Evidence                                                                               |
|| Owner                                                                                  |
|| Last review                                                                            |
|+----------------------------------------------------------------------------------------+
|w save the changes  Enter change the field  E edit the field in $EDITOR  u undo the chang…
|isms.db | <user> | rows 93/93
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|0 applicable, 0 excluded, 93 undecided; implemented 0 of 0 applicable (0%)
|Control▲ Title                   Applicable Reasons     Risks Status      Owner
|  no rows match the filter (Esc clears it)
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
|filter: ctrl
|isms.db | <user> | rows 0/93  filter: ctrl
$ isms --size 70x20 --script $ISMS_SRCDIR/tests/ui/keys/small.keys
--- screen 70x20
|Terminal too small: 70x20. isms needs at least 80x24. Resize the
|window, or press q to quit.
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
# colour roles, then the same screens with NO_COLOR: attributes only, and
# every state still in words
$ isms --script $ISMS_SRCDIR/tests/ui/keys/monochrome.keys
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets   5 Documents   People   6 History
@0 0-10 TAB_ACTIVE,bold
@0 11-79 TAB
|Clause▲ Title                               Done  Status      Owner  Due
@1 0-6 HEADER,bold,underline
@1 8-42 HEADER,bold,underline
@1 44-48 HEADER,bold,underline
@1 50-60 HEADER,bold,underline
@1 62-67 HEADER,bold,underline
@1 69-79 HEADER,bold,underline
|4       ▾ Context of the organization         1/4 in progress
@2 0-79 SELECTED
|4.1         Understanding the organization…       implemented        2020-01-01
@3 50-60 DONE
|4.2         Understanding the needs and ex…       in progress        !2020-01-01
@4 50-60 PARTIAL
@4 69-79 OVERDUE,bold
|4.3         Determining the scope of the i…       not started
@5 50-60 PENDING
|4.4         Information security managemen…       not started
@6 50-60 PENDING
|5       ▾ Leadership                          0/3 not started
@7 8-42 TITLE,bold
@7 50-60 PENDING
|5.1         Leadership and commitment             not started
@8 50-60 PENDING
|5.2         Policy                                not started
@9 50-60 PENDING
|5.3         Organizational roles, responsi…       not started
@10 50-60 PENDING
|6       ▾ Planning                            0/5 not started
@11 8-42 TITLE,bold
@11 50-60 PENDING
|6.1       ▾ Actions to address risks and o…   0/3 not started
@12 50-60 PENDING
|6.1.1         General                             not started
@13 50-60 PENDING
|6.1.2         Information security risk as…       not started
@14 50-60 PENDING
|6.1.3         Information security risk tr…       not started
@15 50-60 PENDING
|6.2         Information security objective…       not started
@16 50-60 PENDING
|6.3         Planning of changes                   not started
@17 50-60 PENDING
|7       ▾ Support                             0/7 not started
@18 8-42 TITLE,bold
@18 50-60 PENDING
|7.1         Resources                             not started
@19 50-60 PENDING
|7.2         Competence                            not started
@20 50-60 PENDING
|7.3         Awareness                             not started
@21 50-60 PENDING
|Space fold or unfold a clause  / search forward  f filter rows by text  s sort …
@22 0-79 HINT
|isms.db | <user> | rows 41/41
@23 0-79 STATUS
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
@0 0-11 TAB
@0 12-18 TAB_ACTIVE,bold
@0 19-79 TAB
|0 applicable, 0 excluded, 93 undecided; implemented 0 of 0 applicable (0%)
@1 0-79 TITLE,bold
|Control▲ Title                   Applicable Reasons     Risks Status      Owner
@2 0-7 HEADER,bold,underline
@2 9-31 HEADER,bold,underline
@2 33-42 HEADER,bold,underline
@2 44-54 HEADER,bold,underline
@2 56-60 HEADER,bold,underline
@2 62-72 HEADER,bold,underline
@2 74-79 HEADER,bold,underline
|A.5.1    Policies for informati… undecided                    not started
@3 0-79 SELECTED
|A.5.2    Information security r… undecided                    not started
@4 33-42 PARTIAL
@4 62-72 PENDING
|A.5.3    Segregation of duties   undecided                    not started
@5 33-42 PARTIAL
@5 62-72 PENDING
|A.5.4    Management responsibil… undecided                    not started
@6 33-42 PARTIAL
@6 62-72 PENDING
|A.5.5    Contact with authoriti… undecided                    not started
@7 33-42 PARTIAL
@7 62-72 PENDING
|A.5.6    Contact with special i… undecided                    not started
@8 33-42 PARTIAL
@8 62-72 PENDING
|A.5.7    Threat intelligence     undecided                    not started
@9 33-42 PARTIAL
@9 62-72 PENDING
|A.5.8    Information security i… undecided                    not started
@10 33-42 PARTIAL
@10 62-72 PENDING
|A.5.9    Inventory of informati… undecided                    not started
@11 33-42 PARTIAL
@11 62-72 PENDING
|A.5.10   Acceptable use of info… undecided                    not started
@12 33-42 PARTIAL
@12 62-72 PENDING
|A.5.11   Return of assets        undecided                    not started
@13 33-42 PARTIAL
@13 62-72 PENDING
|A.5.12   Classification of info… undecided                    not started
@14 33-42 PARTIAL
@14 62-72 PENDING
|A.5.13   Labelling of informati… undecided                    not started
@15 33-42 PARTIAL
@15 62-72 PENDING
|A.5.14   Information transfer    undecided                    not started
@16 33-42 PARTIAL
@16 62-72 PENDING
|A.5.15   Access control          undecided                    not started
@17 33-42 PARTIAL
@17 62-72 PENDING
|A.5.16   Identity management     undecided                    not started
@18 33-42 PARTIAL
@18 62-72 PENDING
|A.5.17   Authentication informa… undecided                    not started
@19 33-42 PARTIAL
@19 62-72 PENDING
|A.5.18   Access rights           undecided                    not started
@20 33-42 PARTIAL
@20 62-72 PENDING
|A.5.19   Information security i… undecided                    not started
@21 33-42 PARTIAL
@21 62-72 PENDING
|F filter by criteria picked from a list  x export the register of this pane  / …
@22 0-79 HINT
|isms.db | <user> | rows 93/93
@23 0-79 STATUS
$ NO_COLOR=1 isms --script $ISMS_SRCDIR/tests/ui/keys/monochrome.keys
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets   5 Documents   People   6 History
@0 0-10 bold,reverse
|Clause▲ Title                               Done  Status      Owner  Due
@1 0-6 bold,underline
@1 8-42 bold,underline
@1 44-48 bold,underline
@1 50-60 bold,underline
@1 62-67 bold,underline
@1 69-79 bold,underline
|4       ▾ Context of the organization         1/4 in progress
@2 0-79 reverse
|4.1         Understanding the organization…       implemented        2020-01-01
|4.2         Understanding the needs and ex…       in progress        !2020-01-01
@4 69-79 bold
|4.3         Determining the scope of the i…       not started
|4.4         Information security managemen…       not started
|5       ▾ Leadership                          0/3 not started
@7 8-42 bold
|5.1         Leadership and commitment             not started
|5.2         Policy                                not started
|5.3         Organizational roles, responsi…       not started
|6       ▾ Planning                            0/5 not started
@11 8-42 bold
|6.1       ▾ Actions to address risks and o…   0/3 not started
|6.1.1         General                             not started
|6.1.2         Information security risk as…       not started
|6.1.3         Information security risk tr…       not started
|6.2         Information security objective…       not started
|6.3         Planning of changes                   not started
|7       ▾ Support                             0/7 not started
@18 8-42 bold
|7.1         Resources                             not started
|7.2         Competence                            not started
|7.3         Awareness                             not started
|Space fold or unfold a clause  / search forward  f filter rows by text  s sort …
|isms.db | <user> | rows 41/41
@23 0-79 reverse
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
@0 12-18 bold,reverse
|0 applicable, 0 excluded, 93 undecided; implemented 0 of 0 applicable (0%)
@1 0-79 bold
|Control▲ Title                   Applicable Reasons     Risks Status      Owner
@2 0-7 bold,underline
@2 9-31 bold,underline
@2 33-42 bold,underline
@2 44-54 bold,underline
@2 56-60 bold,underline
@2 62-72 bold,underline
@2 74-79 bold,underline
|A.5.1    Policies for informati… undecided                    not started
@3 0-79 reverse
|A.5.2    Information security r… undecided                    not started
|A.5.3    Segregation of duties   undecided                    not started
|A.5.4    Management responsibil… undecided                    not started
|A.5.5    Contact with authoriti… undecided                    not started
|A.5.6    Contact with special i… undecided                    not started
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
|F filter by criteria picked from a list  x export the register of this pane  / …
|isms.db | <user> | rows 93/93
@23 0-79 reverse
$ isms --no-color --size 132x40 --script $ISMS_SRCDIR/tests/ui/keys/cjk.keys
--- screen 132x40
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History                                 情報セキュリティ株式会社
|0 applicable, 0 excluded, 93 undecided; implemented 0 of 0 applicable (0%)
|Control▲ Title                                               Applicable Reasons     Risks Status      Owner           Theme
|A.5.1    Policies for information security                   undecided                    not started 情報セキュリテ… Organizational
|A.5.2    Information security roles and responsibilities     undecided                    not started Eve \e[31mred\… Organizational
|A.5.3    Segregation of duties                               undecided                    not started Zoë Ångström    Organizational
|A.5.4    Management responsibilities                         undecided                    not started                 Organizational
|A.5.5    Contact with authorities                            undecided                    not started                 Organizational
|A.5.6    Contact with special interest groups                undecided                    not started                 Organizational
|A.5.7    Threat intelligence                                 undecided                    not started                 Organizational
|A.5.8    Information security in project management          undecided                    not started                 Organizational
|A.5.9    Inventory of information and other associated asse… undecided                    not started                 Organizational
|A.5.10   Acceptable use of information and other associated… undecided                    not started                 Organizational
|A.5.11   Return of assets                                    undecided                    not started                 Organizational
|A.5.12   Classification of information                       undecided                    not started                 Organizational
|A.5.13   Labelling of information                            undecided                    not started                 Organizational
|A.5.14   Information transfer                                undecided                    not started                 Organizational
|A.5.15   Access control                                      undecided                    not started                 Organizational
|A.5.16   Identity management                                 undecided                    not started                 Organizational
|A.5.17   Authentication information                          undecided                    not started                 Organizational
|A.5.18   Access rights                                       undecided                    not started                 Organizational
|A.5.19   Information security in supplier relationships      undecided                    not started                 Organizational
|A.5.20   Addressing information security within supplier ag… undecided                    not started                 Organizational
|A.5.21   Managing information security in the information a… undecided                    not started                 Organizational
|A.5.22   Monitoring, review and change management of suppli… undecided                    not started                 Organizational
|A.5.23   Information security for use of cloud services      undecided                    not started                 Organizational
|A.5.24   Information security incident management planning … undecided                    not started                 Organizational
|A.5.25   Assessment and decision on information security ev… undecided                    not started                 Organizational
|A.5.26   Response to information security incidents          undecided                    not started                 Organizational
|A.5.27   Learning from information security incidents        undecided                    not started                 Organizational
|A.5.28   Collection of evidence                              undecided                    not started                 Organizational
|A.5.29   Information security during disruption              undecided                    not started                 Organizational
|A.5.30   ICT readiness for business continuity               undecided                    not started                 Organizational
|A.5.31   Legal, statutory, regulatory and contractual requi… undecided                    not started                 Organizational
|A.5.32   Intellectual property rights                        undecided                    not started                 Organizational
|A.5.33   Protection of records                               undecided                    not started                 Organizational
|A.5.34   Privacy and protection of personal identifiable in… undecided                    not started                 Organizational
|A.5.35   Independent review of information security          undecided                    not started                 Organizational
|F filter by criteria picked from a list  x export the register of this pane  / search forward  f filter rows by text  s sort by the…
|isms.db | <user> | rows 93/93
--- screen 132x40
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History                                 情報セキュリティ株式会社
|+ A.5.2 Information security roles and responsibilities ---------------------------------------------------------------------------+
|| Assign and document who is responsible for each security activity and asset, so that nothing falls between roles.                |
|| Theme Organizational; no risk linked (RA comes from the risk register)                                                           |
|| Required: D-20 A.5.2 Information security roles and responsibilities: pending SoA decision                                       |
|| Control type: Preventive                                                                                                         |
|| Information security properties: Confidentiality, Integrity, Availability                                                        |
|| Cybersecurity concepts: Identify                                                                                                 |
|| Operational capabilities: Governance                                                                                             |
|| Security domains: Governance_and_Ecosystem, Protection, Resilience                                                               |
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
|| Applicable      undecided                                                                                                        |
|| Reasons         none                                                                                                             |
|| Justification                                                                                                                    |
|| Status          not started                                                                                                      |
|| How implemented                                                                                                                  |
|| Evidence                                                                                                                         |
|| Owner           Eve \e[31mred\e[0m                                                                                               |
|| Last review                                                                                                                      |
|+----------------------------------------------------------------------------------------------------------------------------------+
|w save the changes  Enter change the field  E edit the field in $EDITOR  u undo the change to the field  Esc close (asks before dro…
|isms.db | <user> | rows 93/93
