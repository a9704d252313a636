/*
 * schema.c - recognising, creating and migrating isms database files.
 *
 * Opening is two-phase: the file is first inspected on a read-only
 * connection, so a foreign, newer, damaged or (for writing) altered file
 * is refused without a single byte written; only then is it reopened for
 * writing.  What a file of each version should hold is built by running
 * the same migration steps in memory (schema_expected()) and compared with
 * the file by shape (schema_shape.h); on opening, that is needed only
 * when the file's schema is not exactly the one whose digest was recorded
 * when isms was built (schema_digest.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/chain.h"
#include "isms/db/schema.h"
#include "isms/db/schema_digest.h"
#include "isms/db/schema_shape.h"
#include "isms/db/store_risk.h"
#include "isms/util/xmalloc.h"

#include "schema_v1.sql.h"
#include "schema_v2.sql.h"
#include "schema_v3.sql.h"
#include "schema_v4.sql.h"
#include "schema_v5.sql.h"

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
	{ 3, schema_v3_sql, store_risk_v3, schema_v3_after_sql },
	{ 4, schema_v4_sql, NULL, NULL },
	{ 5, schema_v5_sql, NULL, NULL },
};

/* Tables every isms database of the current version has. */
static const char schema_core_sql[] =
	"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
	"('framework', 'requirement', 'isms', 'clause_status', 'soa_entry', "
	"'history');";
#define SCHEMA_CORE_TABLES 6

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

	rc = db_query_int(db, "SELECT count(*) FROM sqlite_schema;", &objects,
	    cause);
	if (rc != ISMS_OK)
		return schema_unreadable(db, rc, cause);
	if ((rc = db_pragma_int(db, "application_id", &appid,
	    cause)) != ISMS_OK)
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
	if (version < 1 && objects == 0)
		return ISMS_OK;                 /* created, not yet migrated */
	rc = db_query_int(db, schema_core_sql, &core, cause);
	if (rc != ISMS_OK)
		return schema_unreadable(db, rc, cause);
	/* isms never leaves tables in a file of version 0: its first
	 * migration sets the version with them. */
	if (core != SCHEMA_CORE_TABLES && version < 1)
		return status_fail(cause, ISMS_CORRUPT,
		    "%s: the database file is damaged (schema version 0, but "
		    "it holds tables, and not those of isms)", db_path(db));
	if (core != SCHEMA_CORE_TABLES)
		return status_fail(cause, ISMS_CORRUPT,
		    "%s: the database file is damaged (tables of schema "
		    "version %lld are missing)", db_path(db),
		    (long long)version);
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
	for (size_t i = 0; i < sizeof schema_steps / sizeof *schema_steps;
	    i++) {
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
			rc = db_query_int(db, "SELECT count(*) FROM "
			    "pragma_foreign_key_check;", &bad, cause);
		if (rc == ISMS_OK && bad != 0)
			rc = status_fail(cause, ISMS_CORRUPT,
			    "%s: migration to schema version %d broke %lld "
			    "references", db_path(db), step->version,
			    (long long)bad);
		if (rc == ISMS_OK)
			rc = db_commit(db, cause);
		else
			db_rollback(db);
		if (rc != ISMS_OK)
			return rc;
	}
	return ISMS_OK;
}

enum isms_status
schema_expected(int64_t version, struct db **out, char **cause)
{
	struct db *db;
	enum isms_status rc;

	*out = NULL;
	if (version < 0 || version > SCHEMA_VERSION)
		return status_fail(cause, ISMS_NEWER, "there is no schema "
		    "version %lld (this isms knows up to %d)",
		    (long long)version, SCHEMA_VERSION);
	if ((rc = db_open_memory(&db, cause)) != ISMS_OK)
		return rc;
	if ((rc = db_begin(db, cause)) == ISMS_OK) {
		for (size_t i = 0; rc == ISMS_OK &&
		    i < sizeof schema_steps / sizeof *schema_steps &&
		    schema_steps[i].version <= version; i++)
			rc = schema_apply(db, &schema_steps[i], cause);
		if (rc == ISMS_OK)
			rc = db_commit(db, cause);
		else
			db_rollback(db);
	}
	if (rc != ISMS_OK) {
		db_close(db);
		return rc;
	}
	*out = db;
	return ISMS_OK;
}

