$ isms init 2>/dev/null
$ isms db check | head -2
<tmp>/isms.db: ok (integrity, references, schema, history chain)
files: not a group database
# a command that reads leaves the directory as it found it: no -wal, no -shm
$ ls -A isms.db*
isms.db
$ isms soa list > /dev/null && isms --read-only clause list > /dev/null && ls -A isms.db*
isms.db
$ isms soa set A.5.1 --owner ciso && isms db backup copy.db
! isms: backed up <tmp>/isms.db to copy.db
$ stat -c %a copy.db
600
$ isms --db copy.db soa show A.5.1 | grep Owner
Owner:           ciso
$ isms db backup copy.db
! isms: copy.db: already exists
[2]
# the copy is checked, and nothing but it is left
$ set -o pipefail; isms --db copy.db db check | sed '/^files: /,$d' && ls -A | grep -v home
copy.db: ok (integrity, references, schema, history chain)
copy.db
isms.db
# the global option for network file systems (this one is local)
$ isms --allow-network-fs soa show A.5.1 | grep Owner
Owner:           ciso
$ isms db
! isms: db: missing subcommand (use check, backup, share or upgrade)
! Try 'isms --help' or 'man isms'.
[2]
$ isms db vacuum
! isms: db: unknown subcommand 'vacuum' (use check, backup, share or upgrade)
! Try 'isms --help' or 'man isms'.
[2]

# files that are not isms databases are refused and left byte-identical
$ sqlite3 contacts.db "CREATE TABLE c (name TEXT); INSERT INTO c VALUES ('x');"; cksum < contacts.db > before
$ isms --db contacts.db soa list
! isms: contacts.db: not an isms database (an SQLite database of another program)
[2]
$ isms --db contacts.db soa set A.5.1 --owner x
! isms: contacts.db: not an isms database (an SQLite database of another program)
[2]
$ cksum < contacts.db | cmp - before && ls contacts.db*
contacts.db
$ printf 'just text\n' > notes.txt; isms --db notes.txt clause list; echo "exit $?"; cat notes.txt
exit 2
just text
! isms: notes.txt: not an isms database (not an SQLite database file)
$ : > empty.db; isms --db empty.db db check; echo "exit $?"; wc -c < empty.db
exit 2
0
! isms: empty.db: not an isms database (an empty file)
$ cp isms.db newer.db; sqlite3 newer.db "PRAGMA user_version = 7;"; cksum < newer.db > before
$ isms --db newer.db soa set A.5.1 --owner x
! isms: newer.db: written by a newer isms (schema version 7; this isms knows up to 5); upgrade isms to open it
[2]
$ cksum < newer.db | cmp - before && echo unchanged
unchanged
$ cp isms.db broken.db; printf '\245%.0s' $(seq 400) | dd of=broken.db bs=1 seek=100 conv=notrunc status=none; cksum < broken.db > before
$ isms --db broken.db soa list
! isms: broken.db: the database file is corrupt; restore it from a backup (isms db check tells more)
[2]
$ cksum < broken.db | cmp - before && echo unchanged
unchanged

# the schema is compared with what its version should be, by structure,
# one line for each object missing, extra or altered; the history chain
# finds what was rewritten
$ set -o pipefail; cp isms.db t1.db && sqlite3 t1.db "DROP TRIGGER history_no_update; DROP TRIGGER history_no_delete;" && isms --db t1.db db check | sed '/^files: /,$d'
trigger history_no_delete is missing
trigger history_no_update is missing
t1.db: 2 problems
[1]
$ set -o pipefail; cp isms.db t2.db && sqlite3 t2.db "CREATE TRIGGER soa_owner_rewrite AFTER UPDATE ON soa_entry BEGIN UPDATE soa_entry SET owner = 'mallory' WHERE id = NEW.id; END;" && isms --db t2.db db check | sed '/^files: /,$d'
extra trigger soa_owner_rewrite on soa_entry
t2.db: 1 problem
[1]
$ set -o pipefail; cp isms.db t3.db && sqlite3 t3.db "SELECT sql || ';' FROM sqlite_schema WHERE name = 'history_no_update';" > trigger.sql && sqlite3 t3.db "DROP TRIGGER history_no_update; UPDATE history SET new = 'mallory' WHERE seq = 2; $(cat trigger.sql)" && isms --db t3.db db check | sed '/^files: /,$d'
history: broken at row 2: row 2 was changed after it was written
t3.db: 1 problem
[1]
$ set -o pipefail; cp isms.db t4.db && sqlite3 t4.db "DROP TRIGGER history_no_update; CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN SELECT RAISE(IGNORE); END; DROP INDEX risk_control_by_control;" && isms --db t4.db db check | sed '/^files: /,$d'
index risk_control_by_control is missing
trigger history_no_update is altered
t4.db: 2 problems
[1]
$ set -o pipefail; cp isms.db t5.db && sqlite3 t5.db "ALTER TABLE history DROP COLUMN salts;" && isms --db t5.db db check | sed '/^files: /,$d'
table history: column salts is missing
history: cannot be verified: t5.db: no such column: salts
t5.db: 2 problems
[1]

