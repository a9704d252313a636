/*
 * schema_test.c - the file format: new databases carry the application id
 * and schema version, migrations are idempotent, history is append-only,
 * and foreign, newer, empty and corrupt files are refused and left
 * byte-identical.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "isms/db/schema.h"
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
	assert_int_equal(db_pragma_int(db, "application_id", &v, NULL), ISMS_OK);
	assert_int_equal(v, SCHEMA_APPLICATION_ID);
	assert_int_equal(schema_version(db, &v, NULL), ISMS_OK);
	assert_int_equal(v, SCHEMA_VERSION);
	assert_int_equal(db_pragma_int(db, "foreign_keys", &v, NULL), ISMS_OK);
	assert_int_equal(v, 1);
	assert_int_equal(db_pragma_int(db, "trusted_schema", &v, NULL), ISMS_OK);
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
	assert_refused(f->path, ISMS_NOT_ISMS, "not an isms database (an SQLite "
	    "database of another program");
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_new_database_identity,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_migration_idempotent, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_history_append_only, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_refuses_other_sqlite, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_refuses_other_application_id,
		    setup, teardown),
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
	};

	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
