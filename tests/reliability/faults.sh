#!/usr/bin/env bash
# tests/reliability/faults.sh - run tests/reliability/faults (out-of-memory
# and I/O errors injected under open, a write, the v1 migration and a
# create; see faults.c) in a scratch directory.  With REL_KEEP set the
# directory stays, and with it the file of the first finding of each
# kind (finding-N.db).
. "$(dirname "$0")/lib.sh"

faults=$rel_build/tests/reliability/faults
[ -x "$faults" ] || { echo "Bail out! $faults is not built"; exit 99; }
export ISMS_TEST_DATA=$rel_src/tests/data
if [ "$REL_SOAK" = 1 ]; then
	"$faults" --soak "$rel_dir"
else
	"$faults" "$rel_dir"
fi
