#!/usr/bin/env bash
# tests/safety/payload.sh - the payload table: nothing stored reaches a
# terminal or a document raw (issue 8, terminal safety).
#
# An ISMS database may come from a client or be crafted, so every text
# column of every table that isms displays is filled, through the sqlite3
# shell and not through the model (which refuses such text on input), with
# payloads: a lone ESC; CSI (ESC [ 6 n, a device status report that makes
# the terminal answer; ESC [ 2 J; an SGR); OSC 0 (retitle), OSC 8
# (hyperlink), OSC 52 (clipboard); DCS; BEL, BS, CR, DEL; the C1 controls
# U+0085, U+009B, U+009D (and U+009C) as UTF-8; the bidi controls
# U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C; U+2028, U+2029;
# the zero-width U+200B, U+2060, U+FEFF; tag characters; invalid UTF-8 (a
# lone continuation byte, the overlong C0 AF, a truncated sequence, FF, a
# raw 8-bit CSI byte, an encoded surrogate); LF and TAB; and 100 kB strings
# (over the 32,767 characters of an xlsx cell).  Each payload starts with
# its own marker PWN01 ... PWN29, so the test can tell that its escaped
# form was shown and not merely something.  The history table is
# append-only, so rows carrying payloads in every text column are
# inserted instead.
#
# Each cell holds every payload, joined by spaces, starting with a
# different one from row to row and column to column (so that the short
# cells of the TUI show them all somewhere), before its old value.
#
# Then every output path runs and its bytes are judged by tests/safety/scan
# (a C program: no Python on a bare CI machine):
#   - the text of every list and show command of every register (clause,
#     soa, asset, risk, risk action), matrix show (also --counts), history
#     and db check, and every --format csv;
#   - db check on a crafted schema (a table named with payloads whose
#     foreign key is broken) and on a file whose name holds escapes;
#   - the four formats (csv, md, html, xlsx) of soa, risk and treatment
#     export, and an export to stdout; the xlsx unzipped part by part, each
#     part well-formed (xmllint, else the scanner's own check), once with
#     the long strings (written anyway, cut, warned about) and once from a
#     copy without them, so that escaping and cutting fail apart;
#   - the keystroke-script dumps and the full-screen interface in tmux at
#     200x60, TERM=xterm-256color, its raw output logged with pipe-pane and
#     its screens captured, visiting every tab, a record form of each, the
#     filter list, the heat maps and the help, then q; the same visit on a
#     plain demo database shows that the TUI sends no OSC, DCS, BEL or
#     device status request of its own;
#   - messages on stderr: conflicts (--rev 1 on rows that moved on, whose
#     updated_by holds payloads with OSC 52) that quote the stored
#     updated_by, refusals that list stored values (attribute values,
#     levels, a scale, the risks that use an asset), and lookups of records
#     named with payloads that do not exist.
#
# Each output gets two checks: "nothing raw" (scan finds no ESC, C0 but
# TAB/LF/CRLF, DEL, C1, bidi, separator, zero-width or tag character, and
# no invalid UTF-8; for the terminal stream and documents see scan.c) and
# "every payload shown escaped" (each in its escaped form, so an output
# that printed nothing, or dropped the text, fails):
#   one-line contexts (table cells, messages, the TUI, dumps): LF as \n,
#     TAB as \t;  multi-line contexts (documents: csv, md, html, xlsx; the
#     field lines of show): LF and TAB kept;
#   ESC as \e; other C0 and DEL as \xHH (\x07 \x08 \x0D \x7F); C1, bidi,
#     zero-width, separators and tags as <U+XXXX> (<U+009B>, <U+202E>,
#     <U+E0041>); invalid UTF-8 as one U+FFFD per invalid byte.
# Documents are compared after undoing their own quoting (html and XML
# entities and tags, Markdown's \\ \| and <br>).  Table cells of the TUI
# are short, so there only the head of each payload (marker and first
# escape) is looked for, over all the screens of the visit.  An xlsx cell
# over 32,767 characters is cut, ending in a marker with "[cut", and the
# export still succeeds and warns on stderr naming the file.
#
# The first checks test the test: the scanner on byte strings (it flags
# each kind and passes clean text), the expected forms against the
# scanner's reference escaper, a correct rendering passing the judges,
# and that every table has rows and every text column payloads.
#
# Speaks TAP; skips (77) without sqlite3, and skips the TUI checks without
# tmux and the xlsx read-back without unzip.  About 25 seconds on two
# cores.  ISMS_PAYLOAD_KEEP=1 keeps the work directory, outputs in out/.
set -u
srcdir=${ISMS_SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}
bin=${ISMS_BIN:-$srcdir/build/isms}
command -v sqlite3 >/dev/null 2>&1 || { echo "1..0 # SKIP sqlite3 not found"; exit 77; }
[ -x "$bin" ] || { echo "Bail out! $bin is not built"; exit 99; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
scan=${ISMS_SCAN:-$(dirname "$bin")/tests/safety/scan}
[ -x "$scan" ] || { echo "Bail out! $scan is not built (make tests/safety/scan)"; exit 99; }

work=$(mktemp -d "${TMPDIR:-/tmp}/isms-payload.XXXXXX")
sock="isms-payload-$$"
# ISMS_PAYLOAD_KEEP=1 keeps the work directory (outputs in out/) to look at.
trap 'tmux -L "$sock" kill-server 2>/dev/null; [ -n "${ISMS_PAYLOAD_KEEP:-}" ] && echo "# kept $work" || rm -rf "$work"' EXIT
export HOME="$work/home" LC_ALL=C.UTF-8 ISMS_CATALOG_PATH=${ISMS_CATALOG_PATH:-$srcdir/catalogs}
unset ISMS_DB XDG_DATA_HOME XDG_CONFIG_HOME XDG_STATE_HOME ISMS_CONFIG NO_COLOR \
	ISMS_EDITOR VISUAL EDITOR ISMS_TODAY
mkdir -p "$HOME" "$work/out"
cd "$work" || exit 99
db="$work/payload.db"
out="$work/out"
n=0 failed=0

# ---- TAP ----------------------------------------------------------------

# ok DESCRIPTION COMMAND...: one check; on failure the first lines of what
# the command printed become TAP comments.
ok() {
	local what=$1; shift
	n=$((n + 1))
	if "$@" >"$work/why" 2>&1; then
		echo "ok $n - $what"
	else
		echo "not ok $n - $what"
		failed=$((failed + 1))
		head -n 12 "$work/why" | LC_ALL=C tr -c '\n\040-\176' '?' | sed 's/^/# /'
	fi
}
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }

