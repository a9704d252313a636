$ isms init 2>/dev/null
$ isms db check
<tmp>/isms.db: ok (integrity, references, schema, history chain)
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
$ isms --db copy.db db check && ls -A | grep -v home
copy.db: ok (integrity, references, schema, history chain)
copy.db
isms.db
# the global option for network file systems (this one is local)
$ isms --allow-network-fs soa show A.5.1 | grep Owner
Owner:           ciso
$ isms db
! isms: db: missing subcommand (use check or backup)
! Try 'isms --help' or 'man isms'.
[2]
$ isms db vacuum
! isms: db: unknown subcommand 'vacuum' (use check or backup)
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
! isms: newer.db: written by a newer isms (schema version 7; this isms knows up to 2); upgrade isms to open it
[2]
$ cksum < newer.db | cmp - before && echo unchanged
unchanged
$ cp isms.db broken.db; printf '\245%.0s' $(seq 400) | dd of=broken.db bs=1 seek=100 conv=notrunc status=none; cksum < broken.db > before
$ isms --db broken.db soa list
! isms: broken.db: the database file is corrupt; restore it from a backup (isms db check tells more)
[2]
$ cksum < broken.db | cmp - before && echo unchanged
unchanged

# general
$ isms --version
isms 0.1.0
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
