#!/bin/sh
# tests/man/lint.sh - every manual page lints clean: mandoc -T lint -W
# warning prints nothing, and groff -ww -z writes nothing to stderr.
# Speaks TAP; skips (77) when mandoc is not installed.
srcdir=${ISMS_SRCDIR:-.}
mandoc=${MANDOC:-mandoc}
command -v "$mandoc" >/dev/null 2>&1 || { echo "1..0 # SKIP mandoc not found"; exit 77; }

pages="$srcdir/man/isms.1 $srcdir/man/isms-catalog.5"
n=0
for p in $pages; do n=$((n + 2)); done
echo "1..$n"
i=0
for p in $pages; do
	i=$((i + 1))
	out=$("$mandoc" -T lint -W warning "$p" 2>&1)
	if [ -z "$out" ]; then
		echo "ok $i - mandoc lint $(basename "$p")"
	else
		echo "not ok $i - mandoc lint $(basename "$p")"
		printf '%s\n' "$out" | sed 's/^/# /'
	fi
	i=$((i + 1))
	if command -v groff >/dev/null 2>&1; then
		err=$(groff -mandoc -ww -z "$p" 2>&1 >/dev/null)
		if [ -z "$err" ]; then
			echo "ok $i - groff warnings $(basename "$p")"
		else
			echo "not ok $i - groff warnings $(basename "$p")"
			printf '%s\n' "$err" | sed 's/^/# /'
		fi
	else
		echo "ok $i - groff warnings $(basename "$p") # SKIP groff not found"
	fi
done
