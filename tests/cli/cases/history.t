# the history: complete records of every change, a hash chain an auditor
# can verify, redaction, and tampering found
$ isms init --org "Acme Ltd" --matrix 5x5 2>/dev/null
$ isms verify
intact: 3 rows, head 3:<hash>
$ isms asset add "Payroll DB" >/dev/null && isms risk add "Payroll leak" --owner CFO --likelihood 3 --impact 4 --residual-likelihood 2 --residual-impact 2 >/dev/null
$ isms risk link R-001 --asset "Payroll DB" --control A.8.24 && isms risk link R-001 --control A.8.24 --remove
$ isms history --format csv --limit 2 | cut -d, -f6-
field,old,new
control,A.8.24,
control,,A.8.24

# an acceptance records who, until when and the note
$ isms risk accept R-001 --by CFO --until 2027-12-31 --note "Cheaper than the fix"
$ isms history --format csv --limit 3 | cut -d, -f6-
field,old,new
acceptance note,,Cheaper than the fix
accepted until,,2027-12-31
accepted,,CFO

# a deletion records the values and everything deleted with it
$ isms risk action add R-001 "Encrypt the exports" --owner IT --due 2027-03-31 >/dev/null
$ isms risk rm R-001 && isms history --format csv --limit 20 | cut -d, -f4- | tac | grep -v ',next_review,'
risk,R-001,asset,Payroll DB,
risk,R-001,acceptance,"by CFO at <time>, until 2027-12-31, basis 2:2::: Cheaper than the fix",
action,1,what,Encrypt the exports,
action,1,owner,IT,
action,1,due,2027-03-31,
action,1,status,planned,
action,1,deleted,1,
risk,R-001,ref,R-001,
risk,R-001,statement,Payroll leak,
risk,R-001,owner,CFO,
risk,R-001,identified,<today>,
risk,R-001,matrix_id,5x5,
risk,R-001,matrix_version,1,
risk,R-001,inherent_likelihood,3,
risk,R-001,inherent_impact,4,
risk,R-001,residual_likelihood,2,
risk,R-001,residual_impact,2,
risk,R-001,status,open,
risk,R-001,deleted,R-001,
entity,key,field,old,new
$ isms verify --head | grep -c '^[0-9]*:[0-9a-f]\{64\}$'
1

# tampering with the sqlite3 shell is found, at the first bad row
$ isms verify --head > head && cp isms.db a.db && cp isms.db b.db && cp isms.db c.db && cp isms.db d.db
$ sqlite3 a.db "DROP TRIGGER history_no_update; UPDATE history SET new = 'Someone else' WHERE seq = 10;"
$ isms --db a.db verify
broken at row 10: row 10 was changed after it was written
[1]
$ set -o pipefail; isms --db a.db db check | sed '/^files: /,$d'
trigger history_no_update is missing
history: broken at row 10: row 10 was changed after it was written
a.db: 2 problems
[1]
$ sqlite3 b.db "DROP TRIGGER history_no_delete; DELETE FROM history WHERE seq = 12;"
$ isms --db b.db verify
broken at row 12: row 12 is missing: it was deleted
[1]
$ sqlite3 c.db "DROP TRIGGER history_no_delete; DELETE FROM history WHERE seq > 30;"
$ isms --db c.db verify
broken at row 31: rows 31 to 41 are missing: the history was cut short
[1]
$ sqlite3 c.db "UPDATE history_head SET seq = 30, hash = (SELECT hash FROM history WHERE seq = 30);"
$ isms --db c.db verify | cut -d, -f1
intact: 30 rows
$ isms --db c.db verify --anchor "$(cat head)"
broken at row 31: the anchor names row 41 but the history ends at row 30
[1]
$ sqlite3 d.db "INSERT INTO history (at, who, entity, key, field, old, new) VALUES ('2026-01-01T00:00:00Z', 'mallory', 'soa', 'A.5.1', 'owner', NULL, 'x');"
$ isms --db d.db verify
broken at row 42: history row id 42 is not in the chain: it was added outside isms
[1]
$ isms verify --anchor 45:xyz
! isms: --anchor 45:xyz: not a head (SEQ:HASH, as isms verify --head prints it)
[2]

