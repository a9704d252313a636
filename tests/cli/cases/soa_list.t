# isms soa list: the SoA narrowed and ordered
$ isms init --org "Acme Ltd"
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ isms soa set A.8.16 --applicable yes --status implemented --owner "SOC team"
$ isms soa set A.8.15 --applicable yes --status partial --owner "ops"
$ isms soa set A.5.7 --applicable no --justification "Covered by the group CERT"
# ISO/IEC 27002 attributes, with or without # and set name, any case
$ isms soa list --attribute detective | wc -l
14
$ isms soa list --attribute '#Detective' --applicable yes
ID      TITLE                  APPLICABLE  REASONS  RISKS  STATUS       OWNER
A.8.15  Logging                yes                  0      partial      ops
A.8.16  Monitoring activities  yes                  0      implemented  SOC team
$ isms soa list --attribute 'Security domains:Defence' --search monitor
ID      TITLE                                                          APPLICABLE  REASONS  RISKS  STATUS       OWNER
A.5.22  Monitoring, review and change management of supplier services  undecided            0      not started
A.7.4   Physical security monitoring                                   undecided            0      not started
A.8.16  Monitoring activities                                          yes                  0      implemented  SOC team
$ isms soa list --status implemented --applicable yes
ID      TITLE                  APPLICABLE  REASONS  RISKS  STATUS       OWNER
A.8.16  Monitoring activities  yes                  0      implemented  SOC team
$ isms soa list --applicable no --format csv
control,title,theme,applicable,reasons,justification,status,how,evidence,owner,risks,reviewed
A.5.7,Threat intelligence,Organizational,no,,Covered by the group CERT,excluded,,,,0,
$ isms soa list --theme technological --sort owner --reverse | head -4
ID      TITLE                                                        APPLICABLE  REASONS  RISKS  STATUS       OWNER
A.8.16  Monitoring activities                                        yes                  0      implemented  SOC team
A.8.15  Logging                                                      yes                  0      partial      ops
A.8.1   User end point devices                                       undecided            0      not started
$ isms soa list --search CERT
ID     TITLE                APPLICABLE  REASONS  RISKS  STATUS    OWNER
A.5.7  Threat intelligence  no                   0      excluded
# what is refused, naming the choices
$ isms soa list --attribute Telepathic
! isms: Telepathic: unknown control attribute (use Control type: Preventive, Detective, Corrective; Information security properties: Confidentiality, Integrity, Availability; Cybersecurity concepts: Identify, Protect, Detect, Respond, Recover; Operational capabilities: Governance, Asset_management, Information_protection, Human_resource_security, Physical_security, System_and_network_security, Application_security, Secure_configuration, Identity_and_access_management, Threat_and_vulnerability_management, Continuity, Supplier_relationships_security, Legal_and_compliance, Information_security_event_management, Information_security_assurance; Security domains: Governance_and_Ecosystem, Protection, Defence, Resilience)
[2]
$ isms soa list --status done
! isms: done: unknown implementation status (use not-started, planned, partial or implemented)
[2]
$ isms soa list --applicable maybe
! isms: maybe: unknown applicability (use yes, no or undecided)
[2]
$ isms soa list --sort colour
! isms: soa list: --sort colour: unknown column to sort by (use control, title, theme, applicable, reasons, status, owner, reviewed, risks)
! Try 'isms --help' or 'man isms'.
[2]
