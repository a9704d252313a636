$ isms init 2>/dev/null
$ isms soa list --theme people
ID     TITLE                                                       APPLICABLE  REASONS  RISKS  STATUS       OWNER
A.6.1  Screening                                                   undecided            0      not started
A.6.2  Terms and conditions of employment                          undecided            0      not started
A.6.3  Information security awareness, education and training      undecided            0      not started
A.6.4  Disciplinary process                                        undecided            0      not started
A.6.5  Responsibilities after termination or change of employment  undecided            0      not started
A.6.6  Confidentiality or non-disclosure agreements                undecided            0      not started
A.6.7  Remote working                                              undecided            0      not started
A.6.8  Information security event reporting                        undecided            0      not started
$ isms soa list --theme Physical --format csv | head -3
control,title,theme,applicable,reasons,justification,status,how,evidence,owner,risks,reviewed
A.7.1,Physical security perimeters,Physical,undecided,,,not-started,,,,0,
A.7.2,Physical entry,Physical,undecided,,,not-started,,,,0,

# exclusion needs a justification; nothing changes without one
$ isms soa set A.5.7 --applicable no
! isms: A.5.7: a justification is required when a control is not applicable
[2]
$ isms soa list --format csv | grep '^A.5.7,'
A.5.7,Threat intelligence,Organizational,undecided,,,not-started,,,,0,
$ isms soa set A.5.7 --applicable no --justification "No threat intelligence team; covered by the MSSP contract"
$ isms soa list --format csv | grep '^A.5.7,'
A.5.7,Threat intelligence,Organizational,no,,No threat intelligence team; covered by the MSSP contract,excluded,,,,0,
$ isms history --limit 2
SEQ  WHEN                  WHO   ENTITY  KEY    FIELD          OLD          NEW
6    <time>  <user>  soa     A.5.7  status         not started  excluded
5    <time>  <user>  soa     A.5.7  justification               No threat intelligence team; covered by the MSSP contract

# reasons: RA is derived, others are a closed list, stored in order
$ isms soa set A.8.8 --reasons RA
! isms: A.8.8: reason for inclusion RA comes from linked risks and cannot be set by hand
[2]
$ isms soa set A.8.8 --reasons LR,XX
! isms: A.8.8: unknown reason for inclusion 'XX' (use LR, CO, BR or BP)
[2]
$ isms soa set A.8.8 --reasons "bp lr" --status partial --owner ops --how "Monthly patching; critical fixes in 72h" --reviewed 2026-11-01
$ isms soa show A.8.8
Control:         A.8.8
Title:           Management of technical vulnerabilities
Theme:           Technological
Summary:         Scan systems, follow vendor advisories and patch or work around security flaws within deadlines set by their severity.
Applicable:      undecided
Reasons:         LR BP
Justification:
Status:          partial
How implemented: Monthly patching; critical fixes in 72h
Evidence:
Owner:           ops
Linked risks:
Last review:     2026-11-01
Documents:
Attributes:      Control type: Preventive
                 Information security properties: Confidentiality, Integrity, Availability
                 Cybersecurity concepts: Identify, Protect
                 Operational capabilities: Threat_and_vulnerability_management
                 Security domains: Governance_and_Ecosystem, Protection, Defence
Revision:        2, <time> by <user>
$ isms soa set A.8.8 --status done
! isms: A.8.8: unknown implementation status 'done' (use not-started, planned, partial or implemented)
[2]
$ isms soa set A.8.8 --reviewed 2026-02-30
! isms: A.8.8: last review '2026-02-30' is not a calendar date (YYYY-MM-DD)
[2]
$ isms soa set A.8.8 --owner "$(printf 'evil\033[2J')"
! isms: A.8.8: owner: U+001B (escape) is not allowed
[2]
$ isms soa set A.9.1 --owner x
! isms: A.9.1: no such Annex A control
[2]
$ isms soa show A.9.1
! isms: A.9.1: no such Annex A control
[2]
$ isms soa list --theme legal
! isms: legal: unknown theme (use Organizational, People, Physical, Technological)
[2]
$ isms soa list --format xml
! isms: soa list: --format: unknown format 'xml' (use text or csv)
! Try 'isms --help' or 'man isms'.
[2]

# formula injection is escaped in CSV
$ isms soa set A.5.1 --evidence "=HYPERLINK(\"http://x\")" && isms soa list --format csv | grep '^A.5.1,'
A.5.1,Policies for information security,Organizational,undecided,,,not-started,,"'=HYPERLINK(""http://x"")",,0,

# a stale revision is a conflict: exit 1, nothing written
$ isms soa show A.5.15 | grep Revision
Revision:        1, <time> by <user>
$ isms soa set A.5.15 --owner alice --rev 1
$ isms soa set A.5.15 --owner bob --rev 1
! isms: A.5.15: changed by <user> at <time> since it was read (revision 1, now 2); nothing was written
[1]
$ isms soa show A.5.15 | grep -E 'Owner|Revision'
Owner:           alice
Revision:        2, <time> by <user>

# read-only refuses changes
$ isms --read-only soa set A.5.1 --owner x
! isms: <tmp>/isms.db: opened read-only; nothing can be changed
[2]
$ isms -r soa show A.5.1 | head -1
Control:         A.5.1

# usage
$ isms soa
! isms: soa: missing subcommand (use list, show, set, export, approve, versions or diff)
! Try 'isms --help' or 'man isms'.
[2]
$ isms soa frobnicate
! isms: soa: unknown subcommand 'frobnicate' (use list, show, set, export, approve, versions or diff)
! Try 'isms --help' or 'man isms'.
[2]
$ isms soa set A.5.1
! isms: soa set: nothing to change (give at least one of --applicable, --reasons, --justification, --status, --how, --evidence, --owner or --reviewed)
! Try 'isms --help' or 'man isms'.
[2]
$ isms soa set
! isms: soa set: missing operand (usage: isms soa set ID [OPTION]...)
! Try 'isms --help' or 'man isms'.
[2]
$ isms soa show A.5.1 A.5.2
! isms: soa show: too many operands (usage: isms soa show ID)
! Try 'isms --help' or 'man isms'.
[2]
$ isms soa set A.5.1 --rev x --owner y
! isms: soa set: --rev: 'x' is not a number from 1 to 9223372036854775807
! Try 'isms --help' or 'man isms'.
[2]
# on a terminal a set says what it changed, in the words of the options and
# vocabularies; in a pipe, and with -q, it says nothing
$ script -qec "isms soa set A.5.7 --applicable no --justification 'Not relevant' --status planned" /dev/null </dev/null | tr -d '\r'
isms: A.5.7: an excluded control has no implementation status (make it applicable first)
$ script -qec "isms soa set A.5.7 --status planned" /dev/null </dev/null | tr -d '\r'
isms: A.5.7: an excluded control has no implementation status (make it applicable first)
$ script -qec "isms soa set A.5.7 --status partial -q" /dev/null </dev/null | tr -d '\r'
isms: A.5.7: an excluded control has no implementation status (make it applicable first)
$ isms soa set A.5.7 --status planned
! isms: A.5.7: an excluded control has no implementation status (make it applicable first)
[2]
$ script -qec "isms set --org 'Acme Group'" /dev/null </dev/null | tr -d '\r'
isms: org (none) → Acme Group
