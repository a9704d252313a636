/*
 * window.c - the window cache of window.h: which known mark to page from
 * (the cheapest in rows read), the pages asked of the model by key, the
 * rows kept, and the counts and ranks left for idle time: a count is
 * extended as far as rows are wanted, a provisional position (never
 * above the true one: it is a rank counted no further than
 * WINDOW_RANK_NOW) becomes exact when idle, when a page runs short of
 * the end it was sure to reach, or when a key goes above its top.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "isms/ui/window.h"
#include "isms/util/xmalloc.h"

void
window_init(struct window *w, struct app *app, const struct reg *reg)
{
	memset(w, 0, sizeof *w);
	w->app = app;
	w->reg = reg;
	w->count_exact = true;
}

/* Release n rows of the register at rows, and the array. */
static void
window_free_rows(const struct window *w, void *rows, size_t n)
{
	rec_free(reg_desc(w->reg), rows, n);
}

static void
window_drop(struct window *w)
{
	window_free_rows(w, w->rows, w->n);
	rec_marks_free(w->marks, w->n);
	w->rows = NULL;
	w->marks = NULL;
	w->top = w->n = 0;
}

void
window_done(struct window *w)
{
	window_drop(w);
	rec_mark_done(&w->anchor);
	rec_mark_done(&w->edge);
}

void
window_forget(struct window *w)
{
	w->all_known = false;
}

/* Set the anchor to a copy of mark at pos. */
static void
window_anchor(struct window *w, const struct rec_mark *mark, size_t pos)
{
	rec_mark_done(&w->anchor);
	rec_mark_copy(&w->anchor, mark);
	w->anchor_pos = pos;
}

/* A failed read: its message shown, unless a key interrupted it (or it
 * did not fail). */
static void
window_fail(struct window *w, enum isms_status rc, char *cause)
{
	if (rc == ISMS_OK || rc == ISMS_INTERRUPTED)
		free(cause);
	else
		app_fail(w->app, cause);
}

/* Provisional positions are now known to be delta short of the true
 * ones: move them all. */
static void
window_shift(struct window *w, long delta)
{
	if (w->n > 0)
		w->top = (size_t)((long)w->top + delta);
	if (w->anchor.set)
		w->anchor_pos = (size_t)((long)w->anchor_pos + delta);
	w->moved += delta;
	w->floating = false;
}

/* A page: n rows from mark from in direction dir (see reg_view_page()). */
struct window_page {
	void *rows;
	struct rec_mark *marks;
	size_t n;
};

static void
window_page_free(struct window *w, struct window_page *pg)
{
	window_free_rows(w, pg->rows, pg->n);
	rec_marks_free(pg->marks, pg->n);
	memset(pg, 0, sizeof *pg);
}

static bool
window_page(struct window *w, const void *query, const struct rec_mark *from,
            int dir, bool inclusive, size_t limit, struct window_page *pg)
{
	char *cause = NULL;
	enum isms_status rc;

	pg->rows = NULL;
	pg->marks = NULL;
	pg->n = 0;
	if (limit == 0)
		return true;
	rc = reg_view_page(w->app->m, w->reg, query, from, dir, inclusive,
	    limit, &pg->rows, &pg->marks, &pg->n, &cause);
	if (rc != ISMS_OK) {
		window_fail(w, rc, cause);
		return false;
	}
	w->fetched += pg->n;
	return true;
}

/* A page from the mark at provisional position at that came back short
 * of the end it was sure to reach tells where that mark truly stands:
 * move every position, drop the page, and say so (the caller fetches
 * again, at the new positions). */
static bool
window_short(struct window *w, struct window_page *pg, size_t at, int dir,
             bool inclusive, size_t asked)
{
	size_t truly;

	if (!w->floating || pg->n >= asked)
		return false;
	if (dir > 0)                  /* pg->n rows from it to the end */
		truly = w->count - pg->n - (inclusive ? 0 : 1);
	else                          /* pg->n rows before it */
		truly = pg->n;
	window_page_free(w, pg);
	window_shift(w, (long)truly - (long)at);
	return true;
}

/* Keep rows skip .. skip+n-1 of page a followed by page b as the window
 * at top; release the rest. */
