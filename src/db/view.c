/*
 * view.c - the paged-view engine of view.h: the statements of each
 * question (count, page, each, rank, find, locate), built from a
 * register's struct view_sql, the filters that are on, the sort and its
 * direction, and whether they start at a mark.  Statements are cached on
 * the connection, keyed by their text.
 *
 * Every statement that starts at a mark walks one index range at a time,
 * because SQLite seeks an index for a comparison of a row value only on
 * plain columns, not on an expression or a collation, and reads an order
 * off an index only when every key runs the same way:
 *
 * - An ascending view is walked in arms: the rows that tie with the mark
 *   on every key and come later by id, then those that tie on the first
 *   key and come later by the second, then those later by the first.
 * - A descending view keeps ties in id order, so its keys run one way and
 *   its ids the other: it is walked group by group (the rows that tie
 *   with the mark, then each next key in turn, each group read off the
 *   index in id order).  A view with a second key (only the SoA's, 93
 *   rows) is read in one statement sorted in full instead.
 * - A rank counts the arms before the mark, in no order.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/view.h"
#include "isms/util/xmalloc.h"

/* The view as the file's schema has it. */
static struct view_req
view_for(struct db *db, const struct view_req *q)
{
	struct view_req r = *q;

	while (r.sql->old != NULL && db_schema(db) > 0 &&
	    db_schema(db) < r.sql->since)
		r.sql = r.sql->old;
	return r;
}

static const struct view_sort *
view_sort_of(const struct view_req *q)
{
	return &q->sql->sorts[q->sort < q->sql->n_sorts ? q->sort : 0];
}

/* The sort keys of q and how many (1 or 2). */
static size_t
view_keys(const struct view_req *q, const char *keys[2])
{
	const struct view_sort *s = view_sort_of(q);

	keys[0] = s->key;
	keys[1] = s->then;
	return s->then != NULL ? 2 : 1;
}

/* Along a traversal (back: walking the view backwards) the keys ascend
 * when the view's order and the walk agree; ids ascend on a forward walk,
 * whatever the order: ties stay in id order. */
static bool
view_keys_up(const struct view_req *q, bool back)
{
	return q->descending == back;
}

static const char *
view_dir(bool up)
{
	return up ? "ASC" : "DESC";
}

/* " ORDER BY k1 D, k2 D, id D": the whole order along the traversal. */
static void
view_order(struct buf *b, const struct view_req *q, bool back)
{
	const char *keys[2], *d = view_dir(view_keys_up(q, back));
	size_t n = view_keys(q, keys);

	buf_adds(b, " ORDER BY ");
	for (size_t j = 0; j < n; j++)
		buf_printf(b, "%s %s, ", keys[j], d);
	buf_printf(b, "%s %s", q->sql->id, view_dir(!back));
}

/* " AND id > :mid": later by id along the traversal. */
static void
view_id_after(struct buf *b, const struct view_req *q, bool back,
              bool inclusive)
{
	buf_printf(b, " AND %s %s%s :mid", q->sql->id, back ? "<" : ">",
	    inclusive ? "=" : "");
}

/*
 * Arm arm of the rows after the mark along the traversal: arm n (the
 * number of keys) holds every key equal to the mark's and comes later by
 * id (the mark's own row too when inclusive); arm j < n holds the first j
 * keys equal and is later by key j.  Walked n, n-1, ..., 0 the arms are
 * the traversal in order; each is one range of the sort key's index.
 */
static void
view_arm(struct buf *b, const struct view_req *q, size_t arm, bool back,
         bool inclusive)
{
	const char *keys[2];
	size_t n = view_keys(q, keys);

	for (size_t j = 0; j < arm && j < n; j++)
		buf_printf(b, " AND %s = :m%zu", keys[j], j + 1);
	if (arm < n)
		buf_printf(b, " AND %s %s :m%zu", keys[arm],
		    view_keys_up(q, back) ? ">" : "<", arm + 1);
	else
		view_id_after(b, q, back, inclusive);
}

