#!/usr/bin/env bash
# tests/reliability/diskfull.sh - a real full disk: a 2 MB tmpfs (mounted
# as root where that is allowed; skipped with exit 77 elsewhere).
#
#   - writes of 30,000 characters until the disk is full: the one that
#     fails exits 2 with a message that says the disk is full, writes
#     nothing partial, and the file passes every check;
#   - reading still works on the full disk, also with not a byte left;
#   - init and db backup onto the full disk fail clearly and leave no file
#     under the final name;
#   - once space is freed, the next write succeeds.
. "$(dirname "$0")/lib.sh"

mnt=$rel_dir/small
mkdir -p "$mnt"
if [ "$(id -u)" != 0 ] || ! mount -t tmpfs -o size=2m,mode=0700 tmpfs "$mnt" 2>/dev/null; then
	echo "1..0 # SKIP cannot mount a tmpfs here (needs root and mount rights)"
	exit 77
fi
rel_at_exit='umount "$mnt"'
db=$mnt/isms.db
isms --db "$db" init --org Full 2>/dev/null || { echo "Bail out! init on the tmpfs"; exit 99; }
# leave about 256 kB: a filler takes the rest
free_kb=$(df -k --output=avail "$mnt" | tail -1)
[ "$free_kb" -le 256 ] || dd if=/dev/zero of="$mnt/filler" bs=1k count=$((free_kb - 256)) 2>/dev/null

text=$(head -c 30000 /dev/zero | tr '\0' x)
writes=0 rc=0 err=""
while [ "$writes" -lt 200 ]; do
	writes=$((writes + 1))
	err=$(isms --db "$db" soa set "A.5.$(((writes % 37) + 1))" --how "f$writes $text" 2>&1)
	rc=$?
	[ "$rc" -eq 0 ] || break
done
wrc=$rc werr=$err
diag "write $writes failed with exit $rc: $err"
[ "$rc" -eq 2 ]
check "a write on the full disk fails (exit 2) after $((writes - 1)) writes" $?
case $err in
*[Ff]ull*|*"no space"*|*"No space"*) ok "the message says the disk is full" ;;
*) not_ok "the message says the disk is full" "$err" ;;
esac
n=$(sqlite3 -readonly "$db" "SELECT count(*) FROM history WHERE new LIKE 'f$writes %';" 2>&1)
check "the failed write left nothing behind (history rows: $n)" "$([ "$n" = 0 ] && echo 0 || echo 1)"
bad=$( { damage "$db"
	sqlite3 -readonly "$db" "SELECT 'rev of ' || control_id FROM soa_entry s
	    WHERE rev - 1 != (SELECT count(*) FROM history h WHERE h.entity = 'soa'
	    AND h.key = s.control_id);
	    SELECT 'lost: ' || control_id FROM soa_entry s WHERE how IS NOT
	    coalesce((SELECT new FROM history h WHERE h.entity = 'soa' AND
	    h.key = s.control_id AND h.field = 'how' ORDER BY seq DESC LIMIT 1), '');"
	} 2>&1)
check "the file on the full disk passes every check" "$(printf '%s' "$bad" | grep -c .)" "$bad"
out=$(isms --db "$db" soa show A.5.1 2>&1)
check "reading works on the full disk" $? "$out"
# not a byte left
dd if=/dev/zero of="$mnt/filler2" bs=4k 2>/dev/null
out=$(isms --db "$db" soa show A.5.1 2>&1)
check "reading works when not a byte is left" $? "$out"
out=$(isms --db "$db" soa set A.5.2 --owner none-left 2>&1)
rc=$?
[ "$rc" -eq 2 ]
check "a write when not a byte is left fails (exit 2)" $? "exit $rc: $out"
case $out in
*[Ff]ull*|*"no space"*|*"No space"*) ok "and says the disk is full" ;;
*) not_ok "and says the disk is full" "$out" ;;
esac

out=$(isms --db "$mnt/new.db" init 2>&1)
rc=$?
[ "$rc" -eq 2 ] && [ ! -e "$mnt/new.db" ]
check "init on the full disk fails and leaves no file" $? "exit $rc: $out" "$(ls "$mnt")"
out=$(isms --db "$db" db backup "$mnt/copy.db" 2>&1)
rc=$?
[ "$rc" -eq 2 ] && [ ! -e "$mnt/copy.db" ]
check "db backup onto the full disk fails and leaves no file" $? "exit $rc: $out" "$(ls "$mnt")"

# A file nobody has open has no -shm (the last connection removes it),
# and SQLite needs one to read a WAL database: on a full disk it cannot
# be made.
rm -f "$mnt/filler" "$mnt/filler2"
isms --db "$mnt/closed.db" init 2>/dev/null || not_ok "init closed.db"
rm -f "$mnt/closed.db-shm" "$mnt/closed.db-wal"
dd if=/dev/zero of="$mnt/filler2" bs=4k 2>/dev/null
out=$(isms --db "$mnt/closed.db" soa show A.5.1 2>&1)
noshm=$?
check "reading a file without its -shm works when not a byte is left" "$noshm" "$out"
noshm_msg=${out##*: }
out=$(isms --db "$mnt/closed.db" soa set A.5.2 --owner none-left 2>&1)
case $out in
*[Ff]ull*|*"no space"*|*"No space"*) ok "writing it fails saying the disk is full" ;;
*) not_ok "writing it fails saying the disk is full" "$out" ;;
esac

rm -f "$mnt/filler" "$mnt/filler2" "$mnt/new.db"* "$mnt/copy.db"*
out=$(isms --db "$db" soa set A.5.1 --owner "after" 2>&1)
check "with space again, the next write succeeds" $? "$out"
bad=$(damage "$db")
check "and the file passes every check" "$(printf '%s' "$bad" | grep -c .)" "$bad"

finish "disk full: $((writes - 1)) writes fitted, the next failed with exit $wrc (\"${werr##*: }\"); with no byte left a file without -shm $([ "$noshm" = 0 ] && echo "reads" || echo "cannot be read (\"$noshm_msg\")")"
