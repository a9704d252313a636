# Failures while loading a register (see tests/ui/run.sh): the Risks and
# SoA panes report them once (they freed the message twice and aborted).
$ isms init --demo 2>/dev/null; cp isms.db risks.db
$ isms --script $ISMS_SRCDIR/tests/ui/keys/broken-reload.keys
--- screen 80x24
| 1 Clauses  [2 SoA]  3 Risks   4 Assets   5 Documents   People   6 History
|0 applicable, 0 excluded, 0 undecided; implemented 0 of 0 applicable (0%)
|Control▲ Title                   Applicable Reasons     Risks Status      Owner
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
|<tmp>/isms.db: no such table: soa_entry
|isms.db | <user> | rows 0/0
$ sqlite3 risks.db "PRAGMA foreign_keys = OFF; DROP TABLE risk_action; DROP TABLE risk_acceptance; DROP TABLE risk_asset; DROP TABLE risk_control; DROP TABLE risk;"
$ isms --db risks.db --script $ISMS_SRCDIR/tests/ui/keys/broken-risks.keys
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
|risks.db: no such table: risk
|risks.db | <user> | READ-ONLY | rows 0/0
