/*
 * create.c - creating a new ISMS: choosing and validating the catalogs,
 * then building the database under a temporary name beside its path
 * (schema, catalogs, the demo) and renaming it into place only when it is
 * complete, never over an existing file: a kill, a crash or running out
 * of memory leaves either no database or a whole one.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "isms/catalog/path.h"
#include "isms/db/dbgroup.h"
#include "isms/db/schema.h"
#include "isms/db/store_catalog.h"
#include "isms/db/store_isms.h"
#include "isms/model/create.h"
#include "isms/model/demo.h"
#include "isms_db.h"
#include "isms/model/person.h"
#include "isms/model/share.h"
#include "isms/util/buf.h"
#include "isms/util/fsutil.h"
#include "isms/util/user.h"
#include "isms/util/xmalloc.h"

/* The catalogs an ISMS is created from, loaded and validated. */
struct isms_catalogs {
	struct catalog *framework;
	struct catalog *documents;    /* may stay NULL */
	struct catalog *matrix;
};

/* The first problem of a catalog (a message is one line), and how many
 * more `isms catalog check` would list. */
static enum isms_status
isms_diags_fail(struct diag_list *dl, char **cause)
{
	struct buf b;

	buf_init(&b);
	diag_sort(dl);
	if (dl->count > 0) {
		char *line = diag_format(&dl->items[0]);

		buf_adds(&b, line);
		free(line);
	}
	if (dl->count > 1)
		buf_printf(&b, " (and %zu more problems: isms catalog check "
		    "FILE lists them)", dl->count - 1);
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

/* Memory ran out while reading the catalogs: no lookup can be trusted
 * (the catalog may be missing, or shadowed by the wrong one). */
static enum isms_status
isms_catalogs_nomem(char **cause)
{
	return status_fail(cause, ISMS_NOMEM, "out of memory while reading "
	    "the catalogs");
}

static enum isms_status
isms_load_one(const struct catalog_index *idx, const char *id,
              enum catalog_kind kind, struct catalog **out, char **cause)
{
	const struct catalog_entry *e = catalog_index_find(idx, id, (int)kind);
	struct diag_list dl;
	enum isms_status rc;

	if (idx->nomem)
		return isms_catalogs_nomem(cause);
	if (e == NULL) {
		char *avail = isms_available(idx, kind);

		rc = status_fail(cause, ISMS_NOT_FOUND,
		    "%s: no such %s catalog (available: %s)", id,
		    catalog_kind_name(kind), avail);
		free(avail);
		return rc;
	}
	diag_list_init(&dl);
	rc = catalog_load(e->path, out, &dl);
	if (rc == ISMS_NOMEM)
		rc = isms_catalogs_nomem(cause);
	else if (rc != ISMS_OK)
		rc = isms_diags_fail(&dl, cause);
	diag_list_done(&dl);
	return rc;
}

enum isms_status
isms_catalog_get(const char *id, enum catalog_kind kind, struct catalog **out,
                 char **cause)
{
	struct catalog_dirs dirs;
	struct catalog_index idx;
	enum isms_status rc;

	catalog_dirs_init(&dirs);
	catalog_index_build(&idx, &dirs);
	rc = isms_load_one(&idx, id, kind, out, cause);
	catalog_index_done(&idx);
	catalog_dirs_done(&dirs);
	return rc;
}

/* Load the first valid document list in the index that refers to
 * framework_id into *out; *out stays NULL when there is none.  Fails only
 * when memory runs out, which must not pass for "there is none". */
static enum isms_status
isms_documents_for(const struct catalog_index *idx, const char *framework_id,
                   struct catalog **out, char **cause)
{
	enum isms_status rc = ISMS_OK;

	for (size_t i = 0; i < idx->count && *out == NULL; i++) {
		const struct catalog_entry *e = &idx->entries[i];
		struct catalog *c = NULL;
		struct diag_list dl;

		if (e->kind != CATALOG_DOCUMENTS)
			continue;
		diag_list_init(&dl);
		rc = catalog_load(e->path, &c, &dl);
		if (rc == ISMS_OK &&
		    strcmp(c->u.documents.framework, framework_id) == 0)
			*out = c;
		else
			catalog_free(c);
		diag_list_done(&dl);
		if (rc == ISMS_NOMEM)
			return isms_catalogs_nomem(cause);
	}
	return ISMS_OK;
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
		rc = isms_documents_for(&idx, fw, &c->documents, cause);
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
isms_init_check(const struct isms_init *init, char **cause)
{
	enum isms_status rc = ISMS_OK;

	if (init->org != NULL)
		rc = isms_text_check(NULL, "organisation", init->org, true,
		    cause);
	if (rc == ISMS_OK && init->scope != NULL)
		rc = isms_text_check(NULL, "scope", init->scope, false, cause);
	return rc;
}

/* The directory of path: missing parents made 0700, or for a group
 * database its own directory made a group directory (*made: created). */
static enum isms_status
isms_create_dir(const char *path, const struct isms_init *init, bool *made,
                char **cause)
{
	char *dir = fs_dirname(path);
	enum isms_status rc = ISMS_OK;
	gid_t gid;

	*made = false;
	if (init->group != NULL) {
		if ((rc = isms_group_resolve(init->group, &gid, cause)) ==
		    ISMS_OK)
			rc = dbgroup_make_dir(path, gid, made, cause);
	} else if (!fs_exists(dir) && (rc = fs_mkdir_p(dir, cause)) !=
	    ISMS_OK && cause != NULL) {
		char *why = *cause;

		*cause = xasprintf("%s: %s", path, why);
		free(why);
	}
	free(dir);
	return rc;
}

/* Remove the directory a failed isms_create() made for path (the staged
 * file removes itself when its connection closes). */
static void
isms_create_undo(const char *path, bool made_dir)
{
	char *dir;

	if (!made_dir)
		return;
	dir = fs_dirname(path);
	rmdir(dir);
	free(dir);
}

enum isms_status
isms_create(const char *path, const struct isms_init *init,
            struct isms **out, char **cause)
{
	struct isms_catalogs cats;
	struct db *db = NULL;
	enum isms_status rc;
	bool made = false;

	*out = NULL;
	if (fs_exists(path))
		return status_fail(cause, ISMS_EXISTS, "%s: already exists; "
		    "isms init never overwrites a file", path);
	if ((rc = isms_init_check(init, cause)) != ISMS_OK)
		return rc;
	if ((rc = isms_catalogs_load(init, &cats, cause)) != ISMS_OK)
		return rc;
	rc = isms_create_dir(path, init, &made, cause);
	/* Built under a temporary name, shown under path only when whole. */
	if (rc == ISMS_OK)
		rc = schema_open(path, DB_OPEN_CREATE | DB_OPEN_STAGED, &db,
		    cause);
	if (rc == ISMS_OK && init->group != NULL && !db_group(db))
		rc = status_fail(cause, ISMS_IO, "%s: its directory did not "
		    "become a group directory", path);
	if (rc == ISMS_OK)
		rc = isms_populate(db, init, &cats, cause);
	isms_catalogs_done(&cats);
	if (rc == ISMS_OK)
		rc = isms_adopt(db, path, out, cause);
	else
		db_close(db);                 /* which removes it */
	/* the person who runs init is the first of the people */
	if (rc == ISMS_OK)
		rc = person_add_login(*out, user_login(), cause);
	if (rc == ISMS_OK && init->demo)
		rc = demo_fill(*out, cause);
	if (rc == ISMS_OK)
		rc = db_publish(isms_db(*out), cause);
	if (rc != ISMS_OK && *out != NULL) {
		isms_close(*out);
		*out = NULL;
	}
	if (rc != ISMS_OK)
		isms_create_undo(path, made);
	return rc;
}
