# help: generated from the command table for every command and group

# isms --help and isms help list every command, the same way
$ set -o pipefail; isms --help | sed -n '/^Commands:/,$p' | grep .
Commands:
  init [--org NAME] [--scope TEXT] [--matrix ID] [--demo] [--group GROUP]
      create a new ISMS database
  set [--org NAME] [--scope TEXT]
      change the organisation or scope
  catalog list|show|check
      list, show and validate catalogs
  clause list|show|set
      the clause 4-10 checklist
  soa list|show|set|export|approve|versions|diff
      the Statement of Applicability and its approved versions
  matrix show|set
      the risk method: scales, levels, grid, acceptance
  asset list|show|add|set|rm
      the asset inventory (A.5.9)
  risk list|show|add|set|rm|link|accept|action|export
      the risk register, treatment and acceptance
  treatment export|approve|versions|diff
      the treatment plan and its approved versions
  person list|show|add|set|rm
      the people of the organisation
  doc list|show|add|set|rm|link|approve|review|hash|verify|dispose|missing|export
      documented information (7.5) and the required documents
  history [RECORD] [--by LOGIN] [--since DATE] [--limit N] [--format text|csv] | redact
      the change history, newest first, of one record (R-001, A.7.4, 6.1.2) or of all
  verify [--head] [--anchor SEQ:HASH]
      check the hash chain of the history
  db check|backup|share|upgrade
      check, copy, share or upgrade the database
  help [--commands | COMMAND...]
      the commands, or the help of one
Run 'isms COMMAND --help' for the options of a command.
Exit status: 0 success, 1 negative result (conflict, failed check),
2 usage or data error.  See isms(1) for everything.

Run 'isms COMMAND --help' for the options of a command.
Exit status: 0 success, 1 negative result (conflict, failed check),
2 usage or data error.  See isms(1) for everything.
$ isms help | cmp - <(isms --help) && echo same
same
$ isms help --commands | grep -v -- ' --' | cut -d' ' -f1 | uniq | tr '\n' ' '
init set catalog clause soa matrix asset risk treatment person doc history verify db help 

# every command that runs, and every group above one, answers --help with
# its usage and exit 0
$ isms help --commands | grep -v -- ' --' | awk '{ p = ""; for (i = 1; i <= NF; i++) { p = p (i > 1 ? " " : "") $i; if (!seen[p]++) print p } }' | while read -r path; do isms $path --help > out || echo "$path: exit $?"; head -1 out | grep -q '^Usage: isms '"$path"'\b' || echo "$path: $(head -1 out)"; done; echo checked
checked

# the generated help of some
$ set -o pipefail; isms init --help | grep .
Usage: isms init [--org NAME] [--scope TEXT] [--matrix ID] [--demo] [--group GROUP]
Create a new ISMS database.
Options:
      --org NAME             the organisation
      --scope TEXT           the scope of the ISMS
      --matrix ID            the risk matrix catalog (default 5x5)
      --demo                 fill it with a fictional company
      --group GROUP          make it a group database of GROUP
  -h, --help                 show this help and exit

Options:
      --org NAME             the organisation
      --scope TEXT           the scope of the ISMS
      --matrix ID            the risk matrix catalog (default 5x5)
      --demo                 fill it with a fictional company
      --group GROUP          make it a group database of GROUP
  -h, --help                 show this help and exit
$ set -o pipefail; isms set -h | grep .
Usage: isms set [--org NAME] [--scope TEXT]
Change the organisation or scope.
Options:
  -o, --org NAME             the organisation
  -s, --scope TEXT           the scope of the ISMS
  -q, --quiet                do not say what changed (said only on a terminal)
  -h, --help                 show this help and exit

Options:
  -o, --org NAME             the organisation
  -s, --scope TEXT           the scope of the ISMS
  -h, --help                 show this help and exit
