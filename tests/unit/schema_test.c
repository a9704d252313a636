/*
 * schema_test.c - the file format: new databases carry the application id
 * and schema version, migrations are idempotent, history is append-only,
 * and foreign, newer, empty and corrupt files are refused and left
 * byte-identical.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "isms/db/schema.h"
#include "isms/db/schema_digest.h"
#include "isms/db/schema_shape.h"
#include "isms/db/sqlnorm.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"
#include "testutil.h"

struct fixture {
	char *dir;
	char *path;
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);

	f->dir = test_tmpdir();
	f->path = test_path(f->dir, "x.db");
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	test_rmtree(f->dir);
	free(f->path);
	free(f->dir);
	free(f);
	return 0;
}

/* Run sql on path with the plain SQLite API, as another program would. */
static void
raw_exec(const char *path, const char *sql)
{
	sqlite3 *h;

	assert_int_equal(sqlite3_open(path, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_close(h), SQLITE_OK);
}

/* Run sql on path as raw_exec() does; SQLite's result code. */
static int
raw_try(const char *path, const char *sql)
{
	sqlite3 *h;
	int rc;

	assert_int_equal(sqlite3_open(path, &h), SQLITE_OK);
	rc = sqlite3_exec(h, sql, NULL, NULL, NULL);
	assert_int_equal(sqlite3_close(h), SQLITE_OK);
	return rc;
}

/* The first column of the first row sql gives on path. */
static int64_t
raw_count(const char *path, const char *sql)
{
	sqlite3 *h;
	sqlite3_stmt *st;
	int64_t n;

	assert_int_equal(sqlite3_open(path, &h), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	assert_int_equal(sqlite3_close(h), SQLITE_OK);
	return n;
}

static void
make_isms(const char *path)
{
	struct db *db;

	assert_int_equal(schema_open(path, DB_OPEN_CREATE, &db, NULL), ISMS_OK);
	db_close(db);
	/* Fold the WAL back into the file so its bytes are the whole state. */
	raw_exec(path, "PRAGMA wal_checkpoint(TRUNCATE); "
	    "PRAGMA journal_mode = DELETE;");
}

/* Opening path must fail with want, mention needle, and leave the file's
 * bytes exactly as they were, with no journal files left behind. */
static void
assert_refused(const char *path, enum isms_status want, const char *needle)
{
	size_t before_len, after_len;
	char *before = test_slurp(path, &before_len), *after, *wal;
	struct db *db = NULL;
	char *cause = NULL;

	assert_non_null(before);
	assert_int_equal(schema_open(path, 0, &db, &cause), want);
	assert_null(db);
	assert_non_null(cause);
	if (strstr(cause, needle) == NULL)
		fail_msg("message '%s' lacks '%s'", cause, needle);
	free(cause);
	after = test_slurp(path, &after_len);
	assert_int_equal(before_len, after_len);
	assert_memory_equal(before, after, before_len);
	wal = malloc(strlen(path) + 5);
	sprintf(wal, "%s-wal", path);
	assert_int_equal(access(wal, F_OK), -1);
	free(wal);
	free(before);
	free(after);
}

static void
test_new_database_identity(void **state)
{
	struct fixture *f = *state;
	struct db *db;
	int64_t v;

	assert_int_equal(schema_open(f->path, DB_OPEN_CREATE, &db, NULL),
	    ISMS_OK);
	assert_int_equal(db_pragma_int(db, "application_id", &v, NULL),
	    ISMS_OK);
	assert_int_equal(v, SCHEMA_APPLICATION_ID);
	assert_int_equal(schema_version(db, &v, NULL), ISMS_OK);
	assert_int_equal(v, SCHEMA_VERSION);
	assert_int_equal(db_pragma_int(db, "foreign_keys", &v, NULL), ISMS_OK);
	assert_int_equal(v, 1);
	assert_int_equal(db_pragma_int(db, "trusted_schema", &v, NULL),
	    ISMS_OK);
	assert_int_equal(v, 0);
	db_close(db);
}

static void
test_migration_idempotent(void **state)
{
	struct fixture *f = *state;
	struct db *db;
	int64_t v;

	make_isms(f->path);
	assert_int_equal(schema_open(f->path, 0, &db, NULL), ISMS_OK);
	assert_int_equal(schema_migrate(db, NULL), ISMS_OK);
	assert_int_equal(schema_version(db, &v, NULL), ISMS_OK);
	assert_int_equal(v, SCHEMA_VERSION);
	db_close(db);
}

static void
test_history_append_only(void **state)
{
	struct fixture *f = *state;
	struct db *db;
	char *cause = NULL;

	assert_int_equal(schema_open(f->path, DB_OPEN_CREATE, &db, NULL),
	    ISMS_OK);
	assert_int_equal(db_exec(db, "INSERT INTO history (at, who, entity, "
	    "key, field, old, new) VALUES ('t', 'u', 'soa', 'A.5.1', 'owner', "
	    "NULL, 'x');", NULL), ISMS_OK);
	assert_int_not_equal(db_exec(db, "UPDATE history SET new = 'y';",
	    &cause), ISMS_OK);
	assert_non_null(strstr(cause, "append-only"));
	free(cause);
	cause = NULL;
	assert_int_not_equal(db_exec(db, "DELETE FROM history;", &cause),
	    ISMS_OK);
	assert_non_null(strstr(cause, "append-only"));
	free(cause);
	db_close(db);
}

static void
test_refuses_other_sqlite(void **state)
{
	struct fixture *f = *state;

	raw_exec(f->path, "CREATE TABLE contacts (name TEXT);"
	    "INSERT INTO contacts VALUES ('x');");
	assert_refused(f->path, ISMS_NOT_ISMS, "not an isms database (an "
	    "SQLite database of another program");
}

static void
test_refuses_other_application_id(void **state)
{
	struct fixture *f = *state;

	raw_exec(f->path, "PRAGMA application_id = 42; CREATE TABLE t (x);");
	assert_refused(f->path, ISMS_NOT_ISMS, "application id 42");
}

static void
test_refuses_text_file(void **state)
{
	struct fixture *f = *state;
	static const char text[] = "this is a shopping list, not a database\n";

	assert_int_equal(test_write(f->path, text, sizeof text - 1), 0);
	assert_refused(f->path, ISMS_NOT_ISMS, "not an SQLite database file");
}

static void
test_refuses_empty_file(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(test_write(f->path, "", 0), 0);
	assert_refused(f->path, ISMS_NOT_ISMS, "empty file");
}

static void
test_refuses_newer(void **state)
{
	struct fixture *f = *state;

	make_isms(f->path);
	raw_exec(f->path, "PRAGMA user_version = 99;");
	assert_refused(f->path, ISMS_NEWER, "schema version 99");
}

static void
test_refuses_corrupt(void **state)
{
	struct fixture *f = *state;
	size_t len;
	char *data;

	make_isms(f->path);
	data = test_slurp(f->path, &len);
	assert_true(len > 4096);
	/* Overwrite the schema b-tree on page 1, keeping the 100-byte file
	 * header (so it still looks like an isms database). */
	memset(data + 100, 0xA5, 400);
	assert_int_equal(test_write(f->path, data, len), 0);
	free(data);
	assert_refused(f->path, ISMS_CORRUPT, "corrupt");
}

static void
test_refuses_incomplete(void **state)
{
	struct fixture *f = *state;

	make_isms(f->path);
	raw_exec(f->path, "PRAGMA foreign_keys = OFF; DROP TABLE soa_entry;");
	assert_refused(f->path, ISMS_CORRUPT, "damaged");
}

/* ---- the structural comparison ---- */

/* The schema_v1 fixture copied to path, out of WAL mode as make_isms()
 * leaves its file. */
static void
make_v1(const char *path)
{
	char *src = test_data("isms-v1.db");
	size_t len;
	char *data = test_slurp(src, &len);

	assert_non_null(data);
	db_remove_files(path);
	assert_int_equal(test_write(path, data, len), 0);
	free(data);
	free(src);
	raw_exec(path, "PRAGMA journal_mode = DELETE;");
}

/* The schema version 2 fixture copied to path, out of WAL mode. */
static void
make_v2(const char *path)
{
	char *src = test_data("isms-v2-docs.db");
	size_t len;
	char *data = test_slurp(src, &len);

	assert_non_null(data);
	db_remove_files(path);
	assert_int_equal(test_write(path, data, len), 0);
	free(data);
	free(src);
	raw_exec(path, "PRAGMA journal_mode = DELETE;");
}

static void
collect(void *ctx, const char *problem)
{
	buf_printf(ctx, "%s\n", problem);
}

/* What schema_compare() says of the file at path, opened read-only, one
 * line each; want_rc is what it must return. */
static char *
compare_lines(const char *path, enum isms_status want_rc)
{
	struct db *db;
	struct buf b;
	char *cause = NULL;

	buf_init(&b);
	assert_int_equal(schema_open(path, DB_OPEN_READONLY, &db, NULL),
	    ISMS_OK);
	assert_int_equal(schema_compare(db, collect, &b, &cause), want_rc);
	assert_null(cause);
	db_close(db);
	return buf_take(&b);
}

/* Whether the schema of path is exactly the one recorded at build time
 * for its version (the quick path of opening for writing). */
static bool
digest_known(const char *path)
{
	struct db *db;
	int64_t v;
	bool known;

	assert_int_equal(schema_open(path, DB_OPEN_READONLY, &db, NULL),
	    ISMS_OK);
	assert_int_equal(schema_version(db, &v, NULL), ISMS_OK);
	assert_int_equal(schema_digest_known(db, v, &known, NULL), ISMS_OK);
	db_close(db);
	return known;
}

/* sql run on a current file at path makes schema_compare() say lines;
 * opening it for writing, past the quick path, agrees: refused, the file
 * untouched, when there are lines, and opened when there are none. */
static void
assert_compare(const char *path, const char *sql, const char *lines)
{
	struct db *db;
	char *got;

	db_remove_files(path);
	make_isms(path);
	raw_exec(path, sql);
	got = compare_lines(path, lines[0] ? ISMS_NEGATIVE : ISMS_OK);
	assert_string_equal(got, lines);
	free(got);
	assert_false(digest_known(path));
	if (lines[0] != '\0') {
		assert_refused(path, ISMS_ALTERED, "altered outside isms");
		return;
	}
	assert_int_equal(schema_open(path, 0, &db, NULL), ISMS_OK);
	db_close(db);
}

/* The digests recorded at build time are those of the schema the steps
 * make now (a stale schema_built.c fails here), one per version, and new
 * and migrated files match the digest of their version. */
static void
test_digest_built(void **state)
{
	struct fixture *f = *state;
	char hex[HASH_HEX];
	struct db *db;

	assert_int_equal(schema_built_n, SCHEMA_VERSION);
	assert_null(schema_digest_built(0));
	assert_null(schema_digest_built(SCHEMA_VERSION + 1));
	for (int v = 1; v <= SCHEMA_VERSION; v++) {
		assert_int_equal(schema_expected(v, &db, NULL), ISMS_OK);
		assert_int_equal(schema_digest(db, hex, NULL), ISMS_OK);
		db_close(db);
		assert_non_null(schema_digest_built(v));
		assert_string_equal(hex, schema_digest_built(v));
		for (int w = 1; w < v; w++)
			assert_string_not_equal(schema_digest_built(w), hex);
	}
	make_isms(f->path);
	assert_true(digest_known(f->path));
	make_v1(f->path);
	assert_true(digest_known(f->path));
	assert_int_equal(schema_open(f->path, 0, &db, NULL), ISMS_OK);
	db_close(db);
	raw_exec(f->path, "PRAGMA wal_checkpoint(TRUNCATE);");
	assert_true(digest_known(f->path));
	/* an object of SQLite's own is no part of the schema */
	raw_exec(f->path, "ANALYZE;");
	assert_true(digest_known(f->path));
}

static void
test_sqlnorm(void **state)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "CREATE  TRIGGER t\n  BEFORE UPDATE ON \"History\"\n"
		  "  BEGIN SELECT RAISE ( ABORT , 'Keep  As Is' ) ; END;",
		  "create trigger t before update on history begin select "
		  "raise(abort,'Keep  As Is');end" },
		{ "SELECT a -- a comment\n, /* another */ [b c], `d`, 'it''s'",
		  "select a,\"b c\",d,'it''s'" },
		{ "x IS NOT NULL;;", "x is not null" },
		{ "NEW.Id=OLD.id", "new.id=old.id" },
		{ "'unterminated", "'unterminated" },
		{ "", "" },
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *n = sqlnorm(cases[i].in);

		assert_string_equal(n, cases[i].out);
		free(n);
	}
}

