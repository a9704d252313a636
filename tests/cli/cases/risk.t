# the risk register: scores, levels, links, acceptance, treatment
$ isms init --org "Acme Ltd" --matrix 4x4
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 4x4)
$ isms matrix show | grep -v '^$'
4x4 risk matrix (Low/Medium/High/Critical) (4x4, version 1)
Acceptance criterion: risks up to Medium may be accepted by their owner; higher ones are treated or accepted explicitly.
Likelihood
VALUE  ABBREV  NAME            CRITERIA
1      U       Unlikely        Less than once in 10 years; would need an unusual combination of events.
2      P       Possible        About once in 3 to 10 years; has happened at comparable organizations.
3      L       Likely          About once in 1 to 3 years; has happened here before.
4      AC      Almost certain  Once a year or more often; expected to occur.
Impact
VALUE  ABBREV  NAME      CRITERIA
1      Mi      Minor     Loss below 10,000 EUR; outage under 4 hours; no external party notices.
2      Mo      Moderate  Loss 10,000 to 100,000 EUR; outage up to 1 day; a few customers affected or complain.
3      Ma      Major     Loss 100,000 to 1 million EUR; outage up to 1 week; local press, regulator notification or contract penalties.
4      S       Severe    Loss above 1 million EUR; outage over 1 week; national press, fines or litigation, loss of key customers.
Risk levels
LEVEL     NAME      COLOUR   REVIEW          ACCEPTABLE
low       Low       green    every 365 days  yes
medium    Medium    yellow   every 180 days  yes
high      High      red      every 90 days   no
critical  Critical  magenta  every 30 days   no
Grid
LIKELIHOOD \ IMPACT  Minor   Moderate  Major     Severe
4 Almost certain     Medium  High      Critical  Critical
3 Likely             Medium  High      High      Critical
2 Possible           Low     Medium    High      High
1 Unlikely           Low     Low       Medium    Medium

Likelihood
VALUE  ABBREV  NAME            CRITERIA
1      U       Unlikely        Less than once in 10 years; would need an unusual combination of events.
2      P       Possible        About once in 3 to 10 years; has happened at comparable organizations.
3      L       Likely          About once in 1 to 3 years; has happened here before.
4      AC      Almost certain  Once a year or more often; expected to occur.

Impact
VALUE  ABBREV  NAME      CRITERIA
1      Mi      Minor     Loss below 10,000 EUR; outage under 4 hours; no external party notices.
2      Mo      Moderate  Loss 10,000 to 100,000 EUR; outage up to 1 day; a few customers affected or complain.
3      Ma      Major     Loss 100,000 to 1 million EUR; outage up to 1 week; local press, regulator notification or contract penalties.
4      S       Severe    Loss above 1 million EUR; outage over 1 week; national press, fines or litigation, loss of key customers.

Risk levels
LEVEL     NAME      COLOUR   REVIEW          ACCEPTABLE
low       Low       green    every 365 days  yes
medium    Medium    yellow   every 180 days  yes
high      High      red      every 90 days   no
critical  Critical  magenta  every 30 days   no

Grid
LIKELIHOOD \ IMPACT  Minor   Moderate  Major     Severe
4 Almost certain     Medium  High      Critical  Critical
3 Likely             Medium  High      High      Critical
2 Possible           Low     Medium    High      High
1 Unlikely           Low     Low       Medium    Medium

Likelihood
VALUE  ABBREV  NAME            CRITERIA
1      U       Unlikely        Less than once in 10 years; would need an unusual combination of events.
2      P       Possible        About once in 3 to 10 years; has happened at comparable organizations.
3      L       Likely          About once in 1 to 3 years; has happened here before.
4      AC      Almost certain  Once a year or more often; expected to occur.

Impact
VALUE  ABBREV  NAME      CRITERIA
1      Mi      Minor     Loss below 10,000 EUR; outage under 4 hours; no external party notices.
2      Mo      Moderate  Loss 10,000 to 100,000 EUR; outage up to 1 day; a few customers affected or complain.
3      Ma      Major     Loss 100,000 to 1 million EUR; outage up to 1 week; local press, regulator notification or contract penalties.
4      S       Severe    Loss above 1 million EUR; outage over 1 week; national press, fines or litigation, loss of key customers.

