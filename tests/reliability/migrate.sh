#!/usr/bin/env bash
# tests/reliability/migrate.sh - migration and creation under kill -9.
#
#   - tests/data/isms-v1.db migrated to the current schema version keeps
#     every row and column of version 1, chains its history, and passes
#     every check;
#   - killed at a random moment during that migration (one transaction a
#     version step), the file is intact version 1 (the same rows), a
#     complete earlier step or the complete current version, and what is
#     left behind migrates on the next write;
#   - killed during `init` and `init --demo`, there is no file, or a
#     complete one (the same row counts as an uninterrupted init, and
#     every check passes); never a half-made file under the final name,
#     and a later init succeeds;
#   - killed during `db backup`, there is no copy or a complete one (it
#     verifies, and its head is a row of the source's chain), and the
#     source is unharmed.
#
# 30 kills of each; REL_SOAK=1: 300.
. "$(dirname "$0")/lib.sh"

kills=$(soak 30 300)
fixture=$rel_fixture
v1fp=$(v1_fingerprint "$fixture")
org=$(sqlite3 -readonly "$fixture" 'SELECT org FROM isms;')
cd "$rel_dir" || exit 99

# The version a new file has: where every migration ends.
isms --db cur.db init >/dev/null 2>&1
current=$(sqlite3 -readonly cur.db 'PRAGMA user_version;')

# ---- the migration, uninterrupted
cp "$fixture" m.db
isms --db m.db set --org "$org"
bad=$( { damage m.db
	[ "$(sqlite3 m.db 'PRAGMA user_version;')" = "$current" ] ||
	    echo "user_version is not $current"
	[ "$(v1_fingerprint m.db)" = "$v1fp" ] || echo "rows or columns of version 1 changed"
	n=$(sqlite3 m.db 'SELECT count(*) FROM history WHERE seq IS NULL OR hash IS NULL;')
	[ "$n" = 0 ] || echo "$n history rows not chained"
	} )
check "migration: isms-v1.db becomes complete version $current with every version 1 row kept" \
    "$(printf '%s' "$bad" | grep -c .)" "$bad"

# The migration's duration, for the kill window.
t0=$(now_us)
cp "$fixture" t.db && isms --db t.db set --org "$org"
window=$((($(now_us) - t0) / 1000 + 10))

# state_v1 DB: "v1", "mid" (a complete earlier step), "done" (the current
# version, undamaged) or what is wrong.
state_v1() {
	local v problems
	v=$(sqlite3 -readonly "$1" 'PRAGMA user_version;' 2>&1)
	case $v in
	1)	[ "$(sqlite3 "$1" 'PRAGMA integrity_check;')" = ok ] &&
		    [ "$(v1_fingerprint "$1")" = "$v1fp" ] && { echo v1; return; }
		echo "version 1 but not the rows it had" ;;
	"$current")
		problems=$(damage "$1" | tr "\n" " ")
		[ "$(v1_fingerprint "$1")" = "$v1fp" ] || problems+=" version 1 rows changed"
		[ -z "$problems" ] && { echo done; return; }
		echo "version $current but damaged: $problems" ;;
	[2-9])	[ "$v" -lt "$current" ] &&
		    [ "$(sqlite3 "$1" 'PRAGMA integrity_check;')" = ok ] &&
		    { echo mid; return; }
		echo "version $v but not a complete step" ;;
	*)	echo "user_version '$v'" ;;
	esac
}

n_v1=0 n_mid=0 n_v2=0 broken=0 noretry=0 first=""
for i in $(seq 1 "$kills"); do
	rm -f k.db k.db-wal k.db-shm
	cp "$fixture" k.db
	kill_after $(($(rand "$window") + 1)) "$ISMS_BIN" --db k.db set --org "$org" 2>/dev/null
	s=$(state_v1 k.db)
	case $s in
	v1|mid)
		[ "$s" = v1 ] && n_v1=$((n_v1 + 1)) || n_mid=$((n_mid + 1))
		isms --db k.db set --org "$org" && [ "$(state_v1 k.db)" = done ] ||
		    noretry=$((noretry + 1)) ;;
	done)	n_v2=$((n_v2 + 1)) ;;
	*)	broken=$((broken + 1)); [ -n "$first" ] || first=$s ;;
	esac
done
check "migration killed $kills times: intact version 1 ($n_v1), a complete earlier step ($n_mid) or complete version $current ($n_v2)" \
    "$broken" "$first"