static void
test_sqlnorm_checks(void **state)
{
	size_t n;
	struct sqlnorm_clause *c = sqlnorm_checks("CREATE TABLE t (id "
	    "INTEGER CHECK (id  >  0), kind TEXT CHECK(kind IN ('a', "
	    "'check (x)')), \"check\" TEXT, CONSTRAINT c CHECK (length(kind) "
	    "< 9)) STRICT", &n);

	(void)state;
	assert_int_equal(n, 3);
	assert_string_equal(c[0].norm, "check(id>0)");
	assert_string_equal(c[0].text, "CHECK (id > 0)");
	assert_string_equal(c[1].norm, "check(kind in('a','check (x)'))");
	assert_string_equal(c[2].text, "CHECK (length(kind) < 9)");
	sqlnorm_clauses_free(c, n);
	assert_null(sqlnorm_checks("CREATE TABLE t (check_me TEXT)", &n));
	assert_int_equal(n, 0);
}

/* The expected schema of each version is what its migrations make. */
static void
test_expected_versions(void **state)
{
	struct schema_shape s;
	struct db *db;
	int64_t v;

	(void)state;
	assert_int_equal(schema_expected(0, &db, NULL), ISMS_OK);
	assert_int_equal(schema_shape_read(db, &s, NULL), ISMS_OK);
	assert_true(schema_shape_empty(&s));
	schema_shape_done(&s);
	db_close(db);

	assert_int_equal(schema_expected(1, &db, NULL), ISMS_OK);
	assert_int_equal(schema_version(db, &v, NULL), ISMS_OK);
	assert_int_equal(v, 1);
	assert_int_equal(schema_shape_read(db, &s, NULL), ISMS_OK);
	assert_int_equal(s.n_tables, 22);
	assert_int_equal(s.n_indexes, 5);
	assert_int_equal(s.n_triggers, 2);
	assert_int_equal(s.n_views, 0);
	assert_string_equal(s.triggers[1].name, "history_no_update");
	assert_null(strstr(s.triggers[1].norm, "when"));
	schema_shape_done(&s);
	db_close(db);

	assert_int_equal(schema_expected(2, &db, NULL), ISMS_OK);
	assert_int_equal(schema_version(db, &v, NULL), ISMS_OK);
	assert_int_equal(v, 2);
	assert_int_equal(schema_shape_read(db, &s, NULL), ISMS_OK);
	assert_int_equal(s.n_tables, 24);
	assert_int_equal(s.n_indexes, 6);
	assert_int_equal(s.n_triggers, 4);
	assert_string_equal(s.triggers[1].name, "history_no_update");
	assert_non_null(strstr(s.triggers[1].norm,
	    "when not(new.id is old.id"));
	schema_shape_done(&s);
	db_close(db);

	/* version 3: stored level ranks, the current risk, the text index and
	 * counts of linked risks (a table, indexes per sort key, triggers) */
	assert_int_equal(schema_expected(3, &db, NULL), ISMS_OK);
	assert_int_equal(schema_version(db, &v, NULL), ISMS_OK);
	assert_int_equal(v, 3);
	assert_int_equal(schema_shape_read(db, &s, NULL), ISMS_OK);
	assert_int_equal(s.n_tables, 31);
	assert_int_equal(s.n_indexes, 14);
	assert_int_equal(s.n_triggers, 7);
	schema_shape_done(&s);
	db_close(db);

	/* version 4: people, documents, their versions and links, the
	 * approved register versions (six tables, two indexes, four
	 * triggers) */
	assert_int_equal(schema_expected(4, &db, NULL), ISMS_OK);
	assert_int_equal(schema_version(db, &v, NULL), ISMS_OK);
	assert_int_equal(v, 4);
	assert_int_equal(schema_shape_read(db, &s, NULL), ISMS_OK);
	assert_int_equal(s.n_tables, 31 + 6);
	assert_int_equal(s.n_indexes, 14 + 2);
	assert_int_equal(s.n_triggers, 7 + 4);
	schema_shape_done(&s);
	db_close(db);

	assert_int_equal(schema_expected(SCHEMA_VERSION + 1, &db, NULL),
	    ISMS_NEWER);
	assert_null(db);
}