# a file whose schema was altered is read, but nothing is written to it
$ cksum < t2.db > before; isms --db t2.db soa set A.5.1 --owner mallory
! isms: t2.db: the database schema was altered outside isms (isms db check lists how); nothing can be changed
[2]
$ cksum < t2.db | cmp - before && isms --db t2.db soa show A.5.1 | grep Owner
Owner:           ciso

# a version 1 file is compared with version 1, and not migrated when altered
$ set -o pipefail; cp "$ISMS_SRCDIR/tests/data/isms-v1.db" v1.db && sqlite3 v1.db "DROP INDEX risk_action_by_risk;" && isms --db v1.db db check | sed '/^files: /,$d'
index risk_action_by_risk is missing
v1.db: 1 problem
[1]
$ isms --db v1.db risk list >/dev/null && isms --db v1.db soa set A.5.1 --owner x; sqlite3 v1.db "PRAGMA user_version;"
1
! isms: v1.db: the database schema was altered outside isms (isms db check lists how); nothing can be changed

# schema version 0 is a file isms has not set up: it holds no tables
$ set -o pipefail; cp isms.db v0.db && sqlite3 v0.db "PRAGMA user_version = 0;" && isms --db v0.db db check | sed '/^files: /,$d'
schema version is 0 (PRAGMA user_version), but the file holds the schema of version 5: its version was reset outside isms
v0.db: 1 problem
[1]
$ isms --db v0.db soa set A.5.1 --owner x
! isms: v0.db: the database schema was altered outside isms (isms db check lists how); nothing can be changed
[2]
$ set -o pipefail; sqlite3 made.db "PRAGMA application_id = 1230196051; CREATE TABLE framework (id TEXT PRIMARY KEY); CREATE TABLE soa_entry (id INTEGER PRIMARY KEY);" && isms --db made.db db check | sed '/^files: /,$d'
! isms: made.db: the database file is damaged (schema version 0, but it holds tables, and not those of isms)
[2]

# general
$ isms --version
isms 0.1.0
Copyright (C) 2026 the isms authors.
License: not chosen yet; ask the authors before you redistribute isms.
There is NO WARRANTY, to the extent permitted by law.
$ isms frobnicate
! isms: 'frobnicate' is not an isms command; see 'isms --help'
[2]
$ isms --bogus
! isms: unknown option '--bogus'
! Try 'isms --help' or 'man isms'.
[2]
$ isms
! isms: the full-screen interface needs a terminal; the commands work without one (isms --help)
[2]
# a usage error is caught before the file is opened: an old database is
# not migrated by a command that was never going to run
$ cp "$ISMS_SRCDIR/tests/data/isms-v1.db" old.db && cksum < old.db > before
$ isms --db old.db risk accept R-001
! isms: risk accept: say who accepts it with --by NAME (normally the risk owner)
! Try 'isms --help' or 'man isms'.
[2]
$ isms --db old.db soa set A.5.1
! isms: soa set: nothing to change (give at least one of --applicable, --reasons, --justification, --status, --how, --evidence, --owner or --reviewed)
! Try 'isms --help' or 'man isms'.
[2]
$ isms --db old.db soa set A.5.1 --owner x --rev 0
! isms: soa set: --rev: '0' is not a number from 1 to 9223372036854775807
! Try 'isms --help' or 'man isms'.
[2]
$ cksum < old.db | cmp - before && sqlite3 old.db "PRAGMA user_version;"
1
# the number of risks is kept in one row, by triggers, as risks come and go
$ cp isms.db n.db && isms --db n.db risk add "Ransomware encrypts the file servers" 2>/dev/null && isms --db n.db risk add "Laptop lost on a train" 2>/dev/null && isms --db n.db risk rm R-001 2>/dev/null; sqlite3 n.db "SELECT risks, (SELECT count(*) FROM risk) FROM risk_total;"
R-001
R-002
1|1
# a stored number changed outside isms is named by db check
$ set -o pipefail; sqlite3 n.db "UPDATE risk_total SET risks = 7;" && isms --db n.db db check | sed '/^files: /,$d'
risks: the stored number of risks is not the number there are (changed outside isms; the Risks tab counts by it)
n.db: 1 problem
[1]
# a risk's text changed outside isms leaves the filter's text index behind
$ set -o pipefail; cp n.db f.db && sqlite3 f.db "UPDATE risk_total SET risks = 1; UPDATE risk SET statement = 'Changed outside isms';" && isms --db f.db db check | sed '/^files: /,$d'
risks: the text index of the filter is out of step with 1 risk (changed outside isms: the filter and the / search may miss them until they are changed in isms)
f.db: 1 problem
[1]
