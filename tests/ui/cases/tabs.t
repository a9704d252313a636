# The tab registry seen from the keyboard (see tests/ui/run.sh).  The
# interface creates the database itself, as on a first start.
$ isms --script $ISMS_SRCDIR/tests/ui/keys/tabs.keys
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
|created a new ISMS in <tmp>/isms.db
|isms.db | <user> | rows 41/41
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|0 applicable, 0 excluded, 93 undecided; implemented 0 of 0 applicable (0%)
|Control▲ Title                   Applicable Reasons     Risks Status      Owner
|A.5.1    Policies for informati… undecided                    not started
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
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|0 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement                     Inherent  Residual  Flags  Owner  Status
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
|a add a record  F filter by criteria picked from a list  h show the heat maps  …
|isms.db | <user> | rows 0/0
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks  [4 Assets]  5 Documents   People   6 History
|No▲  Name                      Type        Owner  Location  Class    C I A Risks
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
|a add a record  / search forward  f filter rows by text  s sort by the next col…
|isms.db | <user> | rows 0/0
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
|
|
|a add a record  A approve the document  / search forward  f filter rows by text…
|isms.db | <user> | rows 18/18
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets   5 Documents   People  [6 History]
|Seq▲ When                 Who  Record    Field   Old             New
|   3 <time> <user> person 1  login                   <user>
|   2 <time> <user> person 1  created -               <user>
|   1 <time> <user> isms isms created -               iso27001-2022
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
|isms.db | <user> | rows 3/3
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets   5 Documents   People  [6 History]
|Seq▲ When                 Who  Record    Field   Old             New
|   3 <time> <user> person 1  login                   <user>
|   2 <time> <user> person 1  created -               <user>
|   1 <time> <user> isms isms created -               iso27001-2022
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
|no tab has the number 9 (t lists the tabs)
|isms.db | <user> | rows 3/3
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
--- screen 80x24
| 1 Clauses   2 SoA   3 Risks   4 Assets   5 Documents  [People]  6 History
|Name▲                   Login    Roles                   Top Active E-mail
|<user>                    <user>                                 yes
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
|a add a record  / search forward  f filter rows by text  s sort by the next col…
|isms.db | <user> | rows 1/1
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
|4       ▾ Context of the organization         0/4 not started
@2 0-79 SELECTED
|4.1         Understanding the organization…       not started
@3 50-60 PENDING
|4.2         Understanding the needs and ex…       not started
@4 50-60 PENDING
|4.3         Determining the scope of the i…       not started
@5 50-60 PENDING
|4.4         Information security managemen…       not started
@6 50-60 PENDING
|5       ▾ Leadership     + Go to a tab --------------+started
@7 8-24 TITLE,bold
@7 25-25 FRAME
@7 26-38 TITLE,bold
@7 39-53 FRAME
@7 54-60 PENDING
|5.1         Leadership an|1 Clauses (Plan)           |started
@8 25-25 FRAME
@8 26-52 SELECTED
@8 53-53 FRAME
@8 54-60 PENDING
|5.2         Policy       |2 SoA (Plan)               |started
@9 25-25 FRAME
@9 53-53 FRAME
@9 54-60 PENDING
|5.3         Organizationa|3 Risks (Plan)             |started
@10 25-25 FRAME
@10 53-53 FRAME
@10 54-60 PENDING
|6       ▾ Planning       |4 Assets (Plan)            |started
@11 8-24 TITLE,bold
@11 25-25 FRAME
@11 53-53 FRAME
@11 54-60 PENDING
|6.1       ▾ Actions to ad|5 Documents (Operate)      |started
@12 25-25 FRAME
@12 53-53 FRAME
@12 54-60 PENDING
|6.1.1         General    |  People (Context)         |started
@13 25-25 FRAME
@13 53-53 FRAME
@13 54-60 PENDING
|6.1.2         Information|6 History (History)        |started
@14 25-25 FRAME
@14 53-53 FRAME
@14 54-60 PENDING
|6.1.3         Information+---------------------------+started
@15 25-53 FRAME
@15 54-60 PENDING
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
|Enter choose the item  Space mark or unmark the item  / search forward  Esc clo…
@22 0-79 HINT
|isms.db | <user> | rows 41/41
@23 0-79 STATUS
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
|4       ▾ Context of the organization         0/4 not started
@2 0-79 SELECTED
|4.1         Understanding the organization…       not started
@3 50-60 PENDING
|4.2         Understanding the needs and ex…       not started
@4 50-60 PENDING
|4.3         Determining the scope of the i…       not started
@5 50-60 PENDING
|4.4         Information security managemen…       not started
@6 50-60 PENDING
|5       ▾ Leadership     + Go to a tab --------------+started
@7 8-24 TITLE,bold
@7 25-25 FRAME
@7 26-38 TITLE,bold
@7 39-53 FRAME
@7 54-60 PENDING
|5.1         Leadership an|1 Clauses (Plan)           |started
@8 25-25 FRAME
@8 53-53 FRAME
@8 54-60 PENDING
|5.2         Policy       |2 SoA (Plan)               |started
@9 25-25 FRAME
@9 53-53 FRAME
@9 54-60 PENDING
|5.3         Organizationa|3 Risks (Plan)             |started
@10 25-25 FRAME
@10 26-52 SELECTED
@10 53-53 FRAME
@10 54-60 PENDING
|6       ▾ Planning       |4 Assets (Plan)            |started
@11 8-24 TITLE,bold
@11 25-25 FRAME
@11 53-53 FRAME
@11 54-60 PENDING
|6.1       ▾ Actions to ad|5 Documents (Operate)      |started
@12 25-25 FRAME
@12 53-53 FRAME
@12 54-60 PENDING
|6.1.1         General    |  People (Context)         |started
@13 25-25 FRAME
@13 53-53 FRAME
@13 54-60 PENDING
|6.1.2         Information|6 History (History)        |started
@14 25-25 FRAME
@14 53-53 FRAME
@14 54-60 PENDING
|6.1.3         Information+---------------------------+started
@15 25-53 FRAME
@15 54-60 PENDING
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
|Enter choose the item  Space mark or unmark the item  / search forward  Esc clo…
@22 0-79 HINT
|isms.db | <user> | rows 41/41
@23 0-79 STATUS
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|0 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement                     Inherent  Residual  Flags  Owner  Status
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
|a add a record  F filter by criteria picked from a list  h show the heat maps  …
|isms.db | <user> | rows 0/0
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|0 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲ Statement                     Inherent  Residual  Flags  Owner  Status
|  no rows
|
|
|
|                         + Go to a tab --------------+
|                         |1 Clauses (Plan)           |
|                         |2 SoA (Plan)               |
|                         |3 Risks (Plan)             |
|                         |4 Assets (Plan)            |
|                         |5 Documents (Operate)      |
|                         |  People (Context)         |
|                         |6 History (History)        |
|                         +---------------------------+
|
|
|
|
|
|
|no item contains 'nothing'
|isms.db | <user> | rows 0/0
--- screen 80x60
| 1 Clauses   2 SoA  [3 Risks]  4 Assets   5 Documents   People   6 History
|+ Keys (Esc closes, j/k scroll) -----------------------------------------------+
|| Risks pane                                                                   |
||   a                      add a record                                        |
||   F                      filter by criteria picked from a list               |
||   h                      show the heat maps                                  |
||   l                      link or unlink an Annex A control                   |
||   L                      link or unlink an asset                             |
||   A                      accept the residual risk                            |
||   J                      jump to the linked controls or risks                |
||   d                      delete the record (asks first)                      |
||   x                      export the register of this pane                    |
||                                                                              |
|| Tables                                                                       |
||   j, Down                next row                                            |
||   k, Up                  previous row                                        |
||   PgDn, ^F               next page                                           |
||   PgUp, ^B               previous page                                       |
||   ^D                     half a page down                                    |
||   ^U                     half a page up                                      |
||   g, Home                first row                                           |
||   G, End                 last row                                            |
||   /                      search forward                                      |
||   n                      next match                                          |
||   N                      previous match                                      |
||   f, \                   filter rows by text                                 |
||   Esc                    clear the filters                                   |
||   s                      sort by the next column                             |
||   S                      reverse the sort order                              |
||   Enter                  open the row                                        |
||   e                      edit the row                                        |
||   H                      the history of the record                           |
||                                                                              |
|| Everywhere                                                                   |
||   q                      quit isms                                           |
||   ?, F1                  show the keys of this view                          |
||   Tab                    next tab                                            |
||   S-Tab                  previous tab                                        |
||   1-9, 0                 the tab of that number                              |
||   t                      choose a tab from a list                            |
||   ^L                     repaint the screen                                  |
||   ^Z                     suspend isms (resume with fg)                       |
||   O                      the organisation and scope of the ISMS              |
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
|Esc close (asks before dropping changes)
|isms.db | <user> | rows 0/0
