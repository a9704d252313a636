# The SoA and the treatment plan as documents an auditor signs: approved
# versions, frozen and hashed, and what changed between two of them.
$ isms init --org "Acme Ltd" 2>/dev/null && isms person add "Kari Lunde" --login kari >/dev/null
$ isms soa diff
! isms: SoA: no version is approved yet (isms soa approve)
[2]
$ isms soa approve
! isms: soa approve: say who approves it with --by NAME
! Try 'isms --help' or 'man isms'.
[2]
$ isms soa approve --by kari --note "First SoA with undecided controls"
SoA version 1
$ isms soa approve --by kari
! isms: SoA: nothing changed since version 1
[2]
# two changes, the next version, and exactly those two controls between them
$ isms soa set A.5.7 --applicable yes --reasons BR && isms soa set A.8.8 --owner ops
$ isms soa diff
RECORD  FIELD       BEFORE     AFTER
A.5.7   Applicable  undecided  yes
A.5.7   Reasons                BR
A.8.8   Owner                  ops
$ isms soa approve --by kari
SoA version 2
$ isms soa diff 1 2
RECORD  FIELD       BEFORE     AFTER
A.5.7   Applicable  undecided  yes
A.5.7   Reasons                BR
A.8.8   Owner                  ops
$ isms soa diff 1 2 --format csv
key,field,old,new
A.5.7,Applicable,undecided,yes
A.5.7,Reasons,,BR
A.8.8,Owner,,ops
$ isms soa versions | cut -c1-60
VERSION  APPROVED BY  ON          NOTE
1        Kari Lunde   <today>  First SoA with undecided c
2        Kari Lunde   <today>
$ isms soa versions --format csv | cut -d, -f1,2,4,6
version,approved_by,note,items
1,Kari Lunde,First SoA with undecided controls,93
2,Kari Lunde,,93
$ isms soa diff 3
! isms: SoA: there is no version 3 (isms soa versions lists them)
[2]
$ isms soa diff x
! isms: soa diff: version: 'x' is not a number from 1 to 1000000
! Try 'isms --help' or 'man isms'.
[2]
# the export's header shows the version, and a draft once the SoA moves on
$ isms soa export --format md | grep -e '^| Version' -e '^| Status'
| Version | 2, approved by Kari Lunde on <today> |
| Status | approved |
$ isms soa set A.8.8 --owner security && isms soa export --format md | grep -e '^| Version' -e '^| Status'
| Version | 2, approved by Kari Lunde on <today> |
| Status | draft, changed since version 2 |
$ isms soa diff --format md | sed -n '/^| Record/,$p'
| Record | Field | Before | After |
| --- | --- | --- | --- |
| A.8.8 | Owner | ops | security |
# the history holds each version's approver and hash
$ isms history --format csv | awk -F, '$4 == "soa_version"' | cut -d, -f4-6
soa_version,2,sha256
soa_version,2,approved_by
soa_version,1,sha256
soa_version,1,note
soa_version,1,approved_by
# the document that satisfies the SoA's required document is approved with
# each version, so its approver is not its owner
$ isms doc add "Statement of Applicability" --type register --owner kari >/dev/null && isms doc link DOC-001 --satisfies D-05
$ isms soa approve --by kari
! isms: DOC-001: Kari Lunde owns it and cannot approve it too; another person approves it, or record why one person may (--exception TEXT)
[2]
$ isms doc set DOC-001 --owner "Dana" && isms soa approve --by kari && isms doc show DOC-001 | grep -e '^Version:' -e '^Status:' -e '^Approved by:'
SoA version 3
Version:                  1.0
Status:                   approved
Approved by:              Kari Lunde
$ isms doc missing --all | grep D-05 | cut -c1-5,113-
D-05                  present               DOC-001
# the database keeps versions as they were written
$ sqlite3 isms.db "UPDATE register_version SET approved_by = 'mallory';"
! Error: stepping, approved versions are kept as they are (19)
[19]
# the treatment plan the same way
$ isms risk add "Laptop theft" --owner Ops --likelihood 3 --impact 3 >/dev/null && isms risk action add R-001 "Disk encryption" --owner Ops --due 2027-03-31
1
$ isms treatment approve --by kari
treatment plan version 1
$ isms risk action set 1 --status done --done 2027-01-15 && isms treatment diff
RECORD  FIELD   BEFORE   AFTER
1       Status  planned  done
1       Done             2027-01-15
$ isms treatment export --format md | grep -e '^| Version' -e '^| Status'
| Version | 1, approved by Kari Lunde on <today> |
| Status | draft, changed since version 1 |
$ isms treatment
! isms: treatment: missing subcommand (use export, approve, versions or diff)
! Try 'isms --help' or 'man isms'.
[2]
