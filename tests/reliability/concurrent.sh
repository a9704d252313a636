#!/usr/bin/env bash
# tests/reliability/concurrent.sh - four editors on the same 20 SoA
# entries at once, through the command line, half of the writes naming
# the revision they read (--rev, as the TUI does), half not.
#
#   - no lost update: the stored value of every field is the newest value
#     of its history, and each history row's old value is the new value of
#     the row before it (a write that overwrote what it had not seen would
#     break that chain of values);
#   - every write that exited 0 is recorded exactly once; a write refused
#     as a conflict (exit 1, only with --rev) is not recorded at all; a
#     write without --rev is never refused;
#   - a record's rev moved once per recorded write;
#   - bounded waits: no write takes longer than 3 s (isms's busy timeout
#     is 5 s; a write alone takes about 30 ms, the slowest of a soak run
#     about 1 s);
#   - integrity_check, db check and verify pass afterwards.
#
# 200 writes per editor; REL_SOAK=1: 2,000.
. "$(dirname "$0")/lib.sh"

writes=$(soak 200 2000)
bound_us=3000000
db=$rel_dir/shared.db
isms --db "$db" init --org Concurrent 2>/dev/null || { echo "Bail out! init"; exit 99; }
fields=(owner how evidence)

# editor W: WRITES random edits; one line each in editor-W.tsv:
# token key field mode exit microseconds.
editor() {
	local w=$1 i k f mode rev rc t0 t1 out
	for i in $(seq 1 "$writes"); do
		k="A.5.$(($(rand 20) + 1))" f=${fields[$(rand 3)]}
		if [ "$(rand 2)" = 0 ]; then
			mode=rev
			rev=$(isms --db "$db" soa show "$k" | sed -n 's/^Revision: *\([0-9]*\),.*/\1/p')
			t0=$(now_us)
			out=$(isms --db "$db" soa set "$k" "--$f" "w$w-$i" --rev "${rev:-0}" 2>&1)
			rc=$?
		else
			mode=plain
			t0=$(now_us)
			out=$(isms --db "$db" soa set "$k" "--$f" "w$w-$i" 2>&1)
			rc=$?
		fi
		t1=$(now_us)
		printf 'w%s-%s\t%s\t%s\t%s\t%s\t%s\n' "$w" "$i" "$k" "$f" "$mode" "$rc" \
		    $((t1 - t0)) >>"$rel_dir/editor-$w.tsv"
		case $rc in
		0) ;;
		1) case $out in *"changed by"*) ;; *) echo "w$w-$i: $out" >>"$rel_dir/odd" ;; esac ;;
		*) echo "w$w-$i: exit $rc: $out" >>"$rel_dir/odd" ;;
		esac
	done
}

: >"$rel_dir/odd"
t0=$(now_us)
for w in 1 2 3 4; do editor "$w" & done
wait
elapsed=$(($(now_us) - t0))
cat "$rel_dir"/editor-*.tsv >"$rel_dir/all.tsv"

total=$(wc -l <"$rel_dir/all.tsv")
oks=$(awk -F'\t' '$5 == 0' "$rel_dir/all.tsv" | wc -l)
conflicts=$(awk -F'\t' '$5 == 1 && $4 == "rev"' "$rel_dir/all.tsv" | wc -l)
plain_refused=$(awk -F'\t' '$5 != 0 && $4 == "plain"' "$rel_dir/all.tsv" | wc -l)
other=$(awk -F'\t' '$5 > 1' "$rel_dir/all.tsv" | wc -l)
slowest=$(cut -f6 "$rel_dir/all.tsv" | sort -n | tail -1)
p99=$(cut -f6 "$rel_dir/all.tsv" | sort -n | awk '{ a[NR] = $1 } END { print a[int(NR * 0.99)] }')
diag "$total writes in $(secs "$elapsed") s: $oks recorded, $conflicts conflicts, p99 $(secs "$p99") s, slowest $(secs "$slowest") s"

check "every editor's write ran ($total of $((4 * writes)))" $((4 * writes - total))
check "writes without --rev are never refused" "$plain_refused" \
    "$(grep -v 'changed by' "$rel_dir/odd" | head -3)"
check "no write failed other than as a conflict" "$other" "$(head -3 "$rel_dir/odd")"

inv=$(sqlite3 :memory: <<EOF
.mode tabs
CREATE TABLE w (token TEXT, key TEXT, field TEXT, mode TEXT, rc INT, us INT);
.import $rel_dir/all.tsv w
ATTACH 'file:$db?mode=ro' AS d;
CREATE TABLE h AS SELECT seq, key, field, old, new FROM d.history
  WHERE entity = 'soa';
CREATE INDEX h_new ON h(new, key, field);
CREATE TABLE n AS SELECT w.token, w.rc, (SELECT count(*) FROM h
  WHERE h.new = w.token AND h.key = w.key AND h.field = w.field) AS found
  FROM w;
SELECT 'recorded ' || found || ' times: ' || token || ' (exit ' || rc || ')'
  FROM n WHERE found != (rc = 0);
SELECT 'rev: ' || s.control_id || ' is at ' || s.rev || ' after ' ||
  coalesce(c.n, 0) || ' writes'
  FROM d.soa_entry s LEFT JOIN (SELECT key, count(*) AS n FROM w
    WHERE rc = 0 GROUP BY key) c ON c.key = s.control_id
  WHERE s.control_id IN (SELECT key FROM w) AND s.rev != 1 + coalesce(c.n, 0);
CREATE TABLE newest AS SELECT key, field, new FROM (SELECT key, field, new,
  row_number() OVER (PARTITION BY key, field ORDER BY seq DESC) AS r FROM h)
  WHERE r = 1;
SELECT 'lost update: ' || s.control_id || ' ' || f.name || ' is ' ||
  quote(CASE f.name WHEN 'owner' THEN s.owner WHEN 'how' THEN s.how
  ELSE s.evidence END) || ', its newest history value ' || quote(x.new)
  FROM d.soa_entry s, (SELECT 'owner' AS name UNION ALL SELECT 'how'
    UNION ALL SELECT 'evidence') f
  LEFT JOIN newest x ON x.key = s.control_id AND x.field = f.name
  WHERE (CASE f.name WHEN 'owner' THEN s.owner WHEN 'how' THEN s.how
    ELSE s.evidence END) IS NOT coalesce(x.new, '');
SELECT 'lost update: row ' || seq || ' replaced ' || quote(old) ||
  ' but the value before it was ' || quote(prev)
  FROM (SELECT seq, old, lag(new) OVER v AS prev, lag(seq) OVER v AS pseq
    FROM h WINDOW v AS (PARTITION BY key, field ORDER BY seq))
  WHERE pseq IS NOT NULL AND coalesce(old, '') != coalesce(prev, '');
EOF
)
check "no lost update, every success recorded once, revs counted" \
    "$(printf '%s' "$inv" | grep -c .)" "$(printf '%s\n' "$inv" | head -5)"
problems=$(damage "$db")
check "integrity_check, db check and verify pass afterwards" \
    "$(printf '%s' "$problems" | grep -c .)" "$problems"
[ "$slowest" -le "$bound_us" ]
check "bounded waits: the slowest write took $(secs "$slowest") s (bound $(secs $bound_us) s)" $?

lost=$(printf '%s\n' "$inv" | grep -c 'lost update')
finish "concurrent editors: 4 x $writes writes, $oks recorded, $conflicts conflicts, $lost lost, slowest $(secs "$slowest") s (bound 3 s)"