# ---- the payloads ---------------------------------------------------------
#
# psql[k] builds payload k in SQL (char() for code points, CAST(X'..' AS
# TEXT) for bytes that are not UTF-8); line[k] is how a one-line context
# must show it, doc[k] how a multi-line one must, head[k] the start of
# line[k] that fits a TUI cell.  The invalid sequences end in "z" so that
# the number of U+FFFD before it is pinned.
E='\e' FFFD=$'\xEF\xBF\xBD'
psql=() line=() doc=() head=()
payload() {  # payload SQL LINE [HEAD [DOC]]
	psql+=("$1"); line+=("$2"); head+=("${3:-$2}"); doc+=("${4:-$2}")
}
payload "'PWN01'||char(27)"                                "PWN01$E"
payload "'PWN02'||char(27)||'[6n'"                         "PWN02$E[6n"
payload "'PWN03'||char(27)||'[2J'"                         "PWN03$E[2J"
payload "'PWN04'||char(27)||'[1;5;31m'"                    "PWN04$E[1;5;31m" "PWN04$E[1;5"
payload "'PWN05'||char(27)||']0;PWN'||char(7)"             "PWN05$E]0;PWN\\x07" "PWN05$E]0;"
payload "'PWN06'||char(27)||']8;;http://x.example/'||char(27)||'\\link'||char(27)||']8;;'||char(27)||'\\'" \
	"PWN06$E]8;;http://x.example/$E\\link$E]8;;$E\\" "PWN06$E]8;;"
payload "'PWN07'||char(27)||']52;c;UFdO'||char(7)"         "PWN07$E]52;c;UFdO\\x07" "PWN07$E]52;"
payload "'PWN08'||char(27)||'P\$qm'||char(27)||'\\'"       "PWN08${E}P\$qm$E\\" "PWN08${E}P"
payload "'PWN09'||char(7)"                                 'PWN09\x07'
payload "'PWN10'||char(8)"                                 'PWN10\x08'
payload "'PWN11'||char(13)"                                'PWN11\x0D'
payload "'PWN12'||char(127)"                               'PWN12\x7F'
payload "'PWN13'||char(0x85)"                              'PWN13<U+0085>'
payload "'PWN14'||char(0x9B)||'6n'"                        'PWN14<U+009B>6n' 'PWN14<U+009B>'
payload "'PWN15'||char(0x9D)||'0;PWN'||char(0x9C)"         'PWN15<U+009D>0;PWN<U+009C>' 'PWN15<U+009D>'
payload "'PWN16'||char(0x202A,0x202B,0x202C,0x202D,0x202E)" \
	'PWN16<U+202A><U+202B><U+202C><U+202D><U+202E>' 'PWN16<U+202A>'
