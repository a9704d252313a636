#!/usr/bin/env bash
# tests/layers.sh - the layering of DESIGN.md, checked on the sources:
#
#   faces (src/ui, src/cli, src/report and their headers) include no db
#     header and call no store_ function and not isms_db();
#   <sqlite3.h> only in src/db/;  curses only in src/ui/ (and its headers);
#   <cyaml/cyaml.h> only in src/catalog/ and src/report/ (the YAML writer);
#   <sodium.h> only in src/util/;
#   src/rec/ (below db) includes only rec/ and util/ headers;
#   src/db/ includes no model, report, ui or cli header;
#   src/model/ includes no report, ui or cli header.
#   the model's public headers (include/isms/model) include no db header:
#     the faces include them; what the model keeps to itself is in
#     src/model/*.h.
#   <xlsxwriter.h> only in src/report/doc_xlsx.c, the writer module
#     (xlsx_module.h): nothing else may need libxlsxwriter loaded;
#   what that module calls of isms is named alike in xlsx.dynlist (which
#     exports it) and in xlsx_load.c (which links it into every program).
#
# Each rule is one TAP test naming the offending lines.  A negative
# control runs the rules on a copy of the tree with one violation planted
# per rule, and each must then fail: the checks cannot pass vacuously.
#
#   tests/layers.sh [SRCDIR]
set -u
srcdir=${1:-${ISMS_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}}
n=0 failed=0

# offenders ROOT PATTERN DIRS...: lines of files under ROOT/DIRS (C
# sources and headers) that match the extended regex PATTERN.
offenders() {
	local root=$1 pat=$2; shift 2
	local d
	for d in "$@"; do
		[ -d "$root/$d" ] || continue
		grep -rnE --include='*.c' --include='*.h' "$pat" "$root/$d" |
			sed "s|^$root/||"
	done
}

faces="src/ui src/cli src/report include/isms/ui include/isms/cli include/isms/report"
not_db="src/ui src/cli src/report src/model src/catalog src/rec src/util src/main.c
	include/isms/ui include/isms/cli include/isms/report include/isms/model
	include/isms/catalog include/isms/rec include/isms/util"
not_ui="src/cli src/report src/model src/catalog src/rec src/util src/db
	include/isms/cli include/isms/report include/isms/model include/isms/catalog
	include/isms/rec include/isms/util include/isms/db"
not_cyaml="src/ui src/cli src/model src/rec src/util src/db"
not_sodium="src/ui src/cli src/report src/model src/rec src/db src/catalog"

# The names in xlsx.dynlist and in xlsx_load.c's xlsx_exports that are
# not in both.
xlsx_exports() {
	local root=$1
	diff <(sed -nE 's/^[[:space:]]+([a-z_0-9]+);$/\1/p' \
	    "$root/src/report/xlsx.dynlist" | sort) \
	    <(sed -nE 's/^[[:space:]]+\(const void \*\)([a-z_0-9]+),$/\1/p' \
	    "$root/src/report/xlsx_load.c" | sort) |
	    sed -n 's/^[<>] /named in one list only: /p'
}

# rule NAME PATTERN DIRS: print the offenders of one rule (empty: it holds)
rule() {
	local root=$1 name=$2
	case $name in
	faces-db) offenders "$root" '#include "isms/db/' $faces ;;
	faces-store) offenders "$root" '\<(store_[a-z_]+|isms_db)\(' $faces ;;
	sqlite) offenders "$root" '#include <sqlite3\.h>' $not_db ;;
	curses) offenders "$root" '#include <(n?curses|term)\.h>|#include <ncursesw/' $not_ui ;;
	cyaml) offenders "$root" '#include <cyaml/' $not_cyaml ;;
	sodium) offenders "$root" '#include <sodium\.h>' $not_sodium ;;
	rec) offenders "$root" '#include "isms/(db|model|catalog|report|ui|cli)/' src/rec include/isms/rec ;;
	db-up) offenders "$root" '#include "isms/(model|report|ui|cli)/' src/db include/isms/db ;;
	model-up) offenders "$root" '#include "isms/(report|ui|cli)/' src/model include/isms/model ;;
	model-public) offenders "$root" '#include "isms/db/' include/isms/model ;;
	xlsxwriter) offenders "$root" '#include <xlsxwriter' src include |
		grep -v '^src/report/doc_xlsx\.c:' ;;
	xlsx-exports) xlsx_exports "$root" ;;
	esac
}

rules="faces-db faces-store sqlite curses cyaml sodium rec db-up model-up
	model-public xlsxwriter xlsx-exports"
say() {  # say OK DESCRIPTION [DETAIL]
	n=$((n + 1))
	if [ "$1" = ok ]; then echo "ok $n - $2"; else
		echo "not ok $n - $2"; failed=$((failed + 1))
		printf '%s\n' "$3" | head -20 | sed 's/^/# /'
	fi
}

for r in $rules; do
	out=$(rule "$srcdir" "$r")
	if [ -z "$out" ]; then say ok "layer rule $r holds"; else say no "layer rule $r holds" "$out"; fi
done

# The negative control: one planted violation per rule must be seen.
work=$(mktemp -d "${TMPDIR:-/tmp}/isms-layers.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$srcdir/src" "$srcdir/include" "$work/"
plant() {  # plant FILE LINE
	mkdir -p "$(dirname "$work/$1")"
	printf '%s\n' "$2" >>"$work/$1"
}
plant src/ui/app.c '#include "isms/db/db.h"'
plant src/cli/cli.c 'static void x(void) { store_risk_get(0, 0, 0, 0); }'
plant src/model/isms.c '#include <sqlite3.h>'
plant src/report/doc.c '#include <curses.h>'
plant src/model/soa.c '#include <cyaml/cyaml.h>'
plant src/db/chain.c '#include <sodium.h>'
plant src/rec/rec.c '#include "isms/db/db.h"'
plant src/db/db.c '#include "isms/model/isms.h"'
plant src/model/soa.c '#include "isms/report/doc.h"'
plant include/isms/model/soa.h '#include "isms/db/db.h"'
plant src/report/doc.c '#include <xlsxwriter.h>'
plant src/report/xlsx.dynlist '	planted_export;'
seen=0
for r in $rules; do
	[ -n "$(rule "$work" "$r")" ] && seen=$((seen + 1))
done
if [ "$seen" -eq "$(echo $rules | wc -w)" ]; then
	say ok "every rule sees a planted violation"
else
	say no "every rule sees a planted violation" "only $seen rules did"
fi

echo "1..$n"
[ "$failed" -eq 0 ]