/* Untouched files of every version, new or migrated, say nothing. */
static void
test_compare_untouched(void **state)
{
	struct fixture *f = *state;
	struct db *db;
	char *got;

	make_isms(f->path);
	got = compare_lines(f->path, ISMS_OK);
	assert_string_equal(got, "");
	free(got);

	make_v1(f->path);
	got = compare_lines(f->path, ISMS_OK);
	assert_string_equal(got, "");
	free(got);
	/* migrated to the current version: the shape of a new file */
	assert_int_equal(schema_open(f->path, 0, &db, NULL), ISMS_OK);
	db_close(db);
	got = compare_lines(f->path, ISMS_OK);
	assert_string_equal(got, "");
	free(got);

	make_v2(f->path);
	got = compare_lines(f->path, ISMS_OK);
	assert_string_equal(got, "");
	free(got);
	assert_int_equal(schema_open(f->path, 0, &db, NULL), ISMS_OK);
	db_close(db);
	got = compare_lines(f->path, ISMS_OK);
	assert_string_equal(got, "");
	free(got);
}

/* A version 2 file migrates to the current version, adding (in version
 * 4) the tables of people and documents, leaving the rows of version 2
 * as they are. */
static void
test_migrate_v2(void **state)
{
	struct fixture *f = *state;
	struct db *db;
	int64_t v, n;

	make_v2(f->path);
	assert_int_equal(schema_open(f->path, 0, &db, NULL), ISMS_OK);
	assert_int_equal(schema_version(db, &v, NULL), ISMS_OK);
	assert_int_equal(v, SCHEMA_VERSION);
	db_close(db);
	assert_int_equal(raw_count(f->path, "SELECT count(*) FROM history;"),
	    723);
	assert_int_equal(raw_count(f->path, "SELECT count(*) FROM "
	    "sqlite_schema WHERE name IN ('person', 'document', "
	    "'document_version', 'document_link', 'register_version', "
	    "'register_version_item');"),
	    6);
	n = raw_count(f->path, "SELECT count(*) FROM person;");
	assert_int_equal(n, 0);
	/* version 5: the width of the references, down an index */
	assert_int_equal(raw_count(f->path, "SELECT count(*) FROM "
	    "sqlite_schema WHERE type = 'index' AND name = "
	    "'risk_by_ref_length' AND tbl_name = 'risk';"), 1);
	/* the approved versions are kept as written */
	raw_exec(f->path, "INSERT INTO register_version (register, version, "
	    "approved_by, approved_on, sha256, updated_at, updated_by) VALUES "
	    "('soa', 1, 'x', '2026-01-01', 'h', 't', 'u');");
	assert_int_not_equal(raw_try(f->path, "UPDATE register_version SET "
	    "approved_by = 'y';"), 0);
	assert_int_not_equal(raw_try(f->path, "DELETE FROM register_version;"),
	    0);
}

