/*
 * db.c - the SQLite wrapper: opening with the defensive settings, prepared
 * statements with named parameters, nested transactions, and the mapping
 * of SQLite result codes to enum isms_status.  No other file includes
 * <sqlite3.h>.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "isms/db/db.h"
#include "isms/db/dbfile.h"
#include "isms/util/xmalloc.h"

#define DB_BUSY_TIMEOUT_MS 5000

struct db {
	sqlite3 *handle;
	char *path;
	bool readonly;
	bool snapshot;       /* immutable: dbfile_needs_snapshot() */
	int depth;           /* open transaction nesting */
};

struct db_stmt {
	struct db *db;
	sqlite3_stmt *handle;
	enum isms_status error;
};

static enum isms_status
db_status_of(int rc)
{
	/* An allocation failing inside the VFS is an I/O error by its primary
	 * code, but it is memory that ran out, not the disk. */
	if (rc == SQLITE_IOERR_NOMEM)
		return ISMS_NOMEM;
	switch (rc & 0xFF) {
	case SQLITE_OK:
	case SQLITE_ROW:
	case SQLITE_DONE:
		return ISMS_OK;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return ISMS_BUSY;
	case SQLITE_READONLY:
		return ISMS_READONLY;
	case SQLITE_CORRUPT:
		return ISMS_CORRUPT;
	case SQLITE_NOTADB:
		return ISMS_NOT_ISMS;
	case SQLITE_CONSTRAINT:
		return ISMS_INVALID;
	case SQLITE_NOMEM:
		return ISMS_NOMEM;
	case SQLITE_IOERR:
	case SQLITE_FULL:
	case SQLITE_CANTOPEN:
	case SQLITE_PERM:
		return ISMS_IO;
	default:
		return ISMS_DB;
	}
}

static enum isms_status
db_fail(struct db *db, int rc, char **cause)
{
	const char *msg = db != NULL && db->handle != NULL ?
	    sqlite3_errmsg(db->handle) : sqlite3_errstr(rc);
	const char *path = db != NULL ? db->path : "database";

	/* An I/O call that failed for want of memory (mapping the -shm file
	 * under a limit on the address space): no disk is at fault. */
	if ((rc & 0xFF) == SQLITE_IOERR && db != NULL && db->handle != NULL &&
	    sqlite3_system_errno(db->handle) == ENOMEM)
		rc = SQLITE_NOMEM;

	/* A snapshot that moved on fails at once, not after the timeout;
	 * a table locked by this very connection is no other process. */
	if (rc == SQLITE_BUSY_SNAPSHOT)
		return status_fail(cause, ISMS_BUSY, "%s: another process "
		    "changed the database since this read began; nothing was "
		    "changed, try again", path);
	if ((rc & 0xFF) == SQLITE_LOCKED)
		return status_fail(cause, ISMS_BUSY, "%s: %s", path, msg);
	if (db_status_of(rc) == ISMS_BUSY)
		return status_fail(cause, ISMS_BUSY, "%s: another process has "
		    "been writing to the database for over %d seconds; nothing "
		    "was changed, try again", path, DB_BUSY_TIMEOUT_MS / 1000);
	if (db_status_of(rc) == ISMS_NOMEM)
		return status_fail(cause, ISMS_NOMEM, "%s: out of memory",
		    path);
	return status_fail(cause, db_status_of(rc), "%s: %s", path, msg);
}

