# terminal safety: the character rule on input, stored text shown escaped on
# every output, and writes that read and write under one lock
$ isms init --org "Acme Ltd" --matrix 5x5
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)

# refused on input, naming the field and the character
$ isms soa set A.5.1 --owner "$(printf '\342\200\256evil')"
! isms: A.5.1: owner: U+202E (right-to-left override) is not allowed
[2]
$ isms soa set A.5.1 --justification "$(printf 'first\n\302\205second')"
! isms: A.5.1: justification: U+0085 (next line) is not allowed
[2]
$ isms soa set A.5.1 --how "$(printf 'zero\342\200\213width')"
! isms: A.5.1: how implemented: U+200B (zero width space) is not allowed
[2]
$ isms soa set A.5.1 --owner "$(printf 'one\ttab')"
! isms: A.5.1: owner: U+0009 (tab) is not allowed in a one-line field
[2]
$ isms soa set A.5.1 --evidence "$(printf 'crlf\r\nline')"
! isms: A.5.1: evidence: U+000D (carriage return) is not allowed
[2]
$ isms soa set A.5.1 --owner "$(printf 'bad\377utf8')"
! isms: A.5.1: owner: invalid UTF-8 (byte 0xFF at byte 4) is not allowed
[2]
$ isms soa set A.5.1 --owner "$(head -c 501 /dev/zero | tr '\0' x)"
! isms: A.5.1: owner: 501 characters is too long: a one-line field holds at most 500
[2]
$ isms soa set A.5.1 --owner "$(printf 'Zoë \342\200\214ok')" --evidence "$(printf 'tab\tand\nlines')" && isms soa show A.5.1 | grep -A1 -e Evidence; isms soa show A.5.1 | grep Owner
Evidence:        tab	and
                 lines
Owner:           Zoë ‌ok

# new records start at revision 1
$ isms risk add "Ransomware" --owner CIO --likelihood 3 --impact 4 && isms risk show R-001 | grep Revision
R-001
Revision:      1, <time> by <user>
$ isms asset add "Payroll DB" --owner HR >/dev/null && isms asset show 1 | grep Revision
Revision:        1, <time> by <user>
$ isms risk action add R-001 "Offline backups" >/dev/null && isms risk action list R-001 | grep -c Offline
1

# stored by another program: shown escaped in text, csv, messages
$ sqlite3 isms.db "UPDATE soa_entry SET owner = char(27) || ']0;PWN' || char(7) WHERE control_id = 'A.5.2'; UPDATE risk SET updated_by = char(27) || ']52;c;SGk=' || char(7), rev = 5 WHERE ref = 'R-001'; UPDATE risk SET statement = 'bad' || CAST(X'FF' AS TEXT) || char(8238) || 'x' WHERE ref = 'R-001';"
$ isms soa show A.5.2 | grep Owner
Owner:           \e]0;PWN\x07
$ isms soa list --format csv | grep '^A.5.2,' | cut -d, -f1,10
A.5.2,\e]0;PWN\x07
$ isms soa list --search PWN | awk '{ print $1, $NF }'
ID OWNER
A.5.2 \e]0;PWN\x07
$ isms risk list | grep R-001 | cut -c1-22
R-001  bad�<U+202E>x
$ isms risk export | grep ^R-001 | cut -d, -f1,2
R-001,bad�<U+202E>x
$ isms risk set R-001 --rev 1 --owner x
! isms: R-001: changed by \e]52;c;SGk=\x07 at <time> since it was read (revision 1, now 5); nothing was written
[1]
$ isms --db "$(printf 'no\033]0;PWN\007where.db')" soa list
! isms: no\e]0;PWN\x07where.db: no such database; create one with 'isms --db no\e]0;PWN\x07where.db init'
[2]

# an over-long stored value does not block other edits
$ sqlite3 isms.db "UPDATE soa_entry SET how = printf('%.*c', 600, 'h') WHERE control_id = 'A.5.3';"
$ isms soa set A.5.3 --status planned && isms soa show A.5.3 | grep -c hhhh
1

# an xlsx cell over 32,767 characters is cut with a marker; the export works
$ sqlite3 isms.db "UPDATE soa_entry SET evidence = printf('%.*c', 40000, 'e') WHERE control_id = 'A.5.4';"
#needs: xlsx
$ isms soa export --format xlsx -o soa.xlsx && unzip -p soa.xlsx 'xl/worksheets/sheet*.xml' | grep -o 'eeee… \[cut by isms: 40000 characters in all\]'
eeee… [cut by isms: 40000 characters in all]
! isms: warning: soa.xlsx: 1 cell longer than the 32767 characters an xlsx cell holds was cut, ending "[cut by isms: ...]" (the first is SoA!I5)
! isms: wrote soa.xlsx
#needs: xlsx
$ isms risk export --format xlsx -o risks.xlsx && unzip -p risks.xlsx 'xl/worksheets/sheet*.xml' | grep -o 'bad�&lt;U+202E&gt;x' | wc -l
1
! isms: wrote risks.xlsx

# writers that do not name a revision never conflict with each other
$ for w in 1 2 3 4; do (for i in $(seq 60); do isms risk set R-001 --owner "w$w-$i" 2>&1 || echo "failed: w$w-$i"; isms asset set 1 --location "w$w-$i" 2>&1 || echo "failed: w$w-$i"; done) & done; wait
$ isms risk show R-001 | grep Revision | cut -c1-20
Revision:      245, 
