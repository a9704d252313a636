/*
 * schema.c - recognising, creating and migrating isms database files.
 *
 * Opening is two-phase: the file is first inspected on a read-only
 * connection, so a foreign, newer or damaged file is refused without a
 * single byte written; only then is it reopened for writing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/chain.h"
#include "isms/db/schema.h"
#include "isms/util/xmalloc.h"

#include "schema_v1.sql.h"
#include "schema_v2.sql.h"

/* One migration: SQL, then (optionally) code over the rows, then more
 * SQL, in one transaction. */
struct schema_step {
	int version;
	const char *sql;
	enum isms_status (*code)(struct db *db, char **cause);
	const char *sql_after;
};

static const struct schema_step schema_steps[] = {
	{ 1, schema_v1_sql, NULL, NULL },
	{ 2, schema_v2_sql, chain_build, schema_v2_after_sql },
};

/* Tables every isms database of the current version has. */
static const char schema_core_sql[] =
	"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
	"('framework', 'requirement', 'isms', 'clause_status', 'soa_entry', "
	"'history');";
#define SCHEMA_CORE_TABLES 6

static enum isms_status
schema_count(struct db *db, const char *sql, int64_t *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc = db_prepare(db, sql, &st, cause);

	if (rc != ISMS_OK)
		return rc;
	*n = 0;
	if (db_step(st, cause) == DB_ROW)
		*n = db_column_int(st, 0);
	else
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}

enum isms_status
schema_version(struct db *db, int64_t *version, char **cause)
{
	return db_pragma_int(db, "user_version", version, cause);
}

/* Explain why a file the SQLite library cannot read is refused. */
static enum isms_status
schema_unreadable(struct db *db, enum isms_status rc, char **cause)
{
	if (rc == ISMS_NOT_ISMS)
		return status_fail(cause, ISMS_NOT_ISMS,
		    "%s: not an isms database (not an SQLite database file)",
		    db_path(db));
	if (rc == ISMS_CORRUPT)
		return status_fail(cause, ISMS_CORRUPT,
		    "%s: the database file is corrupt; restore it from a "
		    "backup (isms db check tells more)", db_path(db));
	return rc;
}

enum isms_status
schema_check(struct db *db, char **cause)
{
	int64_t objects, appid, version, core;
	enum isms_status rc;

	rc = schema_count(db, "SELECT count(*) FROM sqlite_schema;", &objects,
	    cause);
	if (rc != ISMS_OK)
		return schema_unreadable(db, rc, cause);
	if ((rc = db_pragma_int(db, "application_id", &appid, cause)) != ISMS_OK)
		return rc;
	if ((rc = schema_version(db, &version, cause)) != ISMS_OK)
		return rc;
	if (appid != SCHEMA_APPLICATION_ID && objects == 0)
		return status_fail(cause, ISMS_NOT_ISMS,
		    "%s: not an isms database (an empty file)", db_path(db));
	if (appid == 0)
		return status_fail(cause, ISMS_NOT_ISMS,
		    "%s: not an isms database (an SQLite database of another "
		    "program)", db_path(db));
	if (appid != SCHEMA_APPLICATION_ID)
		return status_fail(cause, ISMS_NOT_ISMS,
		    "%s: not an isms database (an SQLite database of another "
		    "program, application id %lld)", db_path(db),
		    (long long)appid);
	if (version > SCHEMA_VERSION)
		return status_fail(cause, ISMS_NEWER,
		    "%s: written by a newer isms (schema version %lld; this "
		    "isms knows up to %d); upgrade isms to open it",
		    db_path(db), (long long)version, SCHEMA_VERSION);
	if (version < 1)
		return ISMS_OK;                 /* created, not yet migrated */
	rc = schema_count(db, schema_core_sql, &core, cause);
	if (rc != ISMS_OK)
		return schema_unreadable(db, rc, cause);
	if (core != SCHEMA_CORE_TABLES)
		return status_fail(cause, ISMS_CORRUPT,
		    "%s: the database file is damaged (tables of schema "
		    "version %lld are missing)", db_path(db), (long long)version);
	return ISMS_OK;
}

static enum isms_status
schema_apply(struct db *db, const struct schema_step *step, char **cause)
{
	char pragmas[96];
	enum isms_status rc;

	if ((rc = db_exec(db, step->sql, cause)) != ISMS_OK)
		return rc;
	if (step->code != NULL && (rc = step->code(db, cause)) != ISMS_OK)
		return rc;
	if (step->sql_after != NULL &&
	    (rc = db_exec(db, step->sql_after, cause)) != ISMS_OK)
		return rc;
	snprintf(pragmas, sizeof pragmas,
	    "PRAGMA application_id = %d; PRAGMA user_version = %d;",
	    SCHEMA_APPLICATION_ID, step->version);
	return db_exec(db, pragmas, cause);
}

enum isms_status
schema_migrate(struct db *db, char **cause)
{
	for (size_t i = 0; i < sizeof schema_steps / sizeof *schema_steps; i++) {
		const struct schema_step *step = &schema_steps[i];
		int64_t version, bad = 0;
		bool apply;
		enum isms_status rc;

		if ((rc = db_begin(db, cause)) != ISMS_OK)
			return rc;
		/* Re-read inside the write lock: another process may have
		 * migrated the file meanwhile. */
		rc = schema_version(db, &version, cause);
		apply = rc == ISMS_OK && version < step->version;
		if (apply)
			rc = schema_apply(db, step, cause);
		/* checking references scans every table: only after a step */
		if (rc == ISMS_OK && apply)
			rc = schema_count(db, "SELECT count(*) FROM "
			    "pragma_foreign_key_check;", &bad, cause);
		if (rc == ISMS_OK && bad != 0)
			rc = status_fail(cause, ISMS_CORRUPT, "%s: migration to "
			    "schema version %d broke %lld references",
			    db_path(db), step->version, (long long)bad);
		if (rc == ISMS_OK)
			rc = db_commit(db, cause);
		else
			db_rollback(db);
		if (rc != ISMS_OK)
			return rc;
	}
	return ISMS_OK;
}

static enum isms_status
schema_inspect(const char *path, char **cause)
{
	struct db *db;
	enum isms_status rc = db_open(path, DB_OPEN_READONLY, &db, cause);

	if (rc == ISMS_OK)
		rc = schema_check(db, cause);
	db_close(db);
	return rc;
}

enum isms_status
schema_open(const char *path, int flags, struct db **out, char **cause)
{
	struct db *db = NULL;
	enum isms_status rc;

	*out = NULL;
	if (!(flags & DB_OPEN_CREATE) &&
	    (rc = schema_inspect(path, cause)) != ISMS_OK)
		return rc;
	if ((rc = db_open(path, flags, &db, cause)) != ISMS_OK)
		return rc;
	if (!(flags & DB_OPEN_READONLY)) {
		rc = db_configure_writer(db, cause);
		if (rc == ISMS_OK)
			rc = schema_migrate(db, cause);
	}
	if (rc == ISMS_OK)
		rc = schema_check(db, cause);
	if (rc != ISMS_OK) {
		db_close(db);         /* which removes a staged file */
		if ((flags & DB_OPEN_CREATE) && !(flags & DB_OPEN_STAGED))
			db_remove_files(path);
		return rc;
	}
	*out = db;
	return ISMS_OK;
}
