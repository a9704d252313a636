# a control with more linked risks than an xlsx cell holds (32,767
# characters): its SoA cell says how many, and the Risk links sheet has
# every ref, in parts cut at commas, as the csv has them in one cell
$ isms init --org "Acme Ltd" --matrix 5x5
! isms: created <tmp>/isms.db (ISO/IEC 27001:2022, risk matrix 5x5)
$ isms risk add "Seed" --owner CIO --likelihood 2 --impact 2
R-001
$ sqlite3 isms.db "CREATE TEMP TABLE t AS SELECT * FROM risk WHERE 0; WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 6000) INSERT INTO t SELECT r.* FROM risk r, c WHERE r.ref = 'R-001'; UPDATE t SET id = 100000 + rowid, ref = printf('R-%d', 100000 + rowid); INSERT INTO risk SELECT * FROM t; INSERT INTO risk_control (risk_id, framework_id, control_id) SELECT id, 'iso27001-2022', 'A.5.4' FROM t;"
#needs: xlsx
$ isms soa export --format xlsx -o big.xlsx && unzip -p big.xlsx xl/worksheets/sheet2.xml | grep -o '[0-9]* risks, listed in the sheet Risk links'
6000 risks, listed in the sheet Risk links
! isms: wrote big.xlsx
#needs: xlsx
$ unzip -p big.xlsx xl/worksheets/sheet3.xml | grep -o '<row r="[0-9]*"' | wc -l
3
#needs: xlsx
$ unzip -p big.xlsx xl/worksheets/sheet3.xml | grep -o '<c r="[AB][0-9]*"[^>]*><is><t>[^<]*' | sed 's/.*<t>//' | tr '\n' ' '
Control Part A.5.4 1 A.5.4 2 
#needs: xlsx
$ unzip -p big.xlsx xl/worksheets/sheet3.xml | grep -o '<t>R-[^<]*</t>' | sed 's|</*t>||g' | tr ',' '\n' | sort -u | wc -l
6000
$ isms soa export | grep '^A.5.4,' | grep -o 'R-[0-9]*' | sort -u | wc -l
6000
#needs: xlsx
$ unzip -p big.xlsx xl/worksheets/sheet3.xml | grep -o '<t>R-[^<]*</t>' | awk '{ if (length > 32007) print "too long" }'
