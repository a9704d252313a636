/*
 * store_history.c - reading the append-only change history: rows by
 * filter (record, login, day, text), newest first, by offset; counts; the
 * position of the next match.  Rows are written by row.c in the
 * transaction of the change they record.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/db/schema.h"
#include "isms/db/store_history.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

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

/* The filter of a history query; :ts and :tl (a needle and its LIKE
 * pattern) narrow it further when bound. */
#define HISTORY_WHERE \
	"WHERE (:entity IS NULL OR entity = :entity) " \
	"AND (:key IS NULL OR key = :key COLLATE NOCASE) " \
	"AND (:who IS NULL OR who = :who COLLATE NOCASE) " \
	"AND (:since IS NULL OR at >= :since) " \
	"AND (:text IS NULL OR key LIKE :like ESCAPE '\\' OR field LIKE " \
	":like ESCAPE '\\' OR old LIKE :like ESCAPE '\\' OR new LIKE :like " \
	"ESCAPE '\\' OR who LIKE :like ESCAPE '\\') " \
	"AND (:ts IS NULL OR key LIKE :tl ESCAPE '\\' OR field LIKE :tl " \
	"ESCAPE '\\' OR old LIKE :tl ESCAPE '\\' OR new LIKE :tl ESCAPE " \
	"'\\' OR who LIKE :tl ESCAPE '\\') "

/* "%text%" for LIKE with the user's % _ and \\ taken literally. */
static char *
history_like(const char *text)
{
	struct buf b;

	if (text == NULL)
		return NULL;
	buf_init(&b);
	buf_addc(&b, '%');
	for (; *text != '\0'; text++) {
		if (*text == '%' || *text == '_' || *text == '\\')
			buf_addc(&b, '\\');
		buf_addc(&b, *text);
	}
	buf_addc(&b, '%');
	return buf_take(&b);
}

static const char *
history_some(const char *s)
{
	return s != NULL && s[0] != '\0' ? s : NULL;
}

static void
history_bind(struct db_stmt *st, const struct history_filter *f,
             const char *needle)
{
	static const struct history_filter all;
	char *like, *tl;

	if (f == NULL)
		f = &all;
	like = history_like(history_some(f->text));
	tl = history_like(history_some(needle));
	db_bind_text(st, ":entity", history_some(f->entity));
	db_bind_text(st, ":key", history_some(f->key));
	db_bind_text(st, ":who", history_some(f->who));
	db_bind_text(st, ":since", history_some(f->since));
	db_bind_text(st, ":text", history_some(f->text));
	db_bind_text(st, ":like", like);
	db_bind_text(st, ":ts", history_some(needle));
	db_bind_text(st, ":tl", tl);
	free(like);
	free(tl);
}

/* A version 1 file (read-only, not yet migrated) has no seq: its rows
 * will be chained in id order, so the id is their seq. */
static enum isms_status
history_seq(struct db *db, const char **seq, char **cause)
{
	int64_t version = 0;
	enum isms_status rc = schema_version(db, &version, cause);

	*seq = version >= 2 ? "ifnull(seq, 0)" : "id";
	return rc;
}

enum isms_status
store_history_list(struct db *db, const struct history_filter *f,
                   size_t offset, size_t limit, struct history_row **rows,
                   size_t *n, char **cause)
{
	struct db_stmt *st;
	const char *seq;
	char *sql;
	enum isms_status rc;

	*rows = NULL;
	*n = 0;
	if ((rc = history_seq(db, &seq, cause)) != ISMS_OK)
		return rc;
	sql = xasprintf("SELECT id, at, who, entity, key, field, old, new, %s "
	    "FROM history " HISTORY_WHERE "ORDER BY id DESC LIMIT :limit "
	    "OFFSET :offset;", seq);
	rc = db_prepare_cached(db, sql, &st, cause);
	free(sql);
	if (rc != ISMS_OK)
		return rc;
	history_bind(st, f, NULL);
	db_bind_int(st, ":limit", limit > 0 ? (int64_t)limit : -1);
	db_bind_int(st, ":offset", (int64_t)offset);
	*rows = db_fetch_all(st, sizeof **rows, history_row_read,
	    history_row_release, n, &rc, cause);
	db_finalize(st);
	return rc;
}

/* One count of the rows the filter selects, with needle and "AND" more. */
static enum isms_status
history_count_where(struct db *db, const struct history_filter *f,
                    const char *needle, const char *more, int64_t id,
                    size_t *n, char **cause)
{
	struct db_stmt *st;
	char *sql = xasprintf("SELECT count(*) FROM history " HISTORY_WHERE
	    "%s;", more);
	enum isms_status rc = db_prepare_cached(db, sql, &st, cause);

	free(sql);
	*n = 0;
	if (rc != ISMS_OK)
		return rc;
	history_bind(st, f, needle);
	if (id >= 0)
		db_bind_int(st, ":id", id);
	if (db_step(st, cause) == DB_ROW)
		*n = (size_t)db_column_int(st, 0);
	else
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}

enum isms_status
store_history_count(struct db *db, const struct history_filter *f,
                    size_t *n, char **cause)
{
	return history_count_where(db, f, NULL, "", -1, n, cause);
}

/* The id of the first row after from in direction dir (from 0: from the
 * end), or 0 when none. */
static enum isms_status
history_next(struct db *db, const struct history_filter *f,
             const char *needle, int64_t from, int dir, int64_t *id,
             char **cause)
{
	struct db_stmt *st;
	enum isms_status rc = db_prepare_cached(db, dir > 0 ? "SELECT id FROM "
	    "history " HISTORY_WHERE "AND (:from = 0 OR id < :from) ORDER BY "
	    "id DESC LIMIT 1;" : "SELECT id FROM history " HISTORY_WHERE
	    "AND (:from = 0 OR id > :from) ORDER BY id ASC LIMIT 1;", &st,
	    cause);
	int r;

	*id = 0;
	if (rc != ISMS_OK)
		return rc;
	history_bind(st, f, needle);
	db_bind_int(st, ":from", from);
	if ((r = db_step(st, cause)) == DB_ROW)
		*id = db_column_int(st, 0);
	else if (r != DB_DONE)
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}

enum isms_status
store_history_find(struct db *db, const struct history_filter *f,
                   const char *needle, int64_t from, int dir, size_t *pos,
                   char **cause)
{
	int64_t id = 0;
	enum isms_status rc = history_next(db, f, needle, from, dir, &id,
	    cause);

	if (rc == ISMS_OK && id == 0 && from != 0)       /* wrap */
		rc = history_next(db, f, needle, 0, dir, &id, cause);
	if (rc != ISMS_OK)
		return rc;
	if (id == 0)
		return ISMS_NOT_FOUND;
	return history_count_where(db, f, NULL, "AND id > :id", id, pos,
	    cause);
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

