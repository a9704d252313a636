# tests/reliability/lib.sh - sourced by the reliability scripts: TAP
# output, a private scratch directory whose processes are reaped on exit,
# kills at random moments, and the checks every script applies to a
# database it has hurt.
#
# Environment (tests/reliability/run.sh sets it; defaults fit ./dev's
# build/): ISMS_SRCDIR, ISMS_BUILD (the build directory), ISMS_BIN,
# ISMS_CATALOG_PATH, and REL_SOAK=1 for the long versions.
set -u

rel_src=${ISMS_SRCDIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
rel_build=${ISMS_BUILD:-$rel_src/build}
ISMS_BIN=${ISMS_BIN:-$rel_build/isms}
export ISMS_CATALOG_PATH=${ISMS_CATALOG_PATH:-$rel_src/catalogs}
export LC_ALL=C.UTF-8 NO_COLOR=1
unset ISMS_DB ISMS_CONFIG
REL_SOAK=${REL_SOAK:-0}

rel_n=0 rel_failed=0
rel_dir=$(mktemp -d "${TMPDIR:-/tmp}/isms-rel.XXXXXX")
export HOME=$rel_dir/home XDG_DATA_HOME=$rel_dir/home/data
mkdir -p "$HOME"

# Every test process is a child of this shell: kill and reap what is left
# (a stray writer holding the file open makes the next test lie), then
# remove the scratch directory.
rel_at_exit=""          # what a script needs done first (an umount)
rel_cleanup() {
	local p
	for p in $(jobs -p); do kill -9 "$p" 2>/dev/null; done
	wait 2>/dev/null
	[ -z "$rel_at_exit" ] || eval "$rel_at_exit"
	[ -n "${REL_KEEP:-}" ] && { echo "# kept $rel_dir" >&2; return; }
	rm -rf "$rel_dir"
}
trap rel_cleanup EXIT

[ -x "$ISMS_BIN" ] || { echo "Bail out! $ISMS_BIN is not built"; exit 99; }
command -v sqlite3 >/dev/null || { echo "Bail out! no sqlite3 shell"; exit 99; }

isms() { "$ISMS_BIN" "$@"; }

# soak CI SOAK: the number for this run.
soak() { if [ "$REL_SOAK" = 1 ]; then echo "$2"; else echo "$1"; fi; }

# ok DESCRIPTION / not_ok DESCRIPTION [DETAIL...]: one TAP line.
ok() { rel_n=$((rel_n + 1)); echo "ok $rel_n - $*"; }
not_ok() {
	local d=$1; shift
	rel_n=$((rel_n + 1)) rel_failed=$((rel_failed + 1))
	echo "not ok $rel_n - $d"
	local line
	for line in "$@"; do printf '#   %s\n' "$line"; done
}
# check DESCRIPTION COUNT-OF-FAILURES [DETAIL...]
check() {
	local d=$1 bad=$2; shift 2
	if [ "$bad" -eq 0 ]; then ok "$d"; else not_ok "$d" "$@"; fi
}
skip() { rel_n=$((rel_n + 1)); echo "ok $rel_n - $1 # SKIP $2"; }
diag() { printf '# %s\n' "$*"; }

# finish FIGURE: the plan, the figure last, and the exit status.
finish() {
	echo "1..$rel_n"
	echo "# $*"
	[ "$rel_failed" -eq 0 ]
	exit $?
}

# Microseconds since the epoch (bash 5).
now_us() { local t=${EPOCHREALTIME/[.,]/}; echo "$t"; }
# ms_of MICROSECONDS: as seconds with two decimals.
secs() { printf '%d.%02d' $(($1 / 1000000)) $(($1 % 1000000 / 10000)); }

# kill_after MS COMMAND...: run COMMAND, SIGKILL it after MS milliseconds
# unless it finished; the status is COMMAND's, or 137 when it was killed.
kill_after() {
	local ms=$1; shift
	timeout -s KILL "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))" "$@"
}

# rand N: 0 .. N-1 (N up to 2^30).
rand() { echo $(((RANDOM << 15 | RANDOM) % $1)); }

# damage DB: print what is wrong with an isms database of schema version
# 2 after a crash, one line each; print nothing when it is whole.  The
# caller's invariants come on top (see crash.sh).
damage() {
	local db=$1 out
	out=$(sqlite3 -cmd '.timeout 5000' "$db" 'PRAGMA integrity_check;' 2>&1)
	[ "$out" = ok ] || echo "integrity_check: $(echo "$out" | head -3 | tr '\n' ' ')"
	out=$(isms --db "$db" db check 2>&1) || echo "db check: $(echo "$out" | head -3 | tr '\n' ' ')"
	out=$(isms --db "$db" verify 2>&1) || echo "verify: $out"
}

# The v1 fixture, copied: SQLite makes -wal and -shm files beside a WAL
# database even to read it, and the source tree must stay clean.
rel_fixture=$rel_dir/isms-v1.db
cp "$rel_src/tests/data/isms-v1.db" "$rel_fixture"

# v1_fingerprint DB: a digest of every table and column schema version 1
# has, row by row: equal when a migration kept what version 1 held.
v1_fingerprint() {
	local sql=$rel_dir/v1-fingerprint.sql fixture=$rel_fixture t cols
	if [ ! -f "$sql" ]; then
		echo .mode quote >"$sql.new"
		for t in $(sqlite3 -readonly "$fixture" "SELECT name FROM sqlite_schema
		    WHERE type = 'table' ORDER BY name;"); do
			cols=$(sqlite3 -readonly "$fixture" "SELECT group_concat('\"' ||
			    name || '\"', ', ') FROM pragma_table_info('$t');")
			echo "SELECT '$t'; SELECT $cols FROM \"$t\" ORDER BY rowid;" >>"$sql.new"
		done
		mv "$sql.new" "$sql"
	fi
	sqlite3 -readonly "$1" <"$sql" 2>&1 | sha256sum | cut -c1-16
}

# row_counts DB: "table count" for every table, sorted; two files made
# the same way have the same counts.
row_counts() {
	local t sql=""
	for t in $(sqlite3 -readonly "$1" "SELECT name FROM sqlite_schema
	    WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;" 2>/dev/null); do
		sql+="SELECT '$t', count(*) FROM \"$t\";"
	done
	[ -n "$sql" ] && sqlite3 -readonly "$1" "$sql" 2>&1
}
