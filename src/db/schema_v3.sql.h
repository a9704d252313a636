/*
 * schema_v3.sql.h - schema version 3: the risk register is scored on the
 * matrix three times (inherent, current, residual), keeps the level of
 * each score as a stored rank, and is indexed for every order its views
 * sort by and for the text its filter looks for.  Included only by
 * src/db/schema.c, which runs schema_v3_sql, then store_risk_v3() (the
 * tiers, the ranks and the text index of the risks already there), then
 * schema_v3_after_sql, all in one transaction.  Every v2 name stays; only
 * risk objects are added.
 *
 * The ranks are -1 where a score is missing, never NULL, so that each
 * sort key is a plain indexed column.  They are derived data: the model
 * keeps them in the transaction that writes the scores
 * (store_risk_rank()), and history records the scores, not them.
 */
static const char schema_v3_sql[] =
"ALTER TABLE risk ADD COLUMN current_likelihood INTEGER;"
"ALTER TABLE risk ADD COLUMN current_impact INTEGER;"
"ALTER TABLE risk ADD COLUMN inherent_rank INTEGER NOT NULL DEFAULT -1;"
"ALTER TABLE risk ADD COLUMN current_rank INTEGER NOT NULL DEFAULT -1;"
"ALTER TABLE risk ADD COLUMN residual_rank INTEGER NOT NULL DEFAULT -1;"
/* The text the risk filter looks in, indexed by trigrams, kept in step by
 * the db layer in the transaction of each write (a trigger may not touch
 * a virtual table under trusted_schema=OFF).  It keeps a copy of the
 * text, so that an entry always goes by its row id, even when a risk was
 * changed outside isms (db check says so then).  detail=none: the index
 * only says which risks hold every trigram of a term; the filter then
 * checks the text itself. */
"CREATE VIRTUAL TABLE risk_fts USING fts5(ref, statement, owner, threat, "
"  vulnerability, tokenize='trigram', detail='none');"
/* How many risks name each control, for the SoA's tables and lists: kept
 * by triggers on the links (including those a deleted risk takes with
 * it), so a count never drifts from the links it counts. */
"CREATE TABLE control_risk_count ("
"  framework_id TEXT NOT NULL,"
"  control_id TEXT NOT NULL,"
"  risks INTEGER NOT NULL CHECK (risks >= 0),"
"  PRIMARY KEY (framework_id, control_id),"
"  FOREIGN KEY (framework_id, control_id) REFERENCES"
"    requirement(framework_id, id)"
") STRICT, WITHOUT ROWID;";

static const char schema_v3_after_sql[] =
"INSERT INTO control_risk_count (framework_id, control_id, risks)"
"  SELECT framework_id, control_id, count(*) FROM risk_control"
"  GROUP BY framework_id, control_id;"
"CREATE TRIGGER risk_control_counted AFTER INSERT ON risk_control"
"  BEGIN INSERT INTO control_risk_count (framework_id, control_id, risks)"
"    VALUES (NEW.framework_id, NEW.control_id, 1)"
"    ON CONFLICT (framework_id, control_id) DO UPDATE SET risks = risks + 1;"
"  END;"
"CREATE TRIGGER risk_control_uncounted AFTER DELETE ON risk_control"
"  BEGIN UPDATE control_risk_count SET risks = risks - 1"
"    WHERE framework_id = OLD.framework_id AND control_id = OLD.control_id;"
"  END;"
"CREATE TRIGGER risk_control_recounted AFTER UPDATE ON risk_control"
"  BEGIN UPDATE control_risk_count SET risks = risks - 1"
"    WHERE framework_id = OLD.framework_id AND control_id = OLD.control_id;"
"  INSERT INTO control_risk_count (framework_id, control_id, risks)"
"    VALUES (NEW.framework_id, NEW.control_id, 1)"
"    ON CONFLICT (framework_id, control_id) DO UPDATE SET risks = risks + 1;"
"  END;"
/* One index per order the views sort by (each ends in the row id, which
 * breaks ties), the same expressions as the sort keys of
 * store_risk_view.c, so that a page, a jump to the end or a position is a
 * walk along one index. */
"CREATE INDEX risk_by_statement ON risk(statement COLLATE NOCASE);"
"CREATE INDEX risk_by_owner ON risk(owner COLLATE NOCASE);"
"CREATE INDEX risk_by_inherent ON risk(inherent_rank);"
"CREATE INDEX risk_by_current ON risk(current_rank);"
"CREATE INDEX risk_by_level ON risk(iif(residual_rank < 0, inherent_rank, "
"  residual_rank));"
"CREATE INDEX risk_by_treatment ON risk(CASE treatment WHEN 'modify' THEN 1 "
"  WHEN 'retain' THEN 2 WHEN 'avoid' THEN 3 WHEN 'share' THEN 4 ELSE 0 END);"
"CREATE INDEX risk_by_status ON risk(CASE status WHEN 'open' THEN 0 "
"  WHEN 'treating' THEN 1 WHEN 'monitoring' THEN 2 WHEN 'closed' THEN 3 "
"  ELSE 4 END);"
"CREATE INDEX risk_by_review ON risk(ifnull(next_review, '9999'));";