static void
test_compare_columns(void **state)
{
	struct fixture *f = *state;

	assert_compare(f->path, "ALTER TABLE asset DROP COLUMN notes;"
	    "ALTER TABLE asset ADD COLUMN colour TEXT;",
	    "table asset: column notes is missing\n"
	    "table asset: extra column colour\n");
	assert_compare(f->path, "DROP TABLE history_head;"
	    "CREATE TABLE history_head (id INTEGER PRIMARY KEY CHECK (id = 1),"
	    " chain TEXT NOT NULL, seq INTEGER, hash TEXT NOT NULL DEFAULT "
	    "'x') STRICT;",
	    "table history_head: column chain has type TEXT, expected "
	    "INTEGER\n"
	    "table history_head: column seq may be NULL, expected NOT NULL\n"
	    "table history_head: column hash has default 'x', expected none\n");
	assert_compare(f->path, "DROP TABLE history_head;"
	    "CREATE TABLE history_head (id INTEGER, seq INTEGER NOT NULL, "
	    "chain INTEGER NOT NULL, hash TEXT NOT NULL);",
	    "table history_head: the columns are in another order\n"
	    "table history_head: has no primary key, expected (id)\n"
	    "table history_head: is not STRICT, expected STRICT\n"
	    "table history_head: CHECK (id = 1) is missing\n");
	/* the same table written another way is the same table */
	assert_compare(f->path, "DROP TABLE history_head;"
	    "create table HISTORY_HEAD (ID integer check(id=1), \"chain\" "
	    "integer not null, seq integer not null, hash text not null, "
	    "primary key (id)) strict;", "");
}

