/*
 * db_test.c - the SQLite wrapper: file creation and permissions, named
 * parameters, nested transactions, write locks between connections,
 * data_version, backups and integrity checks, and every SQLite failure
 * the wrapper maps: busy, a moved snapshot, a locked table, a failing
 * COMMIT, a corrupt or foreign file, a file that cannot be opened, and
 * memory running out inside SQLite (through SQLITE_CONFIG_MALLOC).
 */
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "isms/db/chain.h"
#include "isms/db/db.h"
#include "isms/db/dbfile.h"
#include "isms/db/row.h"
#include "isms/db/schema.h"
#include "isms/rec/asset.h"
#include "testutil.h"

/* SQLite's allocator, wrapped: once armed, allocation number fail_at
 * (counting from 1) and every later one fail, until disarmed. */
static sqlite3_mem_methods mem_real;
static long mem_count, mem_fail_at;

static void *
mem_malloc(int n)
{
	if (mem_fail_at > 0 && ++mem_count >= mem_fail_at)
		return NULL;
	return mem_real.xMalloc(n);
}

static void *
mem_realloc(void *p, int n)
{
	if (mem_fail_at > 0 && ++mem_count >= mem_fail_at)
		return NULL;
	return mem_real.xRealloc(p, n);
}

static void
mem_arm(long at)
{
	mem_count = 0;
	mem_fail_at = at;
}

static void
mem_install(void)
{
	sqlite3_mem_methods m;

	sqlite3_config(SQLITE_CONFIG_GETMALLOC, &mem_real);
	m = mem_real;
	m.xMalloc = mem_malloc;
	m.xRealloc = mem_realloc;
	sqlite3_config(SQLITE_CONFIG_MALLOC, &m);
	/* No lookaside: every allocation reaches the wrapper. */
	sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0);
	sqlite3_initialize();
}

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
	char *dangling = test_path(f->dir, "dangling.db");
	char *target = test_path(f->dir, "nowhere.db");
	struct db *db = NULL;
	char *cause = NULL;

	assert_int_equal(db_open(missing, 0, &db, &cause), ISMS_NOT_FOUND);
	assert_non_null(strstr(cause, "none.db"));
	free(cause);
	cause = NULL;
	/* A database file that is itself a link is refused, by name. */
	assert_int_equal(symlink(f->path, link), 0);
	assert_int_equal(db_open(link, 0, &db, &cause), ISMS_IO);
	assert_null(db);
	assert_true(strncmp(cause, link, strlen(link)) == 0);
	assert_non_null(strstr(cause, ": is a symbolic link; isms opens only "
	    "the database file itself (give the path it points to)"));
	free(cause);
	cause = NULL;
	assert_int_equal(db_open(link, DB_OPEN_READONLY, &db, &cause), ISMS_IO);
	assert_non_null(strstr(cause, "is a symbolic link"));
	free(cause);
	cause = NULL;
	assert_int_equal(symlink("nowhere.db", dangling), 0);
	assert_int_equal(db_open(dangling, 0, &db, &cause), ISMS_IO);
	assert_non_null(strstr(cause, "dangling.db: is a symbolic link"));
	free(cause);
	cause = NULL;
	assert_int_equal(db_open(dangling, DB_OPEN_CREATE, &db, &cause),
	    ISMS_EXISTS);
	assert_non_null(strstr(cause, "already exists (a symbolic link)"));
	assert_int_equal(access(target, F_OK), -1);      /* not made */
	free(cause);
	free(missing);
	free(link);
	free(dangling);
	free(target);
}

/* Links in the directory part are followed: the file is made and found
 * in the real directory, and messages keep the path as given. */
