$ isms init 2>/dev/null
$ isms clause list
ID     TITLE                                                                  DONE  STATUS       OWNER  DUE
4      Context of the organization                                            0/4   not started
4.1      Understanding the organization and its context                             not started
4.2      Understanding the needs and expectations of interested parties             not started
4.3      Determining the scope of the information security management system        not started
4.4      Information security management system                                     not started
5      Leadership                                                             0/3   not started
5.1      Leadership and commitment                                                  not started
5.2      Policy                                                                     not started
5.3      Organizational roles, responsibilities and authorities                     not started
6      Planning                                                               0/5   not started
6.1      Actions to address risks and opportunities                           0/3   not started
6.1.1      General                                                                  not started
6.1.2      Information security risk assessment                                     not started
6.1.3      Information security risk treatment                                      not started
6.2      Information security objectives and planning to achieve them               not started
6.3      Planning of changes                                                        not started
7      Support                                                                0/7   not started
7.1      Resources                                                                  not started
7.2      Competence                                                                 not started
7.3      Awareness                                                                  not started
7.4      Communication                                                              not started
7.5      Documented information                                               0/3   not started
7.5.1      General                                                                  not started
7.5.2      Creating and updating                                                    not started
7.5.3      Control of documented information                                        not started
8      Operation                                                              0/3   not started
8.1      Operational planning and control                                           not started
8.2      Information security risk assessment                                       not started
8.3      Information security risk treatment                                        not started
9      Performance evaluation                                                 0/6   not started
9.1      Monitoring, measurement, analysis and evaluation                           not started
9.2      Internal audit                                                       0/2   not started
9.2.1      General                                                                  not started
9.2.2      Internal audit programme                                                 not started
9.3      Management review                                                    0/3   not started
9.3.1      General                                                                  not started
9.3.2      Management review inputs                                                 not started
9.3.3      Management review results                                                not started
10     Improvement                                                            0/2   not started
10.1     Continual improvement                                                      not started
10.2     Nonconformity and corrective action                                        not started
$ isms clause list --format csv | head -4
id,parent,title,status,owner,due,notes,evidence
4,,Context of the organization,not-started,,,,
4.1,4,Understanding the organization and its context,not-started,,,,
4.2,4,Understanding the needs and expectations of interested parties,not-started,,,,
$ isms clause set 6.1.2 --status "in progress" --owner Dana --due 2027-01-31 --note "Method agreed with the board"
$ isms clause show 6.1.2
Clause:    6.1.2
Title:     Information security risk assessment
Parent:    6.1
Summary:   Define and apply a risk method: criteria for acceptance, how to find risks and their owners, and how to rate likelihood and impact to rank them.
Status:    in progress
Owner:     Dana
Due:       2027-01-31
Notes:     Method agreed with the board
Evidence:
Documents: D-03 6.1.2 Information security risk assessment process: missing
Revision:  2, <time> by <user>
$ isms clause show 7.5
Clause:    7.5
Title:     Documented information
Parent:    7
Summary:   Keep the documents and records the ISMS needs, created properly and controlled so they stay current, available and protected.
Status:    not started
Owner:
Due:
Notes:
Evidence:
Documents: D-09 7.5.1 b Documented information determined by the organization as necessary for ISMS effectiveness: missing
Revision:  1, <time> by <user>
$ isms clause set 6.1.2 --due 31/01/2027
! isms: 6.1.2: due date '31/01/2027' is not a calendar date (YYYY-MM-DD)
[2]
$ isms clause set 6.1.2 --status finished
! isms: 6.1.2: unknown clause status 'finished' (use not-started, in-progress, implemented or verified)
[2]
$ isms clause set 6.1.2 --due ""
$ isms clause list --format csv | grep '^6.1.2,'
6.1.2,6.1,Information security risk assessment,in-progress,Dana,,Method agreed with the board,
$ isms clause set 11 --owner x
! isms: 11: no such clause
[2]
$ isms clause show
! isms: clause show: missing operand (usage: isms clause show ID)
! Try 'isms --help' or 'man isms'.
[2]
$ isms clause set 6.1.2
! isms: clause set: nothing to change (give at least one of --status, --owner, --due, --note or --evidence)
! Try 'isms --help' or 'man isms'.
[2]
$ isms history --format csv --limit 3
seq,when,who,entity,key,field,old,new
8,<time>,<user>,clause,6.1.2,due,2027-01-31,
7,<time>,<user>,clause,6.1.2,notes,,Method agreed with the board
6,<time>,<user>,clause,6.1.2,due,,2027-01-31
