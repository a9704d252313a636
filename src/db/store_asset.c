/*
 * store_asset.c - the asset inventory (A.5.9): assets, and which risks
 * name them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/recsql.h"
#include "isms/db/store_asset.h"
#include "isms/db/store_risk.h"
#include "isms/util/xmalloc.h"

/* The derived field: how many risks name the asset. */
static const char *const asset_expr[ASSET_FIELDS] = {
	[ASSET_RISKS] = "(SELECT count(*) FROM risk_asset ra WHERE "
	    "ra.asset_id = a.id)",
};

static const struct rec_sql asset_sql = {
	&rec_asset, "a", "FROM asset a", asset_expr,
};

enum isms_status
store_asset_list(struct db *db, const char *text, struct asset_row **rows,
                 size_t *n, char **cause)
{
	return rec_sql_list_text(db, &asset_sql, "a.name || char(31) || a.type "
	    "|| char(31) || a.owner || char(31) || a.location || char(31) || "
	    "a.classification", "a.name COLLATE NOCASE, a.id", text,
	    (void **)rows, n, cause);
}

enum isms_status
store_asset_get(struct db *db, const char *key, struct asset_row *out,
                char **cause)
{
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;
	char *end;
	long long id = strtoll(key, &end, 10);
	bool numeric = key[0] != '\0' && *end == '\0';

	buf_init(&sql);
	rec_sql_select(&sql, &asset_sql);
	buf_adds(&sql, numeric ? "WHERE a.id = :id;" : "WHERE a.name = :name "
	    "COLLATE NOCASE ORDER BY a.id LIMIT 2;");
	rc = db_prepare_cached(db, buf_str(&sql), &st, cause);
	buf_done(&sql);
	if (rc != ISMS_OK)
		return rc;
	if (numeric)
		db_bind_int(st, ":id", id);
	else
		db_bind_text(st, ":name", key);
	rc = rec_sql_fetch_one(st, &asset_sql, out, cause);
	if (rc == ISMS_OK && !numeric && db_step(st, NULL) == DB_ROW) {
		asset_row_done(out);
		memset(out, 0, sizeof *out);
		rc = status_fail(cause, ISMS_INVALID, "%s: several assets have "
		    "this name; use the number from 'isms asset list'", key);
	}
	db_finalize(st);
	if (rc == ISMS_NOT_FOUND)
		rc = status_fail(cause, rc, "%s: no such asset", key);
	return rc;
}

enum isms_status
store_asset_insert(struct db *db, const char *name,
                   const struct row_author *author, int64_t *id, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	char key[32];

	rc = db_prepare(db, "INSERT INTO asset (name, updated_at, updated_by) "
	    "VALUES (:name, :at, :who);", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":name", name);
	db_bind_text(st, ":at", author->at);
	db_bind_text(st, ":who", author->who);
	rc = db_step_done(st, cause);
	db_finalize(st);
	if (rc != ISMS_OK)
		return rc;
	*id = db_last_rowid(db);
	snprintf(key, sizeof key, "%lld", (long long)*id);
	return row_history(db, author, "asset", key, "created", NULL, name,
	    cause);
}

/* The risks linked to asset id, as (id, ref) pairs. */
struct asset_link {
	int64_t risk_id;
	char *ref;
};

static void
asset_link_read(struct db_stmt *st, void *elem)
{
	struct asset_link *l = elem;

	l->risk_id = db_column_int(st, 0);
	l->ref = db_column_dup(st, 1);
}

static void
asset_link_done(void *elem)
{
	free(((struct asset_link *)elem)->ref);
}

/* The name of asset id (caller frees). */
static enum isms_status
store_asset_name(struct db *db, int64_t id, char **name, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc = db_prepare(db, "SELECT name FROM asset WHERE id "
	    "= :id;", &st, cause);

	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	if (db_step(st, cause) == DB_ROW)
		*name = xstrdup(db_column_text(st, 0));
	else
		rc = status_fail(cause, ISMS_NOT_FOUND, "asset %lld: no longer "
		    "exists", (long long)id);
	db_finalize(st);
	return rc;
}

enum isms_status
store_asset_delete(struct db *db, int64_t id, const char *key,
                   const struct row_author *author, char **cause)
{
	struct asset_link *links;
	struct db_stmt *st;
	char *name = NULL;
	size_t n = 0;
	enum isms_status rc;

	rc = db_prepare(db, "SELECT r.id, r.ref FROM risk_asset ra JOIN risk r "
	    "ON r.id = ra.risk_id WHERE ra.asset_id = :id ORDER BY r.id;", &st,
	    cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	links = db_fetch_all(st, sizeof *links, asset_link_read,
	    asset_link_done, &n, &rc, cause);
	db_finalize(st);
	/* Each risk records losing the asset, as an unlink would. */
	for (size_t i = 0; i < n; i++) {
		if (rc == ISMS_OK && name == NULL)
			rc = store_asset_name(db, id, &name, cause);
		if (rc == ISMS_OK)
			rc = store_risk_asset(db, links[i].risk_id,
			    links[i].ref, id, name, false, author, cause);
		asset_link_done(&links[i]);
	}
	free(links);
	free(name);
	if (rc == ISMS_OK)
		rc = row_delete(db, &rec_asset, id, key, author, cause);
	return rc;
}

enum isms_status
store_asset_risks(struct db *db, int64_t id, char ***refs, size_t *n,
                  char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "SELECT r.ref FROM risk_asset ra JOIN risk r ON "
	    "r.id = ra.risk_id WHERE ra.asset_id = :id ORDER BY r.id;", &st,
	    cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	*refs = db_fetch_texts(st, n, &rc, cause);
	db_finalize(st);
	return rc;
}
