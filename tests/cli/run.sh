#!/usr/bin/env bash
# tests/cli/run.sh - actual-versus-expected tests of the isms command line.
#
# Each tests/cli/cases/*.t file is a transcript:
#
#   # comment lines and blank lines separate cases
#   $ isms soa set A.5.7 --applicable no        <- a command (bash)
#   expected stdout line
#   ! expected stderr line
#   [2]                                         <- exit status, when not 0
#   #needs: xlsx                                <- the next case only runs
#                                                  in an isms built with xlsx
#   #needs: no-xlsx                             <- ... only without it
#
# Every file runs in a fresh empty directory with ISMS_DB=$PWD/isms.db, so
# the commands of one file build on each other.  Output is normalised: the
# login name becomes <user>, UTC timestamps <time>, the source directory
# <src>, the scratch directory <tmp>, today's date <today>, hashes of the
# history chain (64 hex digits; salted, so new each run) <hash>.  Each command is one TAP test.
#
#   tests/cli/run.sh [--update] [FILE.t...]   --update rewrites the files
#   with the actual output (review the diff before committing).
set -u
# modes in the output (db check) are those of this umask
umask 022
srcdir=${ISMS_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
bin=${ISMS_BIN:-$srcdir/build/isms}
export ISMS_CATALOG_PATH=${ISMS_CATALOG_PATH:-$srcdir/catalogs}
update=0
if [ "${1:-}" = --update ]; then update=1; shift; fi
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$srcdir"/tests/cli/cases/*.t)

if [ ! -x "$bin" ]; then
	echo "Bail out! $bin is not built"
	exit 99
fi
user=$(id -un)
today=$(date -u +%Y-%m-%d)
work=$(mktemp -d "${TMPDIR:-/tmp}/isms-cli.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
ln -s "$bin" "$work/bin/isms"

normalise() {
	sed -e "s|$srcdir|<src>|g" -e "s|$1|<tmp>|g" \
	    -e 's/[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z/<time>/g' \
	    -e "s/$today/<today>/g" \
	    -e 's/[0-9a-f]\{64\}/<hash>/g' \
	    -e "s/\\b$user\\b/<user>/g"
}

# run_case DIR COMMAND: print the normalised transcript of one command.
run_case() {
	local dir=$1 cmd=$2 rc
	(cd "$dir" && PATH="$work/bin:$PATH" ISMS_DB="$dir/isms.db" ISMS_SRCDIR="$srcdir" \
		HOME="$dir/home" XDG_DATA_HOME= XDG_STATE_HOME= NO_COLOR= LC_ALL=C.UTF-8 \
		bash -c "$cmd" >"$work/out" 2>"$work/err" </dev/null)
	rc=$?
	{
		cat "$work/out"
		sed 's/^/! /' "$work/err"
		[ "$rc" -eq 0 ] || echo "[$rc]"
	} | normalise "$dir"
}

total=0 failed=0 tap=""
# What #needs: lines are matched against (configure --without-xlsx).
built=xlsx
[ "${ISMS_XLSX:-yes}" != no ] || built=no-xlsx
for f in "${files[@]}"; do
	dir="$work/$(basename "$f" .t)"
	mkdir -p "$dir/home"
	new="$work/new.t"
	: >"$new"
	cmd="" expected="" needs=""
	flush() {
		[ -n "$cmd" ] || return 0
		total=$((total + 1))
		if [ -n "$needs" ] && [ "$needs" != "$built" ]; then
			tap+="ok $total - $(basename "$f"): $cmd # SKIP needs $needs"$'\n'
			printf '$ %s\n' "$cmd" >>"$new"
			[ -z "$expected" ] || printf '%s\n' "$expected" >>"$new"
			cmd="" expected="" needs=""
			return 0
		fi
		actual=$(run_case "$dir" "$cmd")
		printf '$ %s\n' "$cmd" >>"$new"
		[ -z "$actual" ] || printf '%s\n' "$actual" >>"$new"
		if [ "$actual" == "$expected" ]; then
			tap+="ok $total - $(basename "$f"): $cmd"$'\n'
		else
			failed=$((failed + 1))
			tap+="not ok $total - $(basename "$f"): $cmd"$'\n'
			tap+=$(diff <(printf '%s\n' "$expected") <(printf '%s\n' "$actual") |
				sed 's/^/# /')$'\n'
		fi
		cmd="" expected="" needs=""
	}
	while IFS= read -r line || [ -n "$line" ]; do
		case $line in
		'$ '*)
			flush
			cmd=${line#\$ }
			;;
		'#needs: '*)
			flush
			needs=${line#\#needs: }
			printf '%s\n' "$line" >>"$new"
			;;
		'#'*|'')
			flush
			printf '%s\n' "$line" >>"$new"
			;;
		*)
			if [ -n "$cmd" ]; then
				expected+="${expected:+$'\n'}$line"
			else
				printf '%s\n' "$line" >>"$new"
			fi
			;;
		esac
	done <"$f"
	flush
	[ "$update" -eq 0 ] || cp "$new" "$f"
done
echo "1..$total"
printf '%s' "$tap"
[ "$failed" -eq 0 ]