$ set -o pipefail; isms catalog --help | grep .
Usage: isms catalog COMMAND [ARG]...
List, show and validate catalogs.
Commands:
  list
      the catalogs on the search path
  show ID
      one catalog in detail
  check FILE...
      validate catalog files
Run 'isms catalog COMMAND --help' for the options of one.

Commands:
  list
      the catalogs on the search path
  show ID
      one catalog in detail
  check FILE...
      validate catalog files

Run 'isms catalog COMMAND --help' for the options of one.
$ set -o pipefail; isms matrix set --help | grep .
Usage: isms matrix set ID [--map likelihood:OLD=NEW,...] [--map impact:OLD=NEW,...]
Move the ISMS to another matrix, re-mapping every score.
Options:
  -m, --map AXIS:OLD=NEW,... re-map the scores of likelihood or impact (repeat)
  -h, --help                 show this help and exit

Options:
  -m, --map AXIS:OLD=NEW,... re-map the scores of likelihood or impact (repeat)
  -h, --help                 show this help and exit
$ set -o pipefail; isms history --help | grep .
Usage: isms history [RECORD] [--by LOGIN] [--since DATE] [--limit N] [--format text|csv]
   or: isms history COMMAND [ARG]...
The change history, newest first, of one record (R-001, A.7.4, 6.1.2) or of all.
Options:
  -b, --by LOGIN             only the changes this login made
  -s, --since YYYY-MM-DD     only the changes of that day (UTC) and after
  -n, --limit N              only the newest N changes
  -f, --format text|csv      text (aligned columns) or csv
  -h, --help                 show this help and exit
Commands:
  redact SEQ --reason TEXT [--who]
      take the values of a row out for a data-protection request
Run 'isms history COMMAND --help' for the options of one.

Options:
  -n, --limit N              only the newest N changes
  -f, --format text|csv      text (aligned columns) or csv
  -h, --help                 show this help and exit

Commands:
  redact SEQ --reason TEXT [--who]
      take the values of a row out for a data-protection request

Run 'isms history COMMAND --help' for the options of one.
$ set -o pipefail; isms history redact --help | grep .
Usage: isms history redact SEQ --reason TEXT [--who]
Take the values of a row out for a data-protection request.
Options:
  -r, --reason TEXT          why (recorded with the redaction)
  -w, --who                  redact the login name too
  -h, --help                 show this help and exit

Options:
  -r, --reason TEXT          why (recorded with the redaction)
  -w, --who                  redact the login name too
  -h, --help                 show this help and exit
$ set -o pipefail; isms verify --help | grep .
Usage: isms verify [--head] [--anchor SEQ:HASH]
Check the hash chain of the history.
Options:
      --head                 print only the head, SEQ:HASH, to keep
  -a, --anchor SEQ:HASH      check rows 1 to SEQ against a kept head
  -h, --help                 show this help and exit

Options:
      --head                 print only the head, SEQ:HASH, to keep
  -a, --anchor SEQ:HASH      check rows 1 to SEQ against a kept head
  -h, --help                 show this help and exit
$ set -o pipefail; isms db --help | grep .
Usage: isms db COMMAND [ARG]...
Check, copy, share or upgrade the database.
Commands:
  check
      check the file, its schema, history chain and modes
  backup FILE
      a checked copy made while the database is in use
  share GROUP
      make it a group database of GROUP
  upgrade
      migrate it to this version's schema
Run 'isms db COMMAND --help' for the options of one.

Commands:
  check
      check the file, its schema, history chain and modes
  backup FILE
      a checked copy made while the database is in use
  share GROUP
      make it a group database of GROUP
  upgrade
      migrate it to this version's schema

Run 'isms db COMMAND --help' for the options of one.
$ set -o pipefail; isms db backup --help | grep .
Usage: isms db backup FILE
A checked copy made while the database is in use.
Options:
  -h, --help                 show this help and exit

Options:
  -h, --help                 show this help and exit