static void
test_compare_constraints(void **state)
{
	struct fixture *f = *state;

	assert_compare(f->path, "PRAGMA foreign_keys = OFF;"
	    "DROP TABLE risk_asset;"
	    "CREATE TABLE risk_asset (risk_id INTEGER NOT NULL REFERENCES "
	    "risk(id), asset_id INTEGER NOT NULL, PRIMARY KEY (risk_id, "
	    "asset_id)) STRICT;"
	    "CREATE INDEX risk_asset_by_asset ON risk_asset(asset_id);",
	    "table risk_asset: foreign key (asset_id) REFERENCES asset(id) is "
	    "missing\n"
	    "table risk_asset: extra foreign key (risk_id) REFERENCES "
	    "risk(id)\n"
	    "table risk_asset: foreign key (risk_id) REFERENCES risk(id) ON "
	    "DELETE CASCADE is missing\n");
	assert_compare(f->path, "PRAGMA foreign_keys = OFF;"
	    "DROP TABLE history_redaction;"
	    "CREATE TABLE history_redaction (seq INTEGER NOT NULL, field TEXT "
	    "NOT NULL CHECK (field IN ('who', 'old', 'new', 'at')), digest "
	    "TEXT NOT NULL UNIQUE, PRIMARY KEY (seq, field)) STRICT;"
	    "CREATE TRIGGER history_redaction_no_update BEFORE UPDATE ON"
	    "  history_redaction"
	    "  BEGIN SELECT RAISE(ABORT, 'redactions are append-only'); END;"
	    "CREATE TRIGGER history_redaction_no_delete BEFORE DELETE ON"
	    "  history_redaction"
	    "  BEGIN SELECT RAISE(ABORT, 'redactions are append-only'); END;",
	    "table history_redaction: extra UNIQUE (digest)\n"
	    "table history_redaction: CHECK (field IN ('who', 'old', 'new')) "
	    "is missing\n"
	    "table history_redaction: extra CHECK (field IN ('who', 'old', "
	    "'new', 'at'))\n");
}