static void
window_keep(struct window *w, struct window_page *a, struct window_page *b,
            size_t skip, size_t n, size_t top)
{
	size_t size = reg_desc(w->reg)->size, total = a->n + b->n, k = 0;

	window_drop(w);
	w->rows = xcalloc(n > 0 ? n : 1, size);
	w->marks = xcalloc(n > 0 ? n : 1, sizeof *w->marks);
	for (size_t i = 0; i < total; i++) {
		struct window_page *pg = i < a->n ? a : b;
		size_t j = i < a->n ? i : i - a->n;
		char *row = (char *)pg->rows + j * size;

		if (i >= skip && k < n) {
			memcpy((char *)w->rows + k * size, row, size);
			w->marks[k++] = pg->marks[j];   /* moved, not copied */
		} else {
			rec_done(reg_desc(w->reg), row);
			rec_mark_done(&pg->marks[j]);
		}
	}
	free(a->rows);
	free(a->marks);
	free(b->rows);
	free(b->marks);
	w->top = top;
	w->n = k;
}

/* Read up to k more rows after the last one known to exist, while the
 * count is not known: the count grows by what came, and is known when
 * fewer came.  The first rows read are kept as the window. */
static bool
window_ahead(struct window *w, const void *query, size_t k)
{
	struct window_page pg, none = { 0 };

	if (w->count_exact)
		return true;
	if (!window_page(w, query, w->edge.set ? &w->edge : NULL, 1, false, k,
	    &pg))
		return false;
	if (pg.n > 0) {
		rec_mark_done(&w->edge);
		rec_mark_copy(&w->edge, &pg.marks[pg.n - 1]);
	}
	if (w->count == 0 && w->n == 0) {
		w->count = pg.n;
		window_keep(w, &pg, &none, 0, pg.n, 0);
	} else {
		w->count += pg.n;
		window_page_free(w, &pg);
	}
	if (pg.n < k) {
		w->count_exact = true;
		rec_mark_done(&w->edge);
	}
	return true;
}

/* The count, and the total when the data changed: exact where that is
 * cheap, else what the first rows say (and idle time says the rest). */
static bool
window_count(struct window *w, const void *query)
{
	char *cause = NULL;
	bool exact = true;
	enum isms_status rc = ISMS_OK;

	rec_mark_done(&w->edge);
	w->count = 0;
	w->count_exact = true;
	if (!w->all_known) {
		w->all = 0;
		rc = reg_view_count(w->app->m, w->reg, NULL, &w->all, &cause);
		w->all_known = rc == ISMS_OK;
	}
	if (rc == ISMS_OK)
		rc = reg_view_count_quick(w->app->m, w->reg, query, &w->count,
		    &exact, &cause);
	if (rc != ISMS_OK) {
		window_fail(w, rc, cause);
		w->count = 0;
		return false;
	}
	w->cheap = exact;
	if (!exact) {
		w->count_exact = false;
		w->count = 0;
		return window_ahead(w, query, w->ahead > 0 ? w->ahead :
		    WINDOW_AHEAD);
	}
	return true;
}

/* The exact count now, however long it takes. */
static bool
window_count_all(struct window *w, const void *query)
{
	char *cause = NULL;
	size_t n = 0;
	enum isms_status rc;

	if (w->count_exact)
		return true;
	rc = reg_view_count(w->app->m, w->reg, query, &n, &cause);
	if (rc != ISMS_OK) {
		window_fail(w, rc, cause);
		return false;
	}
	w->count = n;
	w->count_exact = true;
	rec_mark_done(&w->edge);
	return true;
}

void
window_requery(struct window *w, const void *query, bool counts,
               const char *keep, size_t *cursor)
{
	window_drop(w);
	rec_mark_done(&w->anchor);
	w->floating = false;
	w->moved = 0;
	*cursor = 0;
	/* a count still growing grew in the old order: start it again */
	if ((counts || !w->count_exact) && !window_count(w, query))
		return;
	if (keep != NULL && !window_locate(w, query, keep, cursor))
		w->app->message[0] = '\0';    /* gone: the top, quietly */
}

/* A known mark to page from: its position (SIZE_MAX for "before the
 * first", count for "after the last") and the mark (NULL at the ends). */
struct window_from {
	size_t pos;
	const struct rec_mark *mark;
};

/* Rows read to get top .. top+n-1 from f. */
static size_t
window_cost(const struct window_from *f, size_t top, size_t n)
{
	if (f->pos == SIZE_MAX)
		return top + n;
	if (f->pos <= top)
		return top + n - f->pos;
	return f->pos - top + (top + n > f->pos ? top + n - f->pos : 0);
}

/* The cheapest known mark for top .. top+n-1; while positions float,
 * the ends are not where they say, and only marks serve. */
