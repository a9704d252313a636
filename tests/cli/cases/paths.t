# Which paths name a database: symbolic links in the directory part are
# followed (a $HOME reached through a link is common), a database file that
# is itself a link is refused by name, and every refusal names the path.
$ mkdir real && ln -s real link && isms --db link/x.db init --org "Acme Ltd"
! isms: created link/x.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ ls real; stat -c %a real/x.db
x.db
600
$ isms --db link/x.db soa set A.5.1 --owner ciso && isms --db real/x.db soa show A.5.1 | grep Owner
Owner:           ciso
$ isms --read-only --db link/x.db soa list --format csv | wc -l
94
$ cd real && isms --db ../link/x.db db check | awk '{ print $1, $NF }'
../link/x.db: chain)
files: database
MODE FILE
0755 <tmp>/real
0600 <tmp>/real/x.db
0600 <tmp>/real/x.db-wal
0600 <tmp>/real/x.db-shm

# a database file that is a symbolic link is refused, whoever opens it
$ ln -s x.db real/alias.db; isms --db real/alias.db soa list
! isms: real/alias.db: is a symbolic link; isms opens only the database file itself (give the path it points to)
[2]
$ isms --db link/alias.db soa set A.5.1 --owner x
! isms: link/alias.db: is a symbolic link; isms opens only the database file itself (give the path it points to)
[2]
$ isms --read-only --db real/alias.db clause list
! isms: real/alias.db: is a symbolic link; isms opens only the database file itself (give the path it points to)
[2]
$ ln -s nowhere.db dangling.db; isms --db dangling.db soa list; ls nowhere.db
! isms: dangling.db: is a symbolic link; isms opens only the database file itself (give the path it points to)
! ls: cannot access 'nowhere.db': No such file or directory
[2]
$ isms --db dangling.db init; ls nowhere.db
! isms: dangling.db: already exists; isms init never overwrites a file
! ls: cannot access 'nowhere.db': No such file or directory
[2]

# backups follow the same rule
$ isms --db real/x.db db backup link/copy.db && ls real/*.db
real/alias.db
real/copy.db
real/x.db
! isms: backed up real/x.db to link/copy.db
$ isms --db real/x.db db backup dangling.db; ls nowhere.db
! isms: dangling.db: already exists (a symbolic link)
! ls: cannot access 'nowhere.db': No such file or directory
[2]
$ isms --db real/x.db db backup nodir/copy.db; ls nodir
! isms: nodir/copy.db: directory nodir: No such file or directory
! ls: cannot access 'nodir': No such file or directory
[2]
$ isms --db real/x.db db backup real/x.db/copy.db
! isms: real/x.db/copy.db: real/x.db is not a directory
[2]

# paths that are not databases, each named
$ isms --db nodir/x.db soa list
! isms: nodir/x.db: no such database; create one with 'isms --db nodir/x.db init'
[2]
$ isms --db real/x.db/y.db soa list
! isms: real/x.db/y.db: real/x.db is not a directory
[2]
$ isms --db real/x.db/y.db init
! isms: real/x.db/y.db: real/x.db is not a directory
[2]
$ isms --db real/x.db/sub/y.db init
! isms: real/x.db/sub/y.db: cannot create directory real/x.db/sub: Not a directory
[2]
$ isms --db real soa list
! isms: real: is a directory, not a database file
[2]
$ isms --db real/ soa set A.5.1 --owner x
! isms: real/: names a directory, not a database file
[2]
$ printf 'just text\n' > notes.txt; isms --db notes.txt soa list
! isms: notes.txt: not an isms database (not an SQLite database file)
[2]

# a relative name that looks like an SQLite URI is just a file name
$ isms --db 'file:u.db?mode=memory' init 2>/dev/null; ls file:*
file:u.db?mode=memory

# an init that fails after making the file leaves nothing behind
$ mkdir small; (trap '' XFSZ; ulimit -f 64; isms --db small/x.db init); ls -A small
! isms: small/x.db: disk I/O error
