#!/usr/bin/env bash
# tests/reliability/tamper.sh - the history changed behind isms's back
# with the sqlite3 shell (triggers dropped first), at random rows:
#
#   - a value of row k changed (any column of the chain), row k deleted,
#     the history cut at row k, a row added without a link: isms verify
#     exits 1 and names row k (the first bad one), and db check reports it;
#   - the history cut at row k and the head moved to match: plain verify
#     cannot tell, verify --anchor with a head kept before names row k;
#   - a consistent rewrite (rechain.c: row k changed, every row after it
#     and the head re-hashed with their salts, the trigger put back):
#     plain verify and db check pass, verify --anchor with a head kept
#     before fails.
#
# 30 random rows plus the first and the last; REL_SOAK=1: 300.
. "$(dirname "$0")/lib.sh"

rows=$(soak 30 300)
rechain=$rel_build/tests/reliability/rechain
[ -x "$rechain" ] || { echo "Bail out! $rechain is not built"; exit 99; }
cd "$rel_dir" || exit 99
isms --db live.db init --demo 2>/dev/null || { echo "Bail out! init --demo"; exit 99; }
for i in $(seq 1 20); do isms --db live.db soa set "A.8.$i" --owner "t$i" || exit 99; done
anchor=$(isms --db live.db verify --head)
last=${anchor%%:*}
columns=(at who entity key field old new salts prev_hash hash)

# expect WHAT K COPY [ANCHOR]: verify (with the anchor when given) must
# exit 1 and name row K first.
missed=0 tried=0 first=""
expect() {
	local what=$1 k=$2 copy=$3 out rc
	tried=$((tried + 1))
	out=$(isms --db "$copy" verify ${4:+--anchor "$4"} 2>&1)
	rc=$?
	if [ "$rc" -ne 1 ] || [ "${out#broken at row "$k":}" = "$out" ]; then
		missed=$((missed + 1))
		[ -n "$first" ] || first="$what at row $k: exit $rc: $out"
	fi
}

picks=(1 "$last")
for i in $(seq 1 "$rows"); do picks+=($(($(rand $((last - 2))) + 2))); done
dbcheck_missed=0 plain_missed=0 rewrite_missed=0 rewrite_first=""
for k in "${picks[@]}"; do
	col=${columns[$(rand ${#columns[@]})]}
	cp live.db u.db
	sqlite3 u.db "DROP TRIGGER history_no_update;
	    UPDATE history SET $col = 'x' || coalesce($col, '') WHERE seq = $k;"
	expect "changed $col" "$k" u.db
	isms --db u.db db check 2>&1 | grep -q "^history: broken at row $k:" ||
	    dbcheck_missed=$((dbcheck_missed + 1))

	cp live.db d.db
	sqlite3 d.db "DROP TRIGGER history_no_delete; DELETE FROM history WHERE seq = $k;"
	expect "deleted" "$k" d.db

	cp live.db c.db
	sqlite3 c.db "DROP TRIGGER history_no_delete; DELETE FROM history WHERE seq >= $k;"
	expect "cut" "$k" c.db

	if [ "$k" -gt 1 ]; then
		sqlite3 c.db "UPDATE history_head SET seq = $((k - 1)),
		    hash = (SELECT hash FROM history WHERE seq = $((k - 1)));"
		isms --db c.db verify >/dev/null 2>&1 || plain_missed=$((plain_missed + 1))
		expect "cut with the head moved, against the anchor" "$k" c.db "$anchor"
	fi

	cp live.db r.db
	"$rechain" r.db "$k" new "rewritten $k" || { not_ok "rechain failed at row $k"; continue; }
	if ! isms --db r.db verify >/dev/null 2>&1 || ! isms --db r.db db check >/dev/null 2>&1; then
		rewrite_missed=$((rewrite_missed + 1))
		[ -n "$rewrite_first" ] || rewrite_first="row $k: $(isms --db r.db db check 2>&1 | head -2)"
	fi
	expect "rewritten consistently, against the anchor" "$last" r.db "$anchor"
done
cp live.db i.db
sqlite3 i.db "INSERT INTO history (at, who, entity, key, field, old, new)
    VALUES ('2026-01-01T00:00:00Z', 'mallory', 'soa', 'A.5.1', 'owner', NULL, 'x');"
expect "added" $((last + 1)) i.db

check "verify names the first bad row of $tried tamperings at ${#picks[@]} rows" "$missed" "$first"
check "db check reports a changed row as the first break" "$dbcheck_missed"
check "a cut with the head moved to match passes plain verify (the anchor is what finds it)" "$plain_missed"
check "a consistent rewrite passes plain verify and db check (only an anchor can find it)" \
    "$rewrite_missed" "$rewrite_first"

finish "tamper: $tried tamperings at ${#picks[@]} rows of $last, $missed not named"