static void
test_compare_indexes(void **state)
{
	struct fixture *f = *state;

	assert_compare(f->path, "DROP INDEX risk_control_by_control;"
	    "CREATE INDEX asset_by_owner ON asset(owner);",
	    "extra index asset_by_owner on asset\n"
	    "index risk_control_by_control is missing\n");
	assert_compare(f->path, "DROP INDEX history_by_entity;"
	    "CREATE UNIQUE INDEX history_by_entity ON history(entity DESC);"
	    "DROP INDEX risk_action_by_risk;"
	    "CREATE INDEX risk_action_by_risk ON risk_acceptance(risk_id);"
	    "DROP INDEX risk_asset_by_asset;"
	    "CREATE INDEX risk_asset_by_asset ON risk_asset(asset_id) "
	    "WHERE asset_id > 0;",
	    "index history_by_entity: columns are (entity DESC), expected "
	    "(entity, key)\n"
	    "index history_by_entity is UNIQUE, expected not UNIQUE\n"
	    "index risk_action_by_risk is on table risk_acceptance, expected "
	    "risk_action\n"
	    "index risk_asset_by_asset is partial, expected on every row\n");
}

static void
test_compare_triggers(void **state)
{
	struct fixture *f = *state;

	assert_compare(f->path, "DROP TRIGGER history_no_delete;"
	    "DROP TRIGGER history_redaction_no_update;"
	    "CREATE TRIGGER history_redaction_no_update BEFORE UPDATE ON "
	    "history_redaction BEGIN SELECT RAISE(IGNORE); END;"
	    "CREATE TRIGGER soa_owner_rewrite AFTER UPDATE ON soa_entry "
	    "BEGIN UPDATE soa_entry SET owner = 'mallory' WHERE id = NEW.id; "
	    "END;",
	    "trigger history_no_delete is missing\n"
	    "trigger history_redaction_no_update is altered\n"
	    "extra trigger soa_owner_rewrite on soa_entry\n");
	/* layout and case of keywords do not matter, a string's case does */
	assert_compare(f->path, "DROP TRIGGER history_no_delete;"
	    "create trigger HISTORY_NO_DELETE before delete on \"history\"\n"
	    "begin\n  select raise(abort,'history is append-only') ;\nend;"
	    "DROP TRIGGER history_redaction_no_delete;"
	    "CREATE TRIGGER history_redaction_no_delete BEFORE DELETE ON"
	    "  history_redaction"
	    "  BEGIN SELECT RAISE(ABORT, 'Redactions are append-only'); END;",
	    "trigger history_redaction_no_delete is altered\n");
}