payload "'PWN17'||char(0x2066,0x2067,0x2068,0x2069)"       'PWN17<U+2066><U+2067><U+2068><U+2069>' 'PWN17<U+2066>'
payload "'PWN18'||char(0x200E,0x200F,0x061C)"              'PWN18<U+200E><U+200F><U+061C>' 'PWN18<U+200E>'
payload "'PWN19'||char(0x2028,0x2029)"                     'PWN19<U+2028><U+2029>' 'PWN19<U+2028>'
payload "'PWN20'||char(0x200B,0x2060,0xFEFF)"              'PWN20<U+200B><U+2060><U+FEFF>' 'PWN20<U+200B>'
payload "'PWN21'||char(0xE0000,0xE0041,0xE007F)"           'PWN21<U+E0000><U+E0041><U+E007F>' 'PWN21<U+E0000>'
payload "'PWN22'||CAST(X'80' AS TEXT)||'z'"                "PWN22${FFFD}z"
payload "'PWN23'||CAST(X'C0AF' AS TEXT)||'z'"              "PWN23$FFFD${FFFD}z"
payload "'PWN24'||CAST(X'E282' AS TEXT)||'z'"              "PWN24$FFFD${FFFD}z"
payload "'PWN25'||CAST(X'FF' AS TEXT)||'z'"                "PWN25${FFFD}z"
payload "'PWN26'||CAST(X'9B' AS TEXT)||'6nz'"              "PWN26${FFFD}6nz"
payload "'PWN27'||CAST(X'EDA080' AS TEXT)||'z'"            "PWN27$FFFD$FFFD${FFFD}z"
payload "'PWN28'||char(10)||'b'||char(9)||'c'"             'PWN28\nb\tc' 'PWN28\nb' $'PWN28\nb\tc'
K=${#psql[@]}
# The 100 kB strings: 4,000 times 26 characters with an escape and a bidi
# override in each, between PWN29 and END29.
long_sql="'PWN29'||replace(hex(zeroblob(4000)),'00','abcdefghijklmnopq'||char(27)||'[2J'||char(0x202E)||'rstu')||'END29'"
long_head="PWN29abcdefghijklmnopq$E[2J<U+202E>rstu"
long_tail="rstuEND29"

# ---- the database ---------------------------------------------------------

"$bin" --db "$db" init --demo >/dev/null 2>&1 ||
	{ echo "Bail out! isms init --demo failed"; exit 99; }
# A redaction, so that history_redaction has a row too.
"$bin" --db "$db" history redact 3 --reason "payload test" >/dev/null 2>&1 ||
	{ echo "Bail out! isms history redact failed"; exit 99; }
# Approved versions of the SoA and the treatment plan.
{ "$bin" --db "$db" soa approve --by kari && "$bin" --db "$db" treatment approve --by kari; } >/dev/null 2>&1 ||
	{ echo "Bail out! isms soa approve failed"; exit 99; }

# Columns left as they are, each a join key whose change would break a
# reference or a column whose CHECK constraint refuses any other value:
#   framework.id, document_list.id, matrix.id: the catalog ids every
#     catalog table, isms and risk.matrix_id refer to;
#   *.framework_id, isms.document_list_id, *.matrix_id, mandatory_document
#     .list_id: references to those;
#   theme.id, requirement.theme_id: the theme of a control;
#   attribute_set.id, attribute_value.set_id, requirement_attribute.set_id:
#     the set of an attribute value (attribute_value.value, a key too, is
#     changed below together with requirement_attribute.value, so that
#     the references hold);
#   requirement.id, requirement.parent_id, clause_status.requirement_id,
#     soa_entry.control_id, risk_control.control_id, risk_action.control_id,
#     mandatory_document.requirement_id, requirement_attribute
#     .requirement_id: clause and control ids, the keys of every register;
#   requirement.kind (clause or control), matrix_scale.axis (likelihood or
#     impact), history_redaction.field (who, old or new), document_link
#     .kind, document_version.kind, register_version.register: CHECK
#     constraints;
#   history.salts, history.prev_hash, history.hash, history_head.hash,
#     history_redaction.digest: the hex digits of the history chain, which
#     isms verify recomputes; text there is tampering, which isms verify
#     and db check name (tests/cli/cases/history.t), never prints.
# risk.ref gets payloads only on R-007 to R-012: R-001 to R-006 stay
# addressable from the command line (risk show, risk set).
exclude=" framework.id document_list.id matrix.id
	theme.framework_id attribute_set.framework_id attribute_value.framework_id
	requirement.framework_id requirement_attribute.framework_id
	document_list.framework_id mandatory_document.framework_id
	isms.framework_id clause_status.framework_id soa_entry.framework_id
	risk_control.framework_id risk_action.framework_id
	isms.document_list_id mandatory_document.list_id
	matrix_scale.matrix_id matrix_level.matrix_id matrix_cell.matrix_id
	isms.matrix_id risk.matrix_id
	theme.id requirement.theme_id
	attribute_set.id attribute_value.set_id requirement_attribute.set_id
	requirement.id requirement.parent_id clause_status.requirement_id
	soa_entry.control_id risk_control.control_id risk_action.control_id
	mandatory_document.requirement_id requirement_attribute.requirement_id
	requirement.kind matrix_scale.axis history_redaction.field
	document_link.kind document_version.kind register_version.register
	history.salts history.prev_hash history.hash history_head.hash
	history_redaction.digest control_risk_count.framework_id
	control_risk_count.control_id "
exclude=" $(echo $exclude) "
together=" attribute_value.value requirement_attribute.value "
q() { sqlite3 -batch -noheader "$db" "$@"; }
# raw EXPR: the bytes of an SQL value, read as hex (the sqlite3 shell may
# escape what it prints).
raw() {
	local hex
	hex=$(q "SELECT hex($1);")
	printf '%b' "$(printf '%s' "$hex" | sed 's/../\\x&/g')"
}
# The long strings, in a field of every register and of each export:
# long_cells VALUE prints the UPDATEs that set them to VALUE.
long_cells() {
	local c t col where
	for c in "soa_entry|justification|control_id = 'A.5.2'" "risk|threat|ref = 'R-002'" \
		"document|title|id = 2" \
		"risk_action|what|id = (SELECT min(id) + 1 FROM risk_action)" \
		"clause_status|notes|requirement_id = '4.2'" "asset|notes|id = 2" \
		"risk_acceptance|note|id = (SELECT min(id) FROM risk_acceptance)" \
		"requirement|summary|id = 'A.5.3'" \
		"matrix_scale|criteria|axis = 'likelihood' AND value = 3"; do
		IFS='|' read -r t col where <<<"$c"
		echo "UPDATE $t SET $col = $1 WHERE $where;"
	done
}
tables=$(q "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name;")
{
	echo "PRAGMA foreign_keys = OFF;"
	echo "BEGIN;"
	echo "CREATE TEMP TABLE p (k INTEGER PRIMARY KEY, v TEXT NOT NULL);"
	for ((k = 0; k < K; k++)); do
		echo "INSERT INTO temp.p VALUES ($k, ${psql[k]});"
	done
	# bomb s: every payload, joined by spaces, starting with payload s.
	echo "CREATE TEMP TABLE bomb (s INTEGER PRIMARY KEY, v TEXT NOT NULL);"
	for ((k = 0; k < K; k++)); do
		echo "INSERT INTO temp.bomb SELECT $k, group_concat(v, ' ') FROM (SELECT v FROM temp.p ORDER BY (k - $k + $K) % $K);"
	done
	# A cell of row r, column c starts with payload (r + 5c) mod K, so
	# that each column of a table and each field of a record starts with
	# a different one; the old value follows (it keeps UNIQUE columns
	# unique).
	cell() {  # cell TABLE COLUMN CID
		echo "(SELECT v FROM temp.bomb WHERE s = (\"$1\".rowid + 5 * $3) % $K) || ' ' || coalesce(\"$1\".\"$2\", '')"
	}
	for t in $tables; do
		case $t in history | register_version | register_version_item) continue ;; esac
		while IFS='|' read -r cid col type; do
			[ "$type" = TEXT ] || continue
			case $exclude$together in *" $t.$col "*) continue ;; esac
			where=""
			[ "$t.$col" = risk.ref ] && where=" WHERE ref > 'R-006'"
			echo "UPDATE \"$t\" SET \"$col\" = $(cell "$t" "$col" "$cid")$where;"
		done < <(q "SELECT cid, name, type FROM pragma_table_info('$t');")
		q "SELECT 1 FROM pragma_table_info('$t') WHERE name = 'rev';" | grep -q 1 &&
			echo "UPDATE \"$t\" SET rev = rev + 1;"
	done
	echo "CREATE TEMP TABLE av AS SELECT framework_id AS af, set_id AS aset, value AS aold,"
	echo "  $(cell attribute_value value 2) AS anew FROM attribute_value;"
	echo "UPDATE requirement_attribute SET value = (SELECT anew FROM temp.av WHERE af = framework_id AND aset = set_id AND aold = value);"
	echo "UPDATE attribute_value SET value = (SELECT anew FROM temp.av WHERE af = framework_id AND aset = set_id AND aold = value);"
	long_cells "$long_sql"
	# the text index of the risk filter, which isms keeps in step
	echo "DELETE FROM risk_fts;"
	echo "INSERT INTO risk_fts (rowid, ref, statement, owner, threat, vulnerability)"
	echo "  SELECT id, ref, statement, owner, threat, vulnerability FROM risk;"
	# history is append-only: new rows with payloads in every text column,
	# K of them all payload, two about R-001, one with a long new value.
	hcols="" hvals="" hr1=""
	while IFS='|' read -r cid col type; do
		[ "$type" = TEXT ] || continue
		hcols+="${hcols:+, }$col"
		v="(SELECT v FROM temp.bomb WHERE s = (b.s + 5 * $cid) % $K)"
		hvals+="${hvals:+, }$v"
		case $col in
		entity) hr1+="${hr1:+, }'risk'" ;;
		key) hr1+="${hr1:+, }'R-001'" ;;
		new) hr1+="${hr1:+, }CASE b.s WHEN 0 THEN $long_sql ELSE $v END" ;;
		*) hr1+="${hr1:+, }$v" ;;
		esac
	done < <(q "SELECT cid, name, type FROM pragma_table_info('history');")
	echo "INSERT INTO history ($hcols) SELECT $hr1 FROM temp.bomb AS b WHERE b.s < 2;"
	echo "INSERT INTO history ($hcols) SELECT $hvals FROM temp.bomb AS b;"
	# approved versions are kept as written too: versions 90 on of the
	# SoA, all payload, each with a record of payloads.
	pv() { echo "(SELECT v FROM temp.bomb WHERE s = (b.s + $1) % $K)"; }
	echo "INSERT INTO register_version (register, version, approved_by, approved_on, note, sha256, updated_at, updated_by)"
	echo "  SELECT 'soa', 90 + b.s, $(pv 1), $(pv 2), $(pv 3), $(pv 4), $(pv 5), $(pv 6) FROM temp.bomb AS b;"
	echo "INSERT INTO register_version_item (version_id, ord, key, field, value)"
	echo "  SELECT v.id, 1, $(pv 7), $(pv 8), $(pv 9) FROM register_version v JOIN temp.bomb AS b ON b.s = v.version - 90;"
	echo "COMMIT;"
} >"$work/payload.sql"
sqlite3 -batch "$db" <"$work/payload.sql" >"$work/sqlite.out" 2>&1 ||
	{ echo "Bail out! storing the payloads failed: $(head -3 "$work/sqlite.out")"; exit 99; }

# ---- the judges -----------------------------------------------------------

isms() { "$bin" --db "$db" "$@"; }
# run NAME COMMAND...: stdout to out/NAME, stderr to out/NAME.err, the exit
# status to out/NAME.rc.
run() {
	local name=$1; shift
	"$@" >"$out/$name" 2>"$out/$name.err" </dev/null
	echo $? >"$out/$name.rc"
}
# exited NAME RC: the command NAME exited with status RC.
exited() {
	local rc; rc=$(cat "$out/$1.rc")
	[ "$rc" = "$2" ] && return 0
	echo "exit status $rc, expected $2; stderr:"; head -c 300 "$out/$1.err"; echo
	return 1
}
# vis TEXT: TEXT in ASCII, as sed's l command writes it (\033, \342\200\256,
# \t, \\; \n for a line break), for the TAP comments.
vis() {
	printf '%s\n' "$1" | LC_ALL=C sed -n 'l 0' | sed 's/\$$//' | sed ':a;N;$!ba;s/\n/\\n/g'
}
# shown FILE CONTEXT [long]: FILE has every payload as CONTEXT (line, doc or
# head) shows it, and with "long" the start and end of a long string.
# What is missing is listed, with what FILE has after its marker.
shown() {
	local f=$1 ctx=$2 k want miss="" m
	[ -f "$f" ] || { echo "no output $f"; return 1; }
	for ((k = 0; k < K; k++)); do
		case $ctx in
		line) want=${line[k]} ;;
		doc) want=${doc[k]} ;;
		*) want=${head[k]} ;;
		esac
		"$scan" --contains "$f" "$want" && continue
		m=$(printf 'PWN%02d' $((k + 1)))
		miss+="$m: want $(vis "$want"), have $(vis "$(LC_ALL=C grep -ao "$m.\{0,24\}" "$f" | head -n 1)")"$'\n'
	done
	if [ "${3:-}" = long ]; then
		"$scan" --contains "$f" "$long_head" || miss+="PWN29: the start of the long string, escaped"$'\n'
		"$scan" --contains "$f" "$long_tail" || miss+="END29: the end of the long string"$'\n'
	fi
	[ -z "$miss" ] && return 0
	echo "$(printf %s "$miss" | wc -l) missing in $(basename "$f") ($(wc -c <"$f") bytes):"
	printf %s "$miss"
	return 1
}
# says FILE TEXT: FILE holds TEXT; else show the start of FILE.
says() {
	"$scan" --contains "$1" "$2" && return 0
	echo "want $(vis "$2"), have:"
	vis "$(head -c 400 "$1")"
	return 1
}
# expect NAME RC CONTEXT [long] [stderr]: NAME exited RC and its stdout (or
# stderr) shows every payload.
expect() {
	local f="$out/$1"
	[ "${5:-}" = stderr ] && f="$out/$1.err"
	exited "$1" "$2" && shown "$f" "$3" "${4:-}"
}
# Undo a document's own quoting, so its text can be compared: line breaks
# written as <br> (one that ends a line stands for that line break), tags,
# Markdown's backslash escapes, entities.
undo_html() {
	LC_ALL=C sed -e 's/<br *\/\{0,1\}>$//' -e 's/<br *\/\{0,1\}>/\n/g' -e 's/<[^>]*>//g' \
		-e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&quot;/"/g' -e "s/&#39;/'/g" \
		-e "s/&apos;/'/g" -e 's/&#10;/\n/g' -e 's/&#9;/\t/g' -e 's/&amp;/\&/g' "$@"
}
undo_md() {
	LC_ALL=C sed -e 's/<br>$//' -e 's/<br>/\n/g' -e 's/\\\([\\|]\)/\1/g' -e 's/&lt;/</g' \
		-e 's/&gt;/>/g' -e 's/&quot;/"/g' -e 's/&amp;/\&/g' "$@"
}