/* " ORDER BY ...": the order within an arm, which leaves out the keys it
 * holds equal (SQLite reads it off the index then, without sorting). */
static void
view_arm_order(struct buf *b, const struct view_req *q, size_t arm,
               bool back)
{
	const char *keys[2], *d = view_dir(view_keys_up(q, back));
	size_t n = view_keys(q, keys);

	buf_adds(b, " ORDER BY ");
	for (size_t j = arm; j < n; j++)
		buf_printf(b, "%s %s, ", keys[j], d);
	buf_printf(b, "%s %s", q->sql->id, view_dir(!back));
}

/* " AND ((k1, k2) > (:m1, :m2) OR ((k1, k2) = (:m1, :m2) AND id > :mid))":
 * the rows after the mark in one condition, for a view read sorted in
 * full. */
static void
view_after_all(struct buf *b, const struct view_req *q, bool back,
               bool inclusive)
{
	const char *keys[2];
	size_t n = view_keys(q, keys);
	struct buf k, m;

	buf_init(&k);
	buf_init(&m);
	for (size_t j = 0; j < n; j++) {
		buf_printf(&k, "%s%s", j ? ", " : "", keys[j]);
		buf_printf(&m, "%s:m%zu", j ? ", " : "", j + 1);
	}
	buf_printf(b, " AND ((%s) %s (%s) OR ((%s) = (%s)", buf_str(&k),
	    view_keys_up(q, back) ? ">" : "<", buf_str(&m), buf_str(&k),
	    buf_str(&m));
	view_id_after(b, q, back, inclusive);
	buf_adds(b, "))");
	buf_done(&k);
	buf_done(&m);
}

/* The arms of q, or 0 when it is read sorted in full. */
static size_t
view_arms(const struct view_req *q)
{
	const char *keys[2];
	size_t n = view_keys(q, keys);

	return q->descending && n > 1 ? 0 : n + 1;
}

/* "k1, k2, id": the columns a mark is read from. */
static void
view_mark_cols(struct buf *b, const struct view_req *q)
{
	const struct view_sort *s = view_sort_of(q);

	buf_printf(b, "%s, %s, %s", s->key, s->then != NULL ? s->then : "NULL",
	    q->sql->id);
}

/* The mark's values the statement st compares with (the names it has). */
static void
view_bind_mark(struct db_stmt *st, const struct view_req *q, size_t arm,
               const struct rec_mark *m)
{
	const char *keys[2];
	size_t n = view_keys(q, keys);

	db_bind_value(st, ":m1", &m->key[0]);
	if (n == 2 && arm >= 1)
		db_bind_value(st, ":m2", &m->key[1]);
	if (arm == n)
		db_bind_int(st, ":mid", m->id);
}

/* The mark's values a condition over every key and the id compares
 * with (view_after_all(), the last arm). */
static void
view_bind_all(struct db_stmt *st, const struct view_req *q,
              const struct rec_mark *m)
{
	const char *keys[2];

	view_bind_mark(st, q, view_keys(q, keys), m);
}

/* " FROM ... WHERE ... AND <filters on>" */
static void
view_where(struct buf *b, const struct view_req *q)
{
	buf_printf(b, " %s", q->sql->from);
	if (q->sql->filter != NULL)
		q->sql->filter(b, q->filter, q->sql->ctx);
}

/* Prepare sql (cached) and bind the filter. */
static enum isms_status
view_prepare(struct db *db, const struct view_req *q, struct buf *sql,
             struct db_stmt **st, char **cause)
{
	enum isms_status rc = db_prepare_cached(db, buf_str(sql), st, cause);