/* Views and virtual tables, which no schema has yet: the shape of a file
 * made by another program compared with one made in memory.  A virtual
 * table is listed but not opened, so a module this program lacks does not
 * stop the comparison. */
static void
test_compare_views(void **state)
{
	struct fixture *f = *state;
	struct schema_shape want, have;
	struct db *w, *h;
	struct buf b;

	assert_int_equal(db_open_memory(&w, NULL), ISMS_OK);
	assert_int_equal(db_exec(w, "CREATE TABLE t (a TEXT);"
	    "CREATE VIEW v1 AS SELECT a FROM t;"
	    "CREATE VIEW v2 AS SELECT a FROM t WHERE a > 'x';"
	    "CREATE VIEW v3 AS SELECT 1;", NULL), ISMS_OK);
	raw_exec(f->path, "CREATE TABLE t (a TEXT);"
	    "CREATE VIEW v1 AS\n  select A from T;"
	    "CREATE VIEW v2 AS SELECT a FROM t WHERE a > 'X';"
	    "CREATE VIEW v4 AS SELECT 2;"
	    "CREATE VIRTUAL TABLE f USING fts5(a);"
	    "PRAGMA writable_schema = ON;"
	    "INSERT INTO sqlite_schema VALUES ('table', 'nomod', 'nomod', 0, "
	    "'CREATE VIRTUAL TABLE nomod USING nosuchmodule(a)');");
	assert_int_equal(db_open(f->path, DB_OPEN_READONLY, &h, NULL),
	    ISMS_OK);
	assert_int_equal(schema_shape_read(w, &want, NULL), ISMS_OK);
	assert_int_equal(schema_shape_read(h, &have, NULL), ISMS_OK);
	buf_init(&b);
	assert_int_equal(schema_shape_diff(&want, &have, collect, &b), 10);
	assert_string_equal(buf_str(&b),
	    "extra virtual table f\n"
	    "extra table f_config\n"
	    "extra table f_content\n"
	    "extra table f_data\n"
	    "extra table f_docsize\n"
	    "extra table f_idx\n"
	    "extra virtual table nomod\n"
	    "view v2 is altered\n"
	    "view v3 is missing\n"
	    "extra view v4\n");
	buf_done(&b);
	schema_shape_done(&want);
	schema_shape_done(&have);
	db_close(w);
	db_close(h);
}

/* A version 1 file is compared with version 1. */
static void
test_compare_v1(void **state)
{
	struct fixture *f = *state;
	char *got;

	make_v1(f->path);
	raw_exec(f->path, "DROP INDEX risk_control_by_control;"
	    "PRAGMA foreign_keys = OFF; DROP TABLE risk_acceptance;");
	got = compare_lines(f->path, ISMS_NEGATIVE);
	assert_string_equal(got, "table risk_acceptance is missing\n"
	    "index risk_acceptance_by_risk is missing\n"
	    "index risk_control_by_control is missing\n");
	free(got);
}

