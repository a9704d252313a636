#!/usr/bin/env bash
# tests/reliability/crash.sh - the crash loop: isms writes killed with
# SIGKILL at random moments, and after every kill the file is checked
# whole: PRAGMA integrity_check, isms db check, isms verify, and the
# invariants of the writes themselves:
#
#   - every write is all or nothing: the history rows of one write (each
#     write stores one unique token in every field it sets) are all there
#     or none is;
#   - every write that exited 0 is in the history; one that failed is not;
#   - a row's rev moved by exactly the number of writes recorded for it;
#   - the stored value of each field is the newest value in its history,
#     and each history row's old value is the new value before it;
#   - a deleted risk is gone together with its "deleted" history row.
#
# Writes: soa set with one field and with three, risk set, risk rm; one or
# two at a time, each killed after 1 ms up to the time a whole write takes
# on this machine (measured first on a copy, the quickest of three: a
# kill later than that would only land after the write), until 100 kills
# landed inside writes (1,000 with REL_SOAK=1).
#
# The negative control runs the same checks on a copy written by
# unsafe_writer (journal and syncs off, a tiny page cache: a transaction
# spills half-done pages into the file) and must find damage, or the
# checks are blind: 20 control kills, 100 with REL_SOAK=1.
. "$(dirname "$0")/lib.sh"

iters=$(soak 100 1000)
controls=$(soak 20 100)
unsafe=$rel_build/tests/reliability/unsafe_writer
[ -x "$unsafe" ] || { echo "Bail out! $unsafe is not built"; exit 99; }

db=$rel_dir/crash.db
log=$rel_dir/ops.tsv       # token entity key rows outcome
base=$rel_dir/base.tsv     # entity key rev, as set up
keys=()
for i in $(seq 1 20); do keys+=("A.5.$i"); done

# setup DB: a fresh ISMS with 12 risks, each with an action and a link;
# records the starting revs and the head the invariants count from.
setup() {
	rm -f "$1" "$1"-wal "$1"-shm
	isms --db "$1" init --org Crash 2>/dev/null || return 1
	isms --db "$1" asset add "File server" >/dev/null || return 1
	for i in $(seq 1 12); do
		isms --db "$1" risk add "Risk $i" --owner "start" --likelihood 3 \
		    --impact 3 >/dev/null || return 1
		isms --db "$1" risk action add "R-$(printf %03d "$i")" "Fix $i" \
		    >/dev/null || return 1
		isms --db "$1" risk link "R-$(printf %03d "$i")" --asset \
		    "File server" --control A.8.8 || return 1
	done
	sqlite3 -separator $'\t' "$1" "SELECT 'soa', control_id, rev FROM soa_entry
	    UNION ALL SELECT 'risk', ref, rev FROM risk;" >"$base"
	base_seq=$(sqlite3 "$1" 'SELECT seq FROM history_head;')
	: >"$log"
}

