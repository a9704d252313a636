# matrix: the risk method, and moving an ISMS to another matrix
$ isms init --matrix 3x3 2>/dev/null
$ set -o pipefail; isms matrix show | grep .
3x3 risk matrix (Low/Medium/High) (3x3, version 1)
Acceptance criterion: risks up to Low may be accepted by their owner; higher ones are treated or accepted explicitly.
Likelihood
VALUE  ABBREV  NAME    CRITERIA
1      L       Low     Less than once in 5 years; has not happened here before.
2      M       Medium  Between once in 5 years and once a year; has happened here or at comparable organizations.
3      H       High    More than once a year; happens regularly or is expected soon.
Impact
VALUE  ABBREV  NAME    CRITERIA
1      L       Low     Loss below 10,000 EUR; outage under 4 hours; no customer or regulator notices.
2      M       Medium  Loss 10,000 to 100,000 EUR; outage up to 2 days; some customer complaints or a minor contract breach.
3      H       High    Loss above 100,000 EUR; outage over 2 days; press coverage, regulator notification or legal action.
Risk levels
LEVEL   NAME    COLOUR  REVIEW          ACCEPTABLE
low     Low     green   every 365 days  yes
medium  Medium  yellow  every 180 days  no
high    High    red     every 90 days   no
Grid
LIKELIHOOD \ IMPACT  Low     Medium  High
3 High               Medium  High    High
2 Medium             Low     Medium  High
1 Low                Low     Low     Medium

Likelihood
VALUE  ABBREV  NAME    CRITERIA
1      L       Low     Less than once in 5 years; has not happened here before.
2      M       Medium  Between once in 5 years and once a year; has happened here or at comparable organizations.
3      H       High    More than once a year; happens regularly or is expected soon.

Impact
VALUE  ABBREV  NAME    CRITERIA
1      L       Low     Loss below 10,000 EUR; outage under 4 hours; no customer or regulator notices.
2      M       Medium  Loss 10,000 to 100,000 EUR; outage up to 2 days; some customer complaints or a minor contract breach.
3      H       High    Loss above 100,000 EUR; outage over 2 days; press coverage, regulator notification or legal action.

Risk levels
LEVEL   NAME    COLOUR  REVIEW          ACCEPTABLE
low     Low     green   every 365 days  yes
medium  Medium  yellow  every 180 days  no
high    High    red     every 90 days   no

Grid
LIKELIHOOD \ IMPACT  Low     Medium  High
3 High               Medium  High    High
2 Medium             Low     Medium  High
1 Low                Low     Low     Medium

Likelihood
VALUE  ABBREV  NAME    CRITERIA
1      L       Low     Less than once in 5 years; has not happened here before.
2      M       Medium  Between once in 5 years and once a year; has happened here or at comparable organizations.
3      H       High    More than once a year; happens regularly or is expected soon.

Impact
VALUE  ABBREV  NAME    CRITERIA
1      L       Low     Loss below 10,000 EUR; outage under 4 hours; no customer or regulator notices.
2      M       Medium  Loss 10,000 to 100,000 EUR; outage up to 2 days; some customer complaints or a minor contract breach.
3      H       High    Loss above 100,000 EUR; outage over 2 days; press coverage, regulator notification or legal action.

Risk levels
LEVEL   NAME    COLOUR  REVIEW          ACCEPTABLE
low     Low     green   every 365 days  yes
medium  Medium  yellow  every 180 days  no
high    High    red     every 90 days   no

Grid
LIKELIHOOD \ IMPACT  Low     Medium  High
3 High               Medium  High    High
2 Medium             Low     Medium  High
1 Low                Low     Low     Medium
$ isms risk add "Laptop stolen" --likelihood 3 --impact 2 --residual-likelihood 2 --residual-impact 1
R-001
$ set -o pipefail; isms matrix show --counts | sed -n '/^Open risks, inherent/,$p' | grep .
Open risks, inherent
LIKELIHOOD \ IMPACT  Low        Medium     High
3 High               Medium: 0  High: 1    High: 0
2 Medium             Low: 0     Medium: 0  High: 0
1 Low                Low: 0     Low: 0     Medium: 0
Open risks, residual
LIKELIHOOD \ IMPACT  Low        Medium     High
3 High               Medium: 0  High: 0    High: 0
2 Medium             Low: 1     Medium: 0  High: 0
1 Low                Low: 0     Low: 0     Medium: 0

Open risks, residual
LIKELIHOOD \ IMPACT  Low        Medium     High
3 High               Medium: 0  High: 0    High: 0
2 Medium             Low: 1     Medium: 0  High: 0
1 Low                Low: 0     Low: 0     Medium: 0

Open risks, residual
LIKELIHOOD \ IMPACT  Low        Medium     High
3 High               Medium: 0  High: 0    High: 0
2 Medium             Low: 1     Medium: 0  High: 0
1 Low                Low: 0     Low: 0     Medium: 0

# --map is taken as often as it is given, in order
$ isms matrix set 5x5 --map likelihood:3=5 --map impact:2=4
! isms: now scoring with 5x5; 1 risk re-mapped
$ isms risk show R-001 | grep -E '^(Inherent|Residual)'
Inherent:      Critical (L5 I4)
Residual:      Low (L2 I1)
$ isms history --limit 2 --format csv | cut -d, -f4-
entity,key,field,old,new
isms,isms,matrix map,,likelihood:3=5 impact:2=4
isms,isms,matrix,3x3,5x5
$ isms matrix set 3x3 -m likelihood:5=3,4=3 -m impact:4=2
! isms: now scoring with 3x3; 1 risk re-mapped
$ isms matrix set 3x3 $(printf -- '--map likelihood:1=1 %.0s' 1 2 3 4 5 6 7 8 9)
! isms: matrix set: at most 8 --map options
! Try 'isms --help' or 'man isms'.
[2]
$ isms matrix set 3x3 $(printf -- '--map likelihood:1=1 %.0s' $(seq 17))
! isms: matrix set: --map given more than 16 times
! Try 'isms --help' or 'man isms'.
[2]
$ isms matrix set
! isms: matrix set: missing operand (usage: isms matrix set ID [--map likelihood:OLD=NEW,...] [--map impact:OLD=NEW,...])
! Try 'isms --help' or 'man isms'.
[2]
$ isms matrix set 3x3 4x4
! isms: matrix set: too many operands (usage: isms matrix set ID [--map likelihood:OLD=NEW,...] [--map impact:OLD=NEW,...])
! Try 'isms --help' or 'man isms'.
[2]
$ isms --read-only matrix set 4x4
! isms: <tmp>/isms.db: opened read-only; nothing can be changed
[2]
