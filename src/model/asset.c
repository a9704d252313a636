/*
 * asset.c - rules of the asset inventory: closed asset types, C/I/A
 * values 1-5, one-line fields, and no silent deletion of what risks use.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/store_asset.h"
#include "isms/model/asset.h"
#include "isms/model/isms_db.h"
#include "isms/rec/vocab.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

struct asset_plan {
	struct row_change ch[ASSET_FIELDS];
	size_t n;
};

enum isms_status
asset_list(struct isms *m, const char *text, struct asset_row **rows,
           size_t *n, char **cause)
{
	return store_asset_list(isms_db(m), text, rows, n, cause);
}

enum isms_status
asset_get(struct isms *m, const char *key, struct asset_row *out,
          char **cause)
{
	return store_asset_get(isms_db(m), key, out, cause);
}

static enum isms_status
asset_text(const char *key, const char *name, const char *value,
           const char *stored, size_t field, bool single,
           struct asset_plan *p, char **cause)
{
	enum isms_status rc;

	if (value == NULL)
		return ISMS_OK;
	rc = isms_text_change(key, name, value, stored, single, cause);
	if (rc == ISMS_OK)
		p->ch[p->n++] = (struct row_change){ field, value };
	return rc;
}

static enum isms_status
asset_rating(const char *key, const char *name, const char *value,
             size_t field, struct asset_plan *p, char **cause)
{
	if (value == NULL)
		return ISMS_OK;
	if (value[0] == '\0') {
		p->ch[p->n++] = (struct row_change){ field, NULL };
		return ISMS_OK;
	}
	if (value[1] != '\0' || value[0] < '1' || value[0] > '5')
		return status_fail(cause, ISMS_INVALID, "%s: %s must be 1 to 5 "
		    "(or empty), not '%s'", key, name, value);
	p->ch[p->n++] = (struct row_change){ field, value };
	return ISMS_OK;
}

/* Check a against the asset as stored (cur; all empty for a new one) and
 * plan the changes. */
static enum isms_status
asset_plan_make(const char *key, const struct asset_patch *a,
                const struct asset_row *cur, struct asset_plan *p,
                char **cause)
{
	enum isms_status rc = ISMS_OK;
	const char *type = NULL;

	if (a->name != NULL && a->name[0] == '\0')
		return status_fail(cause, ISMS_INVALID, "%s: an asset needs a "
		    "name", key);
	if (a->type != NULL && (type = vocab_parse(&vocab_asset_type,
	    a->type)) == NULL) {
		char *choices = vocab_choices(&vocab_asset_type);

		rc = status_fail(cause, ISMS_INVALID, "%s: unknown asset type "
		    "'%s' (use %s)", key, a->type, choices);
		free(choices);
		return rc;
	}
	rc = asset_text(key, "name", a->name, cur->name, ASSET_NAME, true,
	    p, cause);
	if (rc == ISMS_OK && type != NULL)
		p->ch[p->n++] = (struct row_change){ ASSET_TYPE, type };
	if (rc == ISMS_OK)
		rc = asset_text(key, "owner", a->owner, cur->owner,
		    ASSET_OWNER, true, p, cause);
	if (rc == ISMS_OK)
		rc = asset_text(key, "location", a->location, cur->location,
		    ASSET_LOCATION, true, p, cause);
	if (rc == ISMS_OK)
		rc = asset_text(key, "classification", a->classification,
		    cur->classification, ASSET_CLASSIFICATION, true, p,
		    cause);
	if (rc == ISMS_OK)
		rc = asset_rating(key, "confidentiality", a->c, ASSET_C,
		    p, cause);
	if (rc == ISMS_OK)
		rc = asset_rating(key, "integrity", a->i, ASSET_I, p,
		    cause);
	if (rc == ISMS_OK)
		rc = asset_rating(key, "availability", a->a, ASSET_A, p,
		    cause);
	if (rc == ISMS_OK)
		rc = asset_text(key, "notes", a->notes, cur->notes,
		    ASSET_NOTES, false, p, cause);
	return rc;
}

/* Write plan to asset id (read at rev) inside the caller's transaction;
 * rev 0 fills an asset just inserted, which stays at rev 1. */
