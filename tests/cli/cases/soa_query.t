# isms soa list: the views the SoA table of the TUI shows, on the command line
$ isms init --org "Acme Ltd"
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ isms soa set A.5.1 --applicable yes --reasons BR --status implemented --owner CISO
$ isms soa set A.5.2 --applicable yes --reasons LR --status planned --owner CISO
$ isms soa set A.5.3 --applicable yes --reasons LR --status partial --owner "HR lead"
$ isms soa set A.6.1 --applicable yes --reasons LR,CO --status implemented --owner "HR lead"
$ isms soa set A.7.1 --applicable no --justification "Fully remote; no premises of our own"
$ isms risk add "Phishing leads to account takeover" --owner CISO
R-001
$ isms risk link R-001 --control A.5.3 --control A.8.5
# a theme by its id, its title or its section number, in any case
$ isms soa list --theme 6 | wc -l
9
$ isms soa list --theme A.7 --search perimeter
ID     TITLE                         APPLICABLE  REASONS  RISKS  STATUS    OWNER
A.7.1  Physical security perimeters  no                   0      excluded
$ isms soa list --theme "people CONTROLS" --format csv | head -2
control,title,theme,applicable,reasons,justification,status,how,evidence,owner,risks,reviewed
A.6.1,Screening,People,yes,LR CO,,implemented,,,HR lead,0,
# by the stored reasons, then RA from the risk register; ties in catalog order
$ isms soa list --sort reasons --reverse | head -7
ID      TITLE                                                                                             APPLICABLE  REASONS  RISKS  STATUS       OWNER
A.6.1   Screening                                                                                         yes         LR CO    0      implemented  HR lead
A.5.3   Segregation of duties                                                                             yes         LR RA    1      partial      HR lead
A.5.2   Information security roles and responsibilities                                                   yes         LR       0      planned      CISO
A.5.1   Policies for information security                                                                 yes         BR       0      implemented  CISO
A.8.5   Secure authentication                                                                             undecided   RA       1      not started
A.5.4   Management responsibilities                                                                       undecided            0      not started
$ isms soa list --applicable yes --sort status
ID     TITLE                                            APPLICABLE  REASONS  RISKS  STATUS       OWNER
A.5.2  Information security roles and responsibilities  yes         LR       0      planned      CISO
A.5.3  Segregation of duties                            yes         LR RA    1      partial      HR lead
A.5.1  Policies for information security                yes         BR       0      implemented  CISO
A.6.1  Screening                                        yes         LR CO    0      implemented  HR lead
$ isms soa list --sort owner --reverse --theme organizational | head -4
ID      TITLE                                                                                             APPLICABLE  REASONS  RISKS  STATUS       OWNER
A.5.3   Segregation of duties                                                                             yes         LR RA    1      partial      HR lead
A.5.1   Policies for information security                                                                 yes         BR       0      implemented  CISO
A.5.2   Information security roles and responsibilities                                                   yes         LR       0      planned      CISO
$ isms soa list --sort id --reverse | head -3
ID      TITLE                                                                                             APPLICABLE  REASONS  RISKS  STATUS       OWNER
A.8.34  Protection of information systems during audit testing                                            undecided            0      not started
A.8.33  Test information                                                                                  undecided            0      not started
# the search covers id, title, owner, justification, how and evidence
$ isms soa list --search REMOTE
ID     TITLE                         APPLICABLE  REASONS  RISKS  STATUS       OWNER
A.6.7  Remote working                undecided            0      not started
A.7.1  Physical security perimeters  no                   0      excluded
$ isms soa list --search "hr lead" --format csv | cut -d, -f1,10
control,owner
A.5.3,HR lead
A.6.1,HR lead
# an attribute value with its set, spaces for underscores, any case
$ isms soa list --attribute 'Operational capabilities: asset management' --theme 8
ID      TITLE                                            APPLICABLE  REASONS  RISKS  STATUS       OWNER
A.8.1   User end point devices                           undecided            0      not started
A.8.14  Redundancy of information processing facilities  undecided            0      not started
$ isms soa list --attribute detective --format csv | tail -n +2 | wc -l
13
# what is refused names the choices
$ isms soa list --theme 9
! isms: 9: unknown theme (use Organizational, People, Physical, Technological)
[2]
$ isms soa list --attribute 'Cybersecurity concepts:Detective'
! isms: Cybersecurity concepts:Detective: unknown control attribute (use Cybersecurity concepts: Identify, Protect, Detect, Respond, Recover)
[2]
$ isms soa list --attribute Telepathic
! isms: Telepathic: unknown control attribute (use Control type: Preventive, Detective, Corrective; Information security properties: Confidentiality, Integrity, Availability; Cybersecurity concepts: Identify, Protect, Detect, Respond, Recover; Operational capabilities: Governance, Asset_management, Information_protection, Human_resource_security, Physical_security, System_and_network_security, Application_security, Secure_configuration, Identity_and_access_management, Threat_and_vulnerability_management, Continuity, Supplier_relationships_security, Legal_and_compliance, Information_security_event_management, Information_security_assurance; Security domains: Governance_and_Ecosystem, Protection, Defence, Resilience)
[2]
$ isms soa list A.5.1
! isms: soa list: too many operands (usage: isms soa list [OPTION]...)
! Try 'isms --help' or 'man isms'.
[2]
# several --attribute values combine: controls with all of them
$ isms soa list --attribute detective --format csv | tail -n +2 | wc -l; isms soa list --attribute detective --attribute 'Security domains:Defence' --format csv | tail -n +2 | wc -l; isms soa list --attribute 'Security domains:Defence' --attribute detective --format csv | tail -n +2 | wc -l
13
9
9
$ isms soa list -A preventive -A detective -A corrective | cut -c1-8
ID     T
A.5.7  T
A.8.7  P
$ isms soa list -A protect -A detect -A respond -A recover -A identify
! isms: identify: at most 4 control attributes at once
[2]
