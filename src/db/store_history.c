/*
 * store_history.c - reading the append-only change history.  Rows are
 * written by row.c in the transaction of the change they record.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/db/schema.h"
#include "isms/db/store_history.h"

/* Release one row db_fetch_all() read (on a failed step). */
static void
history_row_release(void *elem)
{
	free(((struct history_row *)elem)->at);
	free(((struct history_row *)elem)->who);
	free(((struct history_row *)elem)->entity);
	free(((struct history_row *)elem)->key);
	free(((struct history_row *)elem)->field);
	free(((struct history_row *)elem)->old_value);
	free(((struct history_row *)elem)->new_value);
}

static void
history_row_read(struct db_stmt *st, void *elem)
{
	struct history_row *h = elem;

	h->id = db_column_int(st, 0);
	h->seq = db_column_int(st, 8);
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
	int64_t version = 0;
	enum isms_status rc;

	*rows = NULL;
	*n = 0;
	/* A version 1 file (read-only, not yet migrated) has no seq: its
	 * rows will be chained in id order, so the id is their seq. */
	if ((rc = schema_version(db, &version, cause)) != ISMS_OK)
		return rc;
	rc = db_prepare(db, version >= 2 ? "SELECT id, at, who, entity, key, "
	    "field, old, new, ifnull(seq, 0) FROM history WHERE (:entity IS "
	    "NULL OR entity = :entity) AND (:key IS NULL OR key = :key) ORDER "
	    "BY id DESC LIMIT :limit;" : "SELECT id, at, who, entity, key, "
	    "field, old, new, id FROM history WHERE (:entity IS NULL OR entity "
	    "= :entity) AND (:key IS NULL OR key = :key) ORDER BY id DESC "
	    "LIMIT :limit;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":entity", entity);
	db_bind_text(st, ":key", key);
	db_bind_int(st, ":limit", limit > 0 ? limit : -1);
	*rows = db_fetch_all(st, sizeof **rows, history_row_read,
	    history_row_release, n, &rc, cause);
	db_finalize(st);
	return rc;
}

static void
summary_read(struct db_stmt *st, void *elem)
{
	struct history_summary *s = elem;

	s->changes = db_column_int(st, 0);
	s->last_at = db_column_dup(st, 1);
	s->last_by = db_column_dup(st, 2);
}

enum isms_status
store_history_summary(struct db *db, const char *entity,
                      struct history_summary *out, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	memset(out, 0, sizeof *out);
	rc = db_prepare(db, "SELECT (SELECT count(*) FROM (SELECT DISTINCT at, "
	    "key FROM history WHERE entity = :entity)), at, who FROM history "
	    "WHERE entity = :entity ORDER BY id DESC LIMIT 1;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":entity", entity);
	rc = db_fetch_one(st, summary_read, out, cause);
	db_finalize(st);
	return rc == ISMS_NOT_FOUND ? ISMS_OK : rc;
}

