# The tab registry seen from the keyboard (see tests/ui/run.sh).  The
# interface creates the database itself, as on a first start.
$ isms --script $ISMS_SRCDIR/tests/ui/keys/tabs.keys
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets  (organisation not set: isms set --org…
|Clause▲ Title                          Done  Status      Owner       Due
|4       ▾ Context of the organization    0/4 not started
|4.1         Understanding the organiz…       not started
|4.2         Understanding the needs a…       not started
|4.3         Determining the scope of …       not started
|4.4         Information security mana…       not started
|5       ▾ Leadership                     0/3 not started
|5.1         Leadership and commitment        not started
|5.2         Policy                           not started
|5.3         Organizational roles, res…       not started
|6       ▾ Planning                       0/6 not started
|6.1       ▾ Actions to address risks …   0/3 not started
|6.1.1         General                        not started
|6.1.2         Information security ri…       not started
|6.1.3         Information security ri…       not started
|6.2         Information security obje…       not started
|6.3         Planning of changes              not started
|7       ▾ Support                        0/8 not started
|7.1         Resources                        not started
|7.2         Competence                       not started
|7.3         Awareness                        not started
|created a new ISMS in <tmp>/isms.db
|isms.db | <user> | rows 41/41
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets  (organisation not set: isms set --org…
|0 applicable, 0 excluded, 93 undecided; implemented 0 of 0 applicable (0%)
|Control▲ Title                 Applicable Reasons     Risks Status      Owner
|A.5.1    Policies for informa… undecided                    not started
|A.5.2    Information security… undecided                    not started
|A.5.3    Segregation of duties undecided                    not started
|A.5.4    Management responsib… undecided                    not started
|A.5.5    Contact with authori… undecided                    not started
|A.5.6    Contact with special… undecided                    not started
|A.5.7    Threat intelligence   undecided                    not started
|A.5.8    Information security… undecided                    not started
|A.5.9    Inventory of informa… undecided                    not started
|A.5.10   Acceptable use of in… undecided                    not started
|A.5.11   Return of assets      undecided                    not started
|A.5.12   Classification of in… undecided                    not started
|A.5.13   Labelling of informa… undecided                    not started
|A.5.14   Information transfer  undecided                    not started
|A.5.15   Access control        undecided                    not started
|A.5.16   Identity management   undecided                    not started
|A.5.17   Authentication infor… undecided                    not started
|A.5.18   Access rights         undecided                    not started
|A.5.19   Information security… undecided                    not started
|F filter by criteria picked from a list  x export the register of this pane  / …
|isms.db | <user> | rows 93/93
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets  (organisation not set: isms set --org…
|0 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲  Statement                 Inherent  Residual  Flags           Owner
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
| 1 Clauses   2 SoA   3 Risks  [4 Assets] (organisation not set: isms set --org…
|No▲  Name               Type        Owner       Location    Class    C I A Risks
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
| 1 Clauses   2 SoA   3 Risks  [4 Assets] (organisation not set: isms set --org…
|No▲  Name               Type        Owner       Location    Class    C I A Risks
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
|no tab has the number 5 (t lists the tabs)
|isms.db | <user> | rows 0/0
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets  (organisation not set: isms set --org…
|Clause▲ Title                          Done  Status      Owner       Due
|4       ▾ Context of the organization    0/4 not started
|4.1         Understanding the organiz…       not started
|4.2         Understanding the needs a…       not started
|4.3         Determining the scope of …       not started
|4.4         Information security mana…       not started
|5       ▾ Leadership                     0/3 not started
|5.1         Leadership and commitment        not started
|5.2         Policy                           not started
|5.3         Organizational roles, res…       not started
|6       ▾ Planning                       0/6 not started
|6.1       ▾ Actions to address risks …   0/3 not started
|6.1.1         General                        not started
|6.1.2         Information security ri…       not started
|6.1.3         Information security ri…       not started
|6.2         Information security obje…       not started
|6.3         Planning of changes              not started
|7       ▾ Support                        0/8 not started
|7.1         Resources                        not started
|7.2         Competence                       not started
|7.3         Awareness                        not started
|Space fold or unfold a clause  / search forward  f filter rows by text  s sort …
|isms.db | <user> | rows 41/41
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets  (organisation not set: isms set --org…
|0 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲  Statement                 Inherent  Residual  Flags           Owner
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
|[1 Clauses]  2 SoA   3 Risks   4 Assets  (organisation not set: isms set --org…
@0 0-10 TAB_ACTIVE,bold
@0 11-40 TAB
@0 41-78 TITLE,bold
@0 79-79 TAB
|Clause▲ Title                          Done  Status      Owner       Due
@1 0-6 HEADER,bold,underline
@1 8-37 HEADER,bold,underline
@1 39-43 HEADER,bold,underline
@1 45-55 HEADER,bold,underline
@1 57-67 HEADER,bold,underline
@1 69-79 HEADER,bold,underline
|4       ▾ Context of the organization    0/4 not started
@2 0-79 SELECTED
|4.1         Understanding the organiz…       not started
@3 45-55 PENDING
|4.2         Understanding the needs a…       not started
@4 45-55 PENDING
|4.3         Determining the scope of …       not started
@5 45-55 PENDING
|4.4         Information security mana…       not started
@6 45-55 PENDING
|5       ▾ Leadership                     0/3 not started
@7 8-37 TITLE,bold
@7 45-55 PENDING
|5.1         Leadership and c+ Go to a tab ---------+rted
@8 28-28 FRAME
@8 29-41 TITLE,bold
@8 42-51 FRAME
@8 52-55 PENDING
|5.2         Policy          |1 Clauses (Plan)      |rted
@9 28-28 FRAME
@9 29-50 SELECTED
@9 51-51 FRAME
@9 52-55 PENDING
|5.3         Organizational r|2 SoA (Plan)          |rted
@10 28-28 FRAME
@10 51-51 FRAME
@10 52-55 PENDING
|6       ▾ Planning          |3 Risks (Plan)        |rted
@11 8-27 TITLE,bold
@11 28-28 FRAME
@11 51-51 FRAME
@11 52-55 PENDING
|6.1       ▾ Actions to addre|4 Assets (Plan)       |rted
@12 28-28 FRAME
@12 51-51 FRAME
@12 52-55 PENDING
|6.1.1         General       +----------------------+rted
@13 28-51 FRAME
@13 52-55 PENDING
|6.1.2         Information security ri…       not started
@14 45-55 PENDING
|6.1.3         Information security ri…       not started
@15 45-55 PENDING
|6.2         Information security obje…       not started
@16 45-55 PENDING
|6.3         Planning of changes              not started
@17 45-55 PENDING
|7       ▾ Support                        0/8 not started
@18 8-37 TITLE,bold
@18 45-55 PENDING
|7.1         Resources                        not started
@19 45-55 PENDING
|7.2         Competence                       not started
@20 45-55 PENDING
|7.3         Awareness                        not started
@21 45-55 PENDING
|Enter choose the item  Space mark or unmark the item  / search forward  Esc clo…
@22 0-79 HINT
|isms.db | <user> | rows 41/41
@23 0-79 STATUS
--- screen 80x24
|[1 Clauses]  2 SoA   3 Risks   4 Assets  (organisation not set: isms set --org…
@0 0-10 TAB_ACTIVE,bold
@0 11-40 TAB
@0 41-78 TITLE,bold
@0 79-79 TAB
|Clause▲ Title                          Done  Status      Owner       Due
@1 0-6 HEADER,bold,underline
@1 8-37 HEADER,bold,underline
@1 39-43 HEADER,bold,underline
@1 45-55 HEADER,bold,underline
@1 57-67 HEADER,bold,underline
@1 69-79 HEADER,bold,underline
|4       ▾ Context of the organization    0/4 not started
@2 0-79 SELECTED
|4.1         Understanding the organiz…       not started
@3 45-55 PENDING
|4.2         Understanding the needs a…       not started
@4 45-55 PENDING
|4.3         Determining the scope of …       not started
@5 45-55 PENDING
|4.4         Information security mana…       not started
@6 45-55 PENDING
|5       ▾ Leadership                     0/3 not started
@7 8-37 TITLE,bold
@7 45-55 PENDING
|5.1         Leadership and c+ Go to a tab ---------+rted
@8 28-28 FRAME
@8 29-41 TITLE,bold
@8 42-51 FRAME
@8 52-55 PENDING
|5.2         Policy          |1 Clauses (Plan)      |rted
@9 28-28 FRAME
@9 51-51 FRAME
@9 52-55 PENDING
|5.3         Organizational r|2 SoA (Plan)          |rted
@10 28-28 FRAME
@10 51-51 FRAME
@10 52-55 PENDING
|6       ▾ Planning          |3 Risks (Plan)        |rted
@11 8-27 TITLE,bold
@11 28-28 FRAME
@11 29-50 SELECTED
@11 51-51 FRAME
@11 52-55 PENDING
|6.1       ▾ Actions to addre|4 Assets (Plan)       |rted
@12 28-28 FRAME
@12 51-51 FRAME
@12 52-55 PENDING
|6.1.1         General       +----------------------+rted
@13 28-51 FRAME
@13 52-55 PENDING
|6.1.2         Information security ri…       not started
@14 45-55 PENDING
|6.1.3         Information security ri…       not started
@15 45-55 PENDING
|6.2         Information security obje…       not started
@16 45-55 PENDING
|6.3         Planning of changes              not started
@17 45-55 PENDING
|7       ▾ Support                        0/8 not started
@18 8-37 TITLE,bold
@18 45-55 PENDING
|7.1         Resources                        not started
@19 45-55 PENDING
|7.2         Competence                       not started
@20 45-55 PENDING
|7.3         Awareness                        not started
@21 45-55 PENDING
|Enter choose the item  Space mark or unmark the item  / search forward  Esc clo…
@22 0-79 HINT
|isms.db | <user> | rows 41/41
@23 0-79 STATUS
--- screen 80x24
| 1 Clauses   2 SoA  [3 Risks]  4 Assets  (organisation not set: isms set --org…
|0 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲  Statement                 Inherent  Residual  Flags           Owner
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
| 1 Clauses   2 SoA  [3 Risks]  4 Assets  (organisation not set: isms set --org…
|0 risks; matrix 5x5, up to Medium acceptable; h heat maps, F filters
|Risk▲  Statement                 Inherent  Residual  Flags           Owner
|  no rows
|
|
|
|
|                            + Go to a tab ---------+
|                            |1 Clauses (Plan)      |
|                            |2 SoA (Plan)          |
|                            |3 Risks (Plan)        |
|                            |4 Assets (Plan)       |
|                            +----------------------+
|
|
|
|
|
|
|
|
|no item contains 'nothing'
|isms.db | <user> | rows 0/0
--- screen 80x60
| 1 Clauses   2 SoA  [3 Risks]  4 Assets  (organisation not set: isms set --org…
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
|Esc close (asks before dropping changes)
|isms.db | <user> | rows 0/0
