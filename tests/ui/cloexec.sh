#!/bin/sh
# tests/ui/cloexec.sh PID [INHERITED] - name every descriptor of process
# PID above 2 that is not close-on-exec, leaving out those listed one a
# line in the file INHERITED (what PID was started with).  Prints nothing
# when all are.  The UI tests run it from a keystroke script (`shell
# .../cloexec.sh $PPID`), where $PPID is isms.
pid=$1 skip=${2:-/dev/null}
for f in /proc/"$pid"/fdinfo/*; do
	fd=${f##*/}
	[ "$fd" -gt 2 ] || continue
	grep -qx "$fd" "$skip" && continue
	flags=$(sed -n 's/^flags:[[:space:]]*//p' "$f")
	[ -n "$flags" ] || continue          # closed meanwhile
	[ $((0$flags & 02000000)) -ne 0 ] && continue
	echo "descriptor $fd ($(readlink "/proc/$pid/fd/$fd")) is not close-on-exec"
done
