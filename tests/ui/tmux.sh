#!/usr/bin/env bash
# tests/ui/tmux.sh - end-to-end: the built isms in a real terminal (tmux),
# driven with send-keys and read back with capture-pane.  A first start
# creates the default database and opens on the Clauses tab; help, tabs,
# resizing, another user's change, an exclusion made through the form, the
# tab picker, and refusing an unknown TERM.  Speaks TAP; skips (77) without
# tmux.
set -u
srcdir=${ISMS_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
bin=${ISMS_BIN:-$srcdir/build/isms}
command -v tmux >/dev/null 2>&1 || { echo "1..0 # SKIP tmux not found"; exit 77; }
[ -x "$bin" ] || { echo "Bail out! $bin is not built"; exit 99; }

work=$(mktemp -d "${TMPDIR:-/tmp}/isms-tmux.XXXXXX")
# Each session has a tmux server of its own: a new session started on a
# server whose last session has just ended can meet it exiting ("server
# exited unexpectedly").
socks=()
server() { sock="isms-test-$$-$1"; socks+=("$sock"); }
trap 'for s in "${socks[@]}"; do tmux -L "$s" kill-server 2>/dev/null
	rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$s"; done; rm -rf "$work"' EXIT
export HOME="$work/home" LC_ALL=C.UTF-8 ISMS_CATALOG_PATH=${ISMS_CATALOG_PATH:-$srcdir/catalogs}
unset ISMS_DB XDG_DATA_HOME XDG_STATE_HOME NO_COLOR
mkdir -p "$HOME"
db="$HOME/.local/share/isms/isms.db"
n=0 failed=0

ok() {  # ok DESCRIPTION COMMAND...
	local what=$1; shift
	n=$((n + 1))
	if "$@"; then echo "ok $n - $what"; else
		echo "not ok $n - $what"; failed=$((failed + 1))
		screen | sed 's/^/# /'
	fi
}
screen() { tmux -L "$sock" capture-pane -p -t isms 2>/dev/null; }
# wait_for TEXT: true once TEXT is on the screen (5 s at most)
wait_for() {
	for _ in $(seq 50); do
		screen | grep -qF -- "$1" && return 0
		sleep 0.1
	done
	return 1
}
gone() {
	for _ in $(seq 50); do
		tmux -L "$sock" has-session -t isms 2>/dev/null || return 0
		sleep 0.1
	done
	return 1
}
keys() { tmux -L "$sock" send-keys -t isms "$@"; }
resize() { tmux -L "$sock" resize-window -t isms -x "$1" -y "$2"; }

server main
tmux -L "$sock" -f /dev/null new-session -d -s isms -x 100 -y 30 \
	"env ISMS_EDITOR=\"printf 'No premises of our own' >\" TERM=tmux-256color '$bin'"
ok "first start opens the Clauses tab" wait_for "[1 Clauses]"
ok "on a new default database" test -f "$db"
ok "the clause tree is shown" wait_for "Context of the organization"
keys '?'
ok "? lists the keys of the view" wait_for "fold or unfold a clause"
keys Escape 2
ok "2 switches to the SoA" wait_for "A.5.1"
resize 80 24
ok "resized to 80x24 the table is redrawn" wait_for "A.5.1"
resize 70 20
ok "below 80x24 says the terminal is too small" wait_for "Terminal too small"
resize 100 30
ok "and comes back" wait_for "[2 SoA]"
ISMS_DB="$db" "$bin" soa set A.5.1 --owner "Zed" 2>/dev/null
ok "another user's change shows up without a key" wait_for "not started Zed"
keys / A.7.4 Enter e
ok "e opens the form on the applicability list" wait_for "undecided"
keys k Enter j j E w
ok "the exclusion is saved" wait_for "saved"
ok "and is in the database" sh -c "ISMS_DB='$db' '$bin' soa show A.7.4 | grep -q 'No premises of our own'"
keys Escape t
ok "t opens the tab picker" wait_for "4 Assets (Plan)"
keys / risk Enter Enter
ok "where / finds a tab and Enter shows it" wait_for "[3 Risks]"
keys q
ok "q quits" gone

# ^S saves in a form: the tty's flow control (which would take it as XOFF
# and freeze the screen) is off while isms runs, and the shell gets it
# back when isms is suspended and when it ends.
server flow
tmux -L "$sock" -f /dev/null new-session -d -s isms -x 100 -y 30 \
	"env PS1='sh\$ ' TERM=tmux-256color bash --norc --noprofile"
flow() { echo "stty -a | tr ' ' '\\n' | grep -x -- '-*ixon' | sed 's/^/flow=/'"; }
keys "$(flow)" Enter
ok "the shell starts with flow control on" wait_for "flow=ixon"
keys clear Enter "'$bin' --db '$db'" Enter
wait_for "[1 Clauses]" >/dev/null
keys Enter
wait_for "Revision" >/dev/null
keys C-s
ok "^S reaches the form instead of freezing the terminal" wait_for "nothing to save"
keys C-z
wait_for "sh\$" >/dev/null
keys clear Enter "$(flow)" Enter
ok "suspended, the shell has flow control back" wait_for "flow=ixon"
keys clear Enter fg Enter
wait_for "Revision" >/dev/null
keys j C-s
ok "after fg ^S is a key again" wait_for "nothing to save"
keys Escape q
wait_for "sh\$" >/dev/null
keys clear Enter "$(flow)" Enter
ok "isms ends with the shell's flow control restored" wait_for "flow=ixon"
keys C-q
tmux -L "$sock" kill-session -t isms 2>/dev/null

server term
tmux -L "$sock" -f /dev/null new-session -d -s isms -x 100 -y 30 \
	"env TERM=no-such-terminal '$bin'; echo exit=\$?; sleep 30"
ok "an unknown TERM is refused by name" wait_for "no-such-terminal"
ok "with exit status 2" wait_for "exit=2"

echo "1..$n"
[ "$failed" -eq 0 ]