/* Version 0 is a file isms has not set up yet: it must be empty. */
static void
test_compare_version0(void **state)
{
	struct fixture *f = *state;
	struct db *db;
	char *got, *want;

	make_isms(f->path);
	raw_exec(f->path, "PRAGMA user_version = 0;");
	got = compare_lines(f->path, ISMS_NEGATIVE);
	want = xasprintf("schema version is 0 (PRAGMA user_version), but the "
	    "file holds the schema of version %d: its version was reset "
	    "outside isms\n", SCHEMA_VERSION);
	assert_string_equal(got, want);
	free(want);
	free(got);

	raw_exec(f->path, "PRAGMA foreign_keys = OFF;"
	    "DROP TABLE risk_acceptance;");
	got = compare_lines(f->path, ISMS_NEGATIVE);
	want = xasprintf("schema version is 0 (PRAGMA user_version), but the "
	    "file holds tables, closest to those of version %d:\n"
	    "table risk_acceptance is missing\n"
	    "index risk_acceptance_by_risk is missing\n", SCHEMA_VERSION);
	assert_string_equal(got, want);
	free(want);
	free(got);
	/* nor is it set up now: the tables would be in the way */
	assert_refused(f->path, ISMS_ALTERED, "the database schema was "
	    "altered outside isms (isms db check lists how); nothing can be "
	    "changed");

	/* tables that are not those of isms: refused even for reading */
	unlink(f->path);
	raw_exec(f->path, "PRAGMA application_id = 1230196051;"
	    "CREATE TABLE framework (id TEXT PRIMARY KEY);"
	    "CREATE TABLE soa_entry (id INTEGER PRIMARY KEY);");
	assert_refused(f->path, ISMS_CORRUPT, "schema version 0, but it holds "
	    "tables, and not those of isms");
	assert_int_equal(schema_open(f->path, DB_OPEN_READONLY, &db, NULL),
	    ISMS_CORRUPT);

	unlink(f->path);
	raw_exec(f->path, "PRAGMA application_id = 1230196051;");
	got = compare_lines(f->path, ISMS_OK);
	assert_string_equal(got, "");
	free(got);
}

/* An altered file is not written, not even migrated; it can be read. */
static void
test_altered_refused_for_writing(void **state)
{
	struct fixture *f = *state;
	struct db *db;

	make_isms(f->path);
	raw_exec(f->path, "CREATE TRIGGER soa_owner_rewrite AFTER UPDATE ON "
	    "soa_entry BEGIN UPDATE soa_entry SET owner = 'mallory'; END;");
	assert_refused(f->path, ISMS_ALTERED, "x.db: the database schema was "
	    "altered outside isms (isms db check lists how); nothing can be "
	    "changed");
	assert_int_equal(schema_open(f->path, DB_OPEN_READONLY, &db, NULL),
	    ISMS_OK);
	db_close(db);

	make_v1(f->path);
	raw_exec(f->path, "DROP INDEX risk_control_by_control;");
	assert_refused(f->path, ISMS_ALTERED, "altered outside isms");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_new_database_identity,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_migration_idempotent,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_history_append_only, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_refuses_other_sqlite,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_refuses_other_application_id, setup, teardown),
		cmocka_unit_test_setup_teardown(test_refuses_text_file, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_refuses_empty_file, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_refuses_newer, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_refuses_corrupt, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_refuses_incomplete, setup,
		    teardown),
		cmocka_unit_test(test_sqlnorm),
		cmocka_unit_test(test_sqlnorm_checks),
		cmocka_unit_test(test_expected_versions),
		cmocka_unit_test_setup_teardown(test_compare_untouched, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_digest_built, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_compare_columns, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_compare_constraints, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_compare_indexes, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_compare_triggers, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_compare_views, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_compare_v1, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_migrate_v2, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_compare_version0, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    test_altered_refused_for_writing, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