static struct window_from
window_best(const struct window *w, size_t top, size_t n)
{
	struct window_from c[5], best;
	size_t k = 0;

	if (!w->floating) {
		c[k++] = (struct window_from){ SIZE_MAX, NULL };
		if (w->count_exact)
			c[k++] = (struct window_from){ w->count, NULL };
	}
	if (w->anchor.set && w->anchor_pos < w->count)
		c[k++] = (struct window_from){ w->anchor_pos, &w->anchor };
	if (w->n > 0) {
		c[k++] = (struct window_from){ w->top, &w->marks[0] };
		c[k++] = (struct window_from){ w->top + w->n - 1,
		    &w->marks[w->n - 1] };
	}
	if (k == 0)                   /* nothing known: from the start */
		c[k++] = (struct window_from){ SIZE_MAX, NULL };
	best = c[0];
	for (size_t i = 1; i < k; i++)
		if (window_cost(&c[i], top, n) < window_cost(&best, top, n))
			best = c[i];
	return best;
}

/* The window as rows lo .. hi-1 of those at hand with page pg before them
 * (before) or after them. */
static void
window_splice(struct window *w, size_t lo, size_t hi, struct window_page *pg,
              bool before)
{
	size_t size = reg_desc(w->reg)->size, n = hi - lo + pg->n, k = 0;
	char *rows = xcalloc(n > 0 ? n : 1, size);
	struct rec_mark *marks = xcalloc(n > 0 ? n : 1, sizeof *marks);

	if (before)
		for (size_t i = 0; i < pg->n; i++, k++) {
			memcpy(rows + k * size, (char *)pg->rows + i * size,
			    size);
			marks[k] = pg->marks[i];
		}
	for (size_t i = 0; i < w->n; i++) {
		char *row = (char *)w->rows + i * size;

		if (w->top + i >= lo && w->top + i < hi) {
			memcpy(rows + k * size, row, size);
			marks[k++] = w->marks[i];
		} else {
			rec_done(reg_desc(w->reg), row);
			rec_mark_done(&w->marks[i]);
		}
	}
	if (!before)
		for (size_t i = 0; i < pg->n; i++, k++) {
			memcpy(rows + k * size, (char *)pg->rows + i * size,
			    size);
			marks[k] = pg->marks[i];
		}
	free(pg->rows);
	free(pg->marks);
	free(w->rows);
	free(w->marks);
	w->rows = rows;
	w->marks = marks;
	w->top = before ? lo - pg->n : lo;
	w->n = k;
}

/* Slide the window to top .. top+n-1 when that overlaps the rows at hand
 * on one side: keep the rows shared, read only the others (a scroll by one
 * row reads one row).  False when it does not apply. */
static bool
window_slide(struct window *w, const void *query, size_t top, size_t n)
{
	size_t end = top + n, wend = w->top + w->n;
	struct window_page pg;

	if (w->n == 0 || end <= w->top || top >= wend)
		return false;
	if (top >= w->top && end > wend) {
		if (window_page(w, query, &w->marks[w->n - 1], 1, false,
		    end - wend, &pg) && !window_short(w, &pg, wend - 1, 1,
		    false, end - wend))
			window_splice(w, top, wend, &pg, false);
		return true;
	}
	if (top < w->top && end <= wend) {
		if (window_page(w, query, &w->marks[0], -1, false, w->top - top,
		    &pg) && !window_short(w, &pg, w->top, -1, false,
		    w->top - top))
			window_splice(w, w->top, end, &pg, true);
		return true;
	}
	return false;
}

void
window_fetch(struct window *w, const void *query, size_t top, size_t n)
{
	struct window_page a = { 0 }, b = { 0 };
	struct window_from f;

	if (top >= w->count || n == 0)
		return;
	if (top + n > w->count)
		n = w->count - top;
	if (w->n > 0 && top >= w->top && top + n <= w->top + w->n)
		return;
	if (window_slide(w, query, top, n))
		return;
	f = window_best(w, top, n);
	if (f.pos == SIZE_MAX) {                  /* from the first row */
		if (window_page(w, query, NULL, 1, false, top + n, &a))
			window_keep(w, &a, &b, top, n, top);
	} else if (f.mark == NULL) {              /* from the last row */
		if (window_page(w, query, NULL, -1, false, w->count - top, &a))
			window_keep(w, &a, &b, 0, n, top);
	} else if (f.pos <= top) {                /* forward from a mark */
		if (window_page(w, query, f.mark, 1, true, top + n - f.pos, &a)
		    && !window_short(w, &a, f.pos, 1, true, top + n - f.pos))
			window_keep(w, &a, &b, top - f.pos, n, top);
	} else if (window_page(w, query, f.mark, -1, false, f.pos - top, &a)) {
		if (window_short(w, &a, f.pos, -1, false, f.pos - top))
			return;
		/* back from a mark past top, and on from it if need be */
		if (top + n > f.pos && (!window_page(w, query, f.mark, 1, true,
		    top + n - f.pos, &b) || window_short(w, &b, f.pos, 1, true,
		    top + n - f.pos))) {
			window_page_free(w, &a);
			return;
		}
		window_keep(w, &a, &b, 0, n, top);
	}
}