	buf_done(sql);
	if (rc == ISMS_OK && q->sql->bind != NULL)
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

static void
view_bind_limit(struct db_stmt *st, size_t limit)
{
	db_bind_int(st, ":limit", limit > INT64_MAX ? -1 : (int64_t)limit);
}

static size_t
view_less(size_t limit, size_t n)
{
	return limit == SIZE_MAX ? SIZE_MAX : limit - n;
}

enum isms_status
view_count(struct db *db, const struct view_req *req, size_t limit,
           size_t *n, char **cause)
{
	struct view_req q = view_for(db, req);
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;

	*n = 0;
	buf_init(&sql);
	if (limit == SIZE_MAX) {
		buf_adds(&sql, "SELECT count(*)");
		view_where(&sql, &q);
	} else {
		buf_adds(&sql, "SELECT count(*) FROM (SELECT 1");
		view_where(&sql, &q);
		buf_adds(&sql, " LIMIT :limit)");
	}
	buf_addc(&sql, ';');
	if ((rc = view_prepare(db, &q, &sql, &st, cause)) != ISMS_OK)
		return rc;
	if (limit != SIZE_MAX)
		view_bind_limit(st, limit);
	return view_number(st, n, cause);
}

/* Rows of one arm before the mark (all of them when arms is 0), counting
 * no further than limit. */
static enum isms_status
view_rank_arm(struct db *db, const struct view_req *q,
              const struct rec_mark *m, size_t arm, size_t limit, size_t *n,
              char **cause)
{
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;

	buf_init(&sql);
	buf_adds(&sql, "SELECT count(*) FROM (SELECT 1");
	view_where(&sql, q);
	if (view_arms(q) == 0)
		view_after_all(&sql, q, true, false);
	else
		view_arm(&sql, q, arm, true, false);
	buf_adds(&sql, " LIMIT :limit);");
	if ((rc = view_prepare(db, q, &sql, &st, cause)) != ISMS_OK)
		return rc;
	if (view_arms(q) == 0)
		view_bind_all(st, q, m);
	else
		view_bind_mark(st, q, arm, m);
	view_bind_limit(st, limit);
	return view_number(st, n, cause);
}

enum isms_status
view_rank(struct db *db, const struct view_req *req,
          const struct rec_mark *m, size_t limit, size_t *pos, char **cause)
{
	struct view_req q = view_for(db, req);
	size_t arms = view_arms(&q), n = 0;
	enum isms_status rc = ISMS_OK;

	*pos = 0;
	if (m == NULL || !m->set)
		return ISMS_OK;
	if (arms == 0)
		return view_rank_arm(db, &q, m, 0, limit, pos, cause);
	for (size_t arm = 0; rc == ISMS_OK && arm < arms && *pos < limit;
	    arm++) {
		rc = view_rank_arm(db, &q, m, arm, view_less(limit, *pos), &n,
		    cause);
		*pos += rc == ISMS_OK ? n : 0;
	}
	return rc;
}

/* ---- pages ---- */

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

/* A page being read: its rows and marks so far. */
struct view_rows {
	void *rows;
	struct rec_mark *marks;
	size_t n, cap;
};

/* Read every row of st with its mark onto the page. */
static enum isms_status
view_read_rows(struct db_stmt *st, const struct view_sql *v,
               struct view_rows *pg, char **cause)
{
	size_t size = v->rec->d->size;
	int r;

