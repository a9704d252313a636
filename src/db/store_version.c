/*
 * store_version.c - the approved versions of registers that are also
 * documents (the SoA, the treatment plan): one row a version, one row a
 * frozen value, both kept as written (triggers refuse changes).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/recsql.h"
#include "isms/db/store_version.h"
#include "isms/util/xmalloc.h"

static const char *const version_expr[VERSION_FIELDS] = {
	[VERSION_ITEMS] = "(SELECT count(DISTINCT ord) FROM "
	    "register_version_item i WHERE i.version_id = v.id)",
	[VERSION_UNDECIDED] = "(SELECT ifnull(group_concat(key, ','), '') FROM "
	    "(SELECT key FROM register_version_item i WHERE i.version_id = "
	    "v.id AND i.field = 'applicable' AND i.value = 'undecided' ORDER "
	    "BY ord))",
};

static const struct rec_sql version_sql = {
	&rec_version, "v", "FROM register_version v", version_expr,
};

void
version_items_free(struct version_item *items, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(items[i].key);
		free(items[i].field);
		free(items[i].value);
	}
	free(items);
}

enum isms_status
store_version_list(struct db *db, const char *reg, struct version_row **rows,
                   size_t *n, char **cause)
{
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;

	buf_init(&sql);
	rec_sql_select(&sql, &version_sql);
	buf_adds(&sql, "WHERE v.register = :reg ORDER BY v.version;");
	rc = db_prepare_cached(db, buf_str(&sql), &st, cause);
	buf_done(&sql);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":reg", reg);
	rc = rec_sql_fetch_all(st, &version_sql, (void **)rows, n, cause);
	db_finalize(st);
	return rc;
}

enum isms_status
store_version_last(struct db *db, const char *reg, int *version,
                   char **cause)
{
	struct db_stmt *st;
	enum isms_status rc = db_prepare_cached(db, "SELECT "
	    "ifnull(max(version), 0) FROM register_version WHERE register = "
	    ":reg;", &st, cause);

	*version = 0;
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":reg", reg);
	if (db_step(st, cause) == DB_ROW)
		*version = (int)db_column_int(st, 0);
	else
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}

static void
version_item_read(struct db_stmt *st, void *elem)
{
	struct version_item *it = elem;

	it->ord = (int)db_column_int(st, 0);
	it->key = db_column_dup(st, 1);
	it->field = db_column_dup(st, 2);
	it->value = db_column_dup(st, 3);
}

static void
version_item_done(void *elem)
{
	struct version_item *it = elem;

	free(it->key);
	free(it->field);
	free(it->value);
}

enum isms_status
store_version_items(struct db *db, const char *reg, int version,
                    struct version_item **items, size_t *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc = db_prepare_cached(db, "SELECT i.ord, i.key, "
	    "i.field, i.value FROM register_version v JOIN "
	    "register_version_item i ON i.version_id = v.id WHERE v.register = "
	    ":reg AND v.version = :v ORDER BY i.ord, i.rowid;", &st, cause);
	int last = 0;

	*items = NULL;
	*n = 0;
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":reg", reg);
	db_bind_int(st, ":v", version);
	*items = db_fetch_all(st, sizeof **items, version_item_read,
	    version_item_done, n, &rc, cause);
	db_finalize(st);
	if (rc == ISMS_OK && *n == 0 &&
	    (rc = store_version_last(db, reg, &last, cause)) == ISMS_OK &&
	    (version < 1 || version > last))
		rc = ISMS_NOT_FOUND;
	return rc;
}

static enum isms_status
version_items_insert(struct db *db, int64_t id,
                     const struct version_item *items, size_t n,
                     char **cause)
{
	struct db_stmt *st;
	enum isms_status rc = db_prepare(db, "INSERT INTO "
	    "register_version_item (version_id, ord, key, field, value) VALUES "
	    "(:id, :ord, :key, :field, :value);", &st, cause);

	if (rc != ISMS_OK)
		return rc;
	for (size_t i = 0; rc == ISMS_OK && i < n; i++) {
		db_reset(st);
		db_bind_int(st, ":id", id);
		db_bind_int(st, ":ord", items[i].ord);
		db_bind_text(st, ":key", items[i].key);
		db_bind_text(st, ":field", items[i].field);
		db_bind_text(st, ":value", items[i].value != NULL ?
		    items[i].value : "");
		rc = db_step_done(st, cause);
	}
	db_finalize(st);
	return rc;
}

enum isms_status
store_version_insert(struct db *db, const char *reg,
                     const struct version_row *v,
                     const struct version_item *items, size_t n,
                     const struct row_author *author, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	char entity[32], key[16];

	rc = db_prepare(db, "INSERT INTO register_version (register, version, "
	    "approved_by, approved_on, note, sha256, updated_at, updated_by) "
	    "VALUES (:reg, :v, :by, :on, :note, :sha, :at, :who);", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":reg", reg);
	db_bind_int(st, ":v", v->version);
	db_bind_text(st, ":by", v->approved_by);
	db_bind_text(st, ":on", v->approved_on);
	db_bind_text(st, ":note", v->note != NULL ? v->note : "");
	db_bind_text(st, ":sha", v->sha256);
	db_bind_text(st, ":at", author->at);
	db_bind_text(st, ":who", author->who);
	rc = db_step_done(st, cause);
	db_finalize(st);
	if (rc == ISMS_OK)
		rc = version_items_insert(db, db_last_rowid(db), items, n,
		    cause);
	snprintf(entity, sizeof entity, "%s_version", reg);
	snprintf(key, sizeof key, "%d", v->version);
	if (rc == ISMS_OK)
		rc = row_history(db, author, entity, key, "approved_by", NULL,
		    v->approved_by, cause);
	if (rc == ISMS_OK && v->note != NULL && v->note[0] != '\0')
		rc = row_history(db, author, entity, key, "note", NULL, v->note,
		    cause);
	if (rc == ISMS_OK)
		rc = row_history(db, author, entity, key, "sha256", NULL,
		    v->sha256, cause);
	return rc;
}