Risk levels
LEVEL     NAME      COLOUR   REVIEW          ACCEPTABLE
low       Low       green    every 365 days  yes
medium    Medium    yellow   every 180 days  yes
high      High      red      every 90 days   no
critical  Critical  magenta  every 30 days   no

Grid
LIKELIHOOD \ IMPACT  Minor   Moderate  Major     Severe
4 Almost certain     Medium  High      Critical  Critical
3 Likely             Medium  High      High      Critical
2 Possible           Low     Medium    High      High
1 Unlikely           Low     Low       Medium    Medium
$ isms asset add "Customer database" --type information --owner "Head of IT" --confidentiality 5 --integrity 4 --availability 3
1
$ isms asset add "Ransomware" --type tornado
! isms: Ransomware: unknown asset type 'tornado' (use information, software, hardware, service, people, site, supplier or other)
[2]
$ isms asset add "Payroll" --type service --confidentiality 7
! isms: Payroll: confidentiality must be 1 to 5 (or empty), not '7'
[2]
$ isms risk add "Ransomware encrypts the file servers" --owner CIO --likelihood 3 --impact 4 --treatment mitigate --residual-likelihood 2 --residual-impact 4 --identified 2026-01-10 --review 2027-06-30
R-001
! isms: warning: R-001: residual risk High is above the acceptance criterion (up to Medium) and not accepted: treat it further, or have its owner accept it (isms risk accept R-001 --by NAME)
$ isms risk add "Laptop lost on a train" --likelihood L --impact Moderate --owner "IT lead"
R-002
# without --review, the next review follows the level's interval (High: 90 days)
$ test "$(isms risk show R-002 | awk '/^Next review/ { print $3 }')" = "$(date -d '+90 days' +%F)" && echo review-from-level
review-from-level
$ isms risk set R-002 --review 2027-05-31
$ isms risk add "Guest Wi-Fi open" --likelihood H
! isms: new risk: H: not a likelihood on this matrix (use 1 Unlikely, 2 Possible, 3 Likely, 4 Almost certain)
[2]
$ isms risk add "Payroll outage" --likelihood 9
! isms: new risk: 9: not a likelihood on this matrix (use 1 Unlikely, 2 Possible, 3 Likely, 4 Almost certain)
[2]
$ isms risk add ""
! isms: new risk: a risk needs a statement
[2]
# linked controls feed the SoA: reason RA and the risk id on A.8.8
$ isms risk link R-001 --asset "customer database" --control A.8.8 --control a.8.13
$ isms soa export | grep -a '^A\.8\.8,'
A.8.8,Management of technical vulnerabilities,Technological,undecided,RA,,not started,,,,R-001,
$ isms soa show A.8.8 | grep -a -e Reasons -e Risks
Reasons:         RA
# a link that fails leaves nothing half done
$ isms risk link R-002 --control A.8.1 --control A.99.1
! isms: A.99.1: no such Annex A control
[2]
$ isms risk show R-002 | grep -a Controls
Controls:
$ isms risk list
REF    STATEMENT                             OWNER    INHERENT  RESIDUAL  TREATMENT  STATUS  REVIEW      FLAGS
R-001  Ransomware encrypts the file servers  CIO      Critical  High      mitigate   open    2027-06-30  above-appetite
R-002  Laptop lost on a train                IT lead  High      -         -          open    2027-05-31  above-appetite
$ isms risk list --above
REF    STATEMENT                             OWNER    INHERENT  RESIDUAL  TREATMENT  STATUS  REVIEW      FLAGS
R-001  Ransomware encrypts the file servers  CIO      Critical  High      mitigate   open    2027-06-30  above-appetite
R-002  Laptop lost on a train                IT lead  High      -         -          open    2027-05-31  above-appetite
$ isms risk list --format csv | head -2
Risk,Statement,Threat,Vulnerability,Assets,Owner,Identified,Inherent level,Current level,Treatment,Controls,Residual level,Status,Next review,Accepted by,Accepted at,Accepted until,Acceptance,Flags,Description
R-001,Ransomware encrypts the file servers,,,Customer database,CIO,2026-01-10,Critical (L3 I4),,mitigate,"A.8.8,A.8.13",High (L2 I4),open,2027-06-30,,,,,above-appetite,
# acceptance turns stale when the residual score changes afterwards
$ isms risk accept R-001 --by CIO --until 2099-12-31 --note "Backups tested monthly"
$ isms risk list --flagged
REF    STATEMENT               OWNER    INHERENT  RESIDUAL  TREATMENT  STATUS  REVIEW      FLAGS
R-002  Laptop lost on a train  IT lead  High      -         -          open    2027-05-31  above-appetite
$ isms risk set R-001 --residual-likelihood 3
! isms: warning: R-001: residual risk Critical is above the acceptance criterion (up to Medium) and its acceptance is stale: treat it further, or have its owner accept it (isms risk accept R-001 --by NAME)
$ isms risk list --stale
REF    STATEMENT                             OWNER  INHERENT  RESIDUAL  TREATMENT  STATUS  REVIEW      FLAGS
R-001  Ransomware encrypts the file servers  CIO    Critical  Critical  mitigate   open    2027-06-30  above-appetite accepted-stale
$ isms risk show R-001 | grep -a -e Acceptance -e Flags -e Residual
Residual:      Critical (L3 I4)
Acceptance:    stale by CIO on <today>, until 2099-12-31
Flags:         above-appetite accepted-stale
$ isms risk accept R-002 --by "IT lead"
! isms: R-002: score the residual risk first (--residual-likelihood, --residual-impact); that is what is accepted
[2]
$ isms risk accept R-001 --by CIO --until 2001-01-01
! isms: R-001: --until '2001-01-01' must be a date (YYYY-MM-DD) from today on
[2]
$ isms risk accept R-001
! isms: risk accept: say who accepts it with --by NAME (normally the risk owner)
! Try 'isms --help' or 'man isms'.
[2]
# the treatment plan; a control link that actions name is kept unless forced
$ isms risk action add R-001 "Offline, tested backups" --control A.8.13 --owner Ops --due 2027-03-31
1
$ isms risk action add R-001 "Patch within 14 days" --control A.8.99
! isms: R-001: A.8.99: no such Annex A control
[2]
$ isms risk action set 1 --status done --done 2027-02-01
$ isms risk action list
ACTION  RISK   WHAT                     CONTROL  OWNER  DUE         STATUS  DONE        FLAGS
1       R-001  Offline, tested backups  A.8.13   Ops    2027-03-31  done    2027-02-01
$ isms risk link R-001 --remove --control A.8.13
! isms: R-001: 1 treatment action of this risk name A.8.13 (see 'isms risk action list R-001'); unlink with --force to keep them anyway
[1]
$ isms risk link R-001 --remove --control A.8.13 --force
# an asset that risks name is not deleted silently
$ isms asset rm 1
! isms: Customer database: asset 1 is used by risk R-001; unlink it first or delete with --force
[1]
$ isms asset list
ID  NAME               TYPE         OWNER       LOCATION  CLASS  C  I  A  RISKS
1   Customer database  information  Head of IT                   5  4  3  1
$ isms risk list --level high --sort residual --reverse
REF    STATEMENT               OWNER    INHERENT  RESIDUAL  TREATMENT  STATUS  REVIEW      FLAGS
R-002  Laptop lost on a train  IT lead  High      -         -          open    2027-05-31  above-appetite
$ isms risk list --search RANSOM | cut -c1-12
REF    STATE
R-001  Ranso
$ isms risk list --search '100%' | cut -c1-12
REF  STATEME
$ isms risk list --level purple
! isms: purple: no such risk level (use low, medium, high, critical)
[2]
$ isms risk list --sort colour
! isms: risk list: --sort colour: unknown column to sort by (use ref, statement, owner, inherent, residual, treatment, status, review, current)
! Try 'isms --help' or 'man isms'.
[2]
$ isms risk rm R-002
$ isms risk show R-002
! isms: R-002: no such risk
[2]
# a deletion records every value of the risk and what went with it
$ isms history --format csv | awk -F, '$5 == "R-002" && $6 != "next_review"' | cut -d, -f1,4- | sort -n
18,risk,R-002,created,,Laptop lost on a train
19,risk,R-002,owner,,IT lead
20,risk,R-002,inherent_likelihood,,3
21,risk,R-002,inherent_impact,,2
22,risk,R-002,identified,,<today>
39,risk,R-002,ref,R-002,
40,risk,R-002,statement,Laptop lost on a train,
41,risk,R-002,owner,IT lead,
42,risk,R-002,identified,<today>,
43,risk,R-002,matrix_id,4x4,
44,risk,R-002,matrix_version,1,
45,risk,R-002,inherent_likelihood,3,
46,risk,R-002,inherent_impact,2,
47,risk,R-002,status,open,
49,risk,R-002,deleted,R-002,
# changing the matrix of a populated ISMS: refused until every score in
# use has a place, then every score re-mapped and recorded
$ isms matrix set 3x3
! isms: 3x3 has 3 likelihood and 3 impact values; these scores in use need a --map: impact 4 (2 scores); nothing was changed
[2]
$ isms matrix set 3x3 --map likelihood:4=3 --map impact:4=3
! isms: now scoring with 3x3; 1 risk re-mapped
$ isms risk show R-001 | grep -a -e Inherent -e Residual
Inherent:      High (L3 I3)
Residual:      High (L3 I3)
$ isms matrix set 3x3 --map colour:1=2
! isms: 3x3: the ISMS already scores with this matrix
[2]
$ isms matrix set 9x9
! isms: 9x9: no such risk-matrix catalog (available: 3x3, 4x4, 5x5)
[2]
$ isms history --format csv --limit 6 | cut -d, -f1,4-
seq,entity,key,field,old,new
53,isms,isms,matrix map,,likelihood:4=3 impact:4=3
52,isms,isms,matrix,4x4,3x3
51,risk,R-001,residual_impact,4,3
50,risk,R-001,inherent_impact,4,3
49,risk,R-002,deleted,R-002,
48,risk,R-002,next_review,2027-05-31,
# exports of the register and the treatment plan
$ isms risk export --format md | grep -a -e '^## ' -e '^| R-001' | sed 's/^#/=/'
=# Method
=# Inherent heat map
=# Residual heat map
=# Register
| R-001 | Ransomware encrypts the file servers |  |  | Customer database | CIO | 2026-01-10 | High (L3 I3) |  | mitigate | A.8.8 | High (L3 I3) | open | 2027-06-30 | CIO | <time> | 2099-12-31 | stale | above-appetite accepted-stale |  |
=# Treatment plan
| R-001 | 1 | Offline, tested backups | A.8.13 | Ops | 2027-03-31 | done | 2027-02-01 |
$ isms treatment export | head -3
Risk,Action,What,Control,Owner,Due,Status,Done
R-001,1,"Offline, tested backups",A.8.13,Ops,2027-03-31,done,2027-02-01
#needs: xlsx
$ isms risk export --format xlsx -o risks.xlsx && unzip -p risks.xlsx xl/workbook.xml | grep -o 'sheet name="[^"]*"'
sheet name="Cover"
sheet name="Method"
sheet name="Inherent heat map"
sheet name="Residual heat map"
sheet name="Register"
sheet name="Treatment plan"
! isms: wrote risks.xlsx
#needs: xlsx
$ isms risk export --format xlsx
! isms: risk export: xlsx is a binary format: name a file with -o FILE
! Try 'isms --help' or 'man isms'.
[2]
# a revocation ends an acceptance (stale, expired or valid) as a history
# event of its own; the acceptance stays on record as it was
$ isms risk accept R-001 --revoke --until 2099-01-01
! isms: risk accept: --revoke ends the acceptance; leave out --until
! Try 'isms --help' or 'man isms'.
[2]
$ isms risk accept R-001 --revoke --by CISO --note "Backups no longer tested"
$ isms risk show R-001 | grep -a -e Acceptance -e Flags
Acceptance:    none
Flags:         above-appetite
$ isms history --limit 3 | cut -c1-3,27- | sed 's/ *$//'
SEQ WHO   ENTITY  KEY    FIELD                  OLD  NEW
56  <user>  risk    R-001  revocation note        -    Backups no longer tested
55  <user>  risk    R-001  acceptance revoked by  -    CISO
54  <user>  risk    R-001  accepted               CIO  -
$ sqlite3 isms.db "SELECT accepted_by, ifnull(until, '-'), note, basis = 'revoked' FROM risk_acceptance ORDER BY id"
CIO|2099-12-31|Backups tested monthly|0
CISO|-|Backups no longer tested|1
$ isms risk accept R-001 --revoke
! isms: R-001: no acceptance to revoke (isms risk show R-001)
[2]
$ isms risk list --stale; isms verify | cut -d: -f1
REF  STATEMENT  OWNER  INHERENT  RESIDUAL  TREATMENT  STATUS  REVIEW  FLAGS
intact
$ isms risk accept R-001 --by CIO && isms risk show R-001 | grep -a Acceptance
Acceptance:    accepted by CIO on <today>
# an action past its due date and still planned or in progress is flagged
# on its risk and in the plan, in words
$ isms risk action add R-001 "Restore test" --due 2026-10-31 && isms risk action add R-001 "Offsite copy" --due 2026-10-01 --status cancelled
2
3
$ ISMS_TODAY=2026-11-02 isms risk list --action-overdue | awk '{ print $1, $NF }'
REF FLAGS
R-001 action-overdue
$ ISMS_TODAY=2026-11-02 isms risk action list R-001 | cut -c1-8,30-
ACTION             CONTROL  OWNER  DUE         STATUS     DONE        FLAGS
1       d backups  A.8.13   Ops    2027-03-31  done       2027-02-01
2                                  2026-10-31  planned                overdue
3                                  2026-10-01  cancelled
$ ISMS_TODAY=2026-10-30 isms risk list --action-overdue | wc -l
1
$ isms risk action set 2 --status done --done 2026-11-01 && ISMS_TODAY=2026-11-02 isms risk show R-001 | grep Flags
Flags:
# an action is deleted (risk action rm), the deletion in the history
$ isms risk action rm 3 && isms risk action list R-001 | awk '{ print $1 }'; isms history --limit 1 | awk '{ print $4, $5, $6 }'
ACTION
1
2
ENTITY KEY FIELD
action 3 deleted
$ isms risk action rm 3
! isms: action 3: no such action
[2]
# treatment options in the everyday words; the stored ISO/IEC 27005 names
# (modify, retain, share) are accepted as well
$ for t in retain share modify avoid; do isms risk set R-001 --treatment $t 2>/dev/null && isms risk show R-001 | grep Treatment; done
Treatment:     accept
Treatment:     transfer
Treatment:     mitigate
Treatment:     avoid
$ isms risk set R-001 --treatment tolerate
! isms: R-001: unknown treatment option 'tolerate' (use mitigate, accept, avoid or transfer)
[2]
# a risk linked to a control the SoA excludes is allowed, but flagged
$ isms --db excl.db init 2>/dev/null && isms --db excl.db risk add "Break-in" --owner Ops --likelihood 2 --impact 2 && isms --db excl.db risk link R-001 --control A.7.4
R-001
$ isms --db excl.db soa set A.7.4 --applicable no --justification "No premises" && isms --db excl.db risk show R-001 | grep Flags
Flags:         excluded-control
$ isms --db excl.db soa set A.7.4 --applicable yes && isms --db excl.db risk show R-001 | grep Flags
Flags:
