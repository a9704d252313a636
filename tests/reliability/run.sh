#!/usr/bin/env bash
# tests/reliability/run.sh - the reliability suite (tests/reliability/README):
# every script in turn, one at a time (the machine may be shared), each
# script's TAP and figure on stdout, its counts and seconds on stderr,
# then the figures again and the combined count last:
#
#   N skipped        (only when some were)
#   N passed, N failed
#
#   tests/reliability/run.sh [--soak] [SCRIPT...]
#
# ISMS_BUILD is the build directory (default build/), whose isms and
# helpers (make $(RELIABILITY_HELPERS) tests/bench/gen) the scripts use;
# the fuzzer is build-fuzz/tests/reliability/catalog_fuzz.  --soak sets
# REL_SOAK=1: the long versions.  A script that exits non-zero without a
# failing test line, or prints no plan, counts as one failure; a script
# that skips itself (exit 77) counts as one skip.
set -u
here=$(cd "$(dirname "$0")" && pwd)
export ISMS_SRCDIR=${ISMS_SRCDIR:-$(cd "$here/../.." && pwd)}
export ISMS_BUILD=${ISMS_BUILD:-$ISMS_SRCDIR/build}
export ISMS_BIN=$ISMS_BUILD/isms
export REL_SOAK=${REL_SOAK:-0}
if [ "${1:-}" = --soak ]; then REL_SOAK=1; shift; fi
scripts=("$@")
[ ${#scripts[@]} -gt 0 ] || scripts=(tamper.sh crash.sh concurrent.sh migrate.sh
	backup.sh faults.sh diskfull.sh fuzz.sh)

pass=0 fail=0 skipped=0 figures=""
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for s in "${scripts[@]}"; do
	s=${s##*/}
	echo "== reliability: $s" >&2
	start=$SECONDS
	bash "$here/$s" | tee "$out"
	rc=${PIPESTATUS[0]}
	secs=$((SECONDS - start))
	p=$(grep -c '^ok ' "$out" | tr -d ' ')
	k=$(grep -c '^ok .*# SKIP' "$out" | tr -d ' ')
	f=$(grep -c '^not ok ' "$out" | tr -d ' ')
	p=$((p - k))
	if [ "$rc" -eq 77 ]; then
		k=$((k + 1))
	elif ! grep -q '^1\.\.[0-9]' "$out" || { [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; }; then
		f=$((f + 1))
		echo "# $s: exit $rc without a failing test line" >&2
	fi
	pass=$((pass + p)) fail=$((fail + f)) skipped=$((skipped + k))
	echo "== reliability: $s: $p passed, $f failed, $k skipped, ${secs} s" >&2
	fig=$(tail -n 1 "$out")
	case $fig in "# "*) ;; *) fig="# $s: no figure" ;; esac
	figures+="$fig (${secs} s)"$'\n'
done
echo "# ---- reliability figures$([ "$REL_SOAK" = 1 ] && echo ", soak")"
printf '%s' "$figures"
[ "$skipped" -eq 0 ] || echo "$skipped skipped"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
