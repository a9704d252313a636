/*
 * store_history.c - reading the append-only change history.  Rows are
 * written by row.c in the transaction of the change they record.
 */
#include <stdlib.h>

#include "isms/db/store.h"
#include "isms/util/xmalloc.h"

void
history_rows_free(struct history_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(rows[i].at);
		free(rows[i].who);
		free(rows[i].entity);
		free(rows[i].key);
		free(rows[i].field);
		free(rows[i].old_value);
		free(rows[i].new_value);
	}
	free(rows);
}

static void
history_row_read(struct db_stmt *st, struct history_row *h)
{
	h->id = db_column_int(st, 0);
	h->at = db_column_dup(st, 1);
	h->who = db_column_dup(st, 2);
	h->entity = db_column_dup(st, 3);
	h->key = db_column_dup(st, 4);
	h->field = db_column_dup(st, 5);
	h->old_value = db_column_dup(st, 6);
	h->new_value = db_column_dup(st, 7);
}

enum isms_status
store_history_list(struct db *db, const char *entity, const char *key,
                   int64_t limit, struct history_row **rows, size_t *n,
                   char **cause)
{
	struct db_stmt *st;
	size_t cap = 0;
	enum isms_status rc;
	int r;

	*rows = NULL;
	*n = 0;
	rc = db_prepare(db, "SELECT id, at, who, entity, key, field, old, new "
	    "FROM history WHERE (:entity IS NULL OR entity = :entity) AND "
	    "(:key IS NULL OR key = :key) ORDER BY id DESC LIMIT :limit;", &st,
	    cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":entity", entity);
	db_bind_text(st, ":key", key);
	db_bind_int(st, ":limit", limit > 0 ? limit : -1);
	while ((r = db_step(st, cause)) == DB_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 32;
			*rows = xreallocarray(*rows, cap, sizeof **rows);
		}
		history_row_read(st, &(*rows)[(*n)++]);
	}
	if (r != DB_DONE) {
		rc = db_stmt_error(st);
		history_rows_free(*rows, *n);
		*rows = NULL;
		*n = 0;
	}
	db_finalize(st);
	return rc;
}