/* The shape a file of version should have. */
static enum isms_status
schema_expected_shape(int64_t version, struct schema_shape *out,
                      char **cause)
{
	struct db *mem;
	enum isms_status rc = schema_expected(version, &mem, cause);

	memset(out, 0, sizeof *out);
	if (rc == ISMS_OK)
		rc = schema_shape_read(mem, out, cause);
	db_close(mem);
	return rc;
}

static void
schema_say(void (*fn)(void *, const char *), void *ctx, const char *line)
{
	if (fn != NULL)
		fn(ctx, line);
}

/* A file of version 0 is one isms created and has not yet set up: it must
 * be empty.  Its tables are compared with the version they come closest
 * to; if they are all of it, its version was reset. */
static enum isms_status
schema_compare_unset(const struct schema_shape *have,
                     void (*fn)(void *, const char *), void *ctx, size_t *n,
                     char **cause)
{
	struct schema_shape want;
	size_t best_n = 0;
	int best = 0;
	enum isms_status rc;
	char *line;

	*n = 0;
	if (schema_shape_empty(have))
		return ISMS_OK;
	for (int v = SCHEMA_VERSION; v >= 1; v--) {
		size_t k;

		if ((rc = schema_expected_shape(v, &want, cause)) != ISMS_OK) {
			schema_shape_done(&want);
			return rc;
		}
		k = schema_shape_diff(&want, have, NULL, NULL);
		schema_shape_done(&want);
		if (best == 0 || k < best_n) {
			best = v;
			best_n = k;
		}
	}
	if (best_n == 0)
		line = xasprintf("schema version is 0 (PRAGMA user_version), "
		    "but the file holds the schema of version %d: its version "
		    "was reset outside isms", best);
	else
		line = xasprintf("schema version is 0 (PRAGMA user_version), "
		    "but the file holds tables, closest to those of version "
		    "%d:", best);
	schema_say(fn, ctx, line);
	free(line);
	*n = 1;
	if (best_n == 0)
		return ISMS_OK;
	if ((rc = schema_expected_shape(best, &want, cause)) == ISMS_OK)
		*n += schema_shape_diff(&want, have, fn, ctx);
	schema_shape_done(&want);
	return rc;
}

enum isms_status
schema_compare(struct db *db, void (*fn)(void *ctx, const char *problem),
               void *ctx, char **cause)
{
	struct schema_shape want = { 0 }, have = { 0 };
	int64_t version;
	size_t n = 0;
	enum isms_status rc = schema_version(db, &version, cause);

	if (rc == ISMS_OK)
		rc = schema_shape_read(db, &have, cause);
	if (rc == ISMS_OK && version == 0) {
		rc = schema_compare_unset(&have, fn, ctx, &n, cause);
	} else if (rc == ISMS_OK) {
		rc = schema_expected_shape(version, &want, cause);
		if (rc == ISMS_OK)
			n = schema_shape_diff(&want, &have, fn, ctx);
	}
	schema_shape_done(&want);
	schema_shape_done(&have);
	if (rc != ISMS_OK)
		return rc;
	return n == 0 ? ISMS_OK : ISMS_NEGATIVE;
}

/* Nothing is written to a file whose schema was altered outside isms: its
 * triggers may do what isms does not know, and a migration would build on
 * what is not there. */
static enum isms_status
schema_unaltered(struct db *db, char **cause)
{
	int64_t version;
	bool known = false;
	enum isms_status rc = schema_version(db, &version, cause);

	if (rc == ISMS_OK)
		rc = schema_digest_known(db, version, &known, cause);
	if (rc != ISMS_OK || known)
		return rc;
	rc = schema_compare(db, NULL, NULL, cause);
	if (rc == ISMS_NEGATIVE)
		return status_fail(cause, ISMS_ALTERED, "%s: the database "
		    "schema was altered outside isms (isms db check lists "
		    "how); nothing can be changed", db_path(db));
	return rc;
}

/*
 * Check the file on the connection that will use it, before anything is
 * written: that it is an isms database this isms can open and, for
 * writing, that its schema is unaltered.  Its version into *version.
 * Reads only (a hot journal of another program's file aside, which any
 * SQLite connection rolls back): the WAL mode and the migrations come
 * after.
 */