# ---- the setup itself ----------------------------------------------------

# The scanner must flag what it is there to flag, and pass clean text.
scanner_case() {  # scanner_case MODE WANT(flag|pass) WHAT BYTES(printf)
	local mode=$1 want=$2 what=$3
	printf "$4" >"$work/case"
	if [ "$want" = flag ]; then
		ok "scan $mode flags $what" sh -c "! '$scan' $mode '$work/case' >/dev/null"
	else
		ok "scan $mode passes $what" "$scan" "$mode" "$work/case"
	fi
}
scanner_case --text flag 'ESC' 'a\033b'
scanner_case --text flag 'BEL' 'a\007'
scanner_case --text flag 'BS' 'a\010'
scanner_case --text flag 'a CR alone' 'a\rb'
scanner_case --text flag 'DEL' 'a\177'
scanner_case --text flag 'the C1 control U+009B' 'a\302\233'
scanner_case --text flag 'U+202E' 'a\342\200\256'
scanner_case --text flag 'U+2066' 'a\342\201\246'
scanner_case --text flag 'U+061C' 'a\330\234'
scanner_case --text flag 'U+2028' 'a\342\200\250'
scanner_case --text flag 'U+FEFF' 'a\357\273\277'
scanner_case --text flag 'the tag U+E0041' 'a\363\240\201\201'
scanner_case --text flag 'a lone continuation byte' 'a\200'
scanner_case --text flag 'the overlong C0 AF' 'a\300\257'
scanner_case --text flag 'a truncated sequence' 'a\342\202'
scanner_case --text flag 'FF' 'a\377'
scanner_case --text flag 'an encoded surrogate' 'a\355\240\200'
scanner_case --text pass 'TAB, LF, CR LF, UTF-8 and visible escapes' 'a\tb\nc\r\n\303\251 \346\274\242 \\e[6n <U+202E> \357\277\275\n'
scanner_case --markup flag 'a character reference to ESC' 'a&#27;b'
scanner_case --markup flag 'a character reference to U+202E' 'a&#x202E;b'
scanner_case --markup pass 'entities and <br>' '&lt;U+202E&gt; &amp; a<br>b'
scanner_case --xlsx flag 'an _x001B_ escape' '<t>a_x001B_b</t>'
scanner_case --xlsx flag 'a cell over 32,767 characters' "<t>$(printf '%*s' 32768 '')</t>"
scanner_case --xlsx pass 'a cell of 32,767 characters' "<t>$(printf '%*s' 32767 '')</t>"
scanner_case --tui flag 'an OSC' 'a\033]0;x\007'
scanner_case --tui flag 'a DCS' 'a\033P$qm\033\\'
scanner_case --tui flag 'a DSR request' 'a\033[6n'
scanner_case --tui flag 'BEL' 'a\007'
scanner_case --tui flag 'an escape straight after a marker' 'PWN03\033[2J'
scanner_case --tui pass 'what curses sends' '\033[?1049h\033[1;1H\033[2J\033(B\033[m\033[1;31mab\010\r\n\033[K\033=\033>'
printf '<?xml version="1.0"?>\n<a x="1"><b>t &amp; &#x202E;</b><c/></a>\n' >"$work/good.xml"
printf '<a><b>\033</b></a>' >"$work/bad1.xml"
printf '<a><b></a></b>' >"$work/bad2.xml"
ok "scan --xml passes a well-formed part" "$scan" --xml "$work/good.xml"
ok "scan --xml refuses a raw control character" sh -c "! '$scan' --xml '$work/bad1.xml'"
ok "scan --xml refuses crossed tags" sh -c "! '$scan' --xml '$work/bad2.xml'"
printf 'Notes:   PWN28\n         b\tc\n' >"$work/case"
ok "scan --contains matches an indented continuation line" "$scan" --contains "$work/case" "${doc[K - 1]}"
ok "scan --contains does not match what is not there" sh -c "! '$scan' --contains '$work/case' PWN27"

# The expected forms follow the rules (scan --escape is their reference),
# and a correct rendering of stored text passes the judges, so the suite
# can be passed.
notation() {
	local k bad=0
	for ((k = 0; k < K; k++)); do
		raw "${psql[k]}" >"$work/p"
		[ "$("$scan" --escape line "$work/p")" = "${line[k]}" ] ||
			{ echo "PWN$((k + 1)) one-line: $(vis "$("$scan" --escape line "$work/p")")"; bad=1; }
		[ "$("$scan" --escape doc "$work/p")" = "${doc[k]}" ] ||
			{ echo "PWN$((k + 1)) multi-line: $(vis "$("$scan" --escape doc "$work/p")")"; bad=1; }
		case ${line[k]} in "${head[k]}"*) ;; *) echo "PWN$((k + 1)) head"; bad=1 ;; esac
	done
	return "$bad"
}
ok "the expected forms of the payloads follow the escaping rules" notation
raw "(SELECT org FROM isms)" >"$work/org"
"$scan" --escape line "$work/org" >"$work/org.line"
"$scan" --escape doc "$work/org" >"$work/org.doc"
LC_ALL=C sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/$/<br>/' "$work/org.doc" >"$work/org.html"
undo_html "$work/org.html" >"$work/org.html.text"
ok "a correct one-line rendering passes the judges" sh -c '"$1" --text "$2" && "$1" --tui "$2"' - "$scan" "$work/org.line"
ok "a correct one-line rendering shows every payload" shown "$work/org.line" line
ok "a correct multi-line rendering passes the judges" "$scan" --text "$work/org.doc"
ok "a correct multi-line rendering shows every payload" shown "$work/org.doc" doc
ok "a correct html rendering passes the judges" "$scan" --markup "$work/org.html"
ok "a correct html rendering shows every payload" shown "$work/org.html.text" doc
ok "the stored text itself does not pass" sh -c '! "$1" --text "$2" >/dev/null' - "$scan" "$work/org"

