#!/usr/bin/env bash
# tests/ui/drafts.sh - end-to-end in tmux: SIGHUP, then SIGTERM, sent to
# isms while $ISMS_EDITOR is open ends the editor too and keeps what it
# wrote as a draft in $XDG_STATE_HOME/isms/drafts/ (mode 0600, nothing in
# $TMPDIR); the next start offers the drafts, restoring one puts its text
# into the form and w saves it.  The editor's shell holds descriptors 0, 1
# and 2 only.  Speaks TAP; skips (77) without tmux.
set -u
srcdir=${ISMS_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
bin=${ISMS_BIN:-$srcdir/build/isms}
command -v tmux >/dev/null 2>&1 || { echo "1..0 # SKIP tmux not found"; exit 77; }
[ -x "$bin" ] || { echo "Bail out! $bin is not built"; exit 99; }

work=$(mktemp -d "${TMPDIR:-/tmp}/isms-drafts.XXXXXX")
sock="isms-drafts-$$"
trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$work"' EXIT
export HOME="$work/home" XDG_STATE_HOME="$work/state" TMPDIR="$work/tmp" \
	LC_ALL=C.UTF-8 ISMS_CATALOG_PATH=${ISMS_CATALOG_PATH:-$srcdir/catalogs}
unset ISMS_DB XDG_DATA_HOME NO_COLOR VISUAL EDITOR
mkdir -p "$HOME" "$TMPDIR"
db="$work/isms.db"
drafts="$XDG_STATE_HOME/isms/drafts"
"$bin" -d "$db" init --org "Acme Ltd" 2>/dev/null
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
# until COMMAND...: true once COMMAND succeeds (5 s at most)
until_ok() {
	for _ in $(seq 50); do
		"$@" >/dev/null 2>&1 && return 0
		sleep 0.1
	done
	return 1
}
on_screen() { screen | grep -qF -- "$1"; }
wait_for() { until_ok on_screen "$1"; }
gone() { ! tmux -L "$sock" has-session -t isms 2>/dev/null; }
keys() { tmux -L "$sock" send-keys -t isms "$@"; }
file_says() { grep -qF -- "$2" "$1"; }
# the one draft text holding TEXT
draft_with() { grep -lF -- "$1" "$drafts"/*.txt; }
modes() { stat -c %a "$@" | sort -u | tr '\n' ' '; }

# The pane runs isms (noting its pid) and notes how it ended.
cat >"$work/run" <<EOF
#!/bin/sh
sh -c 'echo \$\$ >"$work/pid"; exec "\$@"' sh env TERM=tmux-256color "$bin" -d "$db"
echo "exit=\$?" >"$work/status"
EOF
# An editor that writes at once, then takes its time (the user typing).
cat >"$work/slow-editor" <<EOF
#!/bin/sh
printf 'typed text %s' "\$ISMS_TEST_SIGNAL" >"\$1"
echo \$\$ >"$work/editor-pid"
exec sleep 60
EOF
chmod +x "$work/run" "$work/slow-editor"
# An editor that lists what the shell isms started holds (from a child, so
# that the shell's own descriptors stay as they are).
fds_editor="sh -c 'ls /proc/\$PPID/fd | tr \"\\\\n\" \" \" >\"\$0\"' '$work/fds'"

start() {  # start EDITOR [SIGNAL]
	rm -f "$work/pid" "$work/status" "$work/editor-pid"
	tmux -L "$sock" -f /dev/null new-session -d -s isms -x 100 -y 30 \
		-e ISMS_EDITOR="$1" -e ISMS_TEST_SIGNAL="${2:-}" "$work/run"
	wait_for "[1 Clauses]"
}

control=(A.7.4 A.7.5)
i=0
for sig in HUP TERM; do
	ok "isms starts (SIG$sig run)" start "$work/slow-editor" "$sig"
	keys Escape 2 / "${control[$i]}" Enter Enter j j E  # Esc: keep drafts offered
	ok "the editor has written to its draft" until_ok draft_with "typed text $sig"
	kill -"$sig" "$(cat "$work/pid")"
	code=$((128 + $(kill -l "$sig")))
	ok "SIG$sig ends isms, by that signal" until_ok file_says "$work/status" "exit=$code"
	ok "and the editor with it" until_ok sh -c "! kill -0 $(cat "$work/editor-pid")"
	ok "the session is gone" until_ok gone
	f=$(draft_with "typed text $sig")
	ok "the draft is kept, mode 0600" test "$(modes "$f" "${f%.txt}.meta")" = "600 "
	ok "its metadata names the record" grep -q "^key: ${control[$i]}\$" "${f%.txt}.meta"
	ok "nothing is left in TMPDIR" test -z "$(ls -A "$TMPDIR")"
	i=$((i + 1))
done
ok "two drafts, two metadata files" test "$(ls "$drafts" | wc -l)" -eq 4
ok "in directories of mode 0700" test "$(modes "$XDG_STATE_HOME/isms" "$drafts")" = "700 "

ok "the next start offers both drafts" start "$fds_editor"
ok "in the order they were made" wait_for "(2 drafts)"
ok "showing the text of the first" wait_for "typed text HUP"
keys Enter
ok "Enter restores it into its form" wait_for "restored the draft into Justification"
ok "as a pending change" wait_for "*Justification   typed text HUP"
keys w
ok "w saves it" wait_for "saved"
ok "it is in the database" sh -c "'$bin' -d '$db' soa show A.7.4 | grep -q 'typed text HUP'"
ok "and its draft is gone" test "$(ls "$drafts" | wc -l)" -eq 2
keys Escape
ok "closing the form shows the other draft" wait_for "(1 draft)"
keys Enter w
ok "which is restored and saved too" until_ok sh -c "'$bin' -d '$db' soa show A.7.5 | grep -q 'typed text TERM'"
ok "no draft is left" test -z "$(ls -A "$drafts")"
keys Escape Enter j j E
ok "the editor's shell holds descriptors 0, 1 and 2 only" until_ok file_says "$work/fds" "0 1 2 "
ok "and nothing else" test "$(cat "$work/fds")" = "0 1 2 "
keys Escape q
ok "q quits" until_ok file_says "$work/status" "exit=0"

echo "1..$n"
[ "$failed" -eq 0 ]