# redaction for a data-protection request: the chain still verifies
$ isms history --format csv | grep -c 'Cheaper than the fix'
2
$ isms history --format csv | awk -F, '$6 == "acceptance note" { print $1 }' > seq && isms history redact "$(cat seq)" --reason "GDPR request 2027-01"
$ isms history --format csv | grep -c 'Cheaper than the fix'
1
$ isms history --format csv --limit 2 | cut -d, -f6-
field,old,new
redact new,,GDPR request 2027-01
deleted,R-001,
$ isms verify | cut -d, -f1
intact: 42 rows
$ isms history redact "$(cat seq)" --reason again
! isms: history row 18: nothing left to redact (redacted already, or no value)
[2]
$ isms history redact 9999 --reason x
! isms: history row 9999: no such row
[2]
$ isms history redact 3
! isms: history redact: say why with --reason TEXT (the redaction is recorded with it)
! Try 'isms --help' or 'man isms'.
[2]
$ isms verify --anchor "$(cat head)" | cut -d, -f1,3
intact: 42 rows, anchor holds

# exports carry the head they were made at
$ isms verify --head > head && isms soa export --format md | grep 'History head' | grep -c "$(cat head)"
1
$ isms risk export --format html | grep -c "<td>$(cat head)</td>"
1

# a version 1 file is chained when it is migrated, and verifies
$ cp "$ISMS_SRCDIR/tests/data/isms-v1.db" v1.db && isms --db v1.db --read-only verify
! isms: v1.db: schema version 1 has no history chain yet; it is built when the database is next opened for writing (or by isms db upgrade)
[2]
$ isms --db v1.db --read-only history --limit 1 --format csv | cut -d, -f1,4-6
seq,entity,key,field
693,soa,A.5.1,owner
$ isms --db v1.db soa set A.5.2 --owner "Dana" && isms --db v1.db verify | cut -d, -f1
intact: 694 rows
$ sqlite3 v1.db "PRAGMA user_version; SELECT count(*) FROM history WHERE seq IS NULL OR hash IS NULL;"
5
0

# one record's history (its key in any case), by one login, since a day;
# in text, terms read as everywhere else, in csv as stored
$ isms soa set A.7.4 --applicable no --justification "No premises" && isms soa set a.7.4 --status planned
! isms: A.7.4: an excluded control has no implementation status (make it applicable first)
[2]
$ isms history a.7.4 | cut -c1-3,27- | sed 's/ *$//'
SEQ WHO   ENTITY  KEY    FIELD          OLD          NEW
45  <user>  soa     A.7.4  status         not started  excluded
44  <user>  soa     A.7.4  justification               No premises
43  <user>  soa     A.7.4  applicable     undecided    no
$ isms history A.7.4 --format csv | cut -d, -f4-
entity,key,field,old,new
soa,A.7.4,status,not-started,excluded
soa,A.7.4,justification,,No premises
soa,A.7.4,applicable,undecided,no
$ isms history A.7.4 --by "$(id -un)" --limit 1 | wc -l; isms history A.7.4 --by nobody | wc -l
2
1
$ isms history --since 2999-01-01 | wc -l; isms history --since "$(date -u +%F)" | grep -c A.7.4
1
3
$ isms history --since 31.12.2026
! isms: history: --since 31.12.2026: not a date (YYYY-MM-DD)
! Try 'isms --help' or 'man isms'.
[2]
$ isms history A.7.4 A.7.5
! isms: history: too many operands (usage: isms history [RECORD] [--by LOGIN] [--since DATE] [--limit N] [--format text|csv])
! Try 'isms --help' or 'man isms'.
[2]
$ isms risk add "Flood" --treatment transfer >/dev/null && isms history R-002 --format text | grep treatment | cut -c1-3,27- | sed 's/ *$//'
47  <user>  risk    R-002  treatment    -    transfer
