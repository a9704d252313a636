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
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "isms/db/db.h"
#include "isms/db/dbfile.h"
#include "db_int.h"
#include "isms/util/cleanup.h"
#include "isms/util/fsatomic.h"
#include "isms/util/fsutil.h"
#include "isms/util/xmalloc.h"

#define DB_BUSY_TIMEOUT_MS 5000
#define DB_CACHE_SIZE 64      /* prepared statements kept per connection */

struct db {
	sqlite3 *handle;
	char *path;          /* as given, for messages */
	char *abs;           /* the file's absolute name */
	char *staged;        /* DB_OPEN_STAGED: the temporary file, until
	                        db_publish() renames it to abs */
	bool readonly;
	bool snapshot;       /* immutable: dbfile_needs_snapshot() */
	bool group;          /* a group database: fsperm_is_group() */
	char *why;           /* why read-only, for db_readonly_why() */
	int depth;           /* open transaction nesting */
	int schema;          /* db_schema(); 0 until set */
	bool (*interrupt)(void *);   /* db_set_interrupt() */
	void *interrupt_ctx;
	struct db_stmt *cache[DB_CACHE_SIZE];   /* db_prepare_cached() */
	uint64_t clock;      /* ticks of the cache's LRU */
	uint64_t serial;     /* db_serial() */
};

/* The serial of the next connection opened. */
static uint64_t db_serials = 1;

/* The umask while isms makes files in a group database's directory. */
#define DB_GROUP_UMASK 007

struct db_stmt {
	struct db *db;
	sqlite3_stmt *handle;
	enum isms_status error;
	bool cached;         /* kept in db->cache: db_finalize() resets it */
	bool in_use;
	char *sql;           /* cached: the text it was prepared from */
	uint64_t used;       /* cached: when last handed out, for LRU */
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
	case SQLITE_INTERRUPT:
		return ISMS_INTERRUPTED;
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
	/* A disk that is full while SQLite makes its -shm or -wal file says
	 * "disk I/O error"; the system's errno knows better. */
	if ((rc & 0xFF) == SQLITE_IOERR && db != NULL && db->handle != NULL &&
	    (sqlite3_system_errno(db->handle) == ENOSPC ||
	    sqlite3_system_errno(db->handle) == EDQUOT))
		return status_fail(cause, ISMS_IO, "%s: the disk is full (no "
		    "space for the database or its -wal and -shm files); "
		    "nothing was changed", path);

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

/* A group database keeps its -wal and -shm files when the last
 * connection closes, so that readers who may not write the directory
 * find them; the first read makes them (with the database file's mode,
 * in the setgid directory's group), and dbfile_settle() mends them if a
 * member's process did not. */
static void
db_group_files(struct db *db)
{
	int on = 1;

	sqlite3_file_control(db->handle, "main", SQLITE_FCNTL_PERSIST_WAL, &on);
	/* kept, but emptied by the last writer to close */
	sqlite3_exec(db->handle, "PRAGMA journal_size_limit = 1048576;"
	    "PRAGMA user_version;", NULL, NULL, NULL);
	dbfile_settle(db->abs);
}

/* Open name on db's connection with the SQLite flags oflags, and harden
 * it; with tidy, a read-write connection is told never to write. */
static enum isms_status
db_attach(struct db *db, const char *name, int oflags, bool tidy,
          char **cause)
{
	int rc = sqlite3_open_v2(name, &db->handle, oflags |
	    SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX, NULL);
	enum isms_status st;

	st = rc == SQLITE_OK ? db_harden(db, cause) : db_fail(db, rc, cause);
	if (st == ISMS_OK && tidy)
		st = db_exec(db, "PRAGMA query_only = ON;", cause);
	return st;
}

/*
 * Open the resolved file f (or, when staged, the temporary file made
 * beside it) on a new connection.  A read-only connection that could not
 * read a WAL file otherwise becomes an immutable snapshot; one that may
 * write the file and its directory is opened read-write with query_only,
 * so that closing it removes the -wal and -shm files its read made (not
 * for a group database, whose files stay for readers who cannot make
 * them).
 */
static enum isms_status
db_connect(const struct dbfile *f, const char *staged, int flags, bool group,
           struct db **out, char **cause)
{
	struct db *db = xcalloc(1, sizeof *db);
	bool tidy = false;
	enum isms_status st;
	mode_t mask = 0;
	int oflags;
	char *name;

