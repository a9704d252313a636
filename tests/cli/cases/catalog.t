$ isms catalog list
ID                       KIND         TITLE                                                  FILE
iso27001-2022            framework    ISO/IEC 27001:2022                                     <src>/catalogs/iso27001-2022.yaml
iso27001-2022-documents  documents    Required documents and records for ISO/IEC 27001:2022  <src>/catalogs/iso27001-2022-documents.yaml
3x3                      risk-matrix  3x3 risk matrix (Low/Medium/High)                      <src>/catalogs/risk-matrix-3x3.yaml
4x4                      risk-matrix  4x4 risk matrix (Low/Medium/High/Critical)             <src>/catalogs/risk-matrix-4x4.yaml
5x5                      risk-matrix  5x5 risk matrix (Low/Medium/High/Critical)             <src>/catalogs/risk-matrix-5x5.yaml
$ isms catalog show 3x3
Catalog:     3x3
Kind:        risk-matrix
Title:       3x3 risk matrix (Low/Medium/High)
File:        <src>/catalogs/risk-matrix-3x3.yaml
Likelihood: 1 Low (L): Less than once in 5 years; has not happened here before.
            2 Medium (M): Between once in 5 years and once a year; has happened here or at comparable organizations.
            3 High (H): More than once a year; happens regularly or is expected soon.
Impact:     1 Low (L): Loss below 10,000 EUR; outage under 4 hours; no customer or regulator notices.
            2 Medium (M): Loss 10,000 to 100,000 EUR; outage up to 2 days; some customer complaints or a minor contract breach.
            3 High (H): Loss above 100,000 EUR; outage over 2 days; press coverage, regulator notification or legal action.
Levels:     Low (low, green, review every 365 days)  <- highest acceptable
            Medium (medium, yellow, review every 180 days)
            High (high, red, review every 90 days)
Grid:       likelihood (L) down, highest first; impact (I) across
L\I  L       M       H
H    medium  high    high
M    low     medium  high
L    low     low     medium
$ isms catalog show iso27001-2022
Catalog:     iso27001-2022
Kind:        framework
Title:       ISO/IEC 27001:2022
File:        <src>/catalogs/iso27001-2022.yaml
Version:     2022
Clauses:     41
Controls:    93
Theme:       Organizational (Organizational controls, 37 controls)
Theme:       People (People controls, 8 controls)
Theme:       Physical (Physical controls, 14 controls)
Theme:       Technological (Technological controls, 34 controls)
Attributes:  Control type: Preventive Detective Corrective
Attributes:  Information security properties: Confidentiality Integrity Availability
Attributes:  Cybersecurity concepts: Identify Protect Detect Respond Recover
Attributes:  Operational capabilities: Governance Asset_management Information_protection Human_resource_security Physical_security System_and_network_security Application_security Secure_configuration Identity_and_access_management Threat_and_vulnerability_management Continuity Supplier_relationships_security Legal_and_compliance Information_security_event_management Information_security_assurance
Attributes:  Security domains: Governance_and_Ecosystem Protection Defence Resilience
$ isms catalog show iso27001-2022-documents | head -5
Catalog:     iso27001-2022-documents
Kind:        documents
Title:       Required documents and records for ISO/IEC 27001:2022
File:        <src>/catalogs/iso27001-2022-documents.yaml
Framework:   iso27001-2022
$ isms catalog show nope
! isms: nope: no such catalog (see 'isms catalog list')
[2]
$ isms catalog check "$ISMS_SRCDIR"/catalogs/iso27001-2022.yaml "$ISMS_SRCDIR"/catalogs/risk-matrix-5x5.yaml
<src>/catalogs/iso27001-2022.yaml: ok (framework iso27001-2022)
<src>/catalogs/risk-matrix-5x5.yaml: ok (risk-matrix 5x5)
$ isms catalog check "$ISMS_SRCDIR"/tests/data/catalog-dup-id.yaml
<src>/tests/data/catalog-dup-id.yaml:9: theme "Org" is defined twice (first on line 7)
<src>/tests/data/catalog-dup-id.yaml:20: requirement "4.1" is defined twice (first on line 16)
<src>/tests/data/catalog-dup-id.yaml:24: requirement "4" is defined twice (first on line 12)
[2]
$ isms catalog check nonexistent.yaml
nonexistent.yaml: No such file or directory
[2]
$ isms catalog check
! isms: catalog check: missing operand (usage: isms catalog check FILE...)
! Try 'isms --help' or 'man isms'.
[2]
$ isms catalog
! isms: catalog: missing subcommand (use list, show or check)
! Try 'isms --help' or 'man isms'.
[2]
# The isms of the build tree, run before make install, finds the catalogs
# of its source tree with no ISMS_CATALOG_PATH (an installed copy would
# look in $(pkgdatadir)/catalogs instead)
$ env -u ISMS_CATALOG_PATH XDG_DATA_DIRS=/nonexistent isms catalog list | cut -d' ' -f1 | sort
3x3
4x4
5x5
ID
iso27001-2022
iso27001-2022-documents
$ env -u ISMS_CATALOG_PATH XDG_DATA_DIRS=/nonexistent isms --db uninstalled.db init
! isms: created uninstalled.db (ISO/IEC 27001:2022, risk matrix 5x5)
# required documents and control summaries in our own words (issue 10):
# no runs of the standard's wording, the summaries as wide as the controls
$ isms catalog show iso27001-2022-documents | grep -e D-22 -e D-33 -e D-35
D-22  control-document  A.5.10    Rules on how staff may use and must handle information and the assets holding it
D-33  control-document  A.8.9     Configuration baselines: the hardened settings of systems and networks
D-35  control-record    A.8.15    Event logs: who did what, errors and security-relevant events
$ isms init 2>/dev/null && for c in A.5.5 A.6.1 A.7.10; do isms soa show $c | grep '^Summary'; done
Summary:         Keep in touch with the authorities that matter to you (regulators, police, data protection office, emergency services): know who to reach, by which channel and when, for incidents, legal changes and emergencies alike, and keep it current.
Summary:         Vet people before they join and again at intervals while they stay, e.g. references, identity and qualifications, with depth matched to the role, the risk and local law.
Summary:         Manage every storage medium, fixed or removable, through its whole life: getting it, using it, moving it, reusing it and wiping or destroying it, as the information on it is classified.