# Every table has rows and every text column (but the exclusions) holds
# payloads, so the outputs below have something to show.
empty_tables() {
	local t
	for t in $tables; do
		[ "$(q "SELECT count(*) FROM \"$t\";")" -gt 0 ] || echo "$t is empty"
	done
}
bare_columns() {
	local t cid col type
	for t in $tables; do
		while IFS='|' read -r cid col type; do
			[ "$type" = TEXT ] || continue
			case $exclude in *" $t.$col "*) continue ;; esac
			[ "$(q "SELECT count(*) FROM \"$t\" WHERE \"$col\" LIKE '%PWN%';")" -gt 0 ] ||
				echo "$t.$col holds no payload"
		done < <(q "SELECT cid, name, type FROM pragma_table_info('$t');")
	done
}
ok "every table has rows" sh -c "[ -z \"\$1\" ] || { echo \"\$1\"; false; }" - "$(empty_tables)"
ok "every text column but the join keys holds payloads" sh -c "[ -z \"\$1\" ] || { echo \"\$1\"; false; }" - "$(bare_columns)"

# ---- the command line -----------------------------------------------------

# cli NAME CONTEXT [long] -- COMMAND...: run an isms command that prints
# to stdout; two checks: nothing raw on stdout or stderr, and exit 0 with
# every payload shown.
cli() {
	local name=$1 ctx=$2 long=""
	shift 2
	[ "$1" = long ] && { long=long; shift; }
	[ "$1" = -- ] && shift
	run "$name" isms "$@"
	ok "isms $*: nothing raw" "$scan" --text "$out/$name" "$out/$name.err"
	ok "isms $*: every payload shown escaped ($ctx)" expect "$name" 0 "$ctx" "$long"
}
# Tables: one line per row, LF and TAB as \n and \t.
cli clause-list line -- clause list
cli soa-list line -- soa list
cli asset-list line -- asset list
cli risk-list line -- risk list
cli action-list line long -- risk action list
cli matrix-show line long -- matrix show
cli matrix-counts line -- matrix show --counts
cli history line long -- history --limit 100
# show: field lines, LF and TAB kept (continued on indented lines).
cli clause-show doc long -- clause show 4.2
cli soa-show doc long -- soa show A.5.2
cli asset-show doc long -- asset show 2
cli risk-show doc long -- risk show R-002
# CSV: a document, LF and TAB kept in quoted cells.
cli clause-csv doc -- clause list --format csv
cli soa-csv doc long -- soa list --format csv
cli asset-csv doc long -- asset list --format csv
cli risk-csv doc long -- risk list --format csv
cli history-csv doc long -- history --limit 100 --format csv
# The people, the documents and the approved versions.
cli person-list line -- person list
cli person-show doc -- person show 2
cli doc-list line -- doc list
cli doc-csv doc long -- doc list --format csv
cli doc-show doc long -- doc show 2
cli soa-versions line -- soa versions
cli soa-diff line -- soa diff 90 91
cli soa-diff-csv doc -- soa diff 90 91 --format csv
# An export written to the terminal rather than to a file.
cli soa-export-stdout doc long -- soa export

# db check: the payload database is sound but for its history, whose rows
# with payloads were added outside isms, out of the chain; a crafted
# schema (a table whose name and foreign key hold payloads, with a row that
# breaks it) is reported by name; and a database file whose name holds
# escapes.
run db-check isms db check
ok "isms db check: nothing raw" "$scan" --text "$out/db-check" "$out/db-check.err"
ok "isms db check: the rows added outside isms break the history chain" \
	sh -c 'grep -q "^history: broken at row [0-9]*: history row id [0-9]* is not in the chain" "$1" && [ "$(sed "/: 1 problem\$/,\$d" "$1" | grep -vc "^history: ")" -eq 0 ]' - "$out/db-check"
ok "isms db check: exit 1" exited db-check 1
cp "$db" "$work/crafted.db"
name=$(raw "(SELECT org FROM isms)")
printf 'PRAGMA foreign_keys = OFF;\nCREATE TABLE "%s" (x INTEGER REFERENCES "%s"(id));\nINSERT INTO "%s" VALUES (1);\n' \
	"$name" "$name parent" "$name" | sqlite3 -batch "$work/crafted.db" >/dev/null 2>&1
run db-crafted "$bin" --db "$work/crafted.db" db check
ok "isms db check on a crafted schema: nothing raw" "$scan" --text "$out/db-crafted" "$out/db-crafted.err"
ok "isms db check on a crafted schema: exit 1, the table named escaped" expect db-crafted 1 line
crafted_name="$work/PWN05"$'\e]0;PWN\a\xe2\x80\xae\xff'".db"
cp "$db" "$crafted_name"
run db-name "$bin" --db "$crafted_name" db check
ok "isms db check of a file named with escapes: nothing raw" "$scan" --text "$out/db-name" "$out/db-name.err"
ok "isms db check of a file named with escapes: the name escaped" \
	says "$out/db-name" "PWN05\\e]0;PWN\\x07<U+202E>$FFFD.db"

# ---- exports ----------------------------------------------------------------

# clean MODE FILE OUT ERR: nothing raw in FILE (read as MODE) nor in the
# command's stdout OUT and stderr ERR.
clean() {
	local rc=0
	"$scan" "$1" "$2" || rc=1
	"$scan" --text "$3" "$4" || rc=1
	return "$rc"
}
# exported NAME FILE: the export NAME exited 0 and FILE, as text, shows
# every payload and the long string.
exported() { exited "$1" 0 && shown "$2" doc long; }
# export_doc WHAT FORMAT: isms WHAT export --format FORMAT -o FILE.
export_doc() {
	local what=$1 fmt=$2 name="$1-export-$2" f="$out/$1.$2" mode=--text
	run "$name" isms "$what" export --format "$fmt" -o "$f"
	case $fmt in html | md) mode=--markup ;; esac
	ok "isms $what export --format $fmt: nothing raw" clean "$mode" "$f" "$out/$name" "$out/$name.err"
	case $fmt in
	html) undo_html "$f" >"$f.text" 2>/dev/null ;;
	md) undo_md "$f" >"$f.text" 2>/dev/null ;;
	*) cp "$f" "$f.text" 2>/dev/null || : >"$f.text" ;;
	esac
	ok "isms $what export --format $fmt: every payload shown escaped (doc)" exported "$name" "$f.text"
}
for what in soa risk treatment doc; do
	for fmt in csv md html; do export_doc "$what" "$fmt"; done
