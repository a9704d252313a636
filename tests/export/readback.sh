#!/usr/bin/env bash
# tests/export/readback.sh - every SoA export read back: the CSV parsed as
# RFC 4180 (93 controls, 12 fields each, a multi-line cell intact,
# formula-like cells escaped), the xlsx unzipped (the SoA sheet's 94 rows,
# frozen header, autofilter, drop-downs, escaped strings, no formulas),
# and the html and md checked for every control.  Speaks TAP; skips (77)
# without unzip.
set -u
srcdir=${ISMS_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
bin=${ISMS_BIN:-$srcdir/build/isms}
command -v unzip >/dev/null 2>&1 || { echo "1..0 # SKIP unzip not found"; exit 77; }
[ -x "$bin" ] || { echo "Bail out! $bin is not built"; exit 99; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
work=$(mktemp -d "${TMPDIR:-/tmp}/isms-export.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 99
export ISMS_DB="$work/isms.db" LC_ALL=C.UTF-8 ISMS_CATALOG_PATH=${ISMS_CATALOG_PATH:-$srcdir/catalogs}
n=0 failed=0
ok() {
	local what=$1; shift
	n=$((n + 1))
	if "$@"; then echo "ok $n - $what"; else echo "not ok $n - $what"; failed=$((failed + 1)); fi
}

isms() { "$bin" "$@" 2>/dev/null; }
isms init --org 'Acme <Ltd> & "Co"'
isms soa set A.7.4 --applicable no --justification $'Hosted in a "certified" DC,\nno premises of our own'
isms soa set A.5.1 --owner "=cmd|' /C calc'!A0"
isms soa set A.5.2 --owner '@SUM(A1:A9)'
isms soa set A.5.3 --owner '+1 555 0100'
isms soa set A.5.4 --owner '-lead'
for f in csv md html; do isms soa export --format $f -o soa.$f; done
[ "${ISMS_XLSX:-yes}" = no ] || isms soa export --format xlsx -o soa.xlsx

# RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
# Prints one line per record: the field count, then the fields joined
# by US (0x1f) with line breaks shown as \n.
csv_records() {
	awk 'BEGIN { RS = "\001"; US = sprintf("%c", 31) }
	{
		s = $0; n = length(s); f = ""; rec = ""; nf = 0; q = 0
		for (i = 1; i <= n; i++) {
			c = substr(s, i, 1)
			if (q) {
				if (c == "\"" && substr(s, i + 1, 1) == "\"") { f = f "\""; i++ }
				else if (c == "\"") q = 0
				else if (c == "\n") f = f "\\n"
				else if (c != "\r") f = f c
			} else if (c == "\"") q = 1
			else if (c == ",") { rec = rec f US; f = ""; nf++ }
			else if (c == "\r" && substr(s, i + 1, 1) == "\n") {
				print (nf + 1) US rec f; rec = ""; f = ""; nf = 0; i++
			} else f = f c
		}
	}' "$1"
}
csv_records soa.csv >records
field() {  # field ID N: field N of the record of control ID
	awk -F $'\037' -v id="$1" -v k="$2" '$2 == id { print $(k + 1) }' records
}
ok "csv: a header and 93 records" test "$(wc -l <records)" -eq 94
ok "csv: 12 fields in every record" test "$(cut -d $'\037' -f1 records | sort -u)" = 12
ok "csv: a multi-line justification comes back whole" \
	test "$(field A.7.4 6)" = 'Hosted in a "certified" DC,\nno premises of our own'
ok "csv: =, @, + and - cells are escaped" test "$(field A.5.1 10)$(field A.5.2 10)$(field A.5.3 10)$(field A.5.4 10)" = "'=cmd|' /C calc'!A0'@SUM(A1:A9)'+1 555 0100'-lead"
ok "csv: applicability in words" test "$(field A.7.4 4)" = no

if [ "${ISMS_XLSX:-yes}" = no ]; then   # built without libxlsxwriter
ok "xlsx: refused, saying why" sh -c "'$bin' soa export --format xlsx -o x.xlsx 2>&1 | grep -q 'built without xlsx support' && ! test -e x.xlsx"
else
unzip -p soa.xlsx xl/worksheets/sheet2.xml >sheet.xml
unzip -p soa.xlsx 'xl/worksheets/sheet*.xml' >strings.xml
unzip -p soa.xlsx xl/workbook.xml >book.xml
ok "xlsx: a Cover and an SoA sheet" grep -q '<sheet name="Cover".*<sheet name="SoA"' book.xml
ok "xlsx: then a sheet of the links to risks" grep -q '<sheet name="SoA".*<sheet name="Risk links"' book.xml
ok "xlsx: the SoA sheet has 94 rows" test "$(grep -o '<row ' sheet.xml | wc -l)" -eq 94
ok "xlsx: the header row is frozen" grep -q '<pane ySplit="1"[^>]*state="frozen"' sheet.xml
ok "xlsx: an autofilter over the table" grep -q '<autoFilter ref="A1:L94"' sheet.xml
ok "xlsx: drop-downs on applicability and status" \
	test "$(grep -o '<dataValidation type="list"' sheet.xml | wc -l)" -eq 2
ok "xlsx: the status list holds the statuses" grep -q '"not started,planned,partial,implemented,excluded"' sheet.xml
ok "xlsx: no cell is a formula" sh -c "! grep -q '<f>' sheet.xml"
ok "xlsx: formula-like strings are escaped" grep -q "&apos;=cmd|\|'=cmd|" strings.xml
ok "xlsx: the justification is there" grep -q 'no premises of our own' strings.xml
fi

ids=$(isms soa list | tail -n +2 | awk '{ print $1 }')
missing_in() {  # missing_in FILE PREFIX SUFFIX: controls not found
	local id
	for id in $ids; do grep -qF -- "$2$id$3" "$1" || echo "$id"; done
}
ok "html: 93 controls listed" test "$(printf '%s\n' $ids | wc -l)" -eq 93
ok "html: every control has its row" test -z "$(missing_in soa.html '<tr><td>' '</td>')"
ok "html: stored text is escaped" grep -q 'Acme &lt;Ltd&gt; &amp; &quot;Co&quot;' soa.html
ok "html: no scripts, no external resources" sh -c "! grep -qi -e '<script' -e 'src=' -e 'href=' soa.html"
ok "html: a print stylesheet" grep -q '@media print' soa.html
ok "md: every control has its row" test -z "$(missing_in soa.md '| ' ' |')"
ok "md: the table has 12 columns" grep -q '^| Control | Title | Theme | Applicable | Reasons | Justification | Implementation status | How implemented | Evidence | Owner | Linked risks | Last review |$' soa.md
ok "md: a line break inside a cell stays in its row" grep -q 'DC,<br>no premises' soa.md

echo "1..$n"
[ "$failed" -eq 0 ]