const void *
window_at(struct window *w, const void *query, size_t pos)
{
	if (pos >= w->top + w->n || pos < w->top || w->n == 0)
		window_fetch(w, query, pos, 1);
	if (w->n == 0 || pos < w->top || pos >= w->top + w->n)
		return NULL;
	return (char *)w->rows + (pos - w->top) * reg_desc(w->reg)->size;
}

/* How far a rank is counted before the frame: where counting is cheap
 * (no filter, or one an index narrows down), WINDOW_RANK_NOW rows;
 * otherwise not at all. */
static size_t
window_rank_limit(const struct window *w)
{
	return w->cheap ? WINDOW_RANK_NOW : 0;
}

/* Put mark, whose rank was counted up to limit as rank, in the window:
 * at its position when that is exact, else at the provisional position
 * rank, below which it truly stands. */
static size_t
window_place(struct window *w, const void *query, const struct rec_mark *mark,
             size_t rank, size_t limit)
{
	bool exact = rank < limit;

	if (!exact && !window_count_all(w, query))
		exact = true;         /* no count to float against */
	if (w->floating || !exact)
		window_drop(w);       /* other coordinates than those kept */
	w->floating = !exact;
	window_anchor(w, mark, rank);
	return rank;
}

bool
window_find(struct window *w, const void *query, const char *needle,
            size_t from, int dir, size_t *pos, char **cause)
{
	const struct rec_mark *start = NULL;
	struct rec_mark hit;
	size_t limit = window_rank_limit(w), rank;
	enum isms_status rc;

	if (from != (size_t)-1 && window_at(w, query, from) != NULL)
		start = &w->marks[from - w->top];
	rc = reg_view_find(w->app->m, w->reg, query, needle, start, dir, limit,
	    &rank, &hit, cause);
	if (rc == ISMS_NOT_FOUND) {   /* none matches: not an error */
		free(*cause);
		*cause = NULL;
	}
	if (rc != ISMS_OK)
		return false;
	*pos = window_place(w, query, &hit, rank, limit);
	rec_mark_done(&hit);
	return true;
}

bool
window_locate(struct window *w, const void *query, const char *key,
              size_t *pos)
{
	struct rec_mark mark;
	size_t limit = window_rank_limit(w), rank;
	char *cause = NULL;
	enum isms_status rc;

	rc = reg_view_position(w->app->m, w->reg, query, key, limit, &rank,
	    &mark, &cause);
	if (rc != ISMS_OK) {
		window_fail(w, rc, cause);
		return false;
	}
	*pos = window_place(w, query, &mark, rank, limit);
	rec_mark_done(&mark);
	return true;
}

bool
window_exact(const struct window *w)
{
	return w->count_exact && !w->floating;
}

/* The true rank of the anchor, which floats; stopped by a key when the
 * model's interrupt is set.  True when it is known now. */
static bool
window_rank(struct window *w, const void *query)
{
	char *cause = NULL;
	size_t rank;
	enum isms_status rc;

	rc = reg_view_rank(w->app->m, w->reg, query, &w->anchor, SIZE_MAX,
	    &rank, &cause);
	if (rc == ISMS_OK) {
		window_shift(w, (long)rank - (long)w->anchor_pos);
		return true;
	}
	window_fail(w, rc, cause);
	if (rc != ISMS_INTERRUPTED) {     /* give up the provisional rows */
		window_drop(w);
		w->floating = false;
	}
	return false;
}

void
window_settle(struct window *w, const void *query, size_t want, bool jump)
{
	if (jump) {
		if (want == SIZE_MAX)
			window_count_all(w, query);
		if (w->floating) {
			window_drop(w);
			rec_mark_done(&w->anchor);
			w->floating = false;
		}
		return;
	}
	if (w->floating)
		window_rank(w, query);
	else if (!w->count_exact && want >= w->count)
		window_ahead(w, query, want - w->count + 1 + WINDOW_AHEAD);
}

bool
window_idle(struct window *w, const void *query)
{
	char *cause = NULL;
	size_t n = 0;
	enum isms_status rc;

	if (w->floating)
		return window_rank(w, query);
	if (w->count_exact)
		return false;
	rc = reg_view_count(w->app->m, w->reg, query, &n, &cause);
	window_fail(w, rc, cause);
	if (rc == ISMS_INTERRUPTED)
		return false;         /* again when idle again */
	if (rc == ISMS_OK)            /* a failure keeps what is known */
		w->count = n;
	w->count_exact = true;
	rec_mark_done(&w->edge);
	return true;
}

long
window_moved(struct window *w)
{
	long d = w->moved;

	w->moved = 0;
	return d;
}
