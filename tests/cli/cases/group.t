# Group databases as far as one user can try them (tests/cli/group.sh has
# the real logins): this user's own group, db upgrade, the refusals.
$ isms init 2>/dev/null && isms db upgrade
! isms: <tmp>/isms.db: schema version 5 is current; nothing to do
$ cp "$ISMS_SRCDIR"/tests/data/isms-v1.db v1.db && isms --db v1.db db upgrade && sqlite3 v1.db "PRAGMA user_version;"
5
! isms: v1.db: upgraded from schema version 1 to 5
$ isms --read-only db upgrade
! isms: db upgrade: cannot upgrade a database with --read-only
! Try 'isms --help' or 'man isms'.
[2]
$ isms --db nowhere.db db upgrade
! isms: nowhere.db: no such database
[2]

# init --group: a directory of its own, a group one is a member of
$ isms --db team/isms.db init --group "$(id -gn)" 2>&1 | grep -v 'may not reach it: /tmp' | sed "s/$(id -gn)/<group>/"
isms: created team/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
isms: a group database: members of <group> may open it; see 'isms db check'
$ stat -c %a team team/isms.db team/isms.db-wal team/isms.db-shm | xargs
2770 660 660 660
$ isms --db team/isms.db db check | sed "s/$(id -gn)/<group>/" | head -2
team/isms.db: ok (integrity, references, schema, history chain)
files: a group database of group <group>
$ isms --db team/isms.db db check | awk '/^[0-7][0-7][0-7][0-7] / { print $1, $NF }'
2770 <tmp>/team
0660 <tmp>/team/isms.db
0660 <tmp>/team/isms.db-wal
0660 <tmp>/team/isms.db-shm
$ isms --db team/other.db init --group no-such-group-of-isms
! isms: no-such-group-of-isms: no such group
[2]
$ mkdir busy && touch busy/notes.txt && isms --db busy/isms.db init --group "$(id -gn)"
! isms: busy: already holds other files (notes.txt); a group database needs a directory of its own, such as /srv/isms/NAME/
[2]
$ ls busy
notes.txt
$ isms --db gone/deeper/isms.db init --group "$(id -gn)"; ls -d gone 2>&1
ls: cannot access 'gone': No such file or directory
! isms: gone/deeper: its parent gone is not a directory; create it first, so that the group may pass it (an administrator: mkdir -m 0755 gone)
[2]
$ mkdir two && isms --db two/a.db init 2>/dev/null && isms --db two/b.db init 2>/dev/null && isms --db two/a.db db share "$(id -gn)"
! isms: two/a.db: its directory <tmp>/two holds other files too (b.db); move the database into a directory of its own, such as /srv/isms/NAME/, and share it there
[2]
$ mkdir solo && isms --db solo/isms.db init 2>/dev/null && isms --db solo/isms.db db share "$(id -gn)" 2>&1 | grep -v 'may not reach it: /tmp' | sed "s/$(id -gn)/<group>/"
isms: solo/isms.db is now a group database of group <group>; see 'isms db check'
$ stat -c %a solo solo/isms.db | xargs
2770 660
$ isms db share
! isms: db share: missing operand (usage: isms db share GROUP)
! Try 'isms --help' or 'man isms'.
[2]

# a schema version 1 group database: read, not migrated by a change
$ mkdir old && chmod 2770 old && cp "$ISMS_SRCDIR"/tests/data/isms-v1.db old/isms.db && chmod 660 old/isms.db
$ isms --db old/isms.db history --limit 2 --format csv | cut -d, -f4- | tr -d '\r'
entity,key,field,old,new
soa,A.5.1,owner,ISMS manager,Zoë
risk,R-012,deleted,,"'-"
! isms: old/isms.db is a group database of schema version 1, read-only until a member runs 'isms db upgrade' (after 'isms db backup FILE')
$ isms --db old/isms.db risk list --flagged | head -2
REF    STATEMENT                                   OWNER               INHERENT  RESIDUAL  TREATMENT  STATUS    REVIEW      FLAGS
R-001  Ransomware encrypts production and backups  Head of Operations  High      High      mitigate   treating  2027-01-31  above-appetite
! isms: old/isms.db is a group database of schema version 1, read-only until a member runs 'isms db upgrade' (after 'isms db backup FILE')
$ isms --db old/isms.db soa export --format csv 2>/dev/null | grep -c '^A\.'
93
$ isms --db old/isms.db soa set A.5.1 --owner x
! isms: old/isms.db: cannot be changed: a group database of schema version 1 is migrated to version 5 only by 'isms db upgrade', which a member runs after 'isms db backup FILE'
[2]
$ sqlite3 old/isms.db "PRAGMA user_version;"
1

# files others could tamper with are refused, for reading too
$ mkdir -m 1777 public && isms --db public/x.db init
! isms: public/x.db: any user may write its directory <tmp>/public (mode 1777), so another user could plant a -wal file there that would be read as saved changes; move the database into a directory of its own, such as /srv/isms/NAME, or take the others' write permission away (chmod o-w <tmp>/public)
[2]
$ ls -A public
$ isms db backup public/copy.db
! isms: public/copy.db: any user may write its directory <tmp>/public (mode 1777), so another user could plant a -wal file there that would be read as saved changes; move the database into a directory of its own, such as /srv/isms/NAME, or take the others' write permission away (chmod o-w <tmp>/public)
[2]
$ chmod o+w isms.db && isms soa list
! isms: <tmp>/isms.db: any user may write the database file (mode 0602); take the others' write permission away (chmod o-w <tmp>/isms.db)
[2]
$ chmod o-w isms.db && isms soa list | head -1
ID      TITLE                                                                                             APPLICABLE  REASONS  RISKS  STATUS       OWNER
$ ln -s /dev/null isms.db-journal && isms soa list | head -1; rm isms.db-journal
! isms: <tmp>/isms.db: its -journal file is not a regular file but a symbolic link; remove <tmp>/isms.db-journal
