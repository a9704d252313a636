/*
 * backup.c - `isms db backup`: a copy of a live database that exists
 * complete under its name or not at all.
 *
 * VACUUM INTO writes the copy in one read transaction, so writers going
 * on meanwhile neither restart it (the backup API restarts on every
 * commit by another connection, and never finished under a steady trickle
 * of writes) nor show in it; a progress handler bounds its time.  The
 * copy goes to a temporary file beside the target, is checked like
 * `isms db check` does, flushed to disk, and renamed into place without
 * replacing anything.  A kill or a crash leaves at most the temporary
 * file (removed on signals and aborts, cleanup.h), never a half copy
 * under the final name.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "db_int.h"
#include "isms/db/chain.h"
#include "isms/db/dbfile.h"
#include "isms/util/cleanup.h"
#include "isms/util/fsatomic.h"
#include "isms/util/fsutil.h"
#include "isms/util/xmalloc.h"

static int backup_limit_ms = DB_BACKUP_LIMIT_MS;

void
db_backup_set_limit(int ms)
{
	backup_limit_ms = ms > 0 ? ms : DB_BACKUP_LIMIT_MS;
}

static double
backup_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Progress handler: non-zero (interrupt) once the deadline has passed. */
static int
backup_overdue(void *ctx)
{
	return backup_now() > *(const double *)ctx;
}

/* Prefix the message in *cause with name: "copy.db: isms.db: ...". */
static enum isms_status
backup_about(const char *name, enum isms_status rc, char **cause)
{
	if (cause != NULL && *cause != NULL) {
		char *was = *cause;

		*cause = xasprintf("%s: %s", name, was);
		free(was);
	}
	return rc;
}

/* VACUUM INTO tmp, within the time limit. */
static enum isms_status
backup_copy(struct db *db, const char *tmp, const char *name, char **cause)
{
	double deadline = backup_now() + backup_limit_ms / 1000.0;
	sqlite3 *h = db_handle(db);
	sqlite3_stmt *st = NULL;
	enum isms_status status = ISMS_OK;
	int rc;

	if (db_depth(db) != 0)
		return status_fail(cause, ISMS_DB, "%s: cannot copy inside a "
		    "transaction", name);
	rc = sqlite3_prepare_v2(h, "VACUUM INTO ?1;", -1, &st, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_bind_text(st, 1, tmp, -1, SQLITE_TRANSIENT);
	if (rc == SQLITE_OK) {
		/* query_only (a reading connection, db.c) refuses VACUUM
		 * even INTO another file, which leaves this one untouched. */
		sqlite3_exec(h, "PRAGMA query_only = OFF;", NULL, NULL, NULL);
		sqlite3_progress_handler(h, 1000, backup_overdue, &deadline);
		rc = sqlite3_step(st);
		sqlite3_progress_handler(h, 0, NULL, NULL);
		if (db_readonly(db))
			sqlite3_exec(h, "PRAGMA query_only = ON;", NULL, NULL,
			    NULL);
	}
	if (rc != SQLITE_DONE && (rc & 0xFF) == SQLITE_INTERRUPT)
		status = status_fail(cause, ISMS_BUSY, "%s: the copy took "
		    "longer than %d seconds and was abandoned; nothing was "
		    "written", name, backup_limit_ms / 1000);
	else if (rc != SQLITE_DONE)
		status = backup_about(name, db_error(db, rc, cause), cause);
	sqlite3_finalize(st);
	return status;
}

static void
backup_problem(void *ctx, const char *problem)
{
	char **first = ctx;

	if (*first == NULL)
		*first = xstrdup(problem);
}

/* Whether the copy holds a history chain (schema version 2 and later). */
static enum isms_status
backup_has_chain(struct db *copy, bool *has, char **cause)
{
	int64_t n;
	enum isms_status rc = db_query_int(copy, "SELECT count(*) FROM "
	    "sqlite_schema WHERE type = 'table' AND name = 'history_head';",
	    &n, cause);

	*has = n > 0;
	return rc;
}

/* Check the copy as `isms db check` would: integrity, references, and
 * the history chain. */
static enum isms_status
backup_verify(const char *tmp, const char *name, char **cause)
{
	struct chain_report r;
	struct db *copy = NULL;
	char *first = NULL;
	bool chained = false;
	enum isms_status rc;

	memset(&r, 0, sizeof r);
	rc = db_open(tmp, DB_OPEN_READONLY, &copy, cause);
	if (rc == ISMS_OK)
		rc = db_integrity(copy, backup_problem, &first, cause);
	if (rc == ISMS_NEGATIVE)
		rc = status_fail(cause, ISMS_CORRUPT, "%s: the copy does not "
		    "pass the integrity check (%s); nothing was written (isms "
		    "db check tells whether the database itself is damaged)",
		    name, first);
	if (rc == ISMS_OK)
		rc = backup_has_chain(copy, &chained, cause);
	if (rc == ISMS_OK && chained)
		rc = chain_verify(copy, NULL, &r, cause);
	if (rc == ISMS_NEGATIVE)
		rc = status_fail(cause, ISMS_CORRUPT, "%s: the history of the "
		    "copy is broken at row %lld (%s); nothing was written "
		    "(isms verify tells whether the database itself is)", name,
		    (long long)r.bad_seq, r.why != NULL ? r.why : "");
	else if (rc != ISMS_OK)
		backup_about(name, rc, cause);
	chain_report_done(&r);
	free(first);
	db_close(copy);
	return rc;
}

/* Flush the copy and give it its name, never replacing a file. */
static enum isms_status
backup_publish(const char *tmp, const struct dbfile *f, char **cause)
{
	int e;

	if (fs_sync_file(tmp) != 0) {
		e = errno;
		return status_fail(cause, fs_errno_status(e), "%s: %s; nothing "
		    "was written", f->given, strerror(e));
	}
	if (fs_rename_noreplace(tmp, f->abs) != 0) {
		e = errno;
		if (e == EEXIST)
			return status_fail(cause, ISMS_EXISTS, "%s: already "
			    "exists", f->given);
		return status_fail(cause, fs_errno_status(e), "%s: %s; nothing "
		    "was written", f->given, strerror(e));
	}
	fs_sync_dir(f->dir);
	return ISMS_OK;
}

enum isms_status
db_backup(struct db *db, const char *dest, char **cause)
{
	struct dbfile f;
	char *tmp = NULL;
	bool group;
	enum isms_status rc;

	rc = dbfile_resolve(dest, true, &f, cause);
	/* db_open()'s refusals: a directory others may write, files planted */
	if (rc == ISMS_OK)
		rc = dbfile_screen(&f, &group, cause);
	/* a copy is private, wherever it is made */
	if (rc == ISMS_OK)
		rc = dbfile_create_temp(&f, false, "backup", &tmp, cause);
	if (rc == ISMS_OK)
		rc = backup_copy(db, tmp, f.given, cause);
	if (rc == ISMS_OK)
		rc = backup_verify(tmp, f.given, cause);
	if (rc == ISMS_OK)
		rc = backup_publish(tmp, &f, cause);
	if (tmp != NULL) {
		if (rc != ISMS_OK)
			db_remove_files(tmp);
		cleanup_drop(tmp);
		free(tmp);
	}
	dbfile_done(&f);
	return rc;
}