static void
test_symlinked_directory(void **state)
{
	struct fixture *f = *state;
	char *real = test_path(f->dir, "real");
	char *link = test_path(f->dir, "link");
	char *given = test_path(link, "n.db");
	char *made = test_path(real, "n.db");
	struct db *db = NULL;
	char *cause = NULL;
	struct stat st;

	assert_int_equal(mkdir(real, 0700), 0);
	assert_int_equal(symlink("real", link), 0);
	assert_int_equal(db_open(given, DB_OPEN_CREATE, &db, &cause), ISMS_OK);
	assert_string_equal(db_path(db), given);
	assert_int_equal(db_configure_writer(db, NULL), ISMS_OK);
	assert_int_equal(db_exec(db, "CREATE TABLE u (x);", NULL), ISMS_OK);
	db_close(db);
	assert_int_equal(lstat(made, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_int_equal(db_open(given, 0, &db, &cause), ISMS_OK);
	assert_int_equal(db_exec(db, "INSERT INTO u VALUES (1);", NULL),
	    ISMS_OK);
	db_close(db);
	assert_int_equal(db_open(given, DB_OPEN_READONLY, &db, &cause),
	    ISMS_OK);
	assert_false(db_snapshot(db));       /* the directory is writable */
	db_close(db);
	free(real);
	free(link);
	free(given);
	free(made);
}

/* Paths that cannot name a database say so, naming the path given. */
static void
test_paths_that_are_not_databases(void **state)
{
	struct fixture *f = *state;
	char *in_file = test_path(f->path, "x.db");
	char *no_dir = test_path(f->dir, "nodir/x.db");
	char *sub = test_path(f->dir, "sub");
	char *trailing = test_path(f->dir, "sub/");
	struct db *db = NULL;
	char *cause = NULL;

	assert_int_equal(db_open(in_file, 0, &db, &cause), ISMS_IO);
	assert_true(strncmp(cause, in_file, strlen(in_file)) == 0);
	assert_non_null(strstr(cause, "t.db is not a directory"));
	free(cause);
	cause = NULL;
	assert_int_equal(db_open(in_file, DB_OPEN_CREATE, &db, &cause),
	    ISMS_IO);
	assert_non_null(strstr(cause, "t.db is not a directory"));
	free(cause);
	cause = NULL;
	assert_int_equal(db_open(no_dir, 0, &db, &cause), ISMS_NOT_FOUND);
	assert_true(strncmp(cause, no_dir, strlen(no_dir)) == 0);
	assert_non_null(strstr(cause, "nodir: No such file or directory"));
	free(cause);
	cause = NULL;
	assert_int_equal(db_open(f->dir, 0, &db, &cause), ISMS_IO);
	assert_non_null(strstr(cause, ": is a directory, not a database file"));
	free(cause);
	cause = NULL;
	assert_int_equal(mkdir(sub, 0700), 0);
	assert_int_equal(db_open(trailing, DB_OPEN_CREATE, &db, &cause),
	    ISMS_IO);
	assert_non_null(strstr(cause, "sub/: names a directory"));
	free(cause);
	assert_null(db);
	free(in_file);
	free(no_dir);
	free(sub);
	free(trailing);
}

/* A relative name that looks like a URI is a file name: it is made
 * absolute before SQLite sees it. */
static void
test_uri_lookalike_is_a_file(void **state)
{
	struct fixture *f = *state;
	char *cwd = getcwd(NULL, 0);
	struct db *db = NULL;
	struct stat st;

	assert_int_equal(chdir(f->dir), 0);
	assert_int_equal(db_open("file:u.db?mode=memory", DB_OPEN_CREATE, &db,
	    NULL), ISMS_OK);
	assert_int_equal(db_configure_writer(db, NULL), ISMS_OK);
	assert_int_equal(db_exec(db, "CREATE TABLE u (x);", NULL), ISMS_OK);
	db_close(db);
	assert_int_equal(stat("file:u.db?mode=memory", &st), 0);
	assert_true(st.st_size > 0);
	assert_int_equal(access("u.db", F_OK), -1);
	assert_int_equal(chdir(cwd), 0);
	free(cwd);
}

static void
test_snapshot_uri(void **state)
{
	struct dbfile df = { .abs = "/srv/a b/x?mode=rw#1%2\xc3\xa9.db" };
	char *uri = dbfile_snapshot_uri(&df);

	(void)state;
	assert_string_equal(uri, "file:///srv/a%20b/x%3Fmode%3Drw%231%252"
	    "%C3%A9.db?immutable=1");
	free(uri);
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

	assert_int_equal(db_open(f->path, DB_OPEN_READONLY, &ro, NULL),
	    ISMS_OK);
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

/* A backup target follows the database's path rule; a failed backup
 * leaves nothing behind. */
static void
test_backup_paths(void **state)
{
	struct fixture *f = *state;
	char *real = test_path(f->dir, "real");
	char *link = test_path(f->dir, "link");
	char *via = test_path(link, "copy.db");
	char *made = test_path(real, "copy.db");
	char *alias = test_path(f->dir, "alias.db");
	char *nodir = test_path(f->dir, "nodir/copy.db");
	char *cause = NULL;
	struct db *b;

	insert(f->db, "kept", 7);
	assert_int_equal(mkdir(real, 0700), 0);
	assert_int_equal(symlink("real", link), 0);
	assert_int_equal(db_backup(f->db, via, &cause), ISMS_OK);
	assert_int_equal(db_open(made, DB_OPEN_READONLY, &b, NULL), ISMS_OK);
	assert_int_equal(count_rows(b), 1);
	db_close(b);
	assert_int_equal(symlink("real/copy.db", alias), 0);
	assert_int_equal(db_backup(f->db, alias, &cause), ISMS_EXISTS);
	assert_non_null(strstr(cause, "alias.db: already exists (a symbolic "
	    "link)"));
	free(cause);
	cause = NULL;
	assert_int_equal(db_backup(f->db, nodir, &cause), ISMS_NOT_FOUND);
	assert_true(strncmp(cause, nodir, strlen(nodir)) == 0);
	free(cause);
	free(real);
	free(link);
	free(via);
	free(made);
	free(alias);
	free(nodir);
}


/* ---- every SQLite failure the wrapper maps ---- */

static bool has_name(const char *dir, const char *prefix);

static struct db *
open_other(const char *path, int busy_ms)
{
	struct db *db = NULL;
	char sql[48];

	assert_int_equal(db_open(path, 0, &db, NULL), ISMS_OK);
	snprintf(sql, sizeof sql, "PRAGMA busy_timeout = %d;", busy_ms);
	assert_int_equal(db_exec(db, sql, NULL), ISMS_OK);
	return db;
}

/* A write statement (not BEGIN) that waits for another writer past the
 * timeout is ISMS_BUSY, saying nothing was changed. */
static void
test_busy_write_statement(void **state)
{
	struct fixture *f = *state;
	struct db *other = open_other(f->path, 0);
	struct db_stmt *st;
	char *cause = NULL;

	assert_int_equal(db_exec(f->db, "PRAGMA busy_timeout = 50;", NULL),
	    ISMS_OK);
	assert_int_equal(db_begin(other, NULL), ISMS_OK);
	insert(other, "theirs", 1);
	assert_int_equal(db_prepare(f->db, "INSERT INTO t (k, v) VALUES "
	    "('mine', 2);", &st, NULL), ISMS_OK);
	assert_int_equal(db_step_done(st, &cause), ISMS_BUSY);
	assert_int_equal(db_stmt_error(st), ISMS_BUSY);
	assert_non_null(strstr(cause, "another process has been writing"));
	assert_non_null(strstr(cause, "nothing was changed"));
	free(cause);
	db_finalize(st);
	assert_int_equal(db_commit(other, NULL), ISMS_OK);
	assert_int_equal(count_rows(f->db), 1);
	db_close(other);
}

/* A read transaction that tries to write after another connection
 * committed fails at once (SQLITE_BUSY_SNAPSHOT), and says so rather than
 * blaming a timeout that never ran. */
static void
test_busy_snapshot(void **state)
{
	struct fixture *f = *state;
	struct db *other = open_other(f->path, 5000);
	char *cause = NULL;

	insert(f->db, "a", 1);
	assert_int_equal(db_exec(other, "BEGIN DEFERRED; SELECT count(*) "
	    "FROM t;", NULL), ISMS_OK);
	insert(f->db, "b", 2);
	assert_int_equal(db_exec(other, "INSERT INTO t (k) VALUES ('c');",
	    &cause), ISMS_BUSY);
	assert_non_null(strstr(cause, "another process changed the database "
	    "since this read began"));
	assert_null(strstr(cause, "seconds"));
	free(cause);
	assert_int_equal(db_exec(other, "ROLLBACK;", NULL), ISMS_OK);
	assert_int_equal(count_rows(f->db), 2);
	db_close(other);
}

/* A table this connection is still reading cannot be dropped: a locked
 * table, reported as SQLite words it, not as another process. */
static void
test_locked_by_own_statement(void **state)
{
	struct fixture *f = *state;
	struct db_stmt *st;
	char *cause = NULL;

	insert(f->db, "a", 1);
	insert(f->db, "b", 2);
	assert_int_equal(db_prepare(f->db, "SELECT k FROM t;", &st, NULL),
	    ISMS_OK);
	assert_int_equal(db_step(st, NULL), DB_ROW);
	assert_int_equal(db_exec(f->db, "DROP TABLE t;", &cause), ISMS_BUSY);
	assert_non_null(strstr(cause, "locked"));
	assert_null(strstr(cause, "another process"));
	free(cause);
	db_finalize(st);
	assert_int_equal(count_rows(f->db), 2);
}

/* A COMMIT that fails (a deferred foreign key left broken) ends the
 * transaction: nothing of it stays, and the next one starts cleanly. */
static void
test_commit_fails_and_rolls_back(void **state)
{
	struct fixture *f = *state;
	char *cause = NULL;

	assert_int_equal(db_exec(f->db, "CREATE TABLE p (id INTEGER PRIMARY "
	    "KEY); CREATE TABLE c (pid INTEGER REFERENCES p (id) DEFERRABLE "
	    "INITIALLY DEFERRED);", NULL), ISMS_OK);
	assert_int_equal(db_begin(f->db, NULL), ISMS_OK);
	insert(f->db, "gone", 1);
	assert_int_equal(db_begin(f->db, NULL), ISMS_OK);   /* a savepoint */
	assert_int_equal(db_exec(f->db, "INSERT INTO c VALUES (42);", NULL),
	    ISMS_OK);
	assert_int_equal(db_commit(f->db, NULL), ISMS_OK);  /* release */
	assert_int_equal(db_commit(f->db, &cause), ISMS_INVALID);
	assert_non_null(strstr(cause, "FOREIGN KEY"));
	free(cause);
	assert_int_equal(db_depth(f->db), 0);
	assert_int_equal(count_rows(f->db), 0);
	assert_int_equal(db_begin(f->db, NULL), ISMS_OK);
	insert(f->db, "kept", 2);
	assert_int_equal(db_commit(f->db, NULL), ISMS_OK);
	assert_int_equal(count_rows(f->db), 1);
}

/* In rollback-journal mode a COMMIT waits for readers to finish; one that
 * stays past the timeout makes the COMMIT fail as busy, and the
 * transaction is rolled back rather than left half open. */
static void
test_commit_busy_in_rollback_mode(void **state)
{
	struct fixture *f = *state;
	char *path = test_path(f->dir, "rollback.db");
	struct db *a, *b;
	char *cause = NULL;

	assert_int_equal(db_open(path, DB_OPEN_CREATE, &a, NULL), ISMS_OK);
	assert_int_equal(db_exec(a, "CREATE TABLE t (k TEXT PRIMARY KEY, "
	    "v INTEGER); PRAGMA busy_timeout = 50;", NULL), ISMS_OK);
	b = open_other(path, 0);
	assert_int_equal(db_exec(b, "BEGIN DEFERRED; SELECT count(*) FROM t;",
	    NULL), ISMS_OK);
	assert_int_equal(db_begin(a, NULL), ISMS_OK);
	insert(a, "x", 1);
	assert_int_equal(db_commit(a, &cause), ISMS_BUSY);
	free(cause);
	assert_int_equal(db_depth(a), 0);
	assert_int_equal(db_exec(b, "COMMIT;", NULL), ISMS_OK);
	assert_int_equal(count_rows(a), 0);
	db_close(b);
	db_close(a);
	free(path);
}

/* A file damaged inside is ISMS_CORRUPT; a text file is no database;
 * a WAL file SQLite cannot open is an input/output error; a mistake in
 * SQL is a database error; each names the file. */
static void
test_corrupt_foreign_and_unopenable(void **state)
{
	struct fixture *f = *state;
	char *bad = test_path(f->dir, "bad.db");
	char *text = test_path(f->dir, "notes.txt");
	char *wal = test_path(f->dir, "t.db-wal");
	char *copy = test_path(f->dir, "copy.db");
	char junk[4096];
	struct db *db;
	char *cause = NULL;
	int fd;

	/* corrupt: many pages, then garbage over the second one */
	assert_int_equal(db_open(bad, DB_OPEN_CREATE, &db, NULL), ISMS_OK);
	assert_int_equal(db_exec(db, "CREATE TABLE big (x); WITH RECURSIVE "
	    "n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
	    "INSERT INTO big SELECT printf('%0100d', i) FROM n;", NULL),
	    ISMS_OK);
	db_close(db);
	memset(junk, 0xa5, sizeof junk);
	fd = open(bad, O_WRONLY);
	assert_true(fd >= 0);
	assert_int_equal(pwrite(fd, junk, sizeof junk, 4096), sizeof junk);
	close(fd);
	assert_int_equal(db_open(bad, DB_OPEN_READONLY, &db, NULL), ISMS_OK);
	assert_int_equal(db_exec(db, "SELECT count(*) FROM big;", &cause),
	    ISMS_CORRUPT);
	assert_true(strncmp(cause, bad, strlen(bad)) == 0);
	free(cause);
	cause = NULL;
	/* and cannot be backed up: the failed copy says where, and goes */
	assert_int_equal(db_backup(db, copy, &cause), ISMS_CORRUPT);
	assert_true(strncmp(cause, copy, strlen(copy)) == 0);
	assert_int_equal(access(copy, F_OK), -1);
	assert_false(has_name(f->dir, ".copy.db"));
	free(cause);
	cause = NULL;
	db_close(db);

	/* not a database */
	assert_int_equal(test_write(text, "just text\n", 10), 0);
	assert_int_equal(db_open(text, DB_OPEN_READONLY, &db, NULL), ISMS_OK);
	assert_int_equal(db_exec(db, "SELECT count(*) FROM sqlite_schema;",
	    &cause), ISMS_NOT_ISMS);
	free(cause);
	cause = NULL;
	db_close(db);

	/* a directory where the -wal file belongs: refused before SQLite
	 * could fail on it */
	db_close(f->db);
	f->db = NULL;
	assert_int_equal(access(wal, F_OK), -1);
	assert_int_equal(mkdir(wal, 0700), 0);
	assert_int_equal(db_open(f->path, 0, &db, &cause), ISMS_UNSAFE);
	assert_non_null(strstr(cause, "-wal"));
	free(cause);
	cause = NULL;
	assert_null(db);
	assert_int_equal(rmdir(wal), 0);

	/* SQL that does not parse */
	assert_int_equal(db_open(f->path, 0, &db, NULL), ISMS_OK);
	assert_int_equal(db_exec(db, "SELEKT 1;", &cause), ISMS_DB);
	assert_non_null(strstr(cause, "syntax error"));
	free(cause);
	db_close(db);
	free(bad);
	free(text);
	free(wal);
	free(copy);
}

/* Memory running out inside SQLite, at every allocation of opening a
 * WAL database and reading it, is "out of memory", never a disk I/O error
 * or a plain database error. */
static void
test_out_of_memory_in_sqlite(void **state)
{
	struct fixture *f = *state;
	int ok = 0, nomem = 0;

	insert(f->db, "a", 1);
	for (long at = 1; at < 400 && ok < 3; at++) {
		struct db *db = NULL;
		char *cause = NULL;
		enum isms_status rc;

		mem_arm(at);
		rc = db_open(f->path, 0, &db, &cause);
		if (rc == ISMS_OK)
			rc = db_exec(db, "SELECT count(*) FROM t;", &cause);
		mem_arm(0);
		if (rc == ISMS_OK) {
			ok++;
		} else {
			if (rc != ISMS_NOMEM ||
			    strstr(cause, "out of memory") == NULL)
				fail_msg("allocation %ld: status %d: %s", at,
				    (int)rc, cause != NULL ? cause : "");
			nomem++;
		}
		free(cause);
		db_close(db);
	}
	assert_true(nomem > 10);
	assert_true(ok > 0);
}


/* A bind whose copy of the text cannot be allocated fails the statement:
 * the parameter left NULL is never written. */
static void
test_failed_bind_fails_the_step(void **state)
{
	struct fixture *f = *state;
	struct db_stmt *st;
	char *cause = NULL;

	assert_int_equal(db_prepare(f->db, "INSERT INTO t (k, v) VALUES "
	    "(:k, 1);", &st, NULL), ISMS_OK);
	mem_arm(1);
	assert_int_equal(db_bind_text(st, ":k", "a key that must be copied"),
	    ISMS_NOMEM);
	mem_arm(0);
	assert_int_equal(db_step_done(st, &cause), ISMS_NOMEM);
	assert_non_null(strstr(cause, "out of memory"));
	free(cause);
	db_finalize(st);
	assert_int_equal(count_rows(f->db), 0);
}

#if !defined(__SANITIZE_ADDRESS__)
/* The bytes of address space this process uses. */
static long
vm_size(void)
{
	FILE *fp = fopen("/proc/self/statm", "r");
	long pages = -1;

	if (fp != NULL) {
		if (fscanf(fp, "%ld", &pages) != 1)
			pages = -1;
		fclose(fp);
	}
	return pages < 0 ? -1 : pages * sysconf(_SC_PAGESIZE);
}
#endif

/* Under a limit on the address space, mapping the -shm file of a WAL
 * database fails with ENOMEM, which SQLite reports as a disk I/O error:
 * isms says out of memory.  Run in a child, which the limit would
 * otherwise outlive; skipped under AddressSanitizer, whose shadow memory
 * cannot live under such a limit. */
static void
test_out_of_address_space(void **state)
{
	struct fixture *f = *state;
	int fds[2], status;
	pid_t pid;
	char got[256] = "";
	ssize_t n;

#if defined(__SANITIZE_ADDRESS__)
	/* (cmocka's skip() reads as a failure to automake's TAP driver) */
	(void)f; (void)fds; (void)status; (void)pid; (void)got; (void)n;
#else
	insert(f->db, "a", 1);
	db_close(f->db);
	f->db = NULL;
	assert_int_equal(pipe(fds), 0);
	if ((pid = fork()) == 0) {
		struct db *db = NULL;
		char *cause = NULL, *warm;
		enum isms_status rc;
		struct rlimit rl;
		long vm;

		close(fds[0]);
		rc = db_open(f->path, 0, &db, &cause);
		warm = malloc(64 * 1024);   /* room for the message */
		free(warm);
		vm = vm_size();
		rl.rlim_cur = rl.rlim_max = (rlim_t)vm;
		if (rc == ISMS_OK && vm > 0 && setrlimit(RLIMIT_AS, &rl) == 0)
			rc = db_exec(db, "SELECT count(*) FROM t;", &cause);
		n = snprintf(got, sizeof got, "%d %s", (int)rc,
		    cause != NULL ? cause : "");
		if (write(fds[1], got, (size_t)n) != n)
			_exit(2);
		_exit(0);
	}
	close(fds[1]);
	n = read(fds[0], got, sizeof got - 1);
	close(fds[0]);
	assert_true(waitpid(pid, &status, 0) == pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	assert_true(n > 0);
	got[n] = '\0';
	if (atoi(got) != ISMS_NOMEM || strstr(got, "out of memory") == NULL)
		fail_msg("expected out of memory, got status %s", got);
#endif
}

/* A row deleted by someone else between reading and writing is reported
 * as gone; one changed meanwhile is a conflict; neither writes. */
static void
test_row_deleted_or_changed_since_read(void **state)
{
	struct fixture *f = *state;
	char *path = test_path(f->dir, "isms.db");
	struct row_author who = { "tester", "2026-01-01T00:00:00Z" };
	struct row_change ch = { 0, "new name" };
	struct db *db, *other;
	char *cause = NULL;
	int64_t id;

	assert_int_equal(schema_open(path, DB_OPEN_CREATE, &db, NULL),
	    ISMS_OK);
	assert_int_equal(db_exec(db, "INSERT INTO asset (name, updated_at, "
	    "updated_by) VALUES ('laptop', 'x', 'y'), ('phone', 'x', 'y');",
	    NULL), ISMS_OK);
	id = db_last_rowid(db);
	other = open_other(path, 1000);
	assert_int_equal(db_exec(other, "UPDATE asset SET name = 'tablet', "
	    "rev = rev + 1 WHERE name = 'laptop'; DELETE FROM asset WHERE "
	    "name = 'phone';", NULL), ISMS_OK);
	db_close(other);
	assert_int_equal(row_update(db, &rec_asset, id, "phone", 1,
	    &ch, 1, &who, NULL, &cause), ISMS_NOT_FOUND);
	assert_non_null(strstr(cause, "no longer exists"));
	free(cause);
	cause = NULL;
	assert_int_equal(row_update(db, &rec_asset, id - 1, "laptop",
	    1, &ch, 1, &who, NULL, &cause), ISMS_CONFLICT);
	free(cause);
	assert_int_equal(db_depth(db), 0);
	db_close(db);
	free(path);
}

/* ---- backups that exist whole or not at all ---- */

/* The names in dir, sorted, joined by spaces. */
static char *
names_in(const char *dir)
{
	struct dirent **list;
	int n = scandir(dir, &list, NULL, alphasort);
	char *out = calloc(1, 4096);

	for (int i = 0; i < n; i++) {
		if (strcmp(list[i]->d_name, ".") != 0 &&
		    strcmp(list[i]->d_name, "..") != 0 &&
		    strlen(out) + strlen(list[i]->d_name) < 4000) {
			strcat(out, list[i]->d_name);
			strcat(out, " ");
		}
		free(list[i]);
	}
	free(list);
	return out;
}

/* Whether dir holds a name starting with prefix. */
static bool
has_name(const char *dir, const char *prefix)
{
	char *names = names_in(dir);
	bool found = strncmp(names, prefix, strlen(prefix)) == 0 ||
	    strstr(names, prefix) != NULL;

	free(names);
	return found;
}

/* Make t hold about mb megabytes. */
static void
grow(struct db *db, int mb)
{
	char sql[256];

	snprintf(sql, sizeof sql, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
	    "SELECT i + 1 FROM n WHERE i < %d) INSERT INTO t (k, v) SELECT "
	    "printf('%%08d%%0990d', i, i), i FROM n;", mb * 1000);
	assert_int_equal(db_exec(db, sql, NULL), ISMS_OK);
}

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Another process commits all the time: the copy still finishes at once
 * (the backup API started over at every commit and went on until the
 * writer stopped), and holds what was committed when it began. */
static void
test_backup_under_steady_writes(void **state)
{
	struct fixture *f = *state;
	char *copy = test_path(f->dir, "copy.db");
	struct db *b;
	double t0, took;
	int status;
	pid_t pid;

	grow(f->db, 8);
	if ((pid = fork()) == 0) {
		struct db *w = NULL;
		double end = now_s() + 12;
		struct timespec nap = { 0, 2000000 };

		if (db_open(f->path, 0, &w, NULL) != ISMS_OK)
			_exit(1);
		for (int i = 0; now_s() < end; i++) {
			char sql[96];

			snprintf(sql, sizeof sql, "INSERT INTO t (k, v) VALUES "
			    "('w%d', %d);", i, i);
			db_exec(w, sql, NULL);
			nanosleep(&nap, NULL);
		}
		_exit(0);
	}
	sleep(1);                      /* the writer is under way */
	t0 = now_s();
	assert_int_equal(db_backup(f->db, copy, NULL), ISMS_OK);
	took = now_s() - t0;
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	if (took > 6)
		fail_msg("the backup took %.1f s under a steady writer", took);
	assert_int_equal(db_open(copy, DB_OPEN_READONLY, &b, NULL), ISMS_OK);
	assert_true(count_rows(b) >= 8000);
	db_close(b);
	free(copy);
}

/* A backup killed while it copies leaves nothing under the final name
 * (and, on SIGTERM, nothing at all); the retry then succeeds. */
static void
test_backup_killed_leaves_no_file(void **state)
{
	struct fixture *f = *state;
	char *copy = test_path(f->dir, "copy.db");
	struct timespec nap = { 0, 200000 };
	int status, tries;
	pid_t pid;

	grow(f->db, 40);
	db_close(f->db);
	assert_int_equal(db_open(f->path, 0, &f->db, NULL), ISMS_OK);
	if ((pid = fork()) == 0) {
		struct db *src = NULL;

		if (db_open(f->path, DB_OPEN_READONLY, &src, NULL) != ISMS_OK)
			_exit(1);
		db_backup(src, copy, NULL);
		_exit(0);
	}
	for (tries = 0; tries < 20000; tries++) {
		struct stat st;
		char *names = names_in(f->dir);
		char *tmp = strstr(names, ".copy.db.backup-");
		bool started = false;

		if (tmp != NULL) {
			char *path;

			tmp[strcspn(tmp, " ")] = '\0';
			path = test_path(f->dir, tmp);
			started = stat(path, &st) == 0 && st.st_size > 0;
			free(path);
		}
		/* the old code wrote straight into copy.db */
		started = started || (stat(copy, &st) == 0 && st.st_size > 0);
		free(names);
		if (started)
			break;
		nanosleep(&nap, NULL);
	}
	kill(pid, SIGTERM);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	if (WIFEXITED(status))
		fail_msg("the backup finished before it could be killed");
	assert_int_equal(access(copy, F_OK), -1);
	assert_false(has_name(f->dir, ".copy.db"));
	assert_int_equal(db_backup(f->db, copy, NULL), ISMS_OK);
	free(copy);
}

/* A copy that takes longer than the limit is abandoned, leaving nothing. */
static void
test_backup_time_limit(void **state)
{
	struct fixture *f = *state;
	char *copy = test_path(f->dir, "copy.db");
	char *cause = NULL, *names;

	grow(f->db, 4);
	db_backup_set_limit(1);
	assert_int_equal(db_backup(f->db, copy, &cause), ISMS_BUSY);
	db_backup_set_limit(0);
	assert_non_null(strstr(cause, "copy.db: the copy took longer than"));
	assert_non_null(strstr(cause, "nothing was written"));
	free(cause);
	names = names_in(f->dir);
	assert_string_equal(names, "t.db t.db-shm t.db-wal ");
	free(names);
	free(copy);
}

/* A copy whose history chain does not verify is not kept. */
static void
test_backup_checks_the_chain(void **state)
{
	struct fixture *f = *state;
	char *path = test_path(f->dir, "isms.db");
	char *copy = test_path(f->dir, "copy.db");
	struct row_author who = { "tester", "2026-01-01T00:00:00Z" };
	struct db *db;
	char *cause = NULL;

	assert_int_equal(schema_open(path, DB_OPEN_CREATE, &db, NULL),
	    ISMS_OK);
	assert_int_equal(db_begin(db, NULL), ISMS_OK);
	for (int i = 0; i < 3; i++)
		assert_int_equal(row_history(db, &who, "isms", "isms", "org",
		    "a", "b", NULL), ISMS_OK);
	assert_int_equal(db_commit(db, NULL), ISMS_OK);
	assert_int_equal(db_backup(db, copy, NULL), ISMS_OK);
	unlink(copy);
	assert_int_equal(db_exec(db, "DROP TRIGGER history_no_update; "
	    "UPDATE history SET new = 'forged' WHERE seq = 2;", NULL),
	    ISMS_OK);
	assert_int_equal(db_backup(db, copy, &cause), ISMS_CORRUPT);
	assert_non_null(strstr(cause, "copy.db: the history of the copy is "
	    "broken at row 2"));
	free(cause);
	assert_int_equal(access(copy, F_OK), -1);
	assert_false(has_name(f->dir, ".copy.db"));
	db_close(db);
	free(path);
	free(copy);
}

/* ---- creating under a temporary name ---- */

/* A staged database is invisible until published, leaves nothing when
 * closed unpublished, and is never published over a file that appeared
 * meanwhile. */
static void
test_staged_create(void **state)
{
	struct fixture *f = *state;
	char *path = test_path(f->dir, "new.db");
	struct db *db, *other;
	char *cause = NULL, *names;
	struct stat st;

	assert_int_equal(db_open(path, DB_OPEN_CREATE | DB_OPEN_STAGED, &db,
	    NULL), ISMS_OK);
	assert_string_equal(db_path(db), path);
	assert_int_equal(db_configure_writer(db, NULL), ISMS_OK);
	assert_int_equal(db_exec(db, "CREATE TABLE u (x); INSERT INTO u "
	    "VALUES (1);", NULL), ISMS_OK);
	assert_int_equal(access(path, F_OK), -1);
	assert_true(has_name(f->dir, ".new.db.new-"));
	db_close(db);                 /* unpublished: gone */
	assert_false(has_name(f->dir, ".new.db"));
	assert_int_equal(access(path, F_OK), -1);

	assert_int_equal(db_open(path, DB_OPEN_CREATE | DB_OPEN_STAGED, &db,
	    NULL), ISMS_OK);
	assert_int_equal(db_configure_writer(db, NULL), ISMS_OK);
	assert_int_equal(db_exec(db, "CREATE TABLE u (x); INSERT INTO u "
	    "VALUES (1);", NULL), ISMS_OK);
	assert_int_equal(db_publish(db, NULL), ISMS_OK);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_false(has_name(f->dir, ".new.db"));
	/* it goes on as a writer of the final file */
	assert_int_equal(db_exec(db, "INSERT INTO u VALUES (2);", NULL),
	    ISMS_OK);
	db_close(db);
	assert_int_equal(db_open(path, DB_OPEN_READONLY, &other, NULL),
	    ISMS_OK);
	assert_int_equal(db_exec(other, "SELECT x FROM u;", NULL), ISMS_OK);
	db_close(other);

	/* someone else took the name meanwhile: theirs stays */
	unlink(path);
	assert_int_equal(db_open(path, DB_OPEN_CREATE | DB_OPEN_STAGED, &db,
	    NULL), ISMS_OK);
	assert_int_equal(test_write(path, "theirs", 6), 0);
	assert_int_equal(db_publish(db, &cause), ISMS_EXISTS);
	assert_non_null(strstr(cause, "already exists"));
	free(cause);
	db_close(db);
	names = names_in(f->dir);
	assert_string_equal(names, "new.db t.db t.db-shm t.db-wal ");
	free(names);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_size, 6);
	free(path);
}

/* ---- network file systems ---- */

static const char *
fake_nfs(const char *path)
{
	(void)path;
	return "NFS";
}

static void
test_network_fs_classifier_and_refusal(void **state)
{
	struct fixture *f = *state;
	char *path = test_path(f->dir, "n.db");
	struct db *db = NULL;
	char *cause = NULL;

	db_close(f->db);
	f->db = NULL;
	dbfile_set_fs_kind(fake_nfs);
	assert_int_equal(db_open(f->path, 0, &db, &cause), ISMS_READONLY);
	assert_null(db);
	assert_non_null(strstr(cause, "t.db: cannot be changed: it is on a "
	    "network file system (NFS)"));
	assert_non_null(strstr(cause, "--allow-network-fs"));
	free(cause);
	cause = NULL;
	assert_int_equal(db_open(path, DB_OPEN_CREATE, &db, &cause),
	    ISMS_READONLY);
	assert_non_null(strstr(cause, "n.db: cannot be created"));
	assert_int_equal(access(path, F_OK), -1);
	free(cause);
	/* reading is fine */
	assert_int_equal(db_open(f->path, DB_OPEN_READONLY, &db, NULL),
	    ISMS_OK);
	assert_int_equal(count_rows(db), 0);
	db_close(db);
	db_allow_network_fs(true);
	assert_int_equal(db_open(f->path, 0, &db, NULL), ISMS_OK);
	db_close(db);
	db_allow_network_fs(false);
	dbfile_set_fs_kind(NULL);
	free(path);
}

/* ---- reads leave the directory as they found it ---- */

static void
test_read_leaves_no_wal(void **state)
{
	struct fixture *f = *state;
	struct db *ro, *writer;
	char *names;

	insert(f->db, "a", 1);
	db_close(f->db);
	f->db = NULL;
	names = names_in(f->dir);
	assert_string_equal(names, "t.db ");
	free(names);
	assert_int_equal(db_open(f->path, DB_OPEN_READONLY, &ro, NULL),
	    ISMS_OK);
	assert_true(db_readonly(ro));
	assert_int_equal(count_rows(ro), 1);
	assert_int_equal(db_exec(ro, "INSERT INTO t (k) VALUES ('no');",
	    NULL), ISMS_READONLY);
	db_close(ro);
	names = names_in(f->dir);
	assert_string_equal(names, "t.db ");
	free(names);
	/* while another has it open, its -wal and -shm stay */
	assert_int_equal(db_open(f->path, 0, &writer, NULL), ISMS_OK);
	assert_int_equal(count_rows(writer), 1);
	assert_int_equal(db_open(f->path, DB_OPEN_READONLY, &ro, NULL),
	    ISMS_OK);
	assert_int_equal(count_rows(ro), 1);
	db_close(ro);
	names = names_in(f->dir);
	assert_string_equal(names, "t.db t.db-shm t.db-wal ");
	free(names);
	db_close(writer);
}

/* Statements kept on the connection: handed out again once finalized,
 * reset and with their bindings cleared, never twice at a time, and no
 * more than the cache holds however many different ones are asked. */
static void
test_statement_cache(void **state)
{
	struct fixture *f = *state;
	struct db_stmt *a, *b, *c;
	char sql[64];

	assert_int_equal(db_prepare_cached(f->db, "SELECT :x;", &a, NULL),
	    ISMS_OK);
	assert_int_equal(db_bind_int(a, ":x", 5), ISMS_OK);
	assert_int_equal(db_step(a, NULL), DB_ROW);
	assert_int_equal(db_column_int(a, 0), 5);
	/* in use: the same text gets another statement */
	assert_int_equal(db_prepare_cached(f->db, "SELECT :x;", &b, NULL),
	    ISMS_OK);
	assert_ptr_not_equal(a, b);
	db_finalize(b);
	db_finalize(a);
	assert_int_equal(db_prepare_cached(f->db, "SELECT :x;", &c, NULL),
	    ISMS_OK);
	assert_true(c == a || c == b);
	assert_int_equal(db_step(c, NULL), DB_ROW);        /* reset ... */
	assert_true(db_column_is_null(c, 0));              /* ... unbound */
	db_finalize(c);
	for (int i = 0; i < 60; i++) {
		snprintf(sql, sizeof sql, "SELECT %d;", i);
		assert_int_equal(db_prepare_cached(f->db, sql, &a, NULL),
		    ISMS_OK);
		assert_int_equal(db_step(a, NULL), DB_ROW);
		assert_int_equal(db_column_int(a, 0), i);
		db_finalize(a);
	}
	assert_true(db_cache_count(f->db) <= 64);
	assert_true(db_cache_count(f->db) > 0);
	/* a statement kept open across a write sees it on its next run */
	assert_int_equal(db_exec(f->db, "INSERT INTO t VALUES ('k', 1);",
	    NULL), ISMS_OK);
	assert_int_equal(db_prepare_cached(f->db, "SELECT count(*) FROM t;",
	    &a, NULL), ISMS_OK);
	assert_int_equal(db_step(a, NULL), DB_ROW);
	assert_int_equal(db_column_int(a, 0), 1);
	db_finalize(a);
	assert_int_equal(db_exec(f->db, "INSERT INTO t VALUES ('l', 2);",
	    NULL), ISMS_OK);
	assert_int_equal(db_prepare_cached(f->db, "SELECT count(*) FROM t;",
	    &a, NULL), ISMS_OK);
	assert_int_equal(db_step(a, NULL), DB_ROW);
	assert_int_equal(db_column_int(a, 0), 2);
	db_finalize(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(
		    test_create_is_private_and_exclusive, setup, teardown),
		cmocka_unit_test_setup_teardown(test_statement_cache, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_open_missing_and_symlink,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_symlinked_directory,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_paths_that_are_not_databases, setup, teardown),
		cmocka_unit_test_setup_teardown(test_uri_lookalike_is_a_file,
		    setup, teardown),
		cmocka_unit_test(test_snapshot_uri),
		cmocka_unit_test_setup_teardown(test_named_parameters, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_constraint_is_invalid,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_nested_transactions, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    test_write_lock_and_data_version, setup, teardown),
		cmocka_unit_test_setup_teardown(test_readonly_refuses_writes,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_backup_and_integrity,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_backup_paths, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_busy_write_statement,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_busy_snapshot, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_locked_by_own_statement,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_commit_fails_and_rolls_back, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_commit_busy_in_rollback_mode, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_corrupt_foreign_and_unopenable, setup, teardown),
		cmocka_unit_test_setup_teardown(test_out_of_memory_in_sqlite,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_out_of_address_space,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_failed_bind_fails_the_step,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_row_deleted_or_changed_since_read, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_backup_under_steady_writes, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_backup_killed_leaves_no_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_backup_time_limit, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_backup_checks_the_chain,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_staged_create, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    test_network_fs_classifier_and_refusal, setup, teardown),
		cmocka_unit_test_setup_teardown(test_read_leaves_no_wal, setup,
		    teardown),
	};

	mem_install();
	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
