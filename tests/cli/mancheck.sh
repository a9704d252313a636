#!/usr/bin/env bash
# tests/cli/mancheck.sh - man/isms.1 documents every command of the
# command table and every long option of each.
#
# The commands come from the binary itself: `isms help --commands` prints
# the path of every command ("risk add") and a line for each of its long
# options ("risk add --owner").  The page names a command, in its COMMANDS
# section, on a line
#
#   .It Nm Cm risk add Ar statement ...     or  .Nm Cm risk Cm add ...
#
# or as a bare `.Nm` line followed by `.Cm init` (the form of the
# synopsis-like blocks of init, set, history, verify).  A run of such lines
# with nothing between them (`asset add`, `asset set`) shares the text that
# follows, up to the next command line; an option is documented for the
# commands of that text when it names it as `Fl \-option` (or `Fl -option`).
# --help, which every command takes, is documented once and not listed.
#
# One TAP test per command; then every command the page names must exist;
# then a negative control: the check run on copies of the page with one
# option line, and one command line, removed must fail, naming them, so it
# cannot pass vacuously.
#
#   tests/cli/mancheck.sh [MANPAGE]
set -u
srcdir=${ISMS_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
bin=${ISMS_BIN:-$srcdir/build/isms}
page=${1:-$srcdir/man/isms.1}
n=0 failed=0

if [ ! -x "$bin" ]; then
	echo "Bail out! $bin is not built"
	exit 99
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/isms-mancheck.XXXXXX")
trap 'rm -rf "$work"' EXIT

say() {  # say OK DESCRIPTION [DETAIL]
	n=$((n + 1))
	if [ "$1" = ok ]; then echo "ok $n - $2"; else
		echo "not ok $n - $2"; failed=$((failed + 1))
		[ -z "${3:-}" ] || printf '%s\n' "$3" | head -20 | sed 's/^/# /'
	fi
}

# documented PAGE: "PATH" and "PATH --OPTION" for each command PAGE
# documents and each long option of the text that goes with it.
documented() {
	awk '
	function path_of(line,    w, k, i, p) {
		k = split(line, w, /[ \t]+/)
		for (i = 1; i <= k && w[i] != "Nm" && w[i] != ".Nm"; i++)
			;
		p = ""
		for (i++; i <= k; i++) {
			if (w[i] == "Cm")
				continue
			if (w[i] ~ /^[A-Z][a-z][a-z]?$/ || w[i] ~ /^[|,.;:()]$/)
				break
			p = p (p == "" ? "" : " ") w[i]
		}
		return p
	}
	function options_of(line,    o) {
		while (match(line, /Fl \\?-[a-z]([a-z0-9]|\\?-)*/)) {
			o = substr(line, RSTART + 3, RLENGTH - 3)
			gsub(/\\/, "", o)
			sub(/^-/, "", o)
			opts[o] = 1
			line = substr(line, RSTART + RLENGTH)
		}
	}
	function flush(    i, o) {
		for (i = 0; i < np; i++) {
			print paths[i]
			for (o in opts)
				print paths[i] " --" o
		}
		np = 0
		split("", opts)
	}
	/^\.Sh / {
		if (in_section)
			flush()
		in_section = ($0 == ".Sh COMMANDS")
		bare = 0
		next
	}
	!in_section { next }
	{
		line = $0
		if (bare && line ~ /^\.Cm[ \t]/)
			line = ".Nm " substr(line, 2)
		bare = (line ~ /^\.Nm[ \t]*$/)
		if (line ~ /^\.(It[ \t]+)?Nm[ \t]+Cm[ \t]/) {
			if (!in_run)
				flush()
			in_run = 1
			paths[np++] = path_of(line)
		} else if (!bare) {
			in_run = 0
		}
		options_of(line)
	}
	END { flush() }
	' "$1" | sort -u
}

# missing PAGE: the lines of `isms help --commands` PAGE does not document.
missing() {
	documented "$1" | comm -23 "$work/commands" -
}

"$bin" help --commands | sort -u >"$work/commands" || {
	echo "Bail out! $bin help --commands failed"
	exit 99
}
[ -s "$work/commands" ] || { echo "Bail out! no commands"; exit 99; }
missing "$page" >"$work/missing"

grep -v -- ' --' "$work/commands" >"$work/paths"
while read -r path; do
	gaps=$(awk -v p="$path" '$0 == p || index($0, p " --") == 1' \
		"$work/missing")
	if [ -z "$gaps" ]; then
		say ok "isms(1) documents $path and its options"
	else
		say no "isms(1) documents $path and its options" \
			"$(printf '%s\n' "$gaps" | sed 's/^/not in the page: /')"
	fi
done <"$work/paths"

extra=$(documented "$page" | grep -v -- ' --' | comm -13 "$work/paths" - |
	sed 's/^$/(a command line without a command)/')
if [ -z "$extra" ]; then
	say ok "every command isms(1) names exists"
else
	say no "every command isms(1) names exists" "$extra"
fi

# The negative control: a page without one option line, and one without
# one command line, must fail, naming what went.
control() {  # control DESCRIPTION LINE EXPECTED
	local copy="$work/control.1" gone
	if ! grep -qxF -- "$2" "$page"; then
		say no "$1" "the line '$2' is not in the page; choose another"
		return
	fi
	if grep -qxF -- "$3" "$work/missing"; then
		say no "$1" "'$3' is missing from the page itself"
		return
	fi
	grep -vxF -- "$2" "$page" >"$copy"
	gone=$(missing "$copy")
	if printf '%s\n' "$gone" | grep -qxF -- "$3"; then
		say ok "$1"
	else
		say no "$1" "expected '$3' to be missing; missing: ${gone:-nothing}"
	fi
}
control "the check sees an option line removed" \
	'.It Fl \-reviewed Ar YYYY-MM-DD' 'soa set --reviewed'
control "the check sees a command line removed" \
	'.It Nm Cm catalog show Ar id' 'catalog show'

echo "1..$n"
[ "$failed" -eq 0 ]