static enum isms_status
schema_vet(struct db *db, bool writing, int64_t *version, char **cause)
{
	enum isms_status rc = schema_check(db, cause);

	if (rc == ISMS_OK && writing)
		rc = schema_unaltered(db, cause);
	if (rc == ISMS_OK)
		rc = schema_version(db, version, cause);
	return rc;
}

/* Why a group database of an older schema is not migrated on opening. */
static char *
schema_group_waits(const char *path, int64_t version)
{
	return xasprintf("%s is a group database of schema version %lld, "
	    "read-only until a member runs 'isms db upgrade' (after 'isms db "
	    "backup FILE')", path, (long long)version);
}

/*
 * The rule for group databases: others may have the file open with an
 * older isms, so it is migrated only when a member asks (DB_OPEN_UPGRADE).
 * Until then a connection for writing fails, or with DB_OPEN_FALLBACK
 * becomes read-only; *why says so (and is also the note for readers).
 */
static enum isms_status
schema_group_rule(const char *path, int64_t version, int *flags,
                  char **why, char **cause)
{
	if (*flags & (DB_OPEN_READONLY | DB_OPEN_FALLBACK)) {
		*why = schema_group_waits(path, version);
		*flags |= DB_OPEN_READONLY;
		return ISMS_OK;
	}
	return status_fail(cause, ISMS_READONLY, "%s: cannot be changed: a "
	    "group database of schema version %lld is migrated to version %d "
	    "only by 'isms db upgrade', which a member runs after 'isms db "
	    "backup FILE'", path, (long long)version, SCHEMA_VERSION);
}

/* A connection for writing made ready: WAL, then the migrations up to
 * the current version when the file (version) is older or new. */
static enum isms_status
schema_ready(struct db *db, int64_t version, char **cause)
{
	enum isms_status rc = db_configure_writer(db, cause);

	if (rc != ISMS_OK || version == SCHEMA_VERSION)
		return rc;
	if ((rc = schema_migrate(db, cause)) == ISMS_OK)
		rc = schema_check(db, cause);
	return rc;
}

/* schema_open(), the version the file had before into *from. */
static enum isms_status
schema_open_from(const char *path, int flags, struct db **out,
                 int64_t *from, char **cause)
{
	struct db *db = NULL;
	int64_t version = 0;
	char *why = NULL;
	enum isms_status rc;

	*out = NULL;
	*from = 0;
	if ((rc = db_open(path, flags, &db, cause)) != ISMS_OK)
		return rc;
	if (!(flags & DB_OPEN_CREATE))
		rc = schema_vet(db, !(flags & DB_OPEN_READONLY), &version,
		    cause);
	*from = version;
	if (rc == ISMS_OK && db_group(db) && version < SCHEMA_VERSION &&
	    !(flags & DB_OPEN_UPGRADE) && !(flags & DB_OPEN_CREATE)) {
		rc = schema_group_rule(path, version, &flags, &why, cause);
		/* a reader after all: on a connection that cannot write */
		if (rc == ISMS_OK && !db_readonly(db)) {
			db_close(db);
			rc = db_open(path, flags, &db, cause);
		}
		if (rc == ISMS_OK)
			db_set_readonly_why(db, why);
		else
			free(why);
	}
	if (rc == ISMS_OK && !db_readonly(db))
		rc = schema_ready(db, version, cause);
	if (rc == ISMS_OK && (rc = schema_version(db, &version, cause)) ==
	    ISMS_OK)
		db_set_schema(db, (int)version);
	if (rc != ISMS_OK) {
		db_close(db);         /* which removes a staged file */
		if ((flags & DB_OPEN_CREATE) && !(flags & DB_OPEN_STAGED))
			db_remove_files(path);
		return rc;
	}
	*out = db;
	return ISMS_OK;
}

enum isms_status
schema_open(const char *path, int flags, struct db **out, char **cause)
{
	int64_t from;

	return schema_open_from(path, flags, out, &from, cause);
}

enum isms_status
schema_upgrade(const char *path, int64_t *from, char **cause)
{
	struct db *db;
	enum isms_status rc = schema_open_from(path, DB_OPEN_UPGRADE, &db,
	    from, cause);

	if (rc == ISMS_OK)
		db_close(db);
	return rc;
}
