#!/usr/bin/env bash
# tests/bench/run.sh - how fast isms is on long registers, each figure
# timed in turn with the sqlite3 shell doing the same work on the same
# file.  Called by `./dev bench [--huge]`.
#
#   tests/bench/run.sh [--huge] BUILD_DIR
#
# Registers of 1,000 and 100,000 risks (--huge: also 1,000,000) are made
# by tests/bench/gen into BUILD_DIR/bench/risks-N.db and kept (made again
# when the generator is newer).  Every figure is processor time (user +
# system) of the process, which other load on the machine moves far less
# than wall-clock time:
#
# - a key: the time from reading it to its frame on the screen, from the
#   frame log of isms (ISMS_FRAME_LOG, see isms(1)); work left for when no
#   key waits (a count, a position) is shown apart, as "idle after";
# - a first frame: the time from the start of the process to the frame of
#   its tab; a list or an export: the whole process (tests/bench/cpu),
#   with its peak resident memory.
#
# Each figure and its baseline run one after the other, $ISMS_BENCH_ROUNDS
# (5) rounds; the table gives the median of the rounds, their spread
# (min-max), the median of the ratios of each round's pair, and the
# instructions per key as callgrind counts them (one run, under valgrind,
# independent of load).  The CSV baselines produce the very file isms
# writes (compared byte for byte).  Each goal of the performance issue is
# printed with "met" or "MISSED".
set -euo pipefail
huge=false
if [ "${1:-}" = --huge ]; then
	huge=true
	shift
fi
build=$(cd "${1:-build}" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
isms=$build/isms
gen=$build/tests/bench/gen
cpu=$build/tests/bench/cpu
dir=$build/bench
rounds=${ISMS_BENCH_ROUNDS:-5}
sizes=${ISMS_BENCH_SIZES:-1000 100000}
$huge && sizes="$sizes 1000000"
big=100000
mkdir -p "$dir" "$dir/cg"
chmod 700 "$dir"
export ISMS_CATALOG_PATH=$src/catalogs LC_ALL=C.UTF-8 ISMS_TODAY=2026-12-01
unset NO_COLOR ISMS_DB ISMS_FRAME_LOG
today=$ISMS_TODAY
size=120x40
page=36                                # table rows on a 120x40 screen
callgrind=true
command -v valgrind >/dev/null 2>&1 || callgrind=false

say() { printf 'bench: %s\n' "$*" >&2; }

# ---- numbers ----

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "-"; exit }
	m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
	printf "%.2f\n", m }'; }
spread() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END {
	if (NR) printf "%.2f-%.2f\n", lo, hi; else print "-" }'; }

# cpu_ms OUT CMD...: processor time of CMD in ms (its output into OUT);
# its peak memory (KiB) is left in $dir/kib
cpu_ms() {
	local out=$1 us kib st
	shift
	read -r us kib st < <("$cpu" -o "$out" "$@" 2>"$dir/err")
	if [ "$st" != 0 ]; then
		say "failed ($st): $* ($(head -c 300 "$dir/err"))"
		exit 1
	fi
	echo "$kib" >"$dir/kib"
	awk -v u="$us" 'BEGIN { printf "%.3f\n", u / 1000 }'
}

declare -A val peak
add() {  # add FIGURE VALUE: the value of one round
	if [ -z "$2" ]; then
		say "no value for $1"
		exit 1
	fi
	val[$1]="${val[$1]:-} $2"
}
vals() { printf '%s\n' ${val[$1]:-}; }

# ---- keystroke scripts (one key a line, so each has its frame) ----

keys() {  # keys NAME: the script on standard input, as $dir/NAME.keys
	cat >"$dir/$1.keys"
}
rep() { for _ in $(seq "$1"); do echo "$2"; done; }