static enum isms_status
asset_write(struct isms *m, int64_t id, int64_t rev,
            const struct asset_plan *p, char **cause)
{
	struct row_author author;
	char at[21], key[32];

	snprintf(key, sizeof key, "%lld", (long long)id);
	isms_author(&author, at);
	if (rev == 0)
		return row_fill(isms_db(m), &rec_asset, id, key, p->ch,
		    p->n, &author, cause);
	return row_update(isms_db(m), &rec_asset, id, key, rev, p->ch,
	    p->n, &author, NULL, cause);
}

enum isms_status
asset_add(struct isms *m, const struct asset_patch *patch, int64_t *id,
          char **cause)
{
	struct asset_plan plan = { .n = 0 };
	const struct asset_row none = { .name = NULL };
	struct row_author author;
	struct db *db = isms_db(m);
	char at[21];
	enum isms_status rc;

	if ((rc = isms_require_writable(m, cause)) != ISMS_OK)
		return rc;
	if (patch->name == NULL)
		return status_fail(cause, ISMS_INVALID, "an asset needs a name");
	if ((rc = asset_plan_make(patch->name, patch, &none, &plan, cause)) !=
	    ISMS_OK)
		return rc;
	if ((rc = db_begin(db, cause)) != ISMS_OK)
		return rc;
	isms_author(&author, at);
	rc = store_asset_insert(db, patch->name, &author, id, cause);
	if (rc == ISMS_OK)
		rc = asset_write(m, *id, 0, &plan, cause);
	if (rc == ISMS_OK)
		return db_commit(db, cause);
	db_rollback(db);
	return rc;
}

enum isms_status
asset_set(struct isms *m, const char *key, const struct asset_patch *patch,
          int64_t expected_rev, char **cause)
{
	struct asset_plan plan = { .n = 0 };
	struct asset_row cur = { 0 };
	struct db *db = isms_db(m);
	enum isms_status rc;

	if ((rc = isms_require_writable(m, cause)) != ISMS_OK)
		return rc;
	if ((rc = db_begin(db, cause)) != ISMS_OK)
		return rc;
	/* Read, check and write under one write lock. */
	rc = asset_get(m, key, &cur, cause);
	if (rc == ISMS_OK)
		rc = asset_plan_make(key, patch, &cur, &plan, cause);
	if (rc == ISMS_OK)
		rc = asset_write(m, cur.id, expected_rev >= 0 ? expected_rev :
		    cur.rev, &plan, cause);
	asset_row_done(&cur);
	if (rc == ISMS_OK)
		return db_commit(db, cause);
	db_rollback(db);
	return rc;
}

static enum isms_status
asset_in_use(struct isms *m, const struct asset_row *a, char **cause)
{
	char **refs = NULL;
	size_t n = 0;
	struct buf b;
	enum isms_status rc = store_asset_risks(isms_db(m), a->id, &refs, &n,
	    cause);

	if (rc != ISMS_OK || n == 0) {
		free(refs);
		return rc;
	}
	buf_init(&b);
	for (size_t i = 0; i < n; i++) {
		buf_printf(&b, "%s%s", i ? ", " : "", refs[i]);
		free(refs[i]);
	}
	free(refs);
	rc = status_fail(cause, ISMS_CONFLICT, "%s: asset %lld is used by "
	    "risk%s %s; unlink it first or delete with --force", a->name,
	    (long long)a->id, n == 1 ? "" : "s", buf_str(&b));
	buf_done(&b);
	return rc;
}

enum isms_status
asset_rm(struct isms *m, const char *key, bool force, char **cause)
{
	struct asset_row cur = { 0 };
	struct row_author author;
	struct db *db = isms_db(m);
	char at[21], idkey[32];
	enum isms_status rc;

	if ((rc = isms_require_writable(m, cause)) != ISMS_OK)
		return rc;
	if ((rc = db_begin(db, cause)) != ISMS_OK)
		return rc;
	rc = asset_get(m, key, &cur, cause);
	if (rc == ISMS_OK && !force)
		rc = asset_in_use(m, &cur, cause);
	if (rc == ISMS_OK) {
		isms_author(&author, at);
		snprintf(idkey, sizeof idkey, "%lld", (long long)cur.id);
		rc = store_asset_delete(db, cur.id, idkey, &author, cause);
	}
	asset_row_done(&cur);
	if (rc == ISMS_OK)
		return db_commit(db, cause);
	db_rollback(db);
	return rc;
}
