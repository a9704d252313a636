/*
 * schema_v5.sql.h - schema version 5: what the Risks tab needs before its
 * first frame, at any size of the register, without reading every risk:
 * the length of the longest reference (the width of its column, R-10000
 * and on) one step down an index, and the number of risks (its "rows
 * N/N") from one stored row, kept by triggers on the risks as
 * control_risk_count is kept on their links.  Included only by
 * src/db/schema.c.  No table of an earlier version changes, and the
 * history chain holds nothing of either: both are derived (db check says
 * when the count was changed outside isms).
 */
static const char schema_v5_sql[] =
"CREATE INDEX risk_by_ref_length ON risk(length(ref));"
"CREATE TABLE risk_total ("
"  id INTEGER PRIMARY KEY CHECK (id = 1),"
"  risks INTEGER NOT NULL CHECK (risks >= 0)"
") STRICT;"
"INSERT INTO risk_total (id, risks) SELECT 1, count(*) FROM risk;"
"CREATE TRIGGER risk_counted AFTER INSERT ON risk"
"  BEGIN UPDATE risk_total SET risks = risks + 1 WHERE id = 1; END;"
"CREATE TRIGGER risk_uncounted AFTER DELETE ON risk"
"  BEGIN UPDATE risk_total SET risks = risks - 1 WHERE id = 1; END;";