static enum isms_status
db_harden(struct db *db, char **cause)
{
	sqlite3 *h = db->handle;
	int rc = SQLITE_OK;

	sqlite3_extended_result_codes(h, 1);
	sqlite3_busy_timeout(h, DB_BUSY_TIMEOUT_MS);
	if (rc == SQLITE_OK)
		rc = sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0,
		    NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_FKEY, 1, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_db_config(h, SQLITE_DBCONFIG_DQS_DDL, 0, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_db_config(h, SQLITE_DBCONFIG_DQS_DML, 0, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION,
		    0, NULL);
	if (rc != SQLITE_OK)
		return db_fail(db, rc, cause);
	return db_exec(db, "PRAGMA cell_size_check = ON;", cause);
}

/* Open the resolved file f on a new connection; read-only connections
 * that could not read a WAL file otherwise become immutable snapshots. */
static enum isms_status
db_connect(const struct dbfile *f, int flags, struct db **out, char **cause)
{
	struct db *db = xcalloc(1, sizeof *db);
	int oflags = SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX;
	enum isms_status st;
	char *name;
	int rc;

	db->path = xstrdup(f->given);
	db->readonly = (flags & DB_OPEN_READONLY) != 0;
	db->snapshot = db->readonly && dbfile_needs_snapshot(f);
	oflags |= db->readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
	if (db->snapshot)
		oflags |= SQLITE_OPEN_URI;
	/* f->abs is absolute, so it is never read as a "file:" URI. */
	name = db->snapshot ? dbfile_snapshot_uri(f) : xstrdup(f->abs);
	rc = sqlite3_open_v2(name, &db->handle, oflags, NULL);
	free(name);
	st = rc == SQLITE_OK ? db_harden(db, cause) : db_fail(db, rc, cause);
	if (st != ISMS_OK) {
		db_close(db);
		return st;
	}
	*out = db;
	return ISMS_OK;
}

enum isms_status
db_open(const char *path, int flags, struct db **out, char **cause)
{
	bool create = (flags & DB_OPEN_CREATE) != 0;
	struct dbfile f;
	enum isms_status st;

	*out = NULL;
	st = dbfile_resolve(path, create, &f, cause);
	if (st == ISMS_OK && create) {
		if ((st = dbfile_create(&f, cause)) == ISMS_OK &&
		    (st = db_connect(&f, flags, out, cause)) != ISMS_OK)
			db_remove_files(f.abs);
	} else if (st == ISMS_OK) {
		if (!(flags & DB_OPEN_READONLY))
			st = dbfile_writable(&f, cause);
		if (st == ISMS_OK)
			st = db_connect(&f, flags, out, cause);
	}
	dbfile_done(&f);
	return st;
}

enum isms_status
db_configure_writer(struct db *db, char **cause)
{
	if (db->readonly)
		return ISMS_OK;
	return db_exec(db, "PRAGMA journal_mode = WAL;"
	    "PRAGMA synchronous = FULL;"
	    "PRAGMA secure_delete = ON;", cause);
}

void
db_close(struct db *db)
{
	if (db == NULL)
		return;
	if (db->handle != NULL) {
		sqlite3_stmt *st;

		while ((st = sqlite3_next_stmt(db->handle, NULL)) != NULL)
			sqlite3_finalize(st);
		sqlite3_close(db->handle);
	}
	free(db->path);
	free(db);
}

void
db_remove_files(const char *path)
{
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };

	for (size_t i = 0; i < sizeof suffix / sizeof *suffix; i++) {
		char *p = xasprintf("%s%s", path, suffix[i]);

		unlink(p);
		free(p);
	}
}

bool
db_readonly(const struct db *db)
{
	return db->readonly;
}

bool
db_snapshot(const struct db *db)
{
	return db->snapshot;
}

const char *
db_path(const struct db *db)
{
	return db->path;
}

enum isms_status
db_exec(struct db *db, const char *sql, char **cause)
{
	int rc = sqlite3_exec(db->handle, sql, NULL, NULL, NULL);

	return rc == SQLITE_OK ? ISMS_OK : db_fail(db, rc, cause);
}

enum isms_status
db_prepare(struct db *db, const char *sql, struct db_stmt **out,
           char **cause)
{
	sqlite3_stmt *h = NULL;
	int rc = sqlite3_prepare_v2(db->handle, sql, -1, &h, NULL);

	*out = NULL;
	if (rc != SQLITE_OK)
		return db_fail(db, rc, cause);
	*out = xcalloc(1, sizeof **out);
	(*out)->db = db;
	(*out)->handle = h;
	return ISMS_OK;
}

void
db_reset(struct db_stmt *st)
{
	sqlite3_reset(st->handle);
	sqlite3_clear_bindings(st->handle);
	st->error = ISMS_OK;
}

void
db_finalize(struct db_stmt *st)
{
	if (st == NULL)
		return;
	sqlite3_finalize(st->handle);
	free(st);
}

static int
db_param(struct db_stmt *st, const char *name)
{
	int i = sqlite3_bind_parameter_index(st->handle, name);

	if (i == 0)
		st->error = ISMS_DB;
	return i;
}

enum isms_status
db_bind_text(struct db_stmt *st, const char *name, const char *value)
{
	int i = db_param(st, name);

	if (i == 0)
		return ISMS_DB;
	if (value == NULL)
		return db_status_of(sqlite3_bind_null(st->handle, i));
	return db_status_of(sqlite3_bind_text(st->handle, i, value, -1,
	    SQLITE_TRANSIENT));
}

enum isms_status
db_bind_int(struct db_stmt *st, const char *name, int64_t value)
{
	int i = db_param(st, name);

	if (i == 0)
		return ISMS_DB;
	return db_status_of(sqlite3_bind_int64(st->handle, i, value));
}

