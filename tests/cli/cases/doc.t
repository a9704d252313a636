# The documented-information register (7.5): what is missing, documents
# that satisfy it, approval by a second person, staleness, reviews,
# hashes, retention and disposal.
$ isms init 2>/dev/null && isms person add "Alice Smith" --login alice >/dev/null && isms person add "Dana Owner" --login dana >/dev/null
# on a new database every required document of clauses 4-10 is missing
$ isms doc missing | cut -c1-72
ID    FOR    KIND      NAME                                             
D-01  4.3    document  Scope of the ISMS                                
D-02  5.2    document  Information security policy                      
D-03  6.1.2  document  Information security risk assessment process     
D-04  6.1.3  document  Information security risk treatment process      
D-05  6.1.3  document  Statement of Applicability                       
D-06  6.1.3  document  Information security risk treatment plan         
D-07  6.2    document  Information security objectives                  
D-08  7.2    record    Evidence of competence                           
D-09  7.5.1  document  Documented information determined by the organiza
D-10  8.1    record    Operational planning and control: evidence that p
D-11  8.2    record    Results of information security risk assessments 
D-12  8.3    record    Results of information security risk treatment   
D-13  9.1    record    Monitoring and measurement results               
D-14  9.2.2  record    Internal audit programme (evidence of implementat
D-15  9.2.2  record    Internal audit results                           
D-16  9.3.3  record    Management review results                        
D-17  10.2   record    Nature of nonconformities and subsequent actions 
D-18  10.2   record    Results of corrective actions                    
$ isms doc missing --pending | wc -l
36
# marking a control applicable adds its required documents
$ isms soa set A.5.9 --applicable yes && isms doc missing | grep -c .
20
$ isms doc missing | tail -1 | cut -c1-72
D-21  A.5.9  control-document  Inventory of information and other associ
# a document satisfies one once it is approved by someone who does not own it
$ isms doc add "Information security policy" --type policy --owner dana --approver dana
! isms: new document: the approver (Dana Owner) is its owner; name another person, or record why one person may (--exception TEXT)
[2]
$ isms doc add "Information security policy" --type policy --owner dana --approver alice
DOC-001
$ isms doc add "Asset inventory" --type register --owner dana --approver alice --location /srv/isms/assets.ods
DOC-002
$ isms doc link DOC-001 --satisfies D-02 --satisfies d-19 --control A.5.1 && isms doc link DOC-002 --satisfies D-21 --clause 7.5.3 --risk R-001
! isms: R-001: no such risk
[2]
$ isms doc link DOC-002 --satisfies D-21 --clause 7.5.3
$ isms doc link DOC-002 --satisfies D-99
! isms: D-99: no such required document (isms doc missing --all lists them)
[2]
$ isms doc missing --all | grep -e D-02 -e D-21 | cut -c1-5,113-
D-02                  missing               DOC-001 (not approved)
D-21                  missing               DOC-002 (not approved)
$ isms doc approve DOC-001 --by dana
! isms: DOC-001: Dana Owner owns it and cannot approve it too; another person approves it, or record why one person may (--exception TEXT)
[2]
$ isms doc approve DOC-001 && isms doc approve DOC-002 --summary "First inventory"
$ isms doc missing --all | grep -e D-02 -e D-21 | cut -c1-5,113-
D-02                  present               DOC-001
D-21                  present               DOC-002
$ isms doc approve DOC-001
! isms: DOC-001: version 1.0 is approved already; give the new --version, or record a review without change (isms doc review)
[2]
# the file's hash is recorded and checked; a new hash or version makes the
# approval stale, and a stale approval does not count
$ printf 'policy v1\n' > policy.txt && isms doc hash DOC-001 policy.txt
<hash>
$ isms doc verify DOC-001 policy.txt
policy.txt: the file recorded
$ printf 'policy v2\n' > policy.txt && isms doc verify DOC-001 policy.txt
! isms: DOC-001: policy.txt is not the file recorded (SHA-256 <hash>, recorded <hash>)
[1]
$ isms doc verify DOC-002 policy.txt
! isms: DOC-002: no hash is recorded (isms doc hash DOC-002 FILE records one)
[2]
$ isms doc list | sed 's/20[0-9][0-9]-[0-9][0-9]-[0-9][0-9]/DATE/g'
ID       TITLE                        KIND      TYPE      OWNER       VERSION  STATUS    NEXT REVIEW  FLAGS
DOC-001  Information security policy  document  policy    Dana Owner  1.0      approved  DATE   approval stale
DOC-002  Asset inventory              document  register  Dana Owner  1.0      approved  DATE
$ isms doc approve DOC-001 --version 1.1 --summary "Hash of the signed PDF"
$ isms doc set DOC-002 --version 2
! isms: DOC-002: version '2' is not major.minor (1.0, 2.3)
[2]
$ isms doc set DOC-002 --version 1.1 && isms doc missing --all | grep D-21 | cut -c1-5,113-
D-21                  missing               DOC-002 (approval stale)
# reviewed, no change: a version row, the version stays; a record series
# is kept, and reviewed, without an approval
$ isms doc review DOC-001 --by alice --note "Still fits" && isms doc show DOC-001 | sed -n '/^Versions:/,$p' | cut -c1-70
Versions:
KIND      VERSION  DATE        SUMMARY                 BY
approval  1.0      <today>                          Alice Smith
approval  1.1      <today>  Hash of the signed PDF  Alice Smith
review    1.1      <today>  Still fits              Alice Smith
$ isms doc add "Visitor log" --kind record --type record --retention "24 months" --owner dana
DOC-003
$ isms doc review DOC-003 && isms doc show DOC-003 | grep -e '^Status' -e '^Retention'
Status:                   draft
Retention:                24
Retention counted from:   created
# retention: disposal refused before its date unless forced with a reason
$ isms doc dispose DOC-003
! isms: doc dispose: say how it is disposed of with --method TEXT
! Try 'isms --help' or 'man isms'.
[2]
$ isms doc dispose DOC-003 --method shredded --reason x
! isms: doc dispose: --reason goes with --force
! Try 'isms --help' or 'man isms'.
[2]
$ isms doc dispose DOC-003 --method shredded 2>&1 | sed 's/after [0-9-]*;/after DATE;/'
isms: DOC-003: to be disposed of after DATE; it is kept until then (--force --reason TEXT disposes of it now, and the history keeps why)
$ isms doc dispose DOC-003 --method shredded --force --reason "Court order 2026/12"
$ isms history --format csv --limit 7 | cut -d, -f5,6
key,field
DOC-003,disposal forced
DOC-003,disposed
DOC-003,superseded_on
DOC-003,disposal_method
DOC-003,disposed_by
DOC-003,disposed_on
DOC-003,status
$ isms doc set DOC-003 --title "x"
! isms: DOC-003: disposed of on <today>; its record is kept as it is
[2]
$ isms doc rm DOC-003
! isms: DOC-003: disposed of on <today>; its record is kept
[1]
# an approved document is retired, not deleted
$ isms doc rm DOC-001
! isms: DOC-001: approved documents are not deleted; retire it (--status retired)
[1]
$ isms doc set DOC-001 --status retired && isms doc rm DOC-001 && isms doc show DOC-001
! isms: DOC-001: no such document
[2]
$ isms doc set DOC-002 --status approved
! isms: DOC-002: document status approved comes from isms doc approve and cannot be set by hand
[2]
$ isms doc set DOC-002 --retention forever
! isms: DOC-002: retention 'forever' is neither a number of months nor permanent
[2]
$ isms doc export --format md | grep -e '^| Required documents' -e '^| DOC-002' | cut -c1-60
| Required documents | 19 missing, 16 pending a SoA decision
| DOC-002 | Asset inventory | document | register | Dana Own
