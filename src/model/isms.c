/*
 * isms.c - an open ISMS: opening the database, its organisation and scope,
 * and the checks and backups of the whole file.  Creating one from the
 * catalogs is create.c.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/db/chain.h"
#include "isms/db/schema.h"
#include "isms/db/store_risk.h"
#include "isms/db/store_isms.h"
#include "isms/model/isms.h"
#include "isms_db.h"
#include "isms/util/date.h"
#include "isms/util/textrule.h"
#include "isms/util/user.h"
#include "isms/util/xmalloc.h"

struct isms {
	struct db *db;
	struct isms_info info;
	char *path;
	char *refusal;                /* why it may not be written; NULL */
	int64_t data_version;         /* as last seen by isms_poll() */
	bool upgrade_pending;         /* an older group database */
	int64_t schema;               /* the file's schema version */
};

void
isms_author(struct row_author *a, char at[21])
{
	date_now_utc(at);
	a->who = user_login();
	a->at = at;
}

enum isms_status
isms_adopt(struct db *db, const char *path, struct isms **out, char **cause)
{
	struct isms *m = xcalloc(1, sizeof *m);
	enum isms_status rc = store_isms_get(db, &m->info, cause);

	if (rc != ISMS_OK) {
		isms_info_done(&m->info);
		free(m);
		db_close(db);
		return rc;
	}
	m->db = db;
	m->path = xstrdup(path);
	*out = m;
	return ISMS_OK;
}

/* Hand the message why to the caller as its *cause (or drop it). */
static enum isms_status
isms_pass(enum isms_status rc, char *why, char **cause)
{
	if (cause != NULL) {
		free(*cause);
		*cause = why;
	} else {
		free(why);
	}
	return rc;
}

enum isms_status
isms_open_as(const char *path, enum isms_open_mode mode, struct isms **out,
             char **cause)
{
	static const int flags[] = {
		[ISMS_OPEN_READ] = DB_OPEN_READONLY,
		[ISMS_OPEN_WRITE] = 0,
		[ISMS_OPEN_AUTO] = DB_OPEN_FALLBACK,
	};
	struct db *db;
	int64_t version = SCHEMA_VERSION;
	char *why = NULL;
	enum isms_status rc;

	*out = NULL;
	rc = schema_open(path, flags[mode], &db, &why);
	if (rc == ISMS_ALTERED) {
		/* Reads keep working; every write is refused, saying why. */
		rc = schema_open(path, DB_OPEN_READONLY, &db, cause);
		if (rc == ISMS_OK &&
		    (rc = isms_adopt(db, path, out, cause)) == ISMS_OK) {
			(*out)->refusal = why;
			return ISMS_OK;
		}
		free(why);
		return rc;
	}
	if (rc == ISMS_NOT_FOUND) {
		free(why);
		return status_fail(cause, rc, "%s: no such database; create "
		    "one with 'isms --db %s init'", path, path);
	}
	if (rc != ISMS_OK)
		return isms_pass(rc, why, cause);
	/* a file opened read-only is not migrated: it may be older */
	if ((rc = schema_version(db, &version, cause)) != ISMS_OK) {
		db_close(db);
		return rc;
	}
	if ((rc = isms_adopt(db, path, out, cause)) == ISMS_OK) {
		(*out)->upgrade_pending = db_group(db) &&
		    version < SCHEMA_VERSION;
		(*out)->schema = version;
	}
	return rc;
}

int64_t
isms_schema(const struct isms *m)
{
	return m->schema != 0 ? m->schema : SCHEMA_VERSION;
}

enum isms_status
isms_require_schema(struct isms *m, int64_t version, const char *what,
                    char **cause)
{
	if (isms_schema(m) >= version)
		return ISMS_OK;
	return status_fail(cause, ISMS_READONLY, "%s: %s need schema version "
	    "%lld, and this file is of version %lld; a writer upgrades it "
	    "(isms db upgrade)", m->path, what, (long long)version,
	    (long long)isms_schema(m));
}

enum isms_status
isms_open(const char *path, bool readonly, struct isms **out, char **cause)
{
	return isms_open_as(path, readonly ? ISMS_OPEN_READ : ISMS_OPEN_WRITE,
	    out, cause);
}

void
isms_close(struct isms *m)
{
	if (m == NULL)
		return;
	db_close(m->db);
	isms_info_done(&m->info);
	free(m->path);
	free(m->refusal);
	free(m);
}

const struct isms_info *
isms_info(const struct isms *m)
{
	return &m->info;
}

bool
isms_readonly(const struct isms *m)
{
	return db_readonly(m->db);
}

bool
isms_snapshot(const struct isms *m)
{
	return db_snapshot(m->db);
}

const char *
isms_readonly_why(const struct isms *m)
{
	return db_readonly_why(m->db);
}

bool
isms_group(const struct isms *m)
{
	return db_group(m->db);
}

bool
isms_upgrade_pending(const struct isms *m)
{
	return m->upgrade_pending;
}

const char *
isms_path(const struct isms *m)
{
	return m->path;
}