enum isms_status
db_bind_null(struct db_stmt *st, const char *name)
{
	int i = db_param(st, name);

	if (i == 0)
		return ISMS_DB;
	return db_status_of(sqlite3_bind_null(st->handle, i));
}

int
db_step(struct db_stmt *st, char **cause)
{
	int rc;

	if (st->error != ISMS_OK) {
		status_fail(cause, st->error, "%s: unknown statement parameter",
		    st->db->path);
		return -1;
	}
	rc = sqlite3_step(st->handle);
	if (rc == SQLITE_ROW)
		return DB_ROW;
	if (rc == SQLITE_DONE)
		return DB_DONE;
	st->error = db_fail(st->db, rc, cause);
	return -1;
}

enum isms_status
db_stmt_error(const struct db_stmt *st)
{
	return st->error;
}

enum isms_status
db_step_done(struct db_stmt *st, char **cause)
{
	int rc;

	while ((rc = db_step(st, cause)) == DB_ROW)
		;
	return rc == DB_DONE ? ISMS_OK : st->error;
}

const char *
db_column_text(struct db_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st->handle, col);

	return t != NULL ? (const char *)t : "";
}

int64_t
db_column_int(struct db_stmt *st, int col)
{
	return sqlite3_column_int64(st->handle, col);
}

bool
db_column_is_null(struct db_stmt *st, int col)
{
	return sqlite3_column_type(st->handle, col) == SQLITE_NULL;
}

char *
db_column_dup(struct db_stmt *st, int col)
{
	if (db_column_is_null(st, col))
		return NULL;
	return xstrdup(db_column_text(st, col));
}

void *
db_fetch_all(struct db_stmt *st, size_t elem_size,
             void (*read_row)(struct db_stmt *, void *),
             void (*done_row)(void *), size_t *n, enum isms_status *rc,
             char **cause)
{
	char *arr = NULL;
	size_t cap = 0, count = 0;
	int r;

	while ((r = db_step(st, cause)) == DB_ROW) {
		if (count == cap) {
			cap = cap ? cap * 2 : 32;
			arr = xreallocarray(arr, cap, elem_size);
		}
		memset(arr + count * elem_size, 0, elem_size);
		read_row(st, arr + count * elem_size);
		count++;
	}
	if (r != DB_DONE) {
		for (size_t i = 0; done_row != NULL && i < count; i++)
			done_row(arr + i * elem_size);
		free(arr);
		*n = 0;
		*rc = st->error;
		return NULL;
	}
	*n = count;
	*rc = ISMS_OK;
	return arr;
}

static void
db_text_read(struct db_stmt *st, void *elem)
{
	*(char **)elem = xstrdup(db_column_text(st, 0));
}

static void
db_text_release(void *elem)
{
	free(*(char **)elem);
}

char **
db_fetch_texts(struct db_stmt *st, size_t *n, enum isms_status *rc,
               char **cause)
{
	return db_fetch_all(st, sizeof(char *), db_text_read, db_text_release,
	    n, rc, cause);
}

enum isms_status
db_fetch_one(struct db_stmt *st, void (*read_row)(struct db_stmt *, void *),
             void *out, char **cause)
{
	switch (db_step(st, cause)) {
	case DB_ROW:
		read_row(st, out);
		return ISMS_OK;
	case DB_DONE:
		return ISMS_NOT_FOUND;
	default:
		return st->error;
	}
}

int64_t
db_changes(struct db *db)
{
	return sqlite3_changes64(db->handle);
}

int64_t
db_last_rowid(struct db *db)
{
	return sqlite3_last_insert_rowid(db->handle);
}

enum isms_status
db_begin(struct db *db, char **cause)
{
	enum isms_status st;

	if (db->depth == 0) {
		st = db_exec(db, db->readonly ? "BEGIN DEFERRED;" :
		    "BEGIN IMMEDIATE;", cause);
	} else {
		char sql[48];

		snprintf(sql, sizeof sql, "SAVEPOINT isms_%d;", db->depth);
		st = db_exec(db, sql, cause);
	}
	if (st == ISMS_OK)
		db->depth++;
	return st;
}

enum isms_status
db_commit(struct db *db, char **cause)
{
	enum isms_status st;
	char sql[48];

	if (db->depth == 0)
		return status_fail(cause, ISMS_DB, "%s: commit without begin",
		    db->path);
	if (db->depth == 1)
		snprintf(sql, sizeof sql, "COMMIT;");
	else
		snprintf(sql, sizeof sql, "RELEASE isms_%d;", db->depth - 1);
	st = db_exec(db, sql, cause);
	if (st == ISMS_OK)
		db->depth--;
	else if (db->depth == 1)
		db_rollback(db);
	return st;
}