check "a migration cut short is done by the next write" "$noretry"
mig_broken=$broken

# ---- init and init --demo
# state_new DB REFERENCE-COUNTS: "absent", "complete" or what is wrong.
state_new() {
	local problems
	[ -e "$1" ] || { echo absent; return; }
	problems=$(damage "$1" | head -2 | tr "\n" " ")
	[ "$(row_counts "$1")" = "$(cat "$2")" ] || problems+=" not the rows a whole init makes"
	[ -z "$problems" ] && { echo complete; return; }
	echo "a half-made file under the final name:$problems"
}

for demo in "" --demo; do
	name="init${demo:+ $demo}"
	rm -f ref.db*
	t0=$(now_us)
	isms --db ref.db init $demo 2>/dev/null || { not_ok "$name: cannot create a reference"; continue; }
	window=$((($(now_us) - t0) / 1000 + 10))
	row_counts ref.db >ref.counts
	n_absent=0 n_complete=0 broken=0 noretry=0 first=""
	for i in $(seq 1 "$kills"); do
		rm -f n.db n.db-wal n.db-shm n.db-journal
		kill_after $(($(rand "$window") + 1)) "$ISMS_BIN" --db n.db init $demo 2>/dev/null
		s=$(state_new n.db ref.counts)
		case $s in
		absent)	n_absent=$((n_absent + 1))
			isms --db n.db init $demo 2>/dev/null || noretry=$((noretry + 1)) ;;
		complete) n_complete=$((n_complete + 1)) ;;
		*)	broken=$((broken + 1)); [ -n "$first" ] || first="kill $i: $s" ;;
		esac
	done
	check "$name killed $kills times: no file ($n_absent) or a complete one ($n_complete)" \
	    "$broken" "$first"
	check "$name after a kill that left no file succeeds" "$noretry"
	eval "init_broken${demo:+_demo}=$broken"
done

# ---- db backup
src=src.db
if [ -x "$rel_build/tests/bench/gen" ]; then
	"$rel_build/tests/bench/gen" "$src" 1000 30 >/dev/null 2>&1
else
	isms --db "$src" init --demo 2>/dev/null
fi
[ -f "$src" ] || { echo "Bail out! no source for the backups"; exit 99; }
t0=$(now_us)
isms --db "$src" db backup t-backup.db 2>/dev/null
window=$((($(now_us) - t0) / 1000 + 10))
srcfp=$(sqlite3 -readonly "$src" 'SELECT seq || hash FROM history_head;')

# state_copy COPY: "absent", "complete" or what is wrong.
state_copy() {
	local head problems seq hash
	[ -e "$1" ] || { echo absent; return; }
	problems=$(damage "$1" | head -2 | tr "\n" " ")
	head=$(isms --db "$1" verify --head 2>/dev/null)
	seq=${head%%:*} hash=${head#*:}
	[ -n "$head" ] && [ "$(sqlite3 -readonly "$src" "SELECT hash FROM history
	    WHERE seq = ${seq:-0};")" = "$hash" ] || problems+=" its head is not a row of the source's chain"
	[ -z "$problems" ] && { echo complete; return; }
	echo "a broken copy under the final name:$problems"
}

n_absent=0 n_complete=0 broken=0 first=""
for i in $(seq 1 "$kills"); do
	rm -f copy.db copy.db-wal copy.db-shm copy.db-journal
	kill_after $(($(rand "$window") + 1)) "$ISMS_BIN" --db "$src" db backup copy.db 2>/dev/null
	s=$(state_copy copy.db)
	case $s in
	absent) n_absent=$((n_absent + 1)) ;;
	complete) n_complete=$((n_complete + 1)) ;;
	*)	broken=$((broken + 1)); [ -n "$first" ] || first="kill $i: $s" ;;
	esac
done
check "db backup killed $kills times: no copy ($n_absent) or a complete one ($n_complete)" \
    "$broken" "$first"
bad=$(damage "$src")
[ "$(sqlite3 -readonly "$src" 'SELECT seq || hash FROM history_head;')" = "$srcfp" ] ||
    bad+=" the source changed"
check "the source of the killed backups is unharmed" "$(printf '%s' "$bad" | grep -c .)" "$bad"

finish "migration and creation: $kills kills each; broken files: migration $mig_broken, init ${init_broken:-?}, init --demo ${init_broken_demo:-?}, db backup $broken"
