#!/usr/bin/env bash
# tests/ui/run.sh - the full-screen interface driven by keystroke scripts.
#
# Each tests/ui/cases/*.t is a transcript in the format of tests/cli/run.sh
# whose commands run `isms --script tests/ui/keys/NAME.keys`: the real key
# handling and drawing on a virtual screen, with the screen dumps the
# script asks for compared against the expected ones.
#
#   tests/ui/run.sh [--update] [FILE.t...]
set -u
srcdir=${ISMS_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
update=()
if [ "${1:-}" = --update ]; then update=(--update); shift; fi
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$srcdir"/tests/ui/cases/*.t)
exec "$srcdir/tests/cli/run.sh" "${update[@]}" "${files[@]}"