enum isms_status
isms_require_writable(struct isms *m, char **cause)
{
	if (m->refusal != NULL)
		return status_fail(cause, ISMS_READONLY, "%s", m->refusal);
	if (!db_readonly(m->db))
		return ISMS_OK;
	if (db_snapshot(m->db))
		return status_fail(cause, ISMS_READONLY, "%s: %s; nothing can "
		    "be changed", m->path, ISMS_SNAPSHOT_NOTE);
	if (db_readonly_why(m->db) != NULL)
		return status_fail(cause, ISMS_READONLY, "read-only: %s; "
		    "nothing can be changed", db_readonly_why(m->db));
	return status_fail(cause, ISMS_READONLY, "%s: opened read-only; "
	    "nothing can be changed", m->path);
}

static enum isms_status isms_reload(struct isms *m, char **cause);

enum isms_status
isms_refresh(struct isms *m, char **cause)
{
	return isms_reload(m, cause);
}

void
isms_set_interrupt(struct isms *m, bool (*fn)(void *ctx), void *ctx)
{
	db_set_interrupt(m->db, fn, ctx);
}

bool
isms_poll(struct isms *m)
{
	int64_t v;
	bool changed;

	if (db_snapshot(m->db))
		return false;             /* an immutable file has no news */
	v = db_data_version(m->db);
	changed = m->data_version != 0 && v != m->data_version;

	m->data_version = v;
	if (changed) {
		char *cause = NULL;

		if (isms_reload(m, &cause) != ISMS_OK)
			free(cause);      /* the old info stays; next poll
					     retries */
	}
	return changed;
}

struct db *
isms_db(struct isms *m)
{
	return m->db;
}

static enum isms_status
isms_reload(struct isms *m, char **cause)
{
	struct isms_info fresh = { 0 };
	enum isms_status rc = store_isms_get(m->db, &fresh, cause);

	if (rc != ISMS_OK) {
		isms_info_done(&fresh);
		return rc;
	}
	isms_info_done(&m->info);
	m->info = fresh;
	return ISMS_OK;
}

/* Check org and scope against the stored info and plan them. */
static enum isms_status
isms_plan(const struct isms_info *cur, const char *org, const char *scope,
          struct row_change *ch, size_t *n, char **cause)
{
	enum isms_status rc;

	*n = 0;
	if (org != NULL && (rc = isms_text_change(NULL, "organisation", org,
	    cur->org, true, cause)) != ISMS_OK)
		return rc;
	if (scope != NULL && (rc = isms_text_change(NULL, "scope", scope,
	    cur->scope, false, cause)) != ISMS_OK)
		return rc;
	if (org != NULL)
		ch[(*n)++] = (struct row_change){ ISMS_ORG, org };
	if (scope != NULL)
		ch[(*n)++] = (struct row_change){ ISMS_SCOPE, scope };
	return ISMS_OK;
}

enum isms_status
isms_set(struct isms *m, const char *org, const char *scope,
         int64_t expected_rev, char **cause)
{
	struct row_change changes[2];
	struct row_author author;
	size_t n = 0;
	char at[21];
	enum isms_status rc;

	if ((rc = isms_require_writable(m, cause)) != ISMS_OK)
		return rc;
	if ((rc = db_begin(m->db, cause)) != ISMS_OK)
		return rc;
	/* Read, check and write under one write lock. */
	rc = isms_reload(m, cause);
	if (rc == ISMS_OK)
		rc = isms_plan(&m->info, org, scope, changes, &n, cause);
	if (rc == ISMS_OK) {
		isms_author(&author, at);
		rc = row_update(m->db, &rec_isms, m->info.row_id,
		    "isms", expected_rev >= 0 ? expected_rev : m->info.rev,
		    changes, n, &author, NULL, cause);
	}
	if (rc == ISMS_OK)
		rc = db_commit(m->db, cause);
	else
		db_rollback(m->db);
	if (rc == ISMS_OK)
		rc = isms_reload(m, cause);
	return rc;
}

/* The history chain as part of the check (files of schema version 2).
 * When the schema was found altered, a chain that cannot even be read is
 * one more problem, not a failure of the check. */
static enum isms_status
isms_check_chain(struct isms *m, void (*fn)(void *ctx, const char *problem),
                 void *ctx, enum isms_status rc, bool altered, char **cause)
{
	struct chain_report r;
	int64_t version = 0;
	enum isms_status vr;
	char *line = NULL, *why = NULL;

	if (schema_version(m->db, &version, NULL) != ISMS_OK || version < 2)
		return rc;
	vr = chain_verify(m->db, NULL, &r, &why);
	if (vr == ISMS_NEGATIVE)
		line = xasprintf("history: broken at row %lld: %s",
		    (long long)r.bad_seq, r.why);
	else if (vr != ISMS_OK && altered)
		line = xasprintf("history: cannot be verified: %s",
		    why != NULL ? why : isms_status_str(vr));
	chain_report_done(&r);
	if (line != NULL) {
		fn(ctx, line);
		free(line);
		free(why);
		return ISMS_NEGATIVE;
	}
	if (vr != ISMS_OK)
		return isms_pass(vr, why, cause);
	return rc;
}