# invariants DB: print each broken invariant (see the top of the file).
# The history is copied into indexed tables first, so a check stays fast
# as the history grows over 1,000 kills.
invariants() {
	local uri="file:$1?mode=ro"
	sqlite3 -cmd '.timeout 5000' :memory: <<EOF 2>&1
.mode tabs
CREATE TABLE op (token TEXT, entity TEXT, key TEXT, rows INT, outcome TEXT);
.import $log op
CREATE INDEX op_token ON op(token);
CREATE TABLE base (entity TEXT, key TEXT, rev INT);
.import $base base
ATTACH '$uri' AS d;
-- the history rows of the fields the loop writes; h: those since set-up
CREATE TABLE hall AS SELECT seq, entity, key, field, old, new FROM d.history
  WHERE (entity = 'soa' AND field IN ('owner', 'how', 'evidence'))
  OR (entity = 'risk' AND field IN ('owner', 'deleted'));
CREATE INDEX hall_ekf ON hall(entity, key, field, seq);
CREATE TABLE h AS SELECT * FROM hall WHERE seq > $base_seq;
CREATE INDEX h_new ON h(new);
CREATE INDEX h_ekf ON h(entity, key, field);
CREATE TABLE found AS SELECT new AS token, count(*) AS n FROM h
  WHERE new IN (SELECT token FROM op) GROUP BY new;
CREATE INDEX found_token ON found(token);
CREATE TABLE writes AS SELECT entity, key, count(DISTINCT new) AS n FROM h
  WHERE new IN (SELECT token FROM op) GROUP BY entity, key;
CREATE TABLE newest AS SELECT entity, key, field, new FROM hall x
  WHERE seq = (SELECT max(seq) FROM hall y WHERE y.entity = x.entity
    AND y.key = x.key AND y.field = x.field);
CREATE INDEX newest_ekf ON newest(entity, key, field);
CREATE TEMP VIEW tok AS
  SELECT o.*, coalesce(f.n, 0) AS found FROM op o LEFT JOIN found f
  ON f.token = o.token WHERE o.token != '-';
SELECT 'torn write: ' || token || ' (' || outcome || ') has ' || found ||
  ' of its ' || rows || ' history rows' FROM tok
  WHERE found NOT IN (0, rows);
SELECT 'lost: ' || token || ' exited 0 but is not in the history'
  FROM tok WHERE outcome = 'ok' AND found = 0;
SELECT 'phantom: ' || token || ' failed but is in the history'
  FROM tok WHERE outcome = 'fail' AND found > 0;
SELECT 'history row ' || seq || ' (' || new || ') was not written here'
  FROM h WHERE new IS NOT NULL AND new != '' AND field != 'deleted'
  AND new NOT IN (SELECT token FROM op);
SELECT 'rev: ' || b.entity || ' ' || b.key || ' is at ' || r.rev ||
  ', recorded writes make it ' || (b.rev + coalesce(w.n, 0))
  FROM base b JOIN (SELECT 'soa' AS entity, control_id AS key, rev
    FROM d.soa_entry UNION ALL SELECT 'risk', ref, rev FROM d.risk) r
  USING (entity, key) LEFT JOIN writes w USING (entity, key)
  WHERE r.rev != b.rev + coalesce(w.n, 0);
SELECT 'replay: soa ' || s.control_id || ' ' || f.name ||
  ' is not its newest history value'
  FROM d.soa_entry s, (SELECT 'owner' AS name UNION ALL SELECT 'how'
    UNION ALL SELECT 'evidence') f
  JOIN newest n ON n.entity = 'soa' AND n.key = s.control_id
  AND n.field = f.name
  WHERE (CASE f.name WHEN 'owner' THEN s.owner WHEN 'how' THEN s.how
    ELSE s.evidence END) IS NOT n.new;
SELECT 'replay: risk ' || r.ref || ' owner is not its newest history value'
  FROM d.risk r JOIN newest n ON n.entity = 'risk' AND n.key = r.ref
  AND n.field = 'owner' WHERE r.owner IS NOT n.new;
SELECT 'old value: row ' || seq || ' says ' || quote(old) ||
  ' was there, the row before says ' || quote(prev)
  FROM (SELECT seq, old, lag(new) OVER w AS prev, lag(seq) OVER w AS pseq
    FROM hall WHERE field != 'deleted'
    WINDOW w AS (PARTITION BY entity, key, field ORDER BY seq))
  WHERE seq > $base_seq AND pseq IS NOT NULL
  AND coalesce(old, '') != coalesce(prev, '');
SELECT 'risk ' || o.key || ': rm exited 0 but it is still there' FROM op o
  WHERE o.token = '-' AND o.outcome = 'ok'
  AND EXISTS (SELECT 1 FROM d.risk WHERE ref = o.key);
SELECT 'risk ' || o.key || ': ' || CASE WHEN EXISTS (SELECT 1 FROM d.risk
  WHERE ref = o.key) THEN 'still there, but its deletion is recorded'
  ELSE 'gone without its deletion in the history' END FROM op o
  WHERE o.token = '-' AND EXISTS (SELECT 1 FROM d.risk WHERE ref = o.key) =
  EXISTS (SELECT 1 FROM h WHERE entity = 'risk' AND key = o.key
    AND field = 'deleted');
EOF
}

