# isms init creates the database from the shipped catalogs
$ isms init --org "Acme Ltd" --scope "Cloud platform"
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ ls -l isms.db | cut -c1-10
-rw-------
$ isms soa list --format csv | wc -l
94
$ isms clause list --format csv | wc -l
42

# an existing file is never overwritten, and is left as it was
$ cksum < isms.db > before; isms init; cksum < isms.db | cmp - before && echo unchanged
unchanged
! isms: <tmp>/isms.db: already exists; isms init never overwrites a file

# unknown matrix: nothing is created
$ isms --db other.db init --matrix 7x7; ls other.db
! isms: 7x7: no such risk-matrix catalog (available: 3x3, 4x4, 5x5)
! ls: cannot access 'other.db': No such file or directory
[2]
$ isms --db nested/dir/x.db init --matrix 3x3 2>/dev/null; stat -c %a nested/dir nested/dir/x.db
700
600

# usage errors
$ isms init extra
! isms: init: too many operands (usage: isms init [--org NAME] [--scope TEXT] [--matrix ID] [--demo] [--group GROUP])
! Try 'isms --help' or 'man isms'.
[2]
$ isms init --colour
! isms: init: unknown option '--colour'
! Try 'isms --help' or 'man isms'.
[2]
$ isms init --org
! isms: init: option '--org' needs a value
! Try 'isms --help' or 'man isms'.
[2]
$ isms --read-only --db ro.db init
! isms: init: cannot create a database with --read-only
! Try 'isms --help' or 'man isms'.
[2]

# with no database at all
$ isms --db missing.db soa list
! isms: missing.db: no such database; create one with 'isms --db missing.db init'
[2]

# set: organisation and scope after the fact
$ isms set --org "Acme Group plc" --scope "Cloud platform and support"
$ isms set
! isms: set: nothing to change (use --org and/or --scope)
! Try 'isms --help' or 'man isms'.
[2]
$ isms set --org "$(printf 'bad\tname')"
! isms: organisation: U+0009 (tab) is not allowed in a one-line field
[2]
$ isms history --limit 2
SEQ  WHEN                  WHO   ENTITY  KEY   FIELD  OLD             NEW
5    <time>  <user>  isms    isms  scope  Cloud platform  Cloud platform and support
4    <time>  <user>  isms    isms  org    Acme Ltd        Acme Group plc

# the demo: a fictional organisation to look around in
$ isms --db demo.db init --demo
! isms: created demo.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ isms --db demo.db risk list --flagged | cut -c1-60
REF    STATEMENT                                   OWNER    
R-001  Ransomware encrypts production and backups  Head of O
$ isms --db demo.db soa list --applicable no | cut -c1-60
ID      TITLE                   APPLICABLE  REASONS  RISKS  
A.7.11  Supporting utilities    no                   0      
A.7.13  Equipment maintenance   no                   0      
A.8.30  Outsourced development  no                   0      
$ isms --db demo.db asset list | wc -l
11
$ isms --db demo2.db init --demo --matrix 3x3
! isms: init: --demo is scored on the 5x5 matrix; leave out --matrix
! Try 'isms --help' or 'man isms'.
[2]