/* What the db layer derives and stores (files of schema version 3): in
 * step with what it is derived from, unless the file was changed outside
 * isms. */
static enum isms_status
isms_check_derived(struct isms *m, void (*fn)(void *ctx, const char *problem),
                   void *ctx, enum isms_status rc, char **cause)
{
	size_t text = 0, ranks = 0, counts = 0, total = 0;
	int64_t version = 0;
	enum isms_status dr;
	char *line;

	if (schema_version(m->db, &version, NULL) != ISMS_OK || version < 3)
		return rc;
	dr = store_risk_derived_check(m->db, &text, &ranks, &counts, &total,
	    cause);
	if (dr != ISMS_OK)
		return dr;
	if (text > 0) {
		line = xasprintf("risks: the text index of the filter is out "
		    "of step with %zu risk%s (changed outside isms: the filter "
		    "and the / search may miss them until they are changed in "
		    "isms)", text, text == 1 ? "" : "s");
		fn(ctx, line);
		free(line);
	}
	if (ranks > 0) {
		line = xasprintf("risks: the stored levels of %zu risk%s are "
		    "not those of their scores (changed outside isms)", ranks,
		    ranks == 1 ? "" : "s");
		fn(ctx, line);
		free(line);
	}
	if (counts > 0) {
		line = xasprintf("soa: %zu count%s of linked risks %s not the "
		    "links (changed outside isms)", counts, counts == 1 ? "" :
		    "s", counts == 1 ? "is" : "are");
		fn(ctx, line);
		free(line);
	}
	if (total > 0)
		fn(ctx, "risks: the stored number of risks is not the number "
		    "there are (changed outside isms; the Risks tab counts "
		    "by it)");
	return text + ranks + counts + total > 0 ? ISMS_NEGATIVE : rc;
}

/* Identity and version, then the schema by structure. */
static enum isms_status
isms_check_schema(struct isms *m, void (*fn)(void *ctx, const char *problem),
                  void *ctx, bool *altered, char **cause)
{
	char *why = NULL;
	enum isms_status rc;

	*altered = false;
	if (schema_check(m->db, &why) != ISMS_OK) {
		fn(ctx, why);
		free(why);
		*altered = true;
		return ISMS_NEGATIVE;
	}
	rc = schema_compare(m->db, fn, ctx, cause);
	*altered = rc == ISMS_NEGATIVE;
	return rc;
}

enum isms_status
isms_check(struct isms *m, void (*fn)(void *ctx, const char *problem),
           void *ctx, char **cause)
{
	enum isms_status rc = db_integrity(m->db, fn, ctx, cause), sr;
	bool altered = false;

	if (rc != ISMS_OK && rc != ISMS_NEGATIVE)
		return rc;
	sr = isms_check_schema(m, fn, ctx, &altered, cause);
	if (sr != ISMS_OK && sr != ISMS_NEGATIVE)
		return sr;
	if (sr == ISMS_NEGATIVE)
		rc = ISMS_NEGATIVE;
	if (!altered && (rc = isms_check_derived(m, fn, ctx, rc, cause)) !=
	    ISMS_OK && rc != ISMS_NEGATIVE)
		return rc;
	return isms_check_chain(m, fn, ctx, rc, altered, cause);
}

enum isms_status
isms_backup(struct isms *m, const char *dest, char **cause)
{
	return db_backup(m->db, dest, cause);
}

void
isms_allow_network_fs(bool allow)
{
	db_allow_network_fs(allow);
}

char *
isms_default_path(void)
{
	const char *env = getenv("ISMS_DB");
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");

	if (env != NULL && env[0] != '\0')
		return xstrdup(env);
	if (xdg != NULL && xdg[0] == '/')
		return xasprintf("%s/isms/isms.db", xdg);
	if (home != NULL && home[0] == '/')
		return xasprintf("%s/.local/share/isms/isms.db", home);
	return NULL;
}

enum isms_status
isms_text_check(const char *key, const char *field, const char *value,
                bool single_line, char **cause)
{
	struct textrule_fault f;
	enum isms_status rc;
	char *why;

	if (textrule_check(value, single_line ? TEXTRULE_LINE : TEXTRULE_LINES,
	    &f))
		return ISMS_OK;
	why = textrule_describe(&f);
	if (key == NULL)
		rc = status_fail(cause, ISMS_INVALID, "%s: %s", field, why);
	else
		rc = status_fail(cause, ISMS_INVALID, "%s: %s: %s", key, field,
		    why);
	free(why);
	return rc;
}

enum isms_status
isms_text_change(const char *key, const char *field, const char *value,
                 const char *stored, bool single_line, char **cause)
{
	if (stored != NULL && strcmp(value, stored) == 0)
		return ISMS_OK;           /* unchanged: an old value may stay */
	return isms_text_check(key, field, value, single_line, cause);
}