	while ((r = db_step(st, cause)) == DB_ROW) {
		if (pg->n == pg->cap) {
			pg->cap = pg->cap ? pg->cap * 2 : 16;
			pg->rows = xreallocarray(pg->rows, pg->cap, size);
			pg->marks = xreallocarray(pg->marks, pg->cap,
			    sizeof *pg->marks);
		}
		memset((char *)pg->rows + pg->n * size, 0, size);
		rec_sql_read(st, v->rec, (char *)pg->rows + pg->n * size);
		view_read_mark(st, rec_sql_ncols(v->rec), &pg->marks[pg->n]);
		pg->n++;
	}
	return r == DB_DONE ? ISMS_OK : db_stmt_error(st);
}

/* How a piece of a page is chosen: the condition and order of the ids
 * (the full rows are read for those ids alone). */
enum view_piece { PIECE_ALL, PIECE_ARM, PIECE_AFTER, PIECE_GROUP };

struct view_walk {
	const struct view_req *q;
	const struct rec_mark *from;
	bool back, inclusive;
	size_t arm;                   /* PIECE_ARM */
	const struct rec_value *group;        /* PIECE_GROUP: its key */
};

static void
view_piece_sql(struct buf *b, const struct view_walk *w, enum view_piece p)
{
	const struct view_req *q = w->q;
	const struct view_sql *v = q->sql;

	buf_adds(b, "SELECT ");
	rec_sql_cols(b, v->rec);
	buf_adds(b, ", ");
	view_mark_cols(b, q);
	buf_printf(b, " %s %s AND %s IN (SELECT %s", v->rec->from,
	    v->rows_where, v->id, v->id);
	view_where(b, q);
	switch (p) {
	case PIECE_ALL:
		view_order(b, q, w->back);
		break;
	case PIECE_ARM:
		view_arm(b, q, w->arm, w->back, w->inclusive);
		view_arm_order(b, q, w->arm, w->back);
		break;
	case PIECE_AFTER:
		view_after_all(b, q, w->back, w->inclusive);
		view_order(b, q, w->back);
		break;
	case PIECE_GROUP:
		buf_printf(b, " AND %s = :g", view_sort_of(q)->key);
		buf_printf(b, " ORDER BY %s %s", v->id, view_dir(!w->back));
		break;
	}
	buf_adds(b, " LIMIT :limit)");
	view_order(b, q, w->back);
	buf_addc(b, ';');
}

/* At most limit more rows of piece p onto the page. */
static enum isms_status
view_piece(struct db *db, const struct view_walk *w, enum view_piece p,
           size_t limit, struct view_rows *pg, char **cause)
{
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;

	buf_init(&sql);
	view_piece_sql(&sql, w, p);
	if ((rc = view_prepare(db, w->q, &sql, &st, cause)) != ISMS_OK)
		return rc;
	if (p == PIECE_ARM)
		view_bind_mark(st, w->q, w->arm, w->from);
	else if (p == PIECE_AFTER)
		view_bind_all(st, w->q, w->from);
	else if (p == PIECE_GROUP)
		db_bind_value(st, ":g", w->group);
	view_bind_limit(st, limit);
	rc = view_read_rows(st, w->q->sql, pg, cause);
	db_finalize(st);
	return rc;
}

/* The key of the next group along the traversal after key cur (NULL:
 * the first group) into *next; ISMS_NOT_FOUND when there is none. */
static enum isms_status
view_next_group(struct db *db, const struct view_walk *w,
                const struct rec_value *cur, struct rec_value *next,
                char **cause)
{
	const struct view_req *q = w->q;
	const char *key = view_sort_of(q)->key;
	bool up = view_keys_up(q, w->back);
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;
	int r;

	buf_init(&sql);
	buf_printf(&sql, "SELECT %s", key);
	view_where(&sql, q);
	if (cur != NULL)
		buf_printf(&sql, " AND %s %s :g", key, up ? ">" : "<");
	buf_printf(&sql, " ORDER BY %s %s LIMIT 1;", key, view_dir(up));
	if ((rc = view_prepare(db, q, &sql, &st, cause)) != ISMS_OK)
		return rc;
	if (cur != NULL)
		db_bind_value(st, ":g", cur);
	if ((r = db_step(st, cause)) == DB_ROW)
		db_column_value(st, 0, next);
	else
		rc = r == DB_DONE ? ISMS_NOT_FOUND : db_stmt_error(st);
	db_finalize(st);
	return rc;
}

/* A view whose keys and ids run opposite ways, group by group: the
 * rows that tie with the mark, then each next key's. */
static enum isms_status
view_walk_groups(struct db *db, struct view_walk *w, size_t limit,
                 struct view_rows *pg, char **cause)
{
	struct rec_value cur = { 0 }, next = { 0 };
	bool have = w->from != NULL;
	enum isms_status rc = ISMS_OK;

