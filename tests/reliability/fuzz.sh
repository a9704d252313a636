#!/usr/bin/env bash
# tests/reliability/fuzz.sh - the catalog loader under libFuzzer
# (catalog_fuzz.c): 60 s (REL_SOAK=1: 600 s, or ISMS_FUZZ_SECONDS),
# seeded with catalogs/*.yaml and tests/data/catalog-*.yaml, with a
# dictionary of the format's keys and YAML syntax, under ASan and UBSan
# with leak detection.  Before that, the regression inputs
# (tests/data/catalog-*.yaml, tests/data/fuzz-*) are replayed through the
# same harness.
#
# The fuzzer is build-fuzz/tests/reliability/catalog_fuzz (./dev builds
# it with clang); without it the fuzzing case is skipped.  A crasher is
# kept in the corpus directory (ISMS_FUZZ_CORPUS, else build-fuzz/corpus)
# as crash-*; copy it to tests/data/fuzz-NAME.yaml as a regression input.
. "$(dirname "$0")/lib.sh"

seconds=${ISMS_FUZZ_SECONDS:-$(soak 60 600)}
fuzzer=${ISMS_FUZZER:-$rel_src/build-fuzz/tests/reliability/catalog_fuzz}
replay=$rel_build/tests/reliability/catalog_fuzz
corpus=${ISMS_FUZZ_CORPUS:-$rel_src/build-fuzz/corpus}
seeds=("$rel_src"/catalogs/*.yaml "$rel_src"/tests/data/catalog-*.yaml)
regress=("${seeds[@]}")
for f in "$rel_src"/tests/data/fuzz-*; do [ -e "$f" ] && regress+=("$f"); done

if [ -x "$replay" ]; then
	out=$("$replay" "${regress[@]}" 2>&1)
	check "the regression inputs replay without a crash (${#regress[@]} files)" $? \
	    "$(printf '%s\n' "$out" | tail -5)"
else
	skip "the regression inputs replay" "$replay is not built"
fi

runs=0 crashes=0 cov=0
if [ -x "$fuzzer" ]; then
	mkdir -p "$corpus" "$rel_dir/seeds"
	cp "${seeds[@]}" "$rel_dir/seeds/"
	log=$rel_dir/fuzz.log
	# one process: the machine is shared; -timeout and -rss_limit_mb make
	# hangs and memory blow-ups findings too
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	"$fuzzer" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=512 \
	    -max_len=65536 -dict="$rel_src/tests/reliability/catalog.dict" \
	    -artifact_prefix="$corpus/" -print_final_stats=1 \
	    "$corpus" "$rel_dir/seeds" >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
	found=$(grep -c '^artifact_prefix\|Test unit written to' "$log")
	if [ "$rc" -eq 0 ]; then
		ok "libFuzzer on the catalog loader: ${runs:-?} inputs in $seconds s, no crash, leak or hang"
	else
		crashes=$((found > 0 ? found : 1))
		not_ok "libFuzzer on the catalog loader: a finding after ${runs:-?} inputs" \
		    "$(grep -m1 -A3 'ERROR:\|==ERROR\|runtime error\|deadly signal\|timeout' "$log")" \
		    "$(grep 'Test unit written to' "$log")"
	fi
else
	skip "libFuzzer on the catalog loader" "$fuzzer is not built (./dev builds it with clang)"
fi

finish "fuzzing: ${runs:-0} inputs in $seconds s, coverage ${cov:-0} edges, $crashes crashers"
