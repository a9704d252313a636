#!/usr/bin/env bash
# tests/cli/readonly.sh - a user who may read a database but not change it.
#
# In a directory the user cannot write, with no -wal or -shm file, a WAL
# database can only be read as an immutable snapshot: the commands say so
# on stderr, the full-screen interface on its status bar, and every change
# is refused with the reason.  With -wal and -shm present (another user
# has it open) it opens read-only as usual, and a read-only file in a
# writable directory is read normally too.
#
# As root (CI) isms runs as nobody through setpriv(1), on files that are
# world-readable in a directory only root may write; otherwise the
# directory is made 0555.  Speaks TAP; skips (77) when that cannot be set
# up.
set -u
srcdir=${ISMS_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
bin=${ISMS_BIN:-$srcdir/build/isms}
[ -x "$bin" ] || { echo "Bail out! $bin is not built"; exit 99; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
export ISMS_CATALOG_PATH=${ISMS_CATALOG_PATH:-$srcdir/catalogs} LC_ALL=C.UTF-8
unset ISMS_DB XDG_DATA_HOME NO_COLOR

work=$(mktemp -d "${TMPDIR:-/tmp}/isms-ro.XXXXXX")
holder=""
cleanup() {
	[ -z "$holder" ] || { exec 7>&-; wait "$holder"; } 2>/dev/null
	chmod -R u+w "$work" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT
chmod 0755 "$work"
export HOME="$work/home"
mkdir "$HOME"

if [ "$(id -u)" -eq 0 ]; then
	command -v setpriv >/dev/null 2>&1 ||
		{ echo "1..0 # SKIP running as root without setpriv"; exit 77; }
	reader=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
	"${reader[@]}" test -x "$bin" -a -r "$work" 2>/dev/null ||
		{ echo "1..0 # SKIP nobody cannot reach $work or $bin"; exit 77; }
else
	reader=()
fi
user=$("${reader[@]}" id -un)

# A name that must be percent-encoded in the snapshot's file: URI.
dir="$work/shared ?#%"
db="$dir/isms.db"
mkdir "$dir"
"$bin" --db "$db" init --org "Acme Ltd" 2>/dev/null
"$bin" --db "$db" soa set A.5.1 --owner ciso
# lock DIR: the reader may read DIR and its files but not write DIR
lock() {
	if [ ${#reader[@]} -gt 0 ]; then
		chmod 0755 "$1"; chmod 0644 "$1"/*
	else
		chmod 0555 "$1"
	fi
}
unlock() { chmod 0755 "$1"; }
lock "$dir"
before=$(cksum <"$db")

n=0 failed=0
ok() {  # ok DESCRIPTION COMMAND...
	local what=$1; shift
	n=$((n + 1))
	if "$@"; then echo "ok $n - $what"; else
		echo "not ok $n - $what"; failed=$((failed + 1))
		sed 's/^/# out: /' "$work/out"; sed 's/^/# err: /' "$work/err"
	fi
}
# as_reader ARGS...: run isms as the reader; output in out and err, the
# exit status in $status
as_reader() {
	"${reader[@]}" "$bin" "$@" >"$work/out" 2>"$work/err" </dev/null
	status=$?
}
notice="isms: read-only snapshot: changes by others are not seen"
err_is() { [ "$(cat "$work/err")" = "$1" ]; }
only_db() { [ "$(cd "$1" && ls -A)" = "isms.db" ]; }
# screen_line DUMP ROW: row ROW (1-based) of the DUMP-th screen in out
screen_line() {
	awk -v d="$1" -v r="$2" '/^--- screen/ { s++; i = 0; next }
		s == d { i++; if (i == r) { sub(/^\|/, ""); print; exit } }' \
		"$work/out"
}
# line_is DUMP ROW TEXT...: that row is one of the texts
line_is() {
	local l t; l=$(screen_line "$1" "$2"); shift 2
	for t; do [ "$l" = "$t" ] && return 0; done
	return 1
}
tui() { as_reader --size 132x24 --script "$srcdir/tests/ui/keys/open.keys" --db "$1"; }

# --- no -wal, no -shm: a snapshot
ok "no -wal or -shm to begin with" only_db "$dir"
as_reader --db "$db" soa list
ok "soa list reads the snapshot" grep -q '^A\.5\.1 .* ciso' "$work/out"
ok "and says once that it is a snapshot" err_is "$notice"
ok "with exit status 0" test "$status" -eq 0
as_reader --read-only --db "$db" soa show A.5.1
ok "--read-only soa show reads it too" grep -q '^Owner: *ciso' "$work/out"
ok "and says so" err_is "$notice"
(cd "$dir" && as_reader --db isms.db clause list --format csv)
ok "a relative path works the same" grep -q '^4\.1,' "$work/out"
ok "with the notice" err_is "$notice"
as_reader --db "$db" soa set A.5.1 --owner mallory
ok "soa set is refused with exit status 2" test "$status" -eq 2
ok "naming the file and the reason" \
    grep -q "^isms: $db: cannot be changed: you may not write " "$work/err"
ok "without a snapshot notice" test "$(wc -l <"$work/err")" -eq 1
ok "nothing was changed" test "$(cksum <"$db")" = "$before"
ok "and nothing was made beside the file" only_db "$dir"
tui "$db"
ok "the full-screen interface opens the snapshot" test "$status" -eq 0
ok "its status bar says it is a snapshot" line_is 1 24 \
    "isms.db | $user | read-only snapshot: changes by others are not seen | rows 41/41"
ok "an edit is refused with that reason" line_is 2 23 \
    "read-only snapshot: changes by others are not seen; nothing can be changed"

# --- a database in rollback-journal mode needs no -shm: read as usual
rb="$work/rollback"
mkdir "$rb"
cp "$dir/isms.db" "$rb/isms.db"
sqlite3 "$rb/isms.db" "PRAGMA journal_mode = DELETE;" >/dev/null
lock "$rb"
as_reader --db "$rb/isms.db" soa list
ok "a rollback-journal database in such a directory is read" \
    grep -q '^A\.5\.1 .* ciso' "$work/out"
ok "as usual, without the notice" err_is ""

# --- another user has it open: -wal and -shm exist, read-only as usual
unlock "$dir"
mkfifo "$work/fifo"
sqlite3 "$db" <"$work/fifo" >/dev/null 2>&1 &
holder=$!
exec 7>"$work/fifo"
echo "BEGIN; SELECT count(*) FROM requirement;" >&7
for _ in $(seq 50); do [ -e "$db-shm" ] && break; sleep 0.1; done
lock "$dir"
ok "a writer's -wal and -shm are there" test -e "$db-wal" -a -e "$db-shm"
as_reader --db "$db" soa list
ok "soa list reads the database" grep -q '^A\.5\.1 .* ciso' "$work/out"
ok "not as a snapshot" err_is ""
as_reader --read-only --db "$db" soa list
ok "--read-only soa list too" err_is ""
as_reader --db "$db" soa set A.5.1 --owner mallory
ok "soa set is still refused with exit status 2" test "$status" -eq 2
ok "naming the reason" grep -q "cannot be changed: you may not write" "$work/err"
tui "$db"
ok "the status bar says READ-ONLY" line_is 1 24 \
    "isms.db | $user | READ-ONLY | rows 41/41"
ok "an edit is refused with the reason" line_is 2 23 \
    "read-only: you cannot write $db; nothing can be changed" \
    "read-only: you cannot write the directory of $db; nothing can be changed"
echo "COMMIT;" >&7
exec 7>&-
wait "$holder"
holder=""

# --- a read-only file in a directory the reader may write
rw="$work/writable"
mkdir "$rw"
cp "$dir/isms.db" "$rw/isms.db"
chmod 0444 "$rw/isms.db"
# (not 0777: a directory every user may write is refused)
[ ${#reader[@]} -eq 0 ] || chown nobody "$rw"
as_reader --db "$rw/isms.db" soa list
ok "a read-only file is read" grep -q '^A\.5\.1 .* ciso' "$work/out"
ok "not as a snapshot" err_is ""
as_reader --db "$rw/isms.db" soa set A.5.1 --owner mallory
ok "a change is refused with exit status 2" test "$status" -eq 2
ok "because the file cannot be written" err_is \
    "isms: $rw/isms.db: cannot be changed: you may not write the file (Permission denied)"
tui "$rw/isms.db"
ok "the full-screen interface opens it read-only" line_is 1 24 \
    "isms.db | $user | READ-ONLY | rows 41/41"
ok "and refuses an edit saying why" line_is 2 23 \
    "read-only: you cannot write $rw/isms.db; nothing can be changed"

echo "1..$n"
[ "$failed" -eq 0 ]
