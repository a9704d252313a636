# The required documents end to end: a new database misses every one of
# clauses 4-10 (exit 1); approved documents satisfying them leave none
# (exit 0); a control marked applicable brings its own back, excluding it
# takes it away again.
$ isms init 2>/dev/null && isms person add "Alice Smith" --login alice >/dev/null && isms person add "Dana Owner" --login dana >/dev/null
$ isms doc missing >/dev/null
[1]
$ isms doc missing --format csv | cut -d, -f1,2 | tr '\n' ' '
id,requirement D-01,4.3 D-02,5.2 D-03,6.1.2 D-04,6.1.3 D-05,6.1.3 D-06,6.1.3 D-07,6.2 D-08,7.2 D-09,7.5.1 D-10,8.1 D-11,8.2 D-12,8.3 D-13,9.1 D-14,9.2.2 D-15,9.2.2 D-16,9.3.3 D-17,10.2 D-18,10.2 
$ for i in $(seq -w 1 18); do isms doc add "Doc $i" --owner dana --approver alice >/dev/null && isms doc link DOC-0$i --satisfies D-$i && isms doc approve DOC-0$i || break; done
$ isms doc missing
$ isms doc missing --pending | grep -c 'pending SoA decision'
17
$ isms soa set A.5.1 --applicable yes && isms doc missing --format csv
id,requirement,item,kind,name,applicable,status,documents
D-19,A.5.1,,control-document,Information security policy and topic-specific policies,yes,missing,
[1]
$ isms doc add "Topic policies" --owner dana >/dev/null && isms doc link DOC-019 --satisfies D-19 && isms doc approve DOC-019 --by alice && isms doc missing
$ isms soa set A.5.9 --applicable yes && isms doc missing --format csv | cut -d, -f1,7
id,status
D-21,missing
$ isms doc missing >/dev/null
[1]
$ isms soa set A.5.9 --applicable no --justification "We hold no assets" && isms doc missing
$ isms doc missing --all --format csv | grep -e ^D-21 -e ^D-20 | cut -d, -f1,6,7
D-20,undecided,pending-soa-decision
D-21,no,not-required