$ set -o pipefail; isms help risk action add | grep .
Usage: isms risk action add REF WHAT [OPTION]...
Add a treatment action to a risk; prints its number.
Options:
      --control ID           control
      --owner NAME           owner
      --due YYYY-MM-DD       due
      --status TERM          status: planned, in-progress, done or cancelled
      --done YYYY-MM-DD      done
  -h, --help                 show this help and exit

Options:
      --what TEXT            Description
      --control ID           Control
      --owner NAME           Owner
      --due YYYY-MM-DD       Due
      --status TERM          Status: planned, in-progress, done or cancelled
      --done YYYY-MM-DD      Done
  -h, --help                 show this help and exit
$ set -o pipefail; isms help help | grep .
Usage: isms help [--commands | COMMAND...]
The commands, or the help of one.
Options:
      --commands             every command and its long options, one a line
  -h, --help                 show this help and exit

Options:
      --commands             every command and its long options, one a line
  -h, --help                 show this help and exit

# every long option of every command, one a line (what tests/cli/mancheck.sh
# checks the man page against)
$ isms help --commands
init
init --org
init --scope
init --matrix
init --demo
init --group
set
set --org
set --scope
set --quiet
catalog list
catalog show
catalog check
clause list
clause list --format
clause show
clause set
clause set --rev
clause set --quiet
clause set --status
clause set --owner
clause set --due
clause set --note
clause set --evidence
soa list
soa list --format
soa list --theme
soa list --status
soa list --applicable
soa list --attribute
soa list --search
soa list --sort
soa list --reverse
soa show
soa set
soa set --rev
soa set --quiet
soa set --applicable
soa set --reasons
soa set --justification
soa set --status
soa set --how
soa set --evidence
soa set --owner
soa set --reviewed
soa export
soa export --format
soa export --output
soa export --theme
soa approve
soa approve --by
soa approve --note
soa versions
soa versions --format
soa diff
soa diff --format
matrix show
matrix show --counts
matrix set
matrix set --map
asset list
asset list --format
asset list --search
asset show
asset add
asset add --type
asset add --owner
asset add --location
asset add --classification
asset add --confidentiality
asset add --integrity
asset add --availability
asset add --notes
asset set
asset set --rev
asset set --quiet
asset set --name
asset set --type
asset set --owner
asset set --location
asset set --classification
asset set --confidentiality
asset set --integrity
asset set --availability
asset set --notes
asset rm
asset rm --force
risk list
risk list --format
risk list --level
risk list --owner
risk list --treatment
risk list --status
risk list --above
risk list --flagged
risk list --overdue
risk list --stale
risk list --action-overdue
risk list --search
risk list --sort
risk list --reverse
risk show
risk add
risk add --description
risk add --threat
risk add --vulnerability
risk add --owner
risk add --identified
risk add --likelihood
risk add --impact
risk add --current-likelihood
risk add --current-impact
risk add --treatment
risk add --residual-likelihood
risk add --residual-impact
risk add --status
risk add --review
risk set
risk set --rev
risk set --quiet
risk set --statement
risk set --description
risk set --threat
risk set --vulnerability
risk set --owner
risk set --identified
risk set --likelihood
risk set --impact
risk set --current-likelihood
risk set --current-impact
risk set --treatment
risk set --residual-likelihood
risk set --residual-impact
risk set --status
risk set --review
risk rm
risk link
risk link --asset
risk link --control
risk link --remove
risk link --force
risk accept
risk accept --by
risk accept --until
risk accept --note
risk accept --revoke
risk action add
risk action add --control
risk action add --owner
risk action add --due
risk action add --status
risk action add --done
risk action set
risk action set --rev
risk action set --quiet
risk action set --what
risk action set --control
risk action set --owner
risk action set --due
risk action set --status
risk action set --done
risk action rm
risk action list
risk export
risk export --format
risk export --output
treatment export
treatment export --format
treatment export --output
treatment approve
treatment approve --by
treatment approve --note
treatment versions
treatment versions --format
treatment diff
treatment diff --format
person list
person list --format
person list --search
person show
person add
person add --login
person add --email
person add --roles
person add --top-management
person add --active
person add --notes
person set
person set --rev
person set --quiet
person set --name
person set --login
person set --email
person set --roles
person set --top-management
person set --active
person set --notes
person rm
person rm --force
doc list
doc list --format
doc list --search
doc show
doc add
doc add --kind
doc add --type
doc add --owner
doc add --approver
doc add --classification
doc add --audience
doc add --location
doc add --version
doc add --status
doc add --exception
doc add --effective
doc add --review-months
doc add --retention
doc add --retention-from
doc add --superseded
doc add --closed
doc add --notes
doc set
doc set --rev
doc set --quiet
doc set --title
doc set --kind
doc set --type
doc set --owner
doc set --approver
doc set --classification
doc set --audience
doc set --location
doc set --version
doc set --status
doc set --exception
doc set --effective
doc set --review-months
doc set --retention
doc set --retention-from
doc set --superseded
doc set --closed
doc set --notes
doc rm
doc link
doc link --satisfies
doc link --clause
doc link --control
doc link --risk
doc link --remove
doc approve
doc approve --by
doc approve --version
doc approve --summary
doc approve --exception
doc review
doc review --by
doc review --note
doc hash
doc verify
doc dispose
doc dispose --method
doc dispose --force
doc dispose --reason
doc missing
doc missing --format
doc missing --pending
doc missing --all
doc export
doc export --format
doc export --output
history
history --by
history --since
history --limit
history --format
history redact
history redact --reason
history redact --who
verify
verify --head
verify --anchor
db check
db backup
db share
db upgrade
help
help --commands

