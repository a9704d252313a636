# People: the register, and the one rule by which owners, approvers and
# the like name them.  init adds the person who runs it.
$ isms init 2>/dev/null && isms person list
ID  NAME  LOGIN  ROLES  TOP  ACTIVE
1   <user>  <user>          no   yes
$ isms person add "Alice Smith" --login asmith --roles "CISO, ISMS manager" --top-management yes
2
$ isms person add "Bob Jones" --login bob --email bob@example.com
3
$ isms person list
ID  NAME         LOGIN   ROLES               TOP  ACTIVE
2   Alice Smith  asmith  CISO, ISMS manager  yes  yes
3   Bob Jones    bob                         no   yes
1   <user>         <user>                        no   yes
$ isms person show asmith
Person:         2
Name:           Alice Smith
Login:          asmith
E-mail:
Roles:          CISO, ISMS manager
Top management: yes
Active:         yes
Notes:
Revision:       1, <time> by <user>
$ isms person show "  alice   SMITH "
Person:         2
Name:           Alice Smith
Login:          asmith
E-mail:
Roles:          CISO, ISMS manager
Top management: yes
Active:         yes
Notes:
Revision:       1, <time> by <user>
# a name or login given for an owner stores the person's name; free text
# that names no one stays as typed
$ isms soa set A.5.1 --owner BOB && isms soa set A.5.2 --owner "Head of IT"
$ isms soa list --format csv | grep -e '^A.5.1,' -e '^A.5.2,' | cut -d, -f1,10
A.5.1,Bob Jones
A.5.2,Head of IT
$ isms person set bob --login asmith
! isms: Bob Jones: login asmith already names Alice Smith (person 2)
[2]
$ isms person set bob --top-management maybe
! isms: 3: top management is yes or no, not 'maybe'
[2]
$ isms person add "bob" --login robert && isms soa set A.5.3 --owner bob
4
! isms: bob: names both bob and Bob Jones; name one by login or number (isms person list)
[2]
$ isms person rm "Bob Jones"
! isms: Bob Jones: named as SoA A.5.1 owner; mark the person inactive (--active no) or delete with --force
[1]
$ isms person set "Bob Jones" --active no && isms person list
ID  NAME         LOGIN   ROLES               TOP  ACTIVE
2   Alice Smith  asmith  CISO, ISMS manager  yes  yes
4   bob          robert                      no   yes
3   Bob Jones    bob                         no   no
1   <user>         <user>                        no   yes
$ isms person rm "Bob Jones" --force && isms person show 3
! isms: 3: no such person
[2]
$ isms history --format csv --limit 3 | cut -d, -f4-
entity,key,field,old,new
person,3,deleted,3,
person,3,active,0,
person,3,top_management,0,
# init --demo: a small team, top management among them, whose names the
# demo registers use
$ isms --db demo.db init --demo 2>/dev/null && isms --db demo.db person list --format csv | cut -d, -f2,3,6 | grep -v "^$(id -un),"
name,login,top_management
Anne Vik,anne,no
Eva Holm,eva,no
Ingrid Dahl,ingrid,no
Kari Lunde,kari,yes
Lars Aas,lars,yes
Nils Haugen,nils,no
Ola Berg,ola,yes
Per Strand,per,no
Siri Moen,siri,no
$ isms --db demo.db doc list --format csv | cut -d, -f2,6 | head -3
title,approver
ISMS scope statement,Kari Lunde
Information security policy,Kari Lunde
