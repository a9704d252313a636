# tests/cli/users.sh - throw-away users and groups for the multi-user
# tests (tests/cli/group.sh, tests/ui/group.sh), sourced by them as root.
# Every name is isms-t-PID-WHAT, PID the test's process id.

# users_remove PREFIX: delete the users, then the groups, named PREFIX-*
users_remove() {
	local name
	for name in $(getent passwd | cut -d: -f1 | grep "^$1-"); do
		userdel "$name" >/dev/null 2>&1
	done
	for name in $(getent group | cut -d: -f1 | grep "^$1-"); do
		groupdel "$name" >/dev/null 2>&1
	done
}

# users_sweep: remove what earlier runs that were killed left behind (the
# ones whose PID is no longer running)
users_sweep() {
	local pid
	for pid in $({ getent passwd; getent group; } | cut -d: -f1 |
		sed -n 's/^isms-t-\([0-9][0-9]*\)-.*/\1/p' | sort -u); do
		kill -0 "$pid" 2>/dev/null || users_remove "isms-t-$pid"
	done
}
