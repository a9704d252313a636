/*
 * isms.c - creating and opening an ISMS database, its organisation and
 * scope, and the checks and backups of the whole file.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/catalog/path.h"
#include "isms/db/schema.h"
#include "isms/model/isms.h"
#include "isms/util/buf.h"
#include "isms/util/date.h"
#include "isms/util/fsutil.h"
#include "isms/util/user.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

struct isms {
	struct db *db;
	struct isms_info info;
	char *path;
};

/* The catalogs an ISMS is created from, loaded and validated. */
struct isms_catalogs {
	struct catalog *framework;
	struct catalog *documents;    /* may stay NULL */
	struct catalog *matrix;
};

void
isms_author(struct row_author *a, char at[21])
{
	date_now_utc(at);
	a->who = user_login();
	a->at = at;
}

static enum isms_status
isms_diags_fail(struct diag_list *dl, char **cause)
{
	struct buf b;

	buf_init(&b);
	diag_sort(dl);
	for (size_t i = 0; i < dl->count; i++) {
		char *line = diag_format(&dl->items[i]);

		if (i > 0)
			buf_addc(&b, '\n');
		buf_adds(&b, line);
		free(line);
	}
	if (cause != NULL) {
		free(*cause);
		*cause = buf_take(&b);
	}
	buf_done(&b);
	return ISMS_CATALOG;
}

static char *
isms_available(const struct catalog_index *idx, enum catalog_kind kind)
{
	struct buf b;

	buf_init(&b);
	for (size_t i = 0; i < idx->count; i++) {
		if (idx->entries[i].kind != kind)
			continue;
		if (b.len > 0)
			buf_adds(&b, ", ");
		buf_adds(&b, idx->entries[i].id);
	}
	if (b.len == 0)
		buf_adds(&b, "none; is ISMS_CATALOG_PATH or the installation "
		    "incomplete?");
	return buf_take(&b);
}

static enum isms_status
isms_load_one(const struct catalog_index *idx, const char *id,
              enum catalog_kind kind, struct catalog **out, char **cause)
{
	const struct catalog_entry *e = catalog_index_find(idx, id, (int)kind);
	struct diag_list dl;
	enum isms_status rc;

	if (e == NULL) {
		char *avail = isms_available(idx, kind);

		rc = status_fail(cause, ISMS_NOT_FOUND, "%s: no such %s catalog "
		    "(available: %s)", id, catalog_kind_name(kind), avail);
		free(avail);
		return rc;
	}
	diag_list_init(&dl);
	rc = catalog_load(e->path, out, &dl);
	if (rc != ISMS_OK)
		rc = isms_diags_fail(&dl, cause);
	diag_list_done(&dl);
	return rc;
}

/* Load the first valid document list in the index that refers to
 * framework_id into *out; *out stays NULL when there is none. */
static void
isms_documents_for(const struct catalog_index *idx, const char *framework_id,
                   struct catalog **out)
{
	for (size_t i = 0; i < idx->count && *out == NULL; i++) {
		const struct catalog_entry *e = &idx->entries[i];
		struct catalog *c = NULL;
		struct diag_list dl;

		if (e->kind != CATALOG_DOCUMENTS)
			continue;
		diag_list_init(&dl);
		if (catalog_load(e->path, &c, &dl) == ISMS_OK &&
		    strcmp(c->u.documents.framework, framework_id) == 0)
			*out = c;
		else
			catalog_free(c);
		diag_list_done(&dl);
	}
}

static void
isms_catalogs_done(struct isms_catalogs *c)
{
	catalog_free(c->framework);
	catalog_free(c->documents);
	catalog_free(c->matrix);
}

static enum isms_status
isms_catalogs_load(const struct isms_init *init, struct isms_catalogs *c,
                   char **cause)
{
	struct catalog_dirs dirs;
	struct catalog_index idx;
	const char *fw = init->framework ? init->framework :
	    ISMS_DEFAULT_FRAMEWORK;
	enum isms_status rc;

	memset(c, 0, sizeof *c);
	catalog_dirs_init(&dirs);
	catalog_index_build(&idx, &dirs);
	rc = isms_load_one(&idx, fw, CATALOG_FRAMEWORK, &c->framework, cause);
	if (rc == ISMS_OK)
		rc = isms_load_one(&idx, init->matrix ? init->matrix :
		    ISMS_DEFAULT_MATRIX, CATALOG_MATRIX, &c->matrix, cause);
	if (rc == ISMS_OK && init->documents != NULL)
		rc = isms_load_one(&idx, init->documents, CATALOG_DOCUMENTS,
		    &c->documents, cause);
	else if (rc == ISMS_OK)
		isms_documents_for(&idx, fw, &c->documents);
	if (rc == ISMS_OK && c->documents != NULL) {
		struct diag_list dl;

		diag_list_init(&dl);
		if (catalog_check_documents(c->documents, c->framework, &dl) !=
		    ISMS_OK)
			rc = isms_diags_fail(&dl, cause);
		diag_list_done(&dl);
	}
	catalog_index_done(&idx);
	catalog_dirs_done(&dirs);
	if (rc != ISMS_OK)
		isms_catalogs_done(c);
	return rc;
}