	db->serial = db_serials++;
	db->path = xstrdup(f->given);
	db->abs = xstrdup(f->abs);
	db->staged = staged != NULL ? xstrdup(staged) : NULL;
	db->readonly = (flags & DB_OPEN_READONLY) != 0;
	db->snapshot = db->readonly && dbfile_needs_snapshot(f);
	db->group = group;
	if (db->readonly && !db->snapshot && !group)
		tidy = dbfile_read_tidily(f);
	oflags = db->readonly && !tidy ? SQLITE_OPEN_READONLY :
	    SQLITE_OPEN_READWRITE;
	if (db->snapshot)
		oflags |= SQLITE_OPEN_URI;
	/* Both names are absolute, so never read as a "file:" URI. */
	name = db->snapshot ? dbfile_snapshot_uri(f) :
	    xstrdup(staged != NULL ? staged : f->abs);
	if (group)
		mask = umask(DB_GROUP_UMASK);
	st = db_attach(db, name, oflags, tidy, cause);
	free(name);
	if (st == ISMS_OK && group && !db->snapshot && staged == NULL)
		db_group_files(db);
	if (group)
		umask(mask);
	if (st != ISMS_OK) {
		db_close(db);
		return st;
	}
	*out = db;
	return ISMS_OK;
}

/* Open an existing file: for writing when this user may write it and its
 * directory and it is on a local file system, else (with
 * DB_OPEN_FALLBACK) read-only saying why. */
static enum isms_status
db_open_existing(const struct dbfile *f, int flags, bool group,
                 struct db **out, char **cause)
{
	char *why = NULL;
	enum isms_status st = ISMS_OK;

