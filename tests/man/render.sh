#!/bin/sh
# tests/man/render.sh - isms(1) reads right once rendered, by mandoc and by
# groff: no quotation opens inside another (a macro that swallowed the
# words after it), the quoted words are the ones meant, and the sections
# a reader looks things up in say what they must.  Speaks TAP; skips (77)
# when mandoc is not installed.
srcdir=${ISMS_SRCDIR:-.}
mandoc=${MANDOC:-mandoc}
command -v "$mandoc" >/dev/null 2>&1 || { echo "1..0 # SKIP mandoc not found"; exit 77; }
page="$srcdir/man/isms.1"
n=0 failed=0

ok() {  # ok DESCRIPTION COMMAND...
	what=$1; shift
	n=$((n + 1))
	if "$@"; then echo "ok $n - $what"; else
		echo "not ok $n - $what"; failed=$((failed + 1))
	fi
}
# The page as text, overstriking (bold, underline) removed.
plain() { sed 's/.\x08//g'; }
section() {  # section NAME: the rendered section NAME
	awk -v s="$1" '/^[A-Z]/ { on = ($0 == s) } on' "$2"
}

work=$(mktemp -d "${TMPDIR:-/tmp}/isms-man.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$mandoc" -T utf8 "$page" | plain >"$work/mandoc"
renderers=mandoc
if command -v groff >/dev/null 2>&1; then
	groff -mandoc -Tutf8 "$page" 2>/dev/null | plain >"$work/groff"
	renderers="mandoc groff"
fi
nested() { ! grep -n "‘[^’]*‘" "$1" | sed 's/^/# /' | grep .; }
# phrase FILE TEXT: TEXT in FILE, however the lines were broken
phrase() { tr '\n' ' ' <"$1" | tr -s ' ' | grep -qF -- "$2"; }
for r in $renderers; do
	ok "$r: no quotation opens inside another" nested "$work/$r"
	ok "$r: 'excluded' alone is quoted" phrase "$work/$r" \
		"(‘excluded’ for controls that do not apply)"
done
section DESCRIPTION "$work/mandoc" >"$work/desc"
ok "DESCRIPTION names the risk register" phrase "$work/desc" "risk register"
ok "DESCRIPTION names the assets" phrase "$work/desc" "asset inventory"
section "EXIT STATUS" "$work/mandoc" >"$work/exit"
ok "EXIT STATUS: a refused delete is 1" phrase "$work/exit" \
	"deletion was refused"
ok "EXIT STATUS: a refused unlink is 1" phrase "$work/exit" \
	"unlink was refused"
ok "EXIT STATUS: a broken chain is 1" phrase "$work/exit" \
	"verify found the history chain broken"
echo "1..$n"
[ "$failed" -eq 0 ]
