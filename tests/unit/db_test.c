/*
 * db_test.c - the SQLite wrapper: file creation and permissions, named
 * parameters, nested transactions, write locks between connections,
 * data_version, backups and integrity checks.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "isms/db/db.h"
#include "testutil.h"

struct fixture {
	char *dir;
	char *path;
	struct db *db;
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);

	f->dir = test_tmpdir();
	f->path = test_path(f->dir, "t.db");
	if (db_open(f->path, DB_OPEN_CREATE, &f->db, NULL) != ISMS_OK)
		return -1;
	if (db_configure_writer(f->db, NULL) != ISMS_OK ||
	    db_exec(f->db, "CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER);",
	    NULL) != ISMS_OK)
		return -1;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	db_close(f->db);
	test_rmtree(f->dir);
	free(f->path);
	free(f->dir);
	free(f);
	return 0;
}

static int64_t
count_rows(struct db *db)
{
	struct db_stmt *st;
	int64_t n = -1;

	assert_int_equal(db_prepare(db, "SELECT count(*) FROM t;", &st, NULL),
	    ISMS_OK);
	if (db_step(st, NULL) == DB_ROW)
		n = db_column_int(st, 0);
	db_finalize(st);
	return n;
}

static void
insert(struct db *db, const char *k, int64_t v)
{
	struct db_stmt *st;

	assert_int_equal(db_prepare(db, "INSERT INTO t (k, v) VALUES (:k, :v);",
	    &st, NULL), ISMS_OK);
	assert_int_equal(db_bind_text(st, ":k", k), ISMS_OK);
	assert_int_equal(db_bind_int(st, ":v", v), ISMS_OK);
	assert_int_equal(db_step_done(st, NULL), ISMS_OK);
	db_finalize(st);
}

static void
test_create_is_private_and_exclusive(void **state)
{
	struct fixture *f = *state;
	struct db *again = NULL;
	char *cause = NULL;
	struct stat st;

	assert_int_equal(stat(f->path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(db_open(f->path, DB_OPEN_CREATE, &again, &cause),
	    ISMS_EXISTS);
	assert_null(again);
	assert_non_null(strstr(cause, "already exists"));
	free(cause);
}

static void
test_open_missing_and_symlink(void **state)
{
	struct fixture *f = *state;
	char *missing = test_path(f->dir, "none.db");
	char *link = test_path(f->dir, "link.db");
	struct db *db = NULL;
	char *cause = NULL;

	assert_int_equal(db_open(missing, 0, &db, &cause), ISMS_NOT_FOUND);
	assert_non_null(strstr(cause, "none.db"));
	free(cause);
	cause = NULL;
	assert_int_equal(symlink(f->path, link), 0);
	assert_int_not_equal(db_open(link, 0, &db, &cause), ISMS_OK);
	assert_null(db);
	free(cause);
	free(missing);
	free(link);
}

static void
test_named_parameters(void **state)
{
	struct fixture *f = *state;
	struct db_stmt *st;

	insert(f->db, "a", 1);
	insert(f->db, "b", 2);
	assert_int_equal(db_prepare(f->db, "SELECT v, k FROM t WHERE k = :k;",
	    &st, NULL), ISMS_OK);
	assert_int_equal(db_bind_text(st, ":k", "b"), ISMS_OK);
	assert_int_equal(db_step(st, NULL), DB_ROW);
	assert_int_equal(db_column_int(st, 0), 2);
	assert_string_equal(db_column_text(st, 1), "b");
	assert_int_equal(db_step(st, NULL), DB_DONE);
	/* An unknown parameter name is an error, not silently ignored. */
	db_reset(st);
	assert_int_equal(db_bind_text(st, ":nope", "x"), ISMS_DB);
	assert_true(db_step(st, NULL) < 0);
	db_finalize(st);
}

static void
test_constraint_is_invalid(void **state)
{
	struct fixture *f = *state;
	struct db_stmt *st;
	char *cause = NULL;

	insert(f->db, "dup", 1);
	assert_int_equal(db_prepare(f->db, "INSERT INTO t (k) VALUES (:k);",
	    &st, NULL), ISMS_OK);
	db_bind_text(st, ":k", "dup");
	assert_int_equal(db_step_done(st, &cause), ISMS_INVALID);
	assert_non_null(strstr(cause, "UNIQUE"));
	free(cause);
	db_finalize(st);
}

