#!/usr/bin/env bash
# tests/reliability/backup.sh - db backup while four writers edit.
#
# The source is an ISMS of 1,000 risks (tests/bench/gen: about 8 MB and
# 15,000 history rows), so a copy takes several steps.  Four writers edit
# SoA entries and risks without pause; meanwhile `db backup` runs again
# and again.  Every copy must
#
#   - finish within 10 s (alone it takes about 0.2 s) and exit 0;
#   - pass PRAGMA integrity_check, isms db check and isms verify;
#   - be a committed state of the source: the head of its history
#     (verify --head, SEQ:HASH) is the source's row SEQ, checked once the
#     writers have stopped.
#
# The writers must not fail either.  A copy still running after 15 s is
# killed (and the loop stops after two of those).  20 copies; REL_SOAK=1:
# 200.
. "$(dirname "$0")/lib.sh"

copies=$(soak 20 200)
bound_us=10000000
gen=$rel_build/tests/bench/gen
[ -x "$gen" ] || { echo "Bail out! $gen is not built"; exit 99; }
cd "$rel_dir" || exit 99
"$gen" live.db 1000 30 >/dev/null 2>&1 || { echo "Bail out! gen"; exit 99; }

# writer W: edit until the file stop appears; counts in writer-W.
writer() {
	local w=$1 i=0 bad=0 out
	while [ ! -e stop ]; do
		i=$((i + 1))
		if [ $((i % 2)) = 0 ]; then
			out=$(isms --db live.db soa set "A.5.$(($(rand 30) + 1))" --owner "b$w-$i" 2>&1)
		else
			out=$(isms --db live.db risk set "R-$(printf %03d $(($(rand 1000) + 1)))" \
			    --owner "b$w-$i" 2>&1)
		fi || { bad=$((bad + 1)); echo "writer $w: $out" >>writer-errors; }
	done
	echo "$i $bad" >"writer-$w"
}

for w in 1 2 3 4; do writer "$w" & done
slowest=0 failed=0 timed_out=0 first=""
declare -a heads
for i in $(seq 1 "$copies"); do
	t0=$(now_us)
	( timeout -s KILL 15 "$ISMS_BIN" --db live.db db backup "copy-$i.db" 2>"err-$i" ) 2>/dev/null
	rc=$?
	us=$(($(now_us) - t0))
	[ "$us" -le "$slowest" ] || slowest=$us
	[ "$us" -le "$bound_us" ] || timed_out=$((timed_out + 1))
	if [ "$rc" -ne 0 ]; then
		failed=$((failed + 1))
		[ -n "$first" ] || first="copy $i: exit $rc after $(secs "$us") s: $(head -c 300 "err-$i")"
		heads[i]=-
		# two copies over the bound say enough; the rest would only
		# make the run long
		[ "$timed_out" -lt 2 ] || { diag "stopped after $i copies: two took over the bound"; copies=$i; break; }
		continue
	fi
	problems=$(damage "copy-$i.db" | tr '\n' ' ')
	heads[i]=$(isms --db "copy-$i.db" verify --head 2>/dev/null)
	if [ -n "$problems" ]; then
		failed=$((failed + 1))
		[ -n "$first" ] || first="copy $i: $problems"
	fi
	rm -f "copy-$i.db" "copy-$i.db-wal" "copy-$i.db-shm"
done
touch stop
wait
writes=0 wbad=0
for w in 1 2 3 4; do read -r n b <"writer-$w"; writes=$((writes + n)); wbad=$((wbad + b)); done

notprefix=0 nfirst=""
for i in $(seq 1 "$copies"); do
	h=${heads[i]:--}
	[ "$h" = - ] && continue
	live=$(sqlite3 -readonly live.db "SELECT hash FROM history WHERE seq = ${h%%:*};")
	if [ "$live" != "${h#*:}" ]; then
		notprefix=$((notprefix + 1))
		[ -n "$nfirst" ] || nfirst="copy $i: head $h, the source's row has ${live:-nothing}"
	fi
done
diag "$copies copies while the writers made $writes writes; slowest copy $(secs "$slowest") s"
check "every copy finished and passes integrity_check, db check and verify" "$failed" "$first"
check "every copy is a committed state of the source (its head is a row of the source's chain)" \
    "$notprefix" "$nfirst"
check "no copy took longer than $(secs $bound_us) s (slowest $(secs "$slowest") s)" "$timed_out"
check "the writers were not disturbed ($wbad of $writes writes failed)" "$wbad" \
    "$(head -3 writer-errors 2>/dev/null)"
problems=$(damage live.db)
check "the source passes every check afterwards" "$(printf '%s' "$problems" | grep -c .)" "$problems"

finish "backup under load: $copies copies, $((copies - failed)) whole, slowest $(secs "$slowest") s (bound 10 s), $writes writes meanwhile"