	if (have) {
		w->arm = 1;
		rc = view_piece(db, w, PIECE_ARM, limit, pg, cause);
		rec_value_copy(&cur, &w->from->key[0]);
	}
	while (rc == ISMS_OK && pg->n < limit) {
		rc = view_next_group(db, w, have ? &cur : NULL, &next, cause);
		if (rc == ISMS_NOT_FOUND) {
			rc = ISMS_OK;
			break;
		}
		w->group = &next;
		if (rc == ISMS_OK)
			rc = view_piece(db, w, PIECE_GROUP,
			    view_less(limit, pg->n), pg, cause);
		rec_value_done(&cur);
		cur = next;
		memset(&next, 0, sizeof next);
		have = true;
	}
	rec_value_done(&cur);
	rec_value_done(&next);
	return rc;
}

enum isms_status
view_page(struct db *db, const struct view_req *req,
          const struct rec_mark *from, int dir, bool inclusive, size_t limit,
          void **rows, struct rec_mark **marks, size_t *n, char **cause)
{
	struct view_req q = view_for(db, req);
	struct view_rows pg = { 0 };
	struct view_walk w = { &q, from != NULL && from->set ? from : NULL,
	    dir < 0, inclusive, 0, NULL };
	size_t arms = view_arms(&q);
	enum isms_status rc = ISMS_OK;

	if (q.descending && arms > 0)
		rc = view_walk_groups(db, &w, limit, &pg, cause);
	else if (w.from == NULL)
		rc = view_piece(db, &w, PIECE_ALL, limit, &pg, cause);
	else if (arms == 0)
		rc = view_piece(db, &w, PIECE_AFTER, limit, &pg, cause);
	for (size_t k = 0; !q.descending && w.from != NULL && rc == ISMS_OK &&
	    k < arms && pg.n < limit; k++) {
		w.arm = arms - 1 - k;
		rc = view_piece(db, &w, PIECE_ARM, view_less(limit, pg.n), &pg,
		    cause);
	}
	if (rc != ISMS_OK) {
		rec_free(q.sql->rec->d, pg.rows, pg.n);
		rec_marks_free(pg.marks, pg.n);
		pg = (struct view_rows){ 0 };
	} else if (w.back) {          /* read backwards: put in view order */
		view_reverse(pg.rows, pg.n, q.sql->rec->d->size);
		view_reverse(pg.marks, pg.n, sizeof *pg.marks);
	}
	*rows = pg.rows;
	*marks = pg.marks;
	*n = pg.n;
	return rc;
}

enum isms_status
view_each(struct db *db, const struct view_req *req,
          int (*each)(void *ctx, const void *row), void *ctx, int *stopped,
          char **cause)
{
	struct view_req q = view_for(db, req);
	const struct rec_sql *rs = q.sql->rec;
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;

	if (stopped != NULL)
		*stopped = 0;
	buf_init(&sql);
	buf_adds(&sql, "SELECT ");
	rec_sql_cols(&sql, rs);
	buf_printf(&sql, " %s %s", rs->from, q.sql->rows_where);
	if (q.sql->filter != NULL)
		q.sql->filter(&sql, q.filter, q.sql->ctx);
	view_order(&sql, &q, false);
	buf_addc(&sql, ';');
	if ((rc = view_prepare(db, &q, &sql, &st, cause)) != ISMS_OK)
		return rc;
	rc = rec_sql_each(st, rs, each, ctx, stopped, cause);
	db_finalize(st);
	return rc;
}

/* ---- finding ---- */

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

/* The first hit of one arm after from (arm SIZE_MAX: the rows after from
 * in one condition; from NULL: from the start), along the traversal. */
static enum isms_status
view_hit_arm(struct db *db, const struct view_req *q, const char *needle,
             const char *narrow, const struct rec_mark *from, size_t arm,
             bool back, struct rec_mark *mark, char **cause)
{
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;

	buf_init(&sql);
	buf_adds(&sql, "SELECT ");
	view_mark_cols(&sql, q);
	view_where(&sql, q);
	if (narrow != NULL)
		buf_adds(&sql, q->sql->hit_narrow);
	buf_printf(&sql, " AND instr(lower(%s), lower(:needle)) > 0",
	    q->sql->hit);
	if (from != NULL && arm != SIZE_MAX) {
		view_arm(&sql, q, arm, back, false);
		view_arm_order(&sql, q, arm, back);
	} else {
		if (from != NULL)
			view_after_all(&sql, q, back, false);
		view_order(&sql, q, back);
	}
	buf_adds(&sql, " LIMIT 1;");
	if ((rc = view_prepare(db, q, &sql, &st, cause)) != ISMS_OK)
		return rc;
	db_bind_text(st, ":needle", needle);
	if (narrow != NULL)
		db_bind_text(st, ":narrow", narrow);
	if (from != NULL && arm == SIZE_MAX)
		view_bind_all(st, q, from);
	else if (from != NULL)
		view_bind_mark(st, q, arm, from);
	return view_first_mark(st, mark, cause);
}

/* The first hit after from along the traversal (from NULL: from the
 * start of it); a descending view, sorted in full. */
static enum isms_status
view_hit(struct db *db, const struct view_req *q, const char *needle,
         const char *narrow, const struct rec_mark *from, bool back,
         struct rec_mark *mark, char **cause)
{
	size_t arms = view_arms(q);
	enum isms_status rc = ISMS_NOT_FOUND;