done

# The workbooks: written although a cell is too long (cut, with a marker
# and a warning), every XML part well-formed and clean, every payload in
# the text of the parts.
xlsx_written() {
	exited "$1" 0 || return 1
	[ -s "$2" ] || { echo "no workbook $2"; return 1; }
}
warned() {
	grep -qi warning "$out/$1.err" && grep -qF "$(basename "$2")" "$out/$1.err" && return 0
	echo "stderr: $(head -c 300 "$out/$1.err")"
	return 1
}
well_formed() {
	[ $# -gt 0 ] || { echo "no XML parts"; return 1; }
	if command -v xmllint >/dev/null 2>&1; then
		xmllint --noout "$@" 2>&1 | head -n 6
		[ "${PIPESTATUS[0]}" -eq 0 ]
	else
		"$scan" --xml "$@"
	fi
}
xlsx_clean() {
	[ $# -gt 2 ] || { echo "no XML parts"; return 1; }
	clean --text "$1" "$2" "$3" && { shift 3; "$scan" --xlsx "$@"; }
}
# cut FILE...: the cell holding the long string stops before its end with
# a marker that says "[cut", within the length of a cell.
cut_marked() {
	local cell
	[ $# -gt 0 ] || { echo "no XML parts"; return 1; }
	cell=$(LC_ALL=C grep -aho 'PWN29[^<]*</t>' "$@" | head -n 1)
	[ -n "$cell" ] || { echo "no cell holds the long string"; return 1; }
	case $cell in
	*END29*) echo "the long string is whole (${#cell} bytes)"; return 1 ;;
	*'[cut'*) ;;
	*) echo "no [cut marker; the cell ends: $(printf '%q' "${cell: -60}")"; return 1 ;;
	esac
	printf '%s' "${cell: -100}" | grep -q '\[cut' || { echo "[cut is not at the end"; return 1; }
}
# export_xlsx WHAT [short]: isms WHAT export --format xlsx, on the payload
# database or (short) on a copy without the long strings, so that the
# escaping is judged apart from the cutting.
export_xlsx() {
	local what=$1 short=${2:-}
	local name="$1-export-xlsx$short" f="$out/$1$short.xlsx" d="$out/$1$short-xlsx"
	local parts=() dbf=$db label="isms $1 export --format xlsx" c
	[ -n "$short" ] && { dbf=$work/short.db; label+=" (no long strings)"; }
	run "$name" "$bin" --db "$dbf" "$what" export --format xlsx -o "$f"
	if [ -z "$short" ]; then
		ok "$label: succeeds though a cell is over 32,767 characters" xlsx_written "$name" "$f"
		ok "$label: warns on stderr naming the file" warned "$name" "$f"
	else
		ok "$label: succeeds" xlsx_written "$name" "$f"
	fi
	if [ "$have_unzip" != yes ]; then
		for c in "every XML part well-formed" "nothing raw" "every payload shown escaped" \
			${short:-"the long cell cut with a [cut marker"}; do
			skip "$label: $c" "unzip not found"
		done
		return
	fi
	mkdir -p "$d"
	[ -s "$f" ] && unzip -q -o "$f" -d "$d" >/dev/null 2>&1
	mapfile -t parts < <(find "$d" -type f \( -name '*.xml' -o -name '*.rels' \) | sort)
	ok "$label: every XML part well-formed" well_formed "${parts[@]}"
	ok "$label: nothing raw" xlsx_clean "$out/$name" "$out/$name.err" "${parts[@]}"
	if [ ${#parts[@]} -gt 0 ]; then undo_html "${parts[@]}" >"$d.text"; else : >"$d.text"; fi
	ok "$label: every payload shown escaped (doc)" shown "$d.text" doc
	[ -n "$short" ] ||
		ok "$label: the long cell cut with a [cut marker" cut_marked "${parts[@]}"
}
have_unzip=no
command -v unzip >/dev/null 2>&1 && have_unzip=yes
cp "$db" "$work/short.db"
# A copy whose long strings are payloads of the usual size again.
long_cells "(SELECT org FROM isms)" | sqlite3 -batch "$work/short.db" ||
	{ echo "Bail out! could not make the copy without long strings"; exit 99; }
for what in soa risk treatment doc; do
	[ "${ISMS_XLSX:-yes}" = no ] && break      # built without xlsx
	export_xlsx "$what"
	export_xlsx "$what" -short
done

# ---- the full-screen interface ------------------------------------------

# The keystroke-script mode: the same visit, each screen dumped.
cat >"$work/visit.keys" <<'KEYS'
key 1
dump
key Enter
dump
key Esc 2
dump
key Enter
dump
key Esc F
dump
key Esc 3
dump
key Enter
dump
key Esc h
dump
key Esc 4
dump
key Enter
dump
key Esc 5
dump
key /
type Ingrid
key Enter Enter
dump
key Esc Tab
dump
key Enter
dump
key Esc ?
dump
key Esc q
KEYS
run dumps isms --script "$work/visit.keys" --size 200x60
ok "isms --script dumps: nothing raw" "$scan" --text "$out/dumps" "$out/dumps.err"
ok "isms --script dumps: 15 screens" \
	sh -c '[ "$(grep -c "^--- screen" "$1")" -eq 15 ] || { echo "$(grep -c "^--- screen" "$1") screens"; exit 1; }' - "$out/dumps"
ok "isms --script dumps: every payload shown escaped (head)" expect dumps 0 head

# tui NAME DB: isms on DB in tmux at 200x60 (TERM=xterm-256color), its raw
# output logged with pipe-pane to out/NAME.raw, every screen of the visit
# captured into out/NAME.screens: each tab, a record form of each, the
# filter list of the SoA, the heat maps, the help, and q.  The views that
# did not come up are left in out/NAME.missed.
tm() { tmux -L "$sock" "$@"; }
tui() {
	local s=$1 dbf=$2 keys text i k karr
	: >"$out/$s.raw"
	: >"$out/$s.screens"
	: >"$out/$s.missed"
	tm -f /dev/null new-session -d -s "$s" -x 200 -y 60 \
		"read go; exec env TERM=xterm-256color ESCDELAY=25 ISMS_EDITOR=true '$bin' --db '$dbf'"
	tm pipe-pane -O -t "$s" "cat >>'$out/$s.raw'"
	tm send-keys -t "$s" Enter
	# KEYS|TEXT: press KEYS, wait for TEXT (an extended regular
	# expression; the first risk in the payload database is R-007 to
	# R-012, whose references start with payloads).
	for keys_text in "|\[1 Clauses\]" "Enter|Clause 4 " "Escape 2|\[2 SoA\]" \
		"Enter| A\.5\.1 " "Escape F|choose the item" "Escape 3|\[3 Risks\]" \
		"Enter|Risk (R-001|PWN)" "Escape h|Heat maps: open" "Escape 4|\[4 Assets\]" \
		"Enter|Asset [0-9]+ " "Escape 5|\[5 Documents\]" "/ Ingrid Enter Enter|Document " \
		"Escape Tab|\[People\]" "Enter|Person [0-9]+" \
		"Escape ?|Keys \(Esc closes"; do
		keys=${keys_text%%|*} text=${keys_text#*|}
		read -ra karr <<<"$keys"
		for k in "${karr[@]}"; do
			tm send-keys -t "$s" "$k"
			sleep 0.1               # past ESCDELAY, so Esc is a key
		done
		for ((i = 0; i < 50; i++)); do
			tm capture-pane -p -t "$s" 2>/dev/null | grep -qE -- "$text" && break
			sleep 0.1
		done
		[ "$i" -lt 50 ] || echo "$text (after ${keys:-the start})" >>"$out/$s.missed"
		tm capture-pane -p -t "$s" >>"$out/$s.screens" 2>/dev/null
	done
	tm send-keys -t "$s" Escape
	sleep 0.1
	tm send-keys -t "$s" q
	for ((i = 0; i < 50; i++)); do
		tm has-session -t "$s" 2>/dev/null || break
		sleep 0.1
	done
	[ "$i" -lt 50 ] || { echo "q did not quit" >>"$out/$s.missed"; tm kill-session -t "$s" 2>/dev/null; }
	sleep 0.2                       # let pipe-pane's cat write the last bytes
}
visited() {
	[ -s "$out/$1.missed" ] || return 0
	echo "did not show:"; cat "$out/$1.missed"
	return 1
}
streamed() {  # streamed NAME: a stream of some size, then judged
	[ "$(wc -c <"$out/$1.raw")" -gt 5000 ] || { echo "only $(wc -c <"$out/$1.raw") bytes logged"; return 1; }
	"$scan" --tui "$out/$1.raw"
}
if command -v tmux >/dev/null 2>&1; then
	"$bin" --db "$work/demo.db" init --demo >/dev/null 2>&1
	tui demo "$work/demo.db"
	ok "TUI on the plain demo: the visit shows every view" visited demo
	ok "TUI on the plain demo: no OSC, DCS, BEL or DSR of its own in the raw stream" streamed demo
	tui payload "$db"
	ok "TUI on the payloads: the visit shows every view" visited payload
	ok "TUI on the payloads: nothing raw in the byte stream to the terminal" streamed payload
	ok "TUI on the payloads: every payload shown escaped on the screens (head)" shown "$out/payload.screens" head
else
	for c in "plain demo: the visit" "plain demo: the raw stream" "payloads: the visit" \
		"payloads: the raw stream" "payloads: the screens"; do
		skip "TUI on the $c" "tmux not found"
	done
fi

# ---- messages ---------------------------------------------------------------

# msg NAME RC WHAT -- COMMAND...: a command refused with a message on
# stderr that quotes stored (or given) text; nothing raw, and the
# message shows every payload.
msg() {
	local name=$1 rc=$2 what=$3
	shift 4
	run "$name" isms "$@"
	ok "$what: nothing raw" "$scan" --text "$out/$name" "$out/$name.err"
	ok "$what: exit $rc, every payload shown escaped in the message" expect "$name" "$rc" line "" stderr
}
# Conflicts: every row moved on past revision 1 and its updated_by holds
# payloads (OSC 52 among them), which the refusal quotes.
msg conflict-clause 1 "clause set 4.1 --rev 1 (conflict)" -- clause set 4.1 --rev 1 --owner x
msg conflict-soa 1 "soa set A.5.1 --rev 1 (conflict)" -- soa set A.5.1 --rev 1 --owner x
msg conflict-asset 1 "asset set 1 --rev 1 (conflict)" -- asset set 1 --rev 1 --owner x
msg conflict-risk 1 "risk set R-001 --rev 1 (conflict)" -- risk set R-001 --rev 1 --owner x
msg conflict-action 1 "risk action set 1 --rev 1 (conflict)" -- risk action set 1 --rev 1 --owner x
# Refusals that list stored values.
msg refuse-attribute 2 "soa list --attribute nosuch (lists the attribute values)" -- soa list --attribute nosuch
msg refuse-level 2 "risk list --level nosuch (lists the levels)" -- risk list --level nosuch
msg refuse-scale 2 "risk set R-001 --likelihood 99 (lists the scale)" -- risk set R-001 --likelihood 99
msg refuse-rm 1 "asset rm 2 (names the asset and the risks that use it)" -- asset rm 2
# Lookups of a record named with payloads that does not exist.
ghost="$(raw "(SELECT org FROM isms)") (none)"
msg ghost-clause 2 "clause show PAYLOAD (no such clause)" -- clause show "$ghost"
msg ghost-soa 2 "soa show PAYLOAD (no such control)" -- soa show "$ghost"
msg ghost-asset 2 "asset show PAYLOAD (no such asset)" -- asset show "$ghost"
msg ghost-risk 2 "risk show PAYLOAD (no such risk)" -- risk show "$ghost"

echo "1..$n"
[ "$failed" -eq 0 ]