# start_op N: start one random write in the background, killed after
# 1 to write_ms ms; its log line is written when it ends (ops-N.tsv).
start_op() {
	local n=$1 tok="c$iter-$n" k=${keys[$(rand ${#keys[@]})]} r rows cmd entity key
	case $(rand 10) in
	0|1|2) entity=soa key=$k rows=1 cmd=(soa set "$k" --owner "$tok") ;;
	3|4) entity=soa key=$k rows=3
		cmd=(soa set "$k" --owner "$tok" --how "$tok" --evidence "$tok") ;;
	5) entity=soa key=$k rows=1
		r=$(sqlite3 -cmd '.timeout 5000' "$db" "SELECT rev FROM soa_entry WHERE control_id = '$k';")
		cmd=(soa set "$k" --evidence "$tok" --rev "${r:-1}") ;;
	6|7|8) key=$(sqlite3 -cmd '.timeout 5000' "$db" 'SELECT ref FROM risk ORDER BY random() LIMIT 1;')
		[ -n "$key" ] || { start_op "$n"; return; }
		entity=risk rows=1 cmd=(risk set "$key" --owner "$tok") ;;
	9) key=$(sqlite3 -cmd '.timeout 5000' "$db" 'SELECT ref FROM risk ORDER BY random() LIMIT 1;')
		[ -n "$key" ] && [ "$(rand 3)" = 0 ] || { start_op "$n"; return; }
		entity=risk tok=- rows=0 cmd=(risk rm "$key") ;;
	esac
	(
		kill_after $(($(rand "$write_ms") + 1)) "$ISMS_BIN" --db "$db" "${cmd[@]}" \
		    >/dev/null 2>"$rel_dir/err-$n"
		rc=$?
		case $rc in 0) o=ok ;; 137) o=killed ;; *) o=fail ;; esac
		printf '%s\t%s\t%s\t%s\t%s\n' "$tok" "$entity" "$key" "$rows" "$o" \
		    >"$rel_dir/ops-$n.tsv"
	) &
}

setup "$db" || { echo "Bail out! cannot set up $db"; exit 99; }
# how long a whole write takes here, on a copy (its history stays there)
cp "$db" "$rel_dir/timing.db"
write_ms=
for i in 1 2 3; do
	t0=$(now_us)
	"$ISMS_BIN" --db "$rel_dir/timing.db" soa set A.5.1 --owner "t$i" \
	    >/dev/null 2>&1 || { echo "Bail out! a timing write failed"; exit 99; }
	ms=$((($(now_us) - t0) / 1000 + 1))
	[ -n "$write_ms" ] && [ "$write_ms" -le "$ms" ] || write_ms=$ms
done
rm -f "$rel_dir/timing.db" "$rel_dir/timing.db-wal" "$rel_dir/timing.db-shm"
kills=0 damaged=0 finished=0 failed_writes=0 first="" iter=0
t0=$(now_us)
while [ "$kills" -lt "$iters" ] && [ "$iter" -lt $((iters * 4)) ]; do
	iter=$((iter + 1))
	nops=$(($(rand 2) + 1))
	for n in $(seq 1 "$nops"); do start_op "$n"; done
	wait
	for n in $(seq 1 "$nops"); do
		cat "$rel_dir/ops-$n.tsv" >>"$log"
		case $(cut -f5 "$rel_dir/ops-$n.tsv") in
		killed) kills=$((kills + 1)) ;;
		ok) finished=$((finished + 1)) ;;
		fail) failed_writes=$((failed_writes + 1))
			grep -q 'changed by' "$rel_dir/err-$n" ||
			    diag "write failed: $(cat "$rel_dir/err-$n")" ;;
		esac
	done
	problems=$( { damage "$db"; invariants "$db"; } | head -5)
	if [ -n "$problems" ]; then
		damaged=$((damaged + 1))
		[ -n "$first" ] || first="iteration $iter: $problems"
		diag "iteration $iter damaged: $(tail -n "$nops" "$log" | tr '\t\n' ' /')"
		printf '%s\n' "$problems" | sed 's/^/#   /'
		cp "$db" "$rel_dir/damaged-$iter.db" 2>/dev/null
		setup "$db" || { echo "Bail out! cannot set up $db"; exit 99; }
	fi