	if (from == NULL || !from->set || q->descending || arms == 0)
		return view_hit_arm(db, q, needle, narrow, from != NULL &&
		    from->set ? from : NULL, SIZE_MAX, back, mark, cause);
	for (size_t k = 0; rc == ISMS_NOT_FOUND && k < arms; k++)
		rc = view_hit_arm(db, q, needle, narrow, from, arms - 1 - k,
		    back, mark, cause);
	return rc;
}

enum isms_status
view_find(struct db *db, const struct view_req *req, const char *needle,
          const struct rec_mark *from, int dir, struct rec_mark *mark,
          char **cause)
{
	struct view_req q = view_for(db, req);
	char *narrow = NULL;
	enum isms_status rc = ISMS_OK;

	memset(mark, 0, sizeof *mark);
	if (q.sql->hit_plan != NULL)
		rc = q.sql->hit_plan(db, needle, &narrow, cause);
	if (rc == ISMS_OK)
		rc = view_hit(db, &q, needle, narrow, from, dir < 0, mark,
		    cause);
	if (rc == ISMS_NOT_FOUND && from != NULL && from->set)
		rc = view_hit(db, &q, needle, narrow, NULL, dir < 0, mark,
		    cause);
	free(narrow);
	return rc;
}

enum isms_status
view_locate(struct db *db, const struct view_req *req, const char *key,
            struct rec_mark *mark, char **cause)
{
	struct view_req q = view_for(db, req);
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;

	memset(mark, 0, sizeof *mark);
	buf_init(&sql);
	buf_adds(&sql, "SELECT ");
	view_mark_cols(&sql, &q);
	view_where(&sql, &q);
	buf_printf(&sql, " AND %s LIMIT 1;", q.sql->named);
	if ((rc = view_prepare(db, &q, &sql, &st, cause)) != ISMS_OK)
		return rc;
	db_bind_text(st, ":key", key);
	return view_first_mark(st, mark, cause);
}