static void
test_nested_transactions(void **state)
{
	struct fixture *f = *state;

	assert_int_equal(db_begin(f->db, NULL), ISMS_OK);
	insert(f->db, "outer", 1);
	assert_int_equal(db_begin(f->db, NULL), ISMS_OK);
	assert_int_equal(db_depth(f->db), 2);
	insert(f->db, "inner", 2);
	db_rollback(f->db);                   /* only the inner one */
	assert_int_equal(db_depth(f->db), 1);
	assert_int_equal(count_rows(f->db), 1);
	assert_int_equal(db_begin(f->db, NULL), ISMS_OK);
	insert(f->db, "inner2", 3);
	assert_int_equal(db_commit(f->db, NULL), ISMS_OK);
	assert_int_equal(db_commit(f->db, NULL), ISMS_OK);
	assert_int_equal(db_depth(f->db), 0);
	assert_int_equal(count_rows(f->db), 2);
	/* A rolled-back outer transaction leaves nothing. */
	assert_int_equal(db_begin(f->db, NULL), ISMS_OK);
	insert(f->db, "gone", 4);
	db_rollback(f->db);
	assert_int_equal(count_rows(f->db), 2);
	assert_int_equal(db_commit(f->db, NULL), ISMS_DB);
}

static void
test_write_lock_and_data_version(void **state)
{
	struct fixture *f = *state;
	struct db *other;
	char *cause = NULL;
	int64_t v0, v1;

	assert_int_equal(db_open(f->path, 0, &other, NULL), ISMS_OK);
	v0 = db_data_version(other);
	insert(f->db, "x", 1);
	v1 = db_data_version(other);
	assert_true(v1 != v0);                /* the other connection saw it */
	assert_int_equal(db_data_version(f->db), db_data_version(f->db));
	/* BEGIN IMMEDIATE: a second writer waits, then gives up as BUSY. */
	assert_int_equal(db_begin(f->db, NULL), ISMS_OK);
	assert_int_equal(db_exec(other, "PRAGMA busy_timeout = 50;", NULL),
	    ISMS_OK);
	assert_int_equal(db_begin(other, &cause), ISMS_BUSY);
	assert_non_null(strstr(cause, "another process has been writing"));
	assert_non_null(strstr(cause, "nothing was changed"));
	free(cause);
	db_rollback(f->db);
	assert_int_equal(db_begin(other, NULL), ISMS_OK);
	db_rollback(other);
	db_close(other);
}

static void
test_readonly_refuses_writes(void **state)
{
	struct fixture *f = *state;
	struct db *ro;
	char *cause = NULL;

	assert_int_equal(db_open(f->path, DB_OPEN_READONLY, &ro, NULL), ISMS_OK);
	assert_true(db_readonly(ro));
	assert_int_equal(db_exec(ro, "INSERT INTO t (k) VALUES ('no');",
	    &cause), ISMS_READONLY);
	free(cause);
	db_close(ro);
}

static void
problem_counter(void *ctx, const char *p)
{
	(void)p;
	(*(int *)ctx)++;
}

static void
test_backup_and_integrity(void **state)
{
	struct fixture *f = *state;
	char *copy = test_path(f->dir, "copy.db");
	struct db *b;
	int problems = 0;
	struct stat st;

	insert(f->db, "kept", 7);
	assert_int_equal(db_backup(f->db, copy, NULL), ISMS_OK);
	assert_int_equal(stat(copy, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(db_backup(f->db, copy, NULL), ISMS_EXISTS);
	assert_int_equal(db_open(copy, DB_OPEN_READONLY, &b, NULL), ISMS_OK);
	assert_int_equal(count_rows(b), 1);
	assert_int_equal(db_integrity(b, problem_counter, &problems, NULL),
	    ISMS_OK);
	assert_int_equal(problems, 0);
	db_close(b);
	free(copy);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    test_create_is_private_and_exclusive, setup, teardown),
		cmocka_unit_test_setup_teardown(test_open_missing_and_symlink,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_named_parameters, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_constraint_is_invalid,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_nested_transactions, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_write_lock_and_data_version,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_readonly_refuses_writes,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_backup_and_integrity, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