done
t1=$(now_us)
diag "$iter rounds in $(secs $((t1 - t0))) s (a write takes $write_ms ms): $kills writes killed, $finished finished, $failed_writes refused (conflicts)"
check "crash loop: the file is whole and every invariant holds after each of $kills kills" \
    "$damaged" "$first"
[ "$kills" -ge "$iters" ]
check "crash loop: $iters kills landed inside writes" $?

# The invariants alone must see a torn write in a file that is otherwise
# whole: one of the three rows of a three-field write rewritten, and the
# chain made consistent again (rechain.c), so only the invariants can tell.
rechain=$rel_build/tests/reliability/rechain
seq=$(sqlite3 "$db" "SELECT max(seq) FROM history WHERE field = 'how'
    AND new IN (SELECT new FROM history GROUP BY new HAVING count(*) = 3);")
if [ -x "$rechain" ] && [ -n "$seq" ]; then
	cp "$db" "$rel_dir/torn.db"
	"$rechain" "$rel_dir/torn.db" "$seq" new "not the token"
	[ -z "$(damage "$rel_dir/torn.db")" ] && [ -n "$(invariants "$rel_dir/torn.db")" ]
	check "the invariants see a torn write that integrity, db check and verify cannot" $? \
	    "$(invariants "$rel_dir/torn.db" | head -2)"
else
	skip "the invariants see a torn write in a whole file" "no rechain or no three-field write"
fi

# The negative control: writes that are not atomic must be seen torn.
setup "$db" || { echo "Bail out! cannot set up $db"; exit 99; }
cp "$db" "$rel_dir/clean.db"
# full runs of the unsafe writer, to know how long it takes (the
# quickest of three: the machine may be busy)
full_ms=
for i in 1 2 3; do
	t0=$(now_us)
	"$unsafe" "$db" "full$i" 93 || { echo "Bail out! unsafe_writer failed"; exit 99; }
	ms=$((($(now_us) - t0) / 1000 + 1))
	[ -n "$full_ms" ] && [ "$full_ms" -le "$ms" ] || full_ms=$ms
done
ckills=0 cdamaged=0 cinv=0
for iter in $(seq 1 "$controls"); do
	cp "$rel_dir/clean.db" "$db"
	rm -f "$db-wal" "$db-shm"
	kill_after $(($(rand "$full_ms") + 1)) "$unsafe" "$db" "u$iter" 93 2>/dev/null
	rc=$?
	case $rc in 0) o=ok ;; 137) o=killed ;; *) o=fail ;; esac
	printf 'u%s\tsoa\t-\t279\t%s\n' "$iter" "$o" >"$log"
	[ "$o" = killed ] || continue
	ckills=$((ckills + 1))
	problems=$(damage "$db" | head -3)
	inv=$(invariants "$db" | head -3)
	# torn writes that only the invariants see, with the file whole
	[ -n "$problems" ] || [ -z "$inv" ] || cinv=$((cinv + 1))
	problems+=$inv
	[ -n "$problems" ] || continue
	cdamaged=$((cdamaged + 1))
	[ "$cdamaged" -gt 1 ] || diag "negative control, first damage seen: $(echo "$problems" | head -1)"
done
diag "negative control: an unsafe write takes about $full_ms ms; $cinv of the damaged files were whole but held a torn write only the invariants saw"
[ "$cdamaged" -gt 0 ]
check "negative control: the checks see damage when writes are not atomic ($cdamaged of $ckills kills)" $?

finish "crash loop: $kills kills, $damaged damaged; negative control: $ckills kills, $cdamaged damaged (must be > 0)"
