/*
 * view.c - the paged-view engine of view.h: one statement shape per
 * question (count, page, rank, find, position), built from a register's
 * struct view_sql, the sort and its direction, and whether it starts at a
 * mark; the keyset condition compares the sort keys and the id with the
 * mark's values, bound with their SQL types.  Statements are cached on
 * the connection, keyed by their text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/view.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

static const struct view_sort *
view_sort_of(const struct view_req *q)
{
	return &q->sql->sorts[q->sort < q->sql->n_sorts ? q->sort : 0];
}

/* Whether the keys run ascending along the traversal (reverse: walking
 * the view backwards). */
static bool
view_up(const struct view_req *q, bool reverse)
{
	return q->descending == reverse;
}

/* " ORDER BY k1 D, k2 D, id I": the view's order, or its reverse. */
static void
view_order(struct buf *b, const struct view_req *q, bool reverse)
{
	const struct view_sort *s = view_sort_of(q);
	const char *d = view_up(q, reverse) ? "ASC" : "DESC";

	buf_printf(b, " ORDER BY %s %s", s->key, d);
	if (s->then != NULL)
		buf_printf(b, ", %s %s", s->then, d);
	buf_printf(b, ", %s %s", q->sql->id, reverse ? "DESC" : "ASC");
}

/* " AND (...)": the rows after the mark along the traversal (with the
 * mark's own row when inclusive). */
static void
view_after(struct buf *b, const struct view_req *q, bool reverse,
           bool inclusive)
{
	const struct view_sort *s = view_sort_of(q);
	const char *op = view_up(q, reverse) ? ">" : "<";
	const char *idop = reverse ? (inclusive ? "<=" : "<") :
	    (inclusive ? ">=" : ">");

	buf_printf(b, " AND ((%s) %s :m1 OR ((%s) = :m1 AND ", s->key, op,
	    s->key);
	if (s->then != NULL)
		buf_printf(b, "((%s) %s :m2 OR ((%s) = :m2 AND %s %s :mid))",
		    s->then, op, s->then, q->sql->id, idop);
	else
		buf_printf(b, "%s %s :mid", q->sql->id, idop);
	buf_adds(b, "))");
}

/* "k1, k2, id": the columns a mark is read from. */
static void
view_mark_cols(struct buf *b, const struct view_req *q)
{
	const struct view_sort *s = view_sort_of(q);

	buf_printf(b, "%s, %s, %s", s->key, s->then != NULL ? s->then : "NULL",
	    q->sql->id);
}

static void
view_bind_mark(struct db_stmt *st, const struct view_req *q,
               const struct rec_mark *m)
{
	db_bind_value(st, ":m1", &m->key[0]);
	if (view_sort_of(q)->then != NULL)
		db_bind_value(st, ":m2", &m->key[1]);
	db_bind_int(st, ":mid", m->id);
}

/* Prepare sql (cached) and bind the filter. */
static enum isms_status
view_prepare(struct db *db, const struct view_req *q, struct buf *sql,
             struct db_stmt **st, char **cause)
{
	enum isms_status rc = db_prepare_cached(db, buf_str(sql), st, cause);

	buf_done(sql);
	if (rc == ISMS_OK)
		q->sql->bind(*st, q->filter);
	return rc;
}

/* The mark in columns first .. first+2 of the current row. */
static void
view_read_mark(struct db_stmt *st, int first, struct rec_mark *m)
{
	memset(m, 0, sizeof *m);
	m->set = true;
	db_column_value(st, first, &m->key[0]);
	db_column_value(st, first + 1, &m->key[1]);
	m->id = db_column_int(st, first + 2);
}

static enum isms_status
view_number(struct db_stmt *st, size_t *out, char **cause)
{
	enum isms_status rc = ISMS_OK;
	int r = db_step(st, cause);

	if (r == DB_ROW)
		*out = (size_t)db_column_int(st, 0);
	else
		rc = r == DB_DONE ? ISMS_NOT_FOUND : db_stmt_error(st);
	db_finalize(st);
	return rc;
}

enum isms_status
view_count(struct db *db, const struct view_req *q, size_t *n, char **cause)
{
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;

	*n = 0;
	buf_init(&sql);
	buf_printf(&sql, "SELECT count(*) %s%s;", q->sql->from, q->sql->filter);
	if ((rc = view_prepare(db, q, &sql, &st, cause)) != ISMS_OK)
		return rc;
	return view_number(st, n, cause);
}

enum isms_status
view_rank(struct db *db, const struct view_req *q, const struct rec_mark *m,
          size_t *pos, char **cause)
{
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;

	*pos = 0;
	if (m == NULL || !m->set)
		return ISMS_OK;
	buf_init(&sql);
	buf_printf(&sql, "SELECT count(*) %s%s", q->sql->from, q->sql->filter);
	view_after(&sql, q, true, false);
	buf_addc(&sql, ';');
	if ((rc = view_prepare(db, q, &sql, &st, cause)) != ISMS_OK)
		return rc;
	view_bind_mark(st, q, m);
	return view_number(st, pos, cause);
}

/* The SQL of a page: the ids chosen first, scanning only what the filter
 * and the sort need; the full rows (and their marks) read for those ids
 * alone. */
static void
view_page_sql(struct buf *b, const struct view_req *q, bool from, bool back,
              bool inclusive)
{
	const struct view_sql *v = q->sql;

	buf_adds(b, "SELECT ");
	rec_sql_cols(b, v->rec);
	buf_adds(b, ", ");
	view_mark_cols(b, q);
	buf_printf(b, " %s %s AND %s IN (SELECT %s %s%s", v->rec->from,
	    v->rows_where, v->id, v->id, v->from, v->filter);
	if (from)
		view_after(b, q, back, inclusive);
	view_order(b, q, back);
	buf_adds(b, " LIMIT :limit)");
	view_order(b, q, back);
	buf_addc(b, ';');
}

