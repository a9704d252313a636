#!/usr/bin/env bash
# tests/ui/group.sh - end-to-end, the done-when check of group databases:
# two logins of one group edit the same group database from two tmux
# sessions, each sees the other's saved change without a key press
# within about two seconds (the interface polls PRAGMA data_version about
# every second), and the history names both logins.
#
# As root with tmux, useradd and setpriv; skipped (77) otherwise.  The
# throw-away users and groups (isms-t-PID-*) are removed on exit, and
# those of an earlier run that was killed first.  Speaks TAP.
set -u
srcdir=${ISMS_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
bin=${ISMS_BIN:-$srcdir/build/isms}
[ -x "$bin" ] || { echo "Bail out! $bin is not built"; exit 99; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
[ "$(id -u)" -eq 0 ] || { echo "1..0 # SKIP needs root to make users"; exit 77; }
for t in tmux useradd userdel groupadd groupdel setpriv getent; do
	command -v "$t" >/dev/null 2>&1 ||
		{ echo "1..0 # SKIP $t not found"; exit 77; }
done
export ISMS_CATALOG_PATH=${ISMS_CATALOG_PATH:-$srcdir/catalogs} LC_ALL=C.UTF-8
unset ISMS_DB XDG_DATA_HOME XDG_STATE_HOME XDG_CONFIG_HOME NO_COLOR

. "$srcdir/tests/cli/users.sh"
users_sweep
P=isms-t-$$
sock="isms-group-$$"
work=$(mktemp -d "${TMPDIR:-/tmp}/isms-tmux-group.XXXXXX")
cleanup() {
	tmux -L "$sock" kill-server 2>/dev/null
	users_remove "$P"
	rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP
chmod 0755 "$work"

groupadd "$P-team" && groupadd "$P-home" ||
	{ echo "1..0 # SKIP groupadd failed"; exit 77; }
for who in a b; do
	mkdir -m 0700 "$work/home-$who"
	useradd -M -N -g "$P-home" -G "$P-team" -d "$work/home-$who" \
		-s /bin/sh "$P-$who" && chown "$P-$who" "$work/home-$who" ||
		{ echo "1..0 # SKIP useradd failed"; exit 77; }
done
# as WHO COMMAND...: run COMMAND as user WHO with its HOME
as() {
	local who=$1; shift
	(cd / && HOME="$work/home-$who" setpriv --reuid="$P-$who" \
		--regid="$P-home" --init-groups "$@")
}
as a test -x "$bin" || { echo "1..0 # SKIP $P-a cannot run $bin"; exit 77; }

mkdir -p "$work/srv/isms"
chmod 0755 "$work/srv" "$work/srv/isms"
chown "$P-a" "$work/srv/isms"
db="$work/srv/isms/acme/isms.db"

n=0 failed=0
ok() {  # ok DESCRIPTION COMMAND...
	local what=$1; shift
	n=$((n + 1))
	if "$@"; then echo "ok $n - $what"; else
		echo "not ok $n - $what"; failed=$((failed + 1))
		for s in a b; do screen "$s" | sed "s/^/# $s: /"; done
	fi
}
screen() { tmux -L "$sock" capture-pane -p -t "$1" 2>/dev/null; }
keys() { local s=$1; shift; tmux -L "$sock" send-keys -t "$s" "$@"; }
# wait_for SESSION TEXT [TENTHS]: true once TEXT is on the screen of
# SESSION (within TENTHS tenths of a second, 50 when not given)
wait_for() {
	local i
	for i in $(seq "${3:-50}"); do
		screen "$1" | grep -qF -- "$2" && return 0
		sleep 0.1
	done
	return 1
}
now() { date +%s%N; }
# seen SESSION TEXT: wait (5 s at most) for TEXT on SESSION without a key;
# $took is how long it took in ms, or "never"
seen() {
	local t0; t0=$(now)
	wait_for "$1" "$2" 50 || { took=never; return 1; }
	took=$((($(now) - t0) / 1000000))
}
# "about two seconds": the poll is every second, plus drawing and load
fast() { [ "$took" != never ] && [ "$took" -le 2500 ]; }
start() {  # start WHO: the full-screen interface of WHO in session WHO
	tmux -L "$sock" -f /dev/null new-session -d -s "$1" -x 100 -y 30 \
		"cd / && env HOME='$work/home-$1' TERM=tmux-256color \
		ISMS_CATALOG_PATH='$ISMS_CATALOG_PATH' LC_ALL=C.UTF-8 \
		setpriv --reuid='$P-$1' --regid='$P-home' --init-groups \
		'$bin' --db '$db'"
}
# edit WHO DOWN NAME: in WHO's SoA pane, open the row DOWN rows below
# the first, set its owner to NAME and save
edit() {
	keys "$1" g
	[ "$2" -eq 0 ] || keys "$1" -N "$2" j
	keys "$1" Enter j j j j j j Enter Enter C-u   # the first item types a name
	keys "$1" -l "$3"
	keys "$1" Enter w
}

as a "$bin" --db "$db" init --group "$P-team" --org "Acme Ltd" 2>/dev/null
ok "a makes a group database" test -f "$db"
start a
start b
ok "a's interface opens" wait_for a "[1 Clauses]"
ok "b's interface opens" wait_for b "[1 Clauses]"
ok "neither is read-only" sh -c "! tmux -L '$sock' capture-pane -p -t a | grep -q READ-ONLY &&
    ! tmux -L '$sock' capture-pane -p -t b | grep -q READ-ONLY"
keys a 2
keys b 2
ok "a shows the SoA" wait_for a "A.5.1"
ok "b shows the SoA" wait_for b "A.5.1"

edit a 0 "Ann of A"
ok "a saves an owner of A.5.1" wait_for a "saved"
keys a Escape
seen b "Ann of A"
ok "b sees a's change without a key (${took} ms)" test "$took" != never
ok "within about two seconds" fast

edit b 1 "Bea of B"
ok "b saves an owner of A.5.2" wait_for b "saved"
keys b Escape
seen a "Bea of B"
ok "a sees b's change without a key (${took} ms)" test "$took" != never
ok "within about two seconds" fast
ok "and still shows its own" wait_for a "Ann of A" 1

as a "$bin" --db "$db" history --format csv >"$work/history" 2>/dev/null
ok "the history names a for A.5.1" grep -q "^[^,]*,[^,]*,$P-a,soa,A.5.1,owner,,Ann of A" "$work/history"
ok "and b for A.5.2" grep -q "^[^,]*,[^,]*,$P-b,soa,A.5.2,owner,,Bea of B" "$work/history"
ok "the -wal is still the group's" test "$(stat -c %G "$db-wal")" = "$P-team"

keys a q
keys b q
gone() {
	for _ in $(seq 50); do
		tmux -L "$sock" has-session -t "$1" 2>/dev/null || return 0
		sleep 0.1
	done
	return 1
}
ok "a quits" gone a
ok "b quits" gone b
ok "-wal and -shm stay for readers" test -f "$db-wal" -a -f "$db-shm"

echo "1..$n"
[ "$failed" -eq 0 ]