static enum isms_status
isms_populate(struct db *db, const struct isms_init *init,
              const struct isms_catalogs *c, char **cause)
{
	struct row_author author;
	char at[21];
	enum isms_status rc;

	isms_author(&author, at);
	if ((rc = db_begin(db, cause)) != ISMS_OK)
		return rc;
	rc = store_import_framework(db, c->framework, &author, cause);
	if (rc == ISMS_OK && c->documents != NULL)
		rc = store_import_documents(db, c->documents, &author, cause);
	if (rc == ISMS_OK)
		rc = store_import_matrix(db, c->matrix, &author, cause);
	if (rc == ISMS_OK)
		rc = store_isms_insert(db, init->org ? init->org : "",
		    init->scope ? init->scope : "", c->framework->id,
		    c->documents ? c->documents->id : NULL, c->matrix->id,
		    &author, cause);
	if (rc == ISMS_OK)
		rc = row_history(db, &author, "isms", "isms", "created", NULL,
		    c->framework->id, cause);
	if (rc == ISMS_OK)
		return db_commit(db, cause);
	db_rollback(db);
	return rc;
}

static enum isms_status
isms_new(struct db *db, const char *path, struct isms **out, char **cause)
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

static enum isms_status
isms_init_check(const struct isms_init *init, char **cause)
{
	enum isms_status rc = ISMS_OK;

	if (init->org != NULL)
		rc = isms_text_check("isms", "organisation", init->org, true,
		    cause);
	if (rc == ISMS_OK && init->scope != NULL)
		rc = isms_text_check("isms", "scope", init->scope, false, cause);
	return rc;
}

enum isms_status
isms_create(const char *path, const struct isms_init *init,
            struct isms **out, char **cause)
{
	struct isms_catalogs cats;
	struct db *db = NULL;
	enum isms_status rc;
	char *dir;

	*out = NULL;
	if (fs_exists(path))
		return status_fail(cause, ISMS_EXISTS, "%s: already exists; "
		    "isms init never overwrites a file", path);
	if ((rc = isms_init_check(init, cause)) != ISMS_OK)
		return rc;
	if ((rc = isms_catalogs_load(init, &cats, cause)) != ISMS_OK)
		return rc;
	dir = fs_dirname(path);
	if (!fs_exists(dir))
		rc = fs_mkdir_p(dir, cause);
	free(dir);
	if (rc == ISMS_OK)
		rc = schema_open(path, DB_OPEN_CREATE, &db, cause);
	if (rc == ISMS_OK) {
		rc = isms_populate(db, init, &cats, cause);
		if (rc != ISMS_OK) {
			db_close(db);
			db_remove_files(path);
		}
	}
	isms_catalogs_done(&cats);
	if (rc != ISMS_OK)
		return rc;
	return isms_new(db, path, out, cause);
}

enum isms_status
isms_open(const char *path, bool readonly, struct isms **out, char **cause)
{
	struct db *db;
	enum isms_status rc;

	*out = NULL;
	rc = schema_open(path, readonly ? DB_OPEN_READONLY : 0, &db, cause);
	if (rc == ISMS_NOT_FOUND)
		return status_fail(cause, rc, "%s: no such database; create "
		    "one with 'isms --db %s init'", path, path);
	if (rc != ISMS_OK)
		return rc;
	return isms_new(db, path, out, cause);
}

void
isms_close(struct isms *m)
{
	if (m == NULL)
		return;
	db_close(m->db);
	isms_info_done(&m->info);
	free(m->path);
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

const char *
isms_path(const struct isms *m)
{
	return m->path;
}

enum isms_status
isms_require_writable(struct isms *m, char **cause)
{
	if (!db_readonly(m->db))
		return ISMS_OK;
	return status_fail(cause, ISMS_READONLY, "%s: opened read-only; "
	    "nothing can be changed", m->path);
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
	if (org != NULL && (rc = isms_text_check("isms", "organisation", org,
	    true, cause)) != ISMS_OK)
		return rc;
	if (scope != NULL && (rc = isms_text_check("isms", "scope", scope,
	    false, cause)) != ISMS_OK)
		return rc;
	if (org != NULL)
		changes[n++] = (struct row_change){ STORE_ISMS_ORG, org };
	if (scope != NULL)
		changes[n++] = (struct row_change){ STORE_ISMS_SCOPE, scope };
	isms_author(&author, at);
	rc = row_update(m->db, &store_isms_table, m->info.row_id, "isms",
	    expected_rev >= 0 ? expected_rev : m->info.rev, changes, n, &author,
	    NULL, cause);
	if (rc == ISMS_OK)
		rc = isms_reload(m, cause);
	return rc;
}

enum isms_status
isms_check(struct isms *m, void (*fn)(void *ctx, const char *problem),
           void *ctx, char **cause)
{
	enum isms_status rc = db_integrity(m->db, fn, ctx, cause);
	char *why = NULL;

	if ((rc == ISMS_OK || rc == ISMS_NEGATIVE) &&
	    schema_check(m->db, &why) != ISMS_OK) {
		fn(ctx, why);
		rc = ISMS_NEGATIVE;
	}
	free(why);
	return rc;
}

enum isms_status
isms_backup(struct isms *m, const char *dest, char **cause)
{
	return db_backup(m->db, dest, cause);
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
	if (!utf8_valid(value, strlen(value)))
		return status_fail(cause, ISMS_INVALID, "%s: %s is not valid "
		    "UTF-8 text", key, field);
	if (single_line && utf8_has_control(value))
		return status_fail(cause, ISMS_INVALID, "%s: %s must be one line "
		    "without control characters", key, field);
	for (const unsigned char *p = (const unsigned char *)value; *p; p++)
		if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7F)
			return status_fail(cause, ISMS_INVALID, "%s: %s contains "
			    "a control character (byte 0x%02X)", key, field, *p);
	return ISMS_OK;
}
