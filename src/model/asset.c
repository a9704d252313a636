/*
 * asset.c - the asset inventory (A.5.9) as a register: what is special
 * about it is that an asset is found by number or name, and that one the
 * risks name is not deleted silently.  Everything else (closed asset
 * types, C/I/A values 1 to 5, one-line fields) is its descriptor's.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/db/store_asset.h"
#include "isms_db.h"
#include "reg_int.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

static enum isms_status
asset_list(struct isms *m, const char *text, void **rows, size_t *n,
           char **cause)
{
	return store_asset_list(isms_db(m), text, (struct asset_row **)rows, n,
	    cause);
}

static enum isms_status
asset_get(struct isms *m, const char *key, void *row, char **cause)
{
	return store_asset_get(isms_db(m), key, row, cause);
}

static void
asset_key(const void *row, char *buf, size_t size)
{
	snprintf(buf, size, "%lld", (long long)((const struct asset_row *)
	    row)->id);
}

static enum isms_status
asset_insert(struct isms *m, const struct rec_patch *rp, const struct plan *p,
             const struct row_author *a, int64_t *id, char **key,
             char **cause)
{
	char buf[24];
	enum isms_status rc;

	(void)p;
	rc = store_asset_insert(isms_db(m), rp->v[ASSET_NAME], a, id, cause);
	snprintf(buf, sizeof buf, "%lld", (long long)*id);
	*key = rc == ISMS_OK ? xstrdup(buf) : NULL;
	return rc;
}

static enum isms_status
asset_in_use(struct isms *m, const void *row, char **cause)
{
	const struct asset_row *a = row;
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

static enum isms_status
asset_remove(struct isms *m, const void *row, const struct row_author *a,
             char **cause)
{
	char key[24];

	asset_key(row, key, sizeof key);
	return store_asset_delete(isms_db(m),
	    ((const struct asset_row *)row)->id, key, a, cause);
}

const struct reg reg_asset = {
	.d = &rec_asset,
	.name_field = ASSET_NAME,
	.first_field = ASSET_NAME,
	.list = asset_list,
	.get = asset_get,
	.key = asset_key,
	.insert = asset_insert,
	.in_use = asset_in_use,
	.remove = asset_remove,
};
