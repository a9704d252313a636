/*
 * schema_v2.sql.h - schema version 2: the history becomes a hash chain.
 * Included only by src/db/schema.c, which runs schema_v2_sql, then
 * chain_build() over the rows a version 1 file already has, then
 * schema_v2_after_sql, all in one transaction.  Every v1 name stays.
 */
static const char schema_v2_sql[] =
"ALTER TABLE history ADD COLUMN seq INTEGER;"
"ALTER TABLE history ADD COLUMN salts TEXT;"
"ALTER TABLE history ADD COLUMN prev_hash TEXT;"
"ALTER TABLE history ADD COLUMN hash TEXT;"
"CREATE TABLE history_head ("
"  id INTEGER PRIMARY KEY CHECK (id = 1),"
"  chain INTEGER NOT NULL,"
"  seq INTEGER NOT NULL,"
"  hash TEXT NOT NULL"
") STRICT;"
"CREATE TABLE history_redaction ("
"  seq INTEGER NOT NULL,"
"  field TEXT NOT NULL CHECK (field IN ('who', 'old', 'new')),"
"  digest TEXT NOT NULL,"
"  PRIMARY KEY (seq, field)"
") STRICT;"
"DROP TRIGGER history_no_update;";

static const char schema_v2_after_sql[] =
"CREATE UNIQUE INDEX history_by_seq ON history(seq);"
/* Append-only still, but for the one change a redaction makes: a value
 * of who, old or new replaced by '[redacted]' and its salt dropped, once
 * the redaction is on record. */
"CREATE TRIGGER history_no_update BEFORE UPDATE ON history"
"  WHEN NOT (NEW.id IS OLD.id AND NEW.at IS OLD.at"
"    AND NEW.entity IS OLD.entity AND NEW.key IS OLD.key"
"    AND NEW.field IS OLD.field AND NEW.seq IS OLD.seq"
"    AND NEW.prev_hash IS OLD.prev_hash AND NEW.hash IS OLD.hash"
"    AND EXISTS (SELECT 1 FROM history_redaction r WHERE r.seq = OLD.seq)"
"    AND (NEW.who IS OLD.who OR (NEW.who = '[redacted]' AND EXISTS"
"      (SELECT 1 FROM history_redaction r WHERE r.seq = OLD.seq"
"       AND r.field = 'who')))"
"    AND (NEW.old IS OLD.old OR (NEW.old = '[redacted]' AND EXISTS"
"      (SELECT 1 FROM history_redaction r WHERE r.seq = OLD.seq"
"       AND r.field = 'old')))"
"    AND (NEW.new IS OLD.new OR (NEW.new = '[redacted]' AND EXISTS"
"      (SELECT 1 FROM history_redaction r WHERE r.seq = OLD.seq"
"       AND r.field = 'new'))))"
"  BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;"
"CREATE TRIGGER history_redaction_no_update BEFORE UPDATE ON"
"  history_redaction"
"  BEGIN SELECT RAISE(ABORT, 'redactions are append-only'); END;"
"CREATE TRIGGER history_redaction_no_delete BEFORE DELETE ON"
"  history_redaction"
"  BEGIN SELECT RAISE(ABORT, 'redactions are append-only'); END;";