void
db_rollback(struct db *db)
{
	char sql[64];

	if (db->depth == 0)
		return;
	if (db->depth == 1)
		snprintf(sql, sizeof sql, "ROLLBACK;");
	else
		snprintf(sql, sizeof sql, "ROLLBACK TO isms_%d; RELEASE isms_%d;",
		    db->depth - 1, db->depth - 1);
	sqlite3_exec(db->handle, sql, NULL, NULL, NULL);
	db->depth--;
}

int
db_depth(const struct db *db)
{
	return db->depth;
}

enum isms_status
db_pragma_int(struct db *db, const char *pragma, int64_t *value,
              char **cause)
{
	char *sql = xasprintf("PRAGMA %s;", pragma);
	struct db_stmt *st;
	enum isms_status rc = db_prepare(db, sql, &st, cause);

	free(sql);
	if (rc != ISMS_OK)
		return rc;
	*value = 0;
	switch (db_step(st, cause)) {
	case DB_ROW:
		*value = db_column_int(st, 0);
		break;
	case DB_DONE:
		break;
	default:
		rc = db_stmt_error(st);
	}
	db_finalize(st);
	return rc;
}

int64_t
db_data_version(struct db *db)
{
	int64_t v = -1;

	db_pragma_int(db, "data_version", &v, NULL);
	return v;
}

/* Copy db into the open connection out; an SQLite result code. */
static int
db_backup_copy(struct db *db, sqlite3 *out)
{
	sqlite3_backup *bk = sqlite3_backup_init(out, "main", db->handle,
	    "main");
	int rc;

	if (bk == NULL)
		return sqlite3_errcode(out);
	while ((rc = sqlite3_backup_step(bk, 256)) == SQLITE_OK ||
	    rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
		sqlite3_sleep(20);
	sqlite3_backup_finish(bk);
	return rc == SQLITE_DONE ? sqlite3_errcode(out) : rc;
}

enum isms_status
db_backup(struct db *db, const char *dest, char **cause)
{
	struct dbfile f;
	sqlite3 *out = NULL;
	enum isms_status st;
	int rc;

	st = dbfile_resolve(dest, true, &f, cause);
	if (st == ISMS_OK)
		st = dbfile_create(&f, cause);
	if (st != ISMS_OK) {
		dbfile_done(&f);
		return st;
	}
	rc = sqlite3_open_v2(f.abs, &out, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_NOFOLLOW, NULL);
	if (rc == SQLITE_OK)
		rc = db_backup_copy(db, out);
	if (rc != SQLITE_OK)
		st = status_fail(cause, db_status_of(rc), "%s: %s", dest,
		    out != NULL ? sqlite3_errmsg(out) : sqlite3_errstr(rc));
	sqlite3_close(out);
	if (rc != SQLITE_OK)
		db_remove_files(f.abs);
	dbfile_done(&f);
	return st;
}

static enum isms_status
db_check_rows(struct db *db, const char *sql, bool ok_is_problem,
              void (*fn)(void *, const char *), void *ctx, int *found,
              char **cause)
{
	struct db_stmt *st;
	enum isms_status rc = db_prepare(db, sql, &st, cause);
	int r;

	if (rc != ISMS_OK)
		return rc;
	while ((r = db_step(st, cause)) == DB_ROW) {
		const char *p = db_column_text(st, 0);

		if (!ok_is_problem && strcmp(p, "ok") == 0)
			continue;
		(*found)++;
		fn(ctx, p);
	}
	rc = r == DB_DONE ? ISMS_OK : db_stmt_error(st);
	db_finalize(st);
	return rc;
}

enum isms_status
db_integrity(struct db *db, void (*fn)(void *ctx, const char *problem),
             void *ctx, char **cause)
{
	int found = 0;
	enum isms_status rc;

	rc = db_check_rows(db, "PRAGMA integrity_check;", false, fn, ctx,
	    &found, cause);
	if (rc == ISMS_OK)
		rc = db_check_rows(db, "SELECT 'foreign key: ' || \"table\" || "
		    "' row ' || rowid || ' refers to a missing ' || parent "
		    "FROM pragma_foreign_key_check;", true, fn, ctx, &found,
		    cause);
	if (rc != ISMS_OK)
		return rc;
	return found == 0 ? ISMS_OK : ISMS_NEGATIVE;
}