	if (!(flags & DB_OPEN_READONLY)) {
		st = dbfile_writable(f, &why, cause);
		if (st == ISMS_OK && (st = dbfile_local(f, true, cause)) ==
		    ISMS_READONLY && cause != NULL)
			why = xstrdup(*cause);
	}
	if (st == ISMS_READONLY && (flags & DB_OPEN_FALLBACK)) {
		if (cause != NULL) {
			free(*cause);
			*cause = NULL;
		}
		flags |= DB_OPEN_READONLY;
		st = ISMS_OK;
	}
	if (st == ISMS_OK)
		st = db_connect(f, NULL, flags, group, out, cause);
	if (st == ISMS_OK && why != NULL) {
		(*out)->why = why;
		why = NULL;
	}
	free(why);
	return st;
}

/* Create the file of a new database: at f itself, or (staged) under a
 * temporary name beside it; then connect. */
static enum isms_status
db_create(const struct dbfile *f, int flags, bool group, struct db **out,
          char **cause)
{
	mode_t mask = umask(group ? DB_GROUP_UMASK : 077);
	char *tmp = NULL;
	enum isms_status st = dbfile_local(f, false, cause);

	if (st == ISMS_OK && (flags & DB_OPEN_STAGED))
		st = dbfile_create_temp(f, group, "new", &tmp, cause);
	else if (st == ISMS_OK)
		st = dbfile_create(f, group, cause);
	if (st == ISMS_OK) {
		/* db_close() of a staged connection removes its files. */
		st = db_connect(f, tmp, flags, group, out, cause);
		if (st != ISMS_OK && tmp == NULL)
			db_remove_files(f->abs);
		if (tmp != NULL && st != ISMS_OK) {
			db_remove_files(tmp);
			cleanup_drop(tmp);
		}
	}
	free(tmp);                    /* the connection has its own copy */
	umask(mask);
	return st;
}

enum isms_status
db_open(const char *path, int flags, struct db **out, char **cause)
{
	bool create = (flags & DB_OPEN_CREATE) != 0;
	bool group = false;
	struct dbfile f;
	enum isms_status st;

	*out = NULL;
	st = dbfile_resolve(path, create, &f, cause);
	if (st == ISMS_OK)
		st = dbfile_screen(&f, &group, cause);
	if (st == ISMS_OK && create)
		st = db_create(&f, flags, group, out, cause);
	else if (st == ISMS_OK)
		st = db_open_existing(&f, flags, group, out, cause);
	dbfile_done(&f);
	return st;
}

void
db_allow_network_fs(bool allow)
{
	dbfile_allow_network(allow);
}

enum isms_status
db_open_memory(struct db **out, char **cause)
{
	struct db *db = xcalloc(1, sizeof *db);
	enum isms_status st;
	int rc;

	*out = NULL;
	db->serial = db_serials++;
	db->path = xstrdup("(in memory)");
	rc = sqlite3_open_v2(":memory:", &db->handle, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY | SQLITE_OPEN_NOMUTEX,
	    NULL);
	st = rc == SQLITE_OK ? db_harden(db, cause) : db_fail(db, rc, cause);
	if (st != ISMS_OK) {
		db_close(db);
		return st;
	}
	*out = db;
	return ISMS_OK;
}

enum isms_status
db_configure_writer(struct db *db, char **cause)
{
	enum isms_status st;
	mode_t mask = 0;

	if (db->readonly)
		return ISMS_OK;
	/* switching a new file to WAL makes its -wal and -shm files */
	if (db->group)
		mask = umask(DB_GROUP_UMASK);
	st = db_exec(db, "PRAGMA journal_mode = WAL;"
	    "PRAGMA synchronous = FULL;"
	    "PRAGMA secure_delete = ON;", cause);
	if (db->group) {
		dbfile_settle(db->abs);
		umask(mask);
	}
	return st;
}

/* Close the SQLite connection of db, finalizing what is still open. */
static void
db_detach(struct db *db)
{
	sqlite3_stmt *st;

	if (db->handle == NULL)
		return;
	for (size_t i = 0; i < DB_CACHE_SIZE; i++) {
		if (db->cache[i] == NULL)
			continue;
		sqlite3_finalize(db->cache[i]->handle);
		free(db->cache[i]->sql);
		free(db->cache[i]);
		db->cache[i] = NULL;
	}
	/* Closing disconnects the virtual tables, which finalize statements
	 * of their own: those are not ours to finalize.  Only when a
	 * statement of ours was left open does it fail, and then every one
	 * left goes. */
	if (sqlite3_close(db->handle) != SQLITE_OK) {
		while ((st = sqlite3_next_stmt(db->handle, NULL)) != NULL)
			sqlite3_finalize(st);
		sqlite3_close(db->handle);
	}
	db->handle = NULL;
}

/* Leave the file of a staged database complete on its own: every change
 * checkpointed into it and no -wal left, then the connection closed. */
static enum isms_status
db_stage_finish(struct db *db, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	bool ok = false;

	if (db->depth != 0)
		return status_fail(cause, ISMS_DB, "%s: a transaction is still "
		    "open", db->path);
	rc = db_prepare(db, "PRAGMA journal_mode = DELETE;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	if (db_step(st, cause) == DB_ROW)
		ok = strcmp(db_column_text(st, 0), "delete") == 0;
	else
		rc = db_stmt_error(st);
	db_finalize(st);
	if (rc == ISMS_OK && !ok)
		rc = status_fail(cause, ISMS_BUSY, "%s: the new database is in "
		    "use by another process; nothing was created", db->path);
	if (rc == ISMS_OK)
		db_detach(db);
	return rc;
}

enum isms_status
db_publish(struct db *db, char **cause)
{
	char *dir;
	enum isms_status rc;

	if (db->staged == NULL)
		return ISMS_OK;
	if ((rc = db_stage_finish(db, cause)) != ISMS_OK)
		return rc;
	if (fs_sync_file(db->staged) != 0)
		return status_fail(cause, fs_errno_status(errno), "%s: %s; "
		    "nothing was created", db->path, strerror(errno));
	if (fs_rename_noreplace(db->staged, db->abs) != 0) {
		int e = errno;

		if (e == EEXIST)
			return status_fail(cause, ISMS_EXISTS, "%s: already "
			    "exists; isms init never overwrites a file",
			    db->path);
		return status_fail(cause, fs_errno_status(e), "%s: %s; "
		    "nothing was created", db->path, strerror(e));
	}
	dir = fs_dirname(db->abs);
	fs_sync_dir(dir);
	free(dir);
	cleanup_drop(db->staged);
	free(db->staged);
	db->staged = NULL;
	/* Go on under the final name, as a writer. */
	rc = db_attach(db, db->abs, SQLITE_OPEN_READWRITE, false, cause);
	if (rc == ISMS_OK)
		rc = db_configure_writer(db, cause);
	if (rc == ISMS_OK && db->group) {
		/* its -wal and -shm files made now, and kept */
		mode_t mask = umask(DB_GROUP_UMASK);

		db_group_files(db);
		umask(mask);
	}
	return rc;
}

void
db_close(struct db *db)
{
	if (db == NULL)
		return;
	db_detach(db);
	if (db->staged != NULL) {         /* never published: never was */
		db_remove_files(db->staged);
		cleanup_drop(db->staged);
		free(db->staged);
	}
	free(db->path);
	free(db->abs);
	free(db->why);
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

bool
db_group(const struct db *db)
{
	return db->group;
}

/* The progress handler: a nonzero return interrupts the statement. */
static int
db_progress(void *arg)
{
	struct db *db = arg;

	return db->interrupt != NULL && db->interrupt(db->interrupt_ctx);
}

void
db_set_interrupt(struct db *db, bool (*fn)(void *ctx), void *ctx)
{
	db->interrupt = fn;
	db->interrupt_ctx = ctx;
	/* every few thousand steps of the engine: a read of a million rows
	 * notices a key within a millisecond */
	sqlite3_progress_handler(db->handle, fn != NULL ? 4096 : 0,
	    fn != NULL ? db_progress : NULL, db);
}

int
db_schema(const struct db *db)
{
	return db->schema;
}

void
db_set_schema(struct db *db, int version)
{
	db->schema = version;
}

const char *
db_readonly_why(const struct db *db)
{
	return db->why;
}

void
db_set_readonly_why(struct db *db, char *why)
{
	free(db->why);
	db->why = why;
}

const char *
db_path(const struct db *db)
{
	return db->path;
}

sqlite3 *
db_handle(struct db *db)
{
	return db->handle;
}

enum isms_status
db_error(struct db *db, int rc, char **cause)
{
	return db_fail(db, rc, cause);
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

/* The slot of db's cache to fill: a free one, else the least recently
 * used statement not handed out (finalized to make room); -1 if all are
 * in use. */
static int
db_cache_slot(struct db *db)
{
	int best = -1;

	for (int i = 0; i < DB_CACHE_SIZE; i++) {
		struct db_stmt *c = db->cache[i];

		if (c == NULL)
			return i;
		if (!c->in_use && (best < 0 || c->used < db->cache[best]->used))
			best = i;
	}
	if (best >= 0) {
		sqlite3_finalize(db->cache[best]->handle);
		free(db->cache[best]->sql);
		free(db->cache[best]);
		db->cache[best] = NULL;
	}
	return best;
}

enum isms_status
db_prepare_cached(struct db *db, const char *sql, struct db_stmt **out,
                  char **cause)
{
	enum isms_status rc;
	int slot;

	for (int i = 0; i < DB_CACHE_SIZE; i++) {
		struct db_stmt *c = db->cache[i];

		if (c != NULL && !c->in_use && strcmp(c->sql, sql) == 0) {
			c->in_use = true;
			c->used = ++db->clock;
			*out = c;
			return ISMS_OK;
		}
	}
	if ((rc = db_prepare(db, sql, out, cause)) != ISMS_OK)
		return rc;
	if ((slot = db_cache_slot(db)) < 0)
		return ISMS_OK;           /* all busy: an ordinary statement */
	(*out)->cached = (*out)->in_use = true;
	(*out)->sql = xstrdup(sql);
	(*out)->used = ++db->clock;
	db->cache[slot] = *out;
	return ISMS_OK;
}

size_t
db_cache_count(const struct db *db)
{
	size_t n = 0;

	for (size_t i = 0; i < DB_CACHE_SIZE; i++)
		n += db->cache[i] != NULL;
	return n;
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
	if (st->cached) {             /* back into the cache, ready to run */
		db_reset(st);
		st->in_use = false;
		return;
	}
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

/* The status of binding (rc); a failed bind (the copy of a text that
 * memory did not suffice for) also fails the next step, since callers
 * need not check every bind, and a parameter left NULL must never be
 * written. */
static enum isms_status
db_bound(struct db_stmt *st, int rc)
{
	enum isms_status s = db_status_of(rc);

	if (s != ISMS_OK && st->error == ISMS_OK)
		st->error = s;
	return s;
}

enum isms_status
db_bind_text(struct db_stmt *st, const char *name, const char *value)
{
	int i = db_param(st, name);

	if (i == 0)
		return ISMS_DB;
	if (value == NULL)
		return db_bound(st, sqlite3_bind_null(st->handle, i));
	return db_bound(st, sqlite3_bind_text(st->handle, i, value, -1,
	    SQLITE_TRANSIENT));
}

enum isms_status
db_bind_int(struct db_stmt *st, const char *name, int64_t value)
{
	int i = db_param(st, name);

	if (i == 0)
		return ISMS_DB;
	return db_bound(st, sqlite3_bind_int64(st->handle, i, value));
}

enum isms_status
db_bind_null(struct db_stmt *st, const char *name)
{
	int i = db_param(st, name);

	if (i == 0)
		return ISMS_DB;
	return db_bound(st, sqlite3_bind_null(st->handle, i));
}

enum isms_status
db_bind_value(struct db_stmt *st, const char *name, const struct rec_value *v)
{
	int i = db_param(st, name);

	if (i == 0)
		return ISMS_DB;
	switch (v->type) {
	case REC_VALUE_INT:
		return db_bound(st, sqlite3_bind_int64(st->handle, i, v->i));
	case REC_VALUE_REAL:
		return db_bound(st, sqlite3_bind_double(st->handle, i, v->r));
	case REC_VALUE_TEXT:
		return db_bound(st, sqlite3_bind_text(st->handle, i, v->s, -1,
		    SQLITE_TRANSIENT));
	case REC_VALUE_NULL:
		break;
	}
	return db_bound(st, sqlite3_bind_null(st->handle, i));
}

int
db_step(struct db_stmt *st, char **cause)
{
	int rc;

	if (st->error != ISMS_OK) {
		status_fail(cause, st->error, st->error == ISMS_NOMEM ?
		    "%s: out of memory" : "%s: unknown statement parameter",
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

int
db_column_count(struct db_stmt *st)
{
	return sqlite3_column_count(st->handle);
}

void
db_column_value(struct db_stmt *st, int col, struct rec_value *out)
{
	memset(out, 0, sizeof *out);
	switch (sqlite3_column_type(st->handle, col)) {
	case SQLITE_INTEGER:
		out->type = REC_VALUE_INT;
		out->i = sqlite3_column_int64(st->handle, col);
		break;
	case SQLITE_FLOAT:
		out->type = REC_VALUE_REAL;
		out->r = sqlite3_column_double(st->handle, col);
		break;
	case SQLITE_NULL:
		out->type = REC_VALUE_NULL;
		break;
	default:                      /* text; a blob is read as text */
		out->type = REC_VALUE_TEXT;
		out->s = xstrdup(db_column_text(st, col));
		break;
	}
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
		snprintf(sql, sizeof sql, "ROLLBACK TO isms_%d; RELEASE "
		    "isms_%d;", db->depth - 1, db->depth - 1);
	sqlite3_exec(db->handle, sql, NULL, NULL, NULL);
	db->depth--;
}

int
db_depth(const struct db *db)
{
	return db->depth;
}

enum isms_status
db_query_int(struct db *db, const char *sql, int64_t *value, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc = db_prepare_cached(db, sql, &st, cause);

	*value = 0;
	if (rc != ISMS_OK)
		return rc;
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

enum isms_status
db_pragma_int(struct db *db, const char *pragma, int64_t *value,
              char **cause)
{
	char *sql = xasprintf("PRAGMA %s;", pragma);
	enum isms_status rc = db_query_int(db, sql, value, cause);

	free(sql);
	return rc;
}

int64_t
db_data_version(struct db *db)
{
	int64_t v = -1;

	db_pragma_int(db, "data_version", &v, NULL);
	return v;
}

int64_t
db_total_changes(struct db *db)
{
	return (int64_t)sqlite3_total_changes64(db->handle);
}

uint64_t
db_serial(const struct db *db)
{
	return db->serial;
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
