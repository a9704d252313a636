#!/usr/bin/env bash
# tests/bench/run.sh - how fast the Risks pane and the register export are
# at 1,000 and 100,000 risks, side by side with the sqlite3 shell doing
# the equivalent query on the same file.  Called by `./dev bench`.
#
#   tests/bench/run.sh BUILD_DIR
#
# Registers are generated once into BUILD_DIR/bench/ (tests/bench/gen).
# Times are the median of several runs, never the best; per-key costs are
# the time of a keystroke script with many keys minus the same script
# without them, divided by the number of keys.  Goals (from the risk issue): first frame
# within 3x of sqlite3's first page, every keystroke under 16 ms at
# 100,000 risks and at most 2x the 1,000-risk cost, peak memory under 64
# MiB, the CSV export within 2x of sqlite3 -csv.
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
isms=$build/isms
gen=$build/tests/bench/gen
dir=$build/bench
runs=${ISMS_BENCH_RUNS:-5}
mkdir -p "$dir"
export ISMS_CATALOG_PATH=$src/catalogs LC_ALL=C.UTF-8
unset NO_COLOR

now() { date +%s%N; }

# median_ms CMD...: the median of $runs runs, in milliseconds (1 decimal)
median_ms() {
	local t0 t1
	for _ in $(seq "$runs"); do
		t0=$(now)
		if ! "$@" >/dev/null 2>"$dir/err"; then
			echo "bench: failed: $* ($(head -1 "$dir/err"))" >&2
			exit 1
		fi
		t1=$(now)
		echo $((t1 - t0))
	done | sort -n | awk '{ v[NR] = $1 } END {
		m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		printf "%.1f", m / 1e6 }'
}

# per_key MS_WITH MS_WITHOUT KEYS
per_key() { awk -v a="$1" -v b="$2" -v k="$3" 'BEGIN { d = (a - b) / k; if (d < 0) d = 0; printf "%.2f", d }'; }

keys() {  # keys NAME LINES...: a keystroke script in $dir
	local f=$dir/$1.keys; shift
	printf '%s\n' "$@" >"$f"
	echo "$f"
}

first=$(keys first 'key 3' 'dump')
scroll=$dir/scroll.keys
{ echo 'key 3'; for _ in $(seq 100); do echo 'key j j j j j PgDn'; done; echo dump; } >"$scroll"
filter=$(keys filter 'key 3 f' 'type ransomware' 'key Enter' 'dump')
sort=$(keys sort 'key 3' 'key s s s s s s s s' 'key S S' 'dump')
# the far end of the register and back up a few pages: what paging by
# OFFSET made cost the whole register, and keyset paging does not
deep=$dir/deep.keys
{ echo 'key 3'; for _ in $(seq 20); do echo 'key G PgUp PgUp PgUp g'; done; echo dump; } >"$deep"

page_sql="SELECT r.ref, r.statement, r.owner, (SELECT level_rank FROM matrix_cell c WHERE c.matrix_id = r.matrix_id AND c.likelihood = r.inherent_likelihood AND c.impact = r.inherent_impact), (SELECT level_rank FROM matrix_cell c WHERE c.matrix_id = r.matrix_id AND c.likelihood = r.residual_likelihood AND c.impact = r.residual_impact), r.treatment, r.next_review, r.status FROM risk r ORDER BY r.id LIMIT 38;"
csv_sql="SELECT r.ref, r.statement, r.threat, r.vulnerability, (SELECT group_concat(a.name, '; ') FROM risk_asset ra JOIN asset a ON a.id = ra.asset_id WHERE ra.risk_id = r.id), r.owner, r.identified, (SELECT level_rank FROM matrix_cell c WHERE c.matrix_id = r.matrix_id AND c.likelihood = r.inherent_likelihood AND c.impact = r.inherent_impact), r.treatment, (SELECT group_concat(control_id, ',') FROM risk_control WHERE risk_id = r.id), (SELECT level_rank FROM matrix_cell c WHERE c.matrix_id = r.matrix_id AND c.likelihood = r.residual_likelihood AND c.impact = r.residual_impact), r.status, r.next_review, acc.accepted_by, acc.accepted_at, acc.until, r.current_tier, r.description FROM risk r LEFT JOIN risk_acceptance acc ON acc.risk_id = r.id ORDER BY r.id;"

peak_mib() {  # peak resident memory of one run, in MiB
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 |
		    awk '{ printf "%.1f", $1 / 1024 }'
	else
		echo "n/a"
	fi
}

declare -A r
for n in 1000 100000; do
	db=$dir/risks-$n.db
	if [ ! -f "$db" ]; then
		echo "generating $n risks into $db ..." >&2
		rm -f "$db" "$db-wal" "$db-shm"
		"$gen" "$db" "$n" $((n / 50 + 10))
	fi
	run() { ISMS_DB=$db "$isms" --size 120x40 --script "$1"; }
	base=$(median_ms run "$first")
	r[$n,first]=$base
	r[$n,sqlfirst]=$(median_ms sqlite3 "$db" "$page_sql")
	r[$n,scroll]=$(per_key "$(median_ms run "$scroll")" "$base" 600)
	r[$n,filter]=$(per_key "$(median_ms run "$filter")" "$base" 11)
	r[$n,sort]=$(per_key "$(median_ms run "$sort")" "$base" 10)
	r[$n,deep]=$(per_key "$(median_ms run "$deep")" "$base" 100)
	r[$n,peak]=$(peak_mib env ISMS_DB="$db" "$isms" --size 120x40 --script "$sort")
	r[$n,csv]=$(median_ms env ISMS_DB="$db" "$isms" risk export --format csv)
	r[$n,sqlcsv]=$(median_ms sqlite3 -csv "$db" "$csv_sql")
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }'; }
verdict() { awk -v v="$1" -v g="$2" 'BEGIN { print (v + 0 <= g + 0) ? "meets" : "MISSES" }'; }

printf '%-26s %20s %20s   %s\n' "" "1,000 risks" "100,000 risks" "goal"
printf '%-26s %20s %20s   %s\n' "first frame, isms (ms)" "${r[1000,first]}" "${r[100000,first]}" \
	"<= 3x sqlite3: $(ratio "${r[100000,first]}" "${r[100000,sqlfirst]}") $(verdict "$(awk -v a="${r[100000,first]}" -v b="${r[100000,sqlfirst]}" 'BEGIN{print a/b}')" 3)"
printf '%-26s %20s %20s\n' "first page, sqlite3 (ms)" "${r[1000,sqlfirst]}" "${r[100000,sqlfirst]}"
for k in scroll filter sort deep; do
	printf '%-26s %20s %20s   %s\n' "$k key (ms)" "${r[1000,$k]}" "${r[100000,$k]}" \
		"< 16 ms: $(verdict "${r[100000,$k]}" 16); <= 2x 1k: $(ratio "${r[100000,$k]}" "${r[1000,$k]}")"
done
printf '%-26s %20s %20s   %s\n' "peak memory (MiB)" "${r[1000,peak]}" "${r[100000,peak]}" \
	"< 64 MiB: $(verdict "${r[100000,peak]}" 64)"
printf '%-26s %20s %20s   %s\n' "risk export csv (ms)" "${r[1000,csv]}" "${r[100000,csv]}" \
	"<= 2x sqlite3: $(ratio "${r[100000,csv]}" "${r[100000,sqlcsv]}")"
printf '%-26s %20s %20s\n' "sqlite3 -csv (ms)" "${r[1000,sqlcsv]}" "${r[100000,sqlcsv]}"