# usage errors: the message, the hint, exit 2
$ isms frobnicate --help
! isms: 'frobnicate' is not an isms command; see 'isms --help'
[2]
$ isms help frobnicate
! isms: 'frobnicate' is not an isms command; see 'isms --help'
[2]
$ isms db --bogus
! isms: db: unknown subcommand '--bogus' (use check, backup, share or upgrade)
! Try 'isms --help' or 'man isms'.
[2]
$ isms db
! isms: db: missing subcommand (use check, backup, share or upgrade)
! Try 'isms --help' or 'man isms'.
[2]
$ isms matrix frob
! isms: matrix: unknown subcommand 'frob' (use show or set)
! Try 'isms --help' or 'man isms'.
[2]
$ isms verify --bogus
! isms: verify: unknown option '--bogus'
! Try 'isms --help' or 'man isms'.
[2]
$ isms history --limit
! isms: history: option '--limit' needs a value
! Try 'isms --help' or 'man isms'.
[2]
$ isms catalog show
! isms: catalog show: missing operand (usage: isms catalog show ID)
! Try 'isms --help' or 'man isms'.
[2]
$ isms history redact
! isms: history redact: missing operand (usage: isms history redact SEQ --reason TEXT [--who])
! Try 'isms --help' or 'man isms'.
[2]
$ isms db backup a.db b.db
! isms: db backup: too many operands (usage: isms db backup FILE)
! Try 'isms --help' or 'man isms'.
[2]
$ isms help --commands risk
! isms: help: --commands lists every command; leave out 'risk'
! Try 'isms --help' or 'man isms'.
[2]
$ isms help risk frob
! isms: risk: unknown subcommand 'frob' (use list, show, add, set, rm, link, accept, action or export)
! Try 'isms --help' or 'man isms'.
[2]
# --version in the GNU format: name and version first, then copyright,
# licence and the absence of warranty; to standard output, exit 0
$ isms --version | sed 's/^isms [0-9][0-9.]*$/isms VERSION/'; isms -V 2>&1 >/dev/null | wc -c
isms VERSION
Copyright (C) 2026 the isms authors.
License: not chosen yet; ask the authors before you redistribute isms.
There is NO WARRANTY, to the extent permitted by law.
0