make_scripts() {
	local mid=$1
	for d in 2 3 4; do echo "key $d" | keys "first$d"; done
	printf 'tick\n' | keys first1
	{ echo 'key 3'; rep 60 'key j'; } | keys scroll-top
	{ echo 'key 3'; echo 'key /'; echo "type R-$mid"; echo 'key Enter'
	  rep 60 'key j'; } | keys scroll-middle
	{ echo 'key 3'; echo 'key G'; rep 60 'key k'; } | keys scroll-end
	{ echo 'key 3'; echo 'key G'; rep 30 'key PgUp'; } | keys pgup-end
	{ echo 'key 3'; rep 20 'key G
key g'; } | keys jump
	{ echo 'key 3'; echo 'key /'; echo "type R-$mid"; echo 'key Enter'
	  rep 2 'key s
key s
key s
key s
key s
key s
key s
key s
key s
key S'; } | keys sort
	{ echo 'key 3'; echo 'key f'
	  for c in r a n s o m w a r e; do echo "type $c"; done; } | keys filter
	{ echo 'key 3'; echo 'key /'; echo "type R-$mid"; echo 'key Enter'
	  rep 10 'key Enter
key Esc'; } | keys open
	# / from the top to the row in the middle, ten times (typed a
	# character a line, so that each key has its frame and its count)
	{ echo 'key 3'
	  for _ in $(seq 10); do
		echo 'key /'
		echo "R-$mid" | fold -w1 | sed 's/^/type /'
		echo 'key Enter'
		echo 'key g'
	  done; } | keys search
}
# name:measured keys (the last ones of the script):key name or "" for any
key_figures="scroll-top:60: scroll-middle:60: scroll-end:60: pgup-end:30:
	jump:40: sort:20: filter:10: search:200:Enter open:20:Enter"

# frames DB SCRIPT: one run, its frame log in $dir/frames.log (and its
# peak memory in $dir/kib)
frames() {
	rm -f "$dir/frames.log"
	ISMS_FRAME_LOG=$dir/frames.log cpu_ms /dev/null env ISMS_DB="$1" \
	    "$isms" --size "$size" --script "$dir/$2.keys" >/dev/null
}

# key_costs N WANT: from a frame log, the ms of each of the last N key
# frames (only those of key WANT when it is not empty), then on stderr the
# ms of idle work that followed them
key_costs() {
	awk -v n="$1" -v want="$2" '
	$1 == "key" { k++; kind[NR] = "k"; name[NR] = $2 }
	$1 == "idle" { kind[NR] = "i" }
	{ ms[NR] = ($4 - $3) / 1e6 }
	END {
		first = k - n + 1; j = 0
		for (i = 1; i <= NR; i++) {
			if (kind[i] == "k") j++
			if (j < first) continue
			if (kind[i] == "k" && (want == "" || name[i] == want))
				print ms[i]
			if (kind[i] == "i") printf "%s\n", ms[i] > "/dev/stderr"
		}
	}'
}

# the frame of the tab's key (the first frame for the first tab), in ms
# from the start of the process
first_frame() {
	awk -v t="$1" '($1 == "start" && t == 1) || ($1 == "key" && t != 1) {
		printf "%.3f\n", $4 / 1e6; exit }'
}

# callgrind: instructions of each of the last N keys (and of idle work)
key_instructions() {  # DB SCRIPT N WANT
	local out=$dir/cg/$2 log=$dir/cg/$2.frames
	$callgrind || return 0
	rm -f "$out".* "$log"
	ISMS_DB=$1 ISMS_FRAME_LOG=$log valgrind --tool=callgrind \
	    --collect-atstart=no --toggle-collect=app_frame \
	    --dump-after=app_frame --callgrind-out-file="$out.%p" \
	    "$isms" --size "$size" --script "$dir/$2.keys" >/dev/null \
	    2>"$dir/cg/err" || { say "callgrind failed: $2"; return 0; }
	# dumps are numbered in the order of the keys: .1 is the first
	local pid files
	pid=$(ls "$out".* | sed -n 's/.*\.\([0-9]*\)\.[0-9]*$/\1/p' | head -1)
	files=$(ls "$out.$pid".* 2>/dev/null | awk -F. '{ print $NF, $0 }' |
	    sort -n | cut -d' ' -f2)
	awk '$1 == "key" { print $2 }' "$log" >"$log.names"
	local i=0 total
	total=$(echo "$files" | wc -l)
	for f in $files; do
		i=$((i + 1))
		[ "$i" -gt $((total - $3)) ] || continue
		if [ -n "$4" ] && [ "$(sed -n "${i}p" "$log.names")" != "$4" ]
		then
			continue
		fi
		sed -n 's/^summary: *//p; s/^totals: *//p' "$f" | head -1
	done
}

# ---- the sqlite3 shell doing the same work ----

level_name() {  # level_name L I: "Name (Ll Ii)" of scores L and I
	echo "(SELECT lv.name || ' (L' || r.$1 || ' I' || r.$2 || ')' FROM" \
	    "matrix_cell c JOIN matrix_level lv ON lv.matrix_id = c.matrix_id" \
	    "AND lv.rank = c.level_rank WHERE c.matrix_id = r.matrix_id AND" \
	    "c.likelihood = r.$1 AND c.impact = r.$2)"
}
level_rank() {
	echo "(SELECT c.level_rank FROM matrix_cell c WHERE c.matrix_id =" \
	    "r.matrix_id AND c.likelihood = r.$1 AND c.impact = r.$2)"
}
effective="coalesce($(level_rank residual_likelihood residual_impact), \
$(level_rank inherent_likelihood inherent_impact))"
basis="(ifnull(r.residual_likelihood, '') || ':' || \
ifnull(r.residual_impact, '') || ':' || ifnull(r.treatment, '') || ':' || \
ifnull((SELECT group_concat(control_id, ',') FROM (SELECT control_id FROM \
risk_control WHERE risk_id = r.id ORDER BY control_id)), ''))"
stale="(acc.id IS NOT NULL AND acc.basis IS NOT $basis)"
valid="(acc.id IS NOT NULL AND NOT $stale AND ifnull(acc.until, '9999') >= \
'$today')"
flagged="(ifnull($effective > mx.acceptance_rank, 0) AND NOT $valid AND \
r.status <> 'closed')"
overdue="(r.next_review < '$today' AND r.status <> 'closed')"
late="(ifnull((SELECT min(due) FROM risk_action a WHERE a.risk_id = r.id AND \
a.status IN ('planned', 'in-progress')) < '$today', 0) AND r.status <> \
'closed')"
excluded="EXISTS (SELECT 1 FROM risk_control rc JOIN soa_entry s ON \
s.framework_id = rc.framework_id AND s.control_id = rc.control_id WHERE \
rc.risk_id = r.id AND s.applicable = 'no')"
flags="trim(iif($flagged, 'above-appetite', '') || iif($stale, \
' accepted-stale', '') || iif($overdue, ' review-overdue', '') || \
iif($late, ' action-overdue', '') || iif($excluded, ' excluded-control', \
''))"
risk_from="FROM risk r JOIN matrix mx ON mx.id = r.matrix_id LEFT JOIN \
risk_acceptance acc ON acc.id = (SELECT max(id) FROM risk_acceptance WHERE \
risk_id = r.id)"
treatment_label="CASE r.treatment WHEN 'modify' THEN 'mitigate' WHEN \
'retain' THEN 'accept' WHEN 'share' THEN 'transfer' ELSE r.treatment END"
status_label="r.status"
soa_status_label="replace(s.status, '-', ' ')"
ra="EXISTS (SELECT 1 FROM risk_control rc WHERE rc.framework_id = \
s.framework_id AND rc.control_id = s.control_id)"
soa_from="FROM soa_entry s JOIN requirement q ON q.framework_id = \
s.framework_id AND q.id = s.control_id"

sql_first1="SELECT q.id, q.title, c.status, c.owner, c.due FROM clause_status \
c JOIN requirement q ON q.framework_id = c.framework_id AND q.id = \
c.requirement_id ORDER BY q.ord LIMIT $page;"
sql_first2="SELECT q.id, q.title, s.applicable, s.reasons, $ra, s.status, \
s.owner $soa_from ORDER BY q.ord LIMIT $page;"
sql_first3="SELECT r.ref, r.statement, $(level_rank inherent_likelihood \
inherent_impact), $(level_rank residual_likelihood residual_impact), r.owner, \
r.treatment, r.next_review, r.status FROM risk r ORDER BY r.id LIMIT $page;"
sql_first4="SELECT id, name, type, owner, classification, confidentiality, \
integrity, availability FROM asset ORDER BY id LIMIT $page;"

sql_risk_list="SELECT r.ref AS REF, r.statement AS STATEMENT, r.owner AS OWNER, \
ifnull((SELECT name FROM matrix_level WHERE matrix_id = r.matrix_id AND rank \
= $(level_rank inherent_likelihood inherent_impact)), '-') AS INHERENT, \
ifnull((SELECT name FROM matrix_level WHERE matrix_id = r.matrix_id AND rank \
= $(level_rank residual_likelihood residual_impact)), '-') AS RESIDUAL, \
ifnull($treatment_label, '-') AS TREATMENT, $status_label AS STATUS, \
ifnull(r.next_review, '-') AS REVIEW, $flags AS FLAGS $risk_from ORDER BY \
r.id;"
sql_soa_list="SELECT q.id AS ID, q.title AS TITLE, s.applicable AS APPLICABLE, \
trim(replace(s.reasons, ',', ' ') || iif($ra, ' RA', '')) AS REASONS, \
$soa_status_label AS STATUS, s.owner AS OWNER, (SELECT count(*) FROM \
risk_control rc WHERE rc.framework_id = s.framework_id AND rc.control_id = \
s.control_id) AS RISKS $soa_from ORDER BY q.ord;"

# csv_sql TAIL NAME EXPR ...: a SELECT of the EXPRs (headed NAME) that the
# shell prints as isms writes CSV: RFC 4180 quoting where a cell holds a
# comma, a quote or a line break, a cell that could start a formula
# quoted behind a ', rows ending in CRLF.  The inner query has an OFFSET,
# so SQLite cannot flatten it and evaluates each expression once.
csv_sql() {
	local tail=$1 inner="" outer="" i=0 q
	shift
	while [ $# -gt 0 ]; do
		i=$((i + 1))
		inner="$inner${inner:+, }$2 AS c$i"
		q="CASE WHEN c$i IS NULL THEN '' WHEN substr(c$i, 1, 1) IN ('=', \
'+', '-', '@', char(9), char(13)) THEN '\"''' || replace(c$i, '\"', \
'\"\"') || '\"' WHEN instr(c$i, ',') OR instr(c$i, '\"') OR instr(c$i, \
char(10)) OR instr(c$i, char(13)) THEN '\"' || replace(c$i, '\"', \
'\"\"') || '\"' ELSE c$i END"
		outer="$outer${outer:+, }$q AS \"$1\""
		shift 2
	done
	echo "SELECT $outer FROM (SELECT $inner $tail LIMIT -1 OFFSET 0);"
}
current_name="coalesce($(level_name current_likelihood current_impact), \
(SELECT name FROM matrix_level WHERE matrix_id = r.matrix_id AND rank = \
r.current_rank), '')"
accepted="CASE WHEN acc.id IS NULL THEN '' WHEN $stale THEN 'stale' WHEN \
acc.until < '$today' THEN 'expired' ELSE 'accepted' END"
sql_risk_csv=$(csv_sql "$risk_from ORDER BY r.id" \
	Risk r.ref Statement r.statement Threat r.threat \
	Vulnerability r.vulnerability \
	Assets "ifnull((SELECT group_concat(name, '; ') FROM (SELECT a.name \
FROM risk_asset ra JOIN asset a ON a.id = ra.asset_id WHERE ra.risk_id = \
r.id ORDER BY a.name)), '')" \
	Owner r.owner Identified r.identified \
	"Inherent level" "$(level_name inherent_likelihood inherent_impact)" \
	"Current level" "$current_name" \
	Treatment "$treatment_label" \
	Controls "ifnull((SELECT group_concat(id, ',') FROM (SELECT q.id FROM \
risk_control rc JOIN requirement q ON q.framework_id = rc.framework_id AND \
q.id = rc.control_id WHERE rc.risk_id = r.id ORDER BY q.ord)), '')" \
	"Residual level" "$(level_name residual_likelihood residual_impact)" \
	Status "$status_label" "Next review" r.next_review \
	"Accepted by" acc.accepted_by "Accepted at" acc.accepted_at \
	"Accepted until" acc.until Acceptance "$accepted" Flags "$flags" \
	Description r.description)
sql_soa_csv=$(csv_sql "$soa_from ORDER BY q.ord" \
	Control q.id Title q.title Theme q.theme_id Applicable s.applicable \
	Reasons "trim(replace(s.reasons, ',', ' ') || iif($ra, ' RA', ''))" \
	Justification s.justification \
	"Implementation status" "$soa_status_label" \
	"How implemented" s.how Evidence s.evidence Owner s.owner \
	"Linked risks" "ifnull((SELECT group_concat(ref, ',') FROM (SELECT \
k.ref FROM risk_control rc JOIN risk k ON k.id = rc.risk_id WHERE \
rc.framework_id = s.framework_id AND rc.control_id = s.control_id ORDER BY \
k.ref)), '')" \
	"Last review" s.reviewed)
sql_treatment_csv=$(csv_sql "FROM risk_action a JOIN risk r ON r.id = \
a.risk_id ORDER BY r.id, a.id" \
	Risk r.ref Action a.id What a.what Control a.control_id Owner a.owner \
	Due a.due Status "replace(a.status, '-', ' ')" Done a.done)

# ---- one size ----

registers="risk soa treatment"
formats="csv md html xlsx"

bench_size() {
	local n=$1 db=$dir/risks-$1.db mid r f t q got idle
	if [ ! -f "$db" ] || [ "$gen" -nt "$db" ]; then
		say "generating $n risks into $db"
		rm -f "$db" "$db-wal" "$db-shm"
		local t0=$SECONDS
		"$gen" "$db" "$n" $((n / 50 + 10))
		say "generated in $((SECONDS - t0)) s"
	fi
	# bring the file to this isms's schema before anything is timed
	"$isms" --db "$db" db check >/dev/null
	mid=$(printf '%03d' $((n / 2)))
	make_scripts "$mid"
	for r in $(seq "$rounds"); do
		say "$n risks: round $r of $rounds"
		for t in 1 2 3 4; do
			frames "$db" "first$t"
			add "first$t,$n" "$(first_frame $t <"$dir/frames.log")"
			q=sql_first$t
			add "sqfirst$t,$n" "$(cpu_ms /dev/null sqlite3 -batch \
			    "$db" "${!q}")"
		done
		for f in $key_figures; do
			IFS=: read -r name count want <<<"$f"
			frames "$db" "$name"
			got=$(key_costs "$count" "$want" <"$dir/frames.log" \
			    2>"$dir/idle")
			add "$name,$n" "$(echo "$got" | median)"
			idle=$(median <"$dir/idle")
			[ "$idle" = - ] || add "idle-$name,$n" "$idle"
			[ "$name" = sort ] && peak[tui,$n]=$(cat "$dir/kib")
		done
		[ "$n" -gt "$big" ] && continue
		add "risk-list,$n" "$(cpu_ms /dev/null env ISMS_DB="$db" \
		    "$isms" risk list)"
		add "sq-risk-list,$n" "$(cpu_ms /dev/null sqlite3 -batch -column \
		    -header "$db" "$sql_risk_list")"
		add "soa-list,$n" "$(cpu_ms /dev/null env ISMS_DB="$db" \
		    "$isms" soa list)"
		add "sq-soa-list,$n" "$(cpu_ms /dev/null sqlite3 -batch -column \
		    -header "$db" "$sql_soa_list")"
		for reg in $registers; do
			for f in $formats; do
				local out=$dir/$reg.$f
				rm -f "$out"
				if [ "$f" = xlsx ]; then
					add "$reg-$f,$n" "$(cpu_ms /dev/null env \
					    ISMS_DB="$db" "$isms" "$reg" export \
					    --format "$f" --output "$out")"
				else
					add "$reg-$f,$n" "$(cpu_ms "$out" env \
					    ISMS_DB="$db" "$isms" "$reg" export \
					    --format "$f")"
				fi
				peak[$reg-$f,$n]=$(cat "$dir/kib")
			done
			q=sql_${reg}_csv
			add "sq-$reg-csv,$n" "$(cpu_ms "$dir/$reg.sq.csv" \
			    sqlite3 -batch -list -header -separator , \
			    -newline $'\r\n' "$db" "${!q}")"
			if ! cmp -s "$dir/$reg.csv" "$dir/$reg.sq.csv"; then
				say "$reg csv: the sqlite3 baseline differs from the" \
				    "export ($dir/$reg.csv, $dir/$reg.sq.csv)"
				exit 1
			fi
		done
	done
	if $callgrind; then
		say "$n risks: instruction counts (callgrind)"
		for f in $key_figures; do
			IFS=: read -r name count want <<<"$f"
			key_instructions "$db" "$name" "$count" "$want" |
			    median >"$dir/cg/$name-$n.ir"
		done
	fi
}

# ---- the table ----

ratio_of() {  # ratio_of A B: per-round ratios A/B
	paste <(vals "$1") <(vals "$2") | awk '$2 > 0 { print $1 / $2 }'
}
fmt_ms() { awk -v v="$1" 'BEGIN { if (v == "-") print "-"; else printf "%.2f", v }'; }
verdict() { awk -v v="$1" -v g="$2" 'BEGIN { print (v != "-" && v + 0 <= g + 0) ? "met" : "MISSED" }'; }
mib() { awk -v k="$1" 'BEGIN { if (k == "") print "-"; else printf "%.1f", k / 1024 }'; }

row() {  # row FIGURE VALUE... : one line of the table
	printf '%-28s' "$1"
	shift
	printf ' %s' "$@"
	echo
}

report() {
	local n m s k sb rt g
	echo
	echo "isms bench: $(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg),"
	echo "$rounds rounds; ms of processor time (median, min-max of rounds);"
	echo "ratio = median of the rounds' ratios; Ir = instructions per key (callgrind)"
	echo
	printf '%-28s %-10s %-24s %-24s %s\n' figure risks isms baseline "ratio / goal"
	for n in $sizes; do
		echo "--- $n risks"
		for t in 1 2 3 4; do
			m=$(vals "first$t,$n" | median)
			s=$(vals "first$t,$n" | spread)
			sb=$(vals "sqfirst$t,$n" | median)
			rt=$(ratio_of "first$t,$n" "sqfirst$t,$n" | median)
			g=""
			case $t in
			2|3) [ "$n" -lt "$big" ] || g="<= 3x: $(verdict "$rt" 3)" ;;
			esac
			row "$(printf 'first frame, tab %d' $t)" "$n" \
			    "$(printf '%-24s' "$m ($s)")" \
			    "$(printf '%-24s' "sqlite3 $sb")" "${rt}x $g"
		done
		for f in $key_figures; do
			IFS=: read -r name count want <<<"$f"
			m=$(vals "$name,$n" | median)
			s=$(vals "$name,$n" | spread)
			k=$(awk '{ if ($1 == "-") print "-"
			    else printf "%.2fM\n", $1 / 1e6 }' \
			    "$dir/cg/$name-$n.ir" 2>/dev/null || echo -)
			g="< 16 ms: $(verdict "$m" 16)"
			if [ "$n" != 1000 ]; then
				local small
				small=$(vals "$name,1000" | median)
				rt=$(awk -v a="$m" -v b="$small" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }')
				g="$g; ${rt}x 1k <= 2x: $(verdict "$rt" 2)"
			fi
			row "key: $name" "$n" "$(printf '%-24s' "$m ($s)")" \
			    "$(printf '%-24s' "Ir $k")" "$g"
			if [ -n "${val[idle-$name,$n]:-}" ]; then
				row "  idle after $name" "$n" "$(vals "idle-$name,$n" | median)"
			fi
		done
		row "TUI peak memory (MiB)" "$n" "$(mib "${peak[tui,$n]:-}")" \
		    "$(printf '%-24s' '')" "< 64: $(verdict "$(mib "${peak[tui,$n]:-}")" 64)"
		[ "$n" -gt "$big" ] && continue
		for l in risk-list soa-list; do
			m=$(vals "$l,$n" | median)
			s=$(vals "$l,$n" | spread)
			sb=$(vals "sq-$l,$n" | median)
			rt=$(ratio_of "$l,$n" "sq-$l,$n" | median)
			g=""
			[ "$l" = soa-list ] && g="<= 3x: $(verdict "$rt" 3)"
			row "$l" "$n" "$(printf '%-24s' "$m ($s)")" \
			    "$(printf '%-24s' "sqlite3 $sb")" "${rt}x $g"
		done
		for reg in $registers; do
			for f in $formats; do
				m=$(vals "$reg-$f,$n" | median)
				s=$(vals "$reg-$f,$n" | spread)
				if [ "$f" = csv ]; then
					sb=$(vals "sq-$reg-csv,$n" | median)
					rt=$(ratio_of "$reg-$f,$n" "sq-$reg-csv,$n" | median)
					g=""
					[ "$reg" = risk ] && g="<= 1.5x: $(verdict "$rt" 1.5)"
					sb="sqlite3 $sb (same file)"
				else
					sb="$reg csv"
					rt=$(ratio_of "$reg-$f,$n" "$reg-csv,$n" | median)
					g=""
					[ "$reg-$f" = soa-xlsx ] && g="<= 3x: $(verdict "$rt" 3)"
				fi
				row "$reg export $f" "$n" "$(printf '%-24s' "$m ($s)")" \
				    "$(printf '%-24s' "$sb")" "${rt}x $g; $(mib "${peak[$reg-$f,$n]}") MiB <= 16: $(verdict "$(mib "${peak[$reg-$f,$n]}")" 16)"
			done
		done
	done
}

t0=$SECONDS
for n in $sizes; do
	bench_size "$n"
done
report | tee "$dir/report.txt"
echo
echo "($((SECONDS - t0)) s; the table is also in $dir/report.txt)"