/* Reverse n elements of size bytes in place. */
static void
view_reverse(void *base, size_t n, size_t size)
{
	char *a = base, *tmp = xmalloc(size);

	for (size_t i = 0, j = n - 1; n > 0 && i < j; i++, j--) {
		memcpy(tmp, a + i * size, size);
		memcpy(a + i * size, a + j * size, size);
		memcpy(a + j * size, tmp, size);
	}
	free(tmp);
}

/* Read every row of st with its mark. */
static enum isms_status
view_read_rows(struct db_stmt *st, const struct view_sql *v, void **rows,
               struct rec_mark **marks, size_t *n, char **cause)
{
	size_t cap = 0, size = v->rec->d->size;
	int r;

	while ((r = db_step(st, cause)) == DB_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*rows = xreallocarray(*rows, cap, size);
			*marks = xreallocarray(*marks, cap, sizeof **marks);
		}
		memset((char *)*rows + *n * size, 0, size);
		rec_sql_read(st, v->rec, (char *)*rows + *n * size);
		view_read_mark(st, rec_sql_ncols(v->rec), &(*marks)[*n]);
		(*n)++;
	}
	return r == DB_DONE ? ISMS_OK : db_stmt_error(st);
}

enum isms_status
view_page(struct db *db, const struct view_req *q, const struct rec_mark *from,
          int dir, bool inclusive, size_t limit, void **rows,
          struct rec_mark **marks, size_t *n, char **cause)
{
	bool start = from != NULL && from->set, back = dir < 0;
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;

	*rows = NULL;
	*marks = NULL;
	*n = 0;
	buf_init(&sql);
	view_page_sql(&sql, q, start, back, inclusive);
	if ((rc = view_prepare(db, q, &sql, &st, cause)) != ISMS_OK)
		return rc;
	if (start)
		view_bind_mark(st, q, from);
	db_bind_int(st, ":limit", limit > INT64_MAX ? -1 : (int64_t)limit);
	rc = view_read_rows(st, q->sql, rows, marks, n, cause);
	db_finalize(st);
	if (rc != ISMS_OK) {
		rec_free(q->sql->rec->d, *rows, *n);
		rec_marks_free(*marks, *n);
		*rows = NULL;
		*marks = NULL;
		*n = 0;
		return rc;
	}
	if (back) {                   /* read backwards: put in view order */
		view_reverse(*rows, *n, q->sql->rec->d->size);
		view_reverse(*marks, *n, sizeof **marks);
	}
	return ISMS_OK;
}

/* The first row of sql (which selects a mark) into *mark. */
static enum isms_status
view_first_mark(struct db_stmt *st, struct rec_mark *mark, char **cause)
{
	int r = db_step(st, cause);
	enum isms_status rc = ISMS_OK;

	if (r == DB_ROW)
		view_read_mark(st, 0, mark);
	else
		rc = r == DB_DONE ? ISMS_NOT_FOUND : db_stmt_error(st);
	db_finalize(st);
	return rc;
}

/* The first hit after from along the traversal (from NULL: from the
 * start of it). */
static enum isms_status
view_hit(struct db *db, const struct view_req *q, const char *needle,
         const struct rec_mark *from, bool back, struct rec_mark *mark,
         char **cause)
{
	bool start = from != NULL && from->set;
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;

	buf_init(&sql);
	buf_adds(&sql, "SELECT ");
	view_mark_cols(&sql, q);
	buf_printf(&sql, " %s%s AND instr(lower(%s), lower(:needle)) > 0",
	    q->sql->from, q->sql->filter, q->sql->hit);
	if (start)
		view_after(&sql, q, back, false);
	view_order(&sql, q, back);
	buf_adds(&sql, " LIMIT 1;");
	if ((rc = view_prepare(db, q, &sql, &st, cause)) != ISMS_OK)
		return rc;
	db_bind_text(st, ":needle", needle);
	if (start)
		view_bind_mark(st, q, from);
	return view_first_mark(st, mark, cause);
}

enum isms_status
view_find(struct db *db, const struct view_req *q, const char *needle,
          const struct rec_mark *from, int dir, size_t *pos,
          struct rec_mark *mark, char **cause)
{
	enum isms_status rc;

	memset(mark, 0, sizeof *mark);
	rc = view_hit(db, q, needle, from, dir < 0, mark, cause);
	if (rc == ISMS_NOT_FOUND && from != NULL && from->set)
		rc = view_hit(db, q, needle, NULL, dir < 0, mark, cause);
	if (rc == ISMS_OK && (rc = view_rank(db, q, mark, pos, cause)) !=
	    ISMS_OK)
		rec_mark_done(mark);
	return rc;
}

enum isms_status
view_position(struct db *db, const struct view_req *q, const char *key,
              size_t *pos, struct rec_mark *mark, char **cause)
{
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;

	memset(mark, 0, sizeof *mark);
	buf_init(&sql);
	buf_adds(&sql, "SELECT ");
	view_mark_cols(&sql, q);
	buf_printf(&sql, " %s%s AND %s = :key COLLATE NOCASE LIMIT 1;",
	    q->sql->from, q->sql->filter, q->sql->name);
	if ((rc = view_prepare(db, q, &sql, &st, cause)) != ISMS_OK)
		return rc;
	db_bind_text(st, ":key", key);
	rc = view_first_mark(st, mark, cause);
	if (rc == ISMS_OK && (rc = view_rank(db, q, mark, pos, cause)) !=
	    ISMS_OK)
		rec_mark_done(mark);
	return rc;
}
