/*
 * tpane.c - the table-pane base of tpane.h: one table source for every
 * register, by window for windowed registers and from memory for the
 * others (sorted by the text of the sort column, numbers as numbers,
 * ties by record id), the cursor kept on its record by key.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isms/ui/tpane.h"
#include "isms/util/xmalloc.h"

static bool
tpane_windowed(const struct tpane *p)
{
	return reg_windowed(p->spec->reg);
}

static const void *
tpane_query(struct tpane *p)
{
	return p->spec->query != NULL ? p->spec->query(p) : NULL;
}

/* The counts of a table whose query was put off. */
static size_t
tpane_count_now(struct tpane *p)
{
	return tpane_windowed(p) ? p->win.count : p->n;
}

size_t
tpane_count(struct tpane *p)
{
	if (p->t.stale)
		table_requery(&p->t);
	return tpane_count_now(p);
}

/* The row at pos as the query stands (no query is run). */
static const void *
tpane_row_now(struct tpane *p, size_t pos)
{
	if (pos >= tpane_count_now(p))
		return NULL;
	if (tpane_windowed(p))
		return window_at(&p->win, tpane_query(p), pos);
	return (char *)p->rows + p->order[pos] * reg_desc(p->spec->reg)->size;
}

const void *
tpane_row(struct tpane *p, size_t pos)
{
	if (pos >= tpane_count(p))
		return NULL;
	if (tpane_windowed(p))
		return window_at(&p->win, tpane_query(p), pos);
	return (char *)p->rows + p->order[pos] * reg_desc(p->spec->reg)->size;
}

const void *
tpane_current(struct tpane *p)
{
	if (p->t.stale)
		table_requery(&p->t);
	return tpane_row(p, p->t.cursor);
}

/* ---- records held in memory ---- */

/* The text of column col of row, for sorting and searching. */
static const char *
tpane_text(struct tpane *p, const void *row, size_t col)
{
	struct table_cell c = { "", UI_ROLE_NORMAL };

	p->spec->cell(p, row, col, &c);
	return c.text != NULL ? c.text : "";
}

static struct tpane *tpane_sorting;   /* the pane qsort() works for */

static int
tpane_cmp(const void *x, const void *y)
{
	struct tpane *p = tpane_sorting;
	const struct rec_desc *d = reg_desc(p->spec->reg);
	const void *a = (char *)p->rows + *(const size_t *)x * d->size;
	const void *b = (char *)p->rows + *(const size_t *)y * d->size;
	size_t col = p->t.sort_col;
	char *ta = xstrdup(tpane_text(p, a, col));
	const char *tb = tpane_text(p, b, col);
	int c;

	if (p->spec->cols[col].right)
		c = (atoll(ta) > atoll(tb)) - (atoll(ta) < atoll(tb));
	else
		c = strcasecmp(ta, tb);
	free(ta);
	if (c == 0) {
		int64_t ia = *(const int64_t *)(const void *)((const char *)a +
		    d->id_offset);
		int64_t ib = *(const int64_t *)(const void *)((const char *)b +
		    d->id_offset);

		c = (ia > ib) - (ia < ib);
		return c;             /* ties in id order either way */
	}
	return p->t.sort_desc ? -c : c;
}

static void
tpane_sort(struct tpane *p)
{
	free(p->order);
	p->order = xcalloc(p->n + 1, sizeof *p->order);
	for (size_t i = 0; i < p->n; i++)
		p->order[i] = i;
	tpane_sorting = p;
	qsort(p->order, p->n, sizeof *p->order, tpane_cmp);
	tpane_sorting = NULL;
}

static void
tpane_load(struct tpane *p)
{
	const struct rec_desc *d = reg_desc(p->spec->reg);
	void *all = NULL;
	size_t n_all = 0;
	char *cause = NULL;

	rec_free(d, p->rows, p->n);
	p->rows = NULL;
	p->n = 0;
	if (reg_list(p->app->m, p->spec->reg, p->t.filter[0] ? p->t.filter :
	    NULL, &p->rows, &p->n, &cause) != ISMS_OK ||
	    reg_list(p->app->m, p->spec->reg, NULL, &all, &n_all, &cause) !=
	    ISMS_OK)
		app_fail(p->app, cause);
	if (p->spec->extra != NULL) {
		p->spec->extra(p, p->t.filter, &p->rows, &p->n);
		p->spec->extra(p, "", &all, &n_all);
	}
	rec_free(d, all, n_all);
	p->all = n_all;
}

/* The position of record key among the rows held. */
static size_t
tpane_find_key(struct tpane *p, const char *key)
{
	char buf[128];

	for (size_t i = 0; i < p->n; i++) {
		reg_key(p->spec->reg, tpane_row(p, i), buf, sizeof buf);
		if (strcasecmp(buf, key) == 0)
			return i;
	}
	return TABLE_NO_ROW;
}

/* ---- the table source ---- */

static void
tp_query(void *ctx, size_t *cursor)
{
	struct tpane *p = ctx;
	const void *row = *cursor != TABLE_NO_ROW ? tpane_row_now(p, *cursor) :
	    NULL;
	char keep[128] = "";
	size_t at;

	if (row != NULL)
		reg_key(p->spec->reg, row, keep, sizeof keep);
	if (tpane_windowed(p)) {
		/* the page shown last, and one to know there is more (before
		 * the first frame: WINDOW_AHEAD) */
		p->win.ahead = p->t.height > 0 ? (size_t)p->t.height + 1 : 0;
		window_requery(&p->win, tpane_query(p), !p->t.sort_only,
		    keep[0] != '\0' ? keep : NULL, cursor);
	} else {
		if (!p->t.sort_only)
			tpane_load(p);
		tpane_sort(p);
		at = keep[0] != '\0' ? tpane_find_key(p, keep) : TABLE_NO_ROW;
		*cursor = at != TABLE_NO_ROW ? at : 0;
	}
	if (p->spec->requeried != NULL)
		p->spec->requeried(p);
}

static size_t
tp_count(void *ctx)
{
	return tpane_count_now(ctx);
}

static size_t
tp_all(void *ctx)
{
	struct tpane *p = ctx;

	return tpane_windowed(p) ? p->win.all : p->all;
}

static void
tp_window(void *ctx, size_t top, size_t n)
{
	struct tpane *p = ctx;

	if (tpane_windowed(p))
		window_fetch(&p->win, tpane_query(p), top, n);
}

static void
tp_cell(void *ctx, size_t row, size_t col, struct table_cell *out)
{
	struct tpane *p = ctx;
	const void *r = tpane_row_now(p, row);

	out->role = UI_ROLE_NORMAL;
	out->text = "";
	if (r != NULL)
		p->spec->cell(p, r, col, out);
}

static int
tp_later(void *ctx)
{
	struct tpane *p = ctx;

	if (!tpane_windowed(p))
		return 0;
	return (p->win.count_exact ? 0 : TABLE_LATER_COUNT) |
	    (p->win.floating ? TABLE_LATER_PLACE : 0);
}

static void
tp_settle(void *ctx, size_t want, bool jump)
{
	struct tpane *p = ctx;

	if (tpane_windowed(p))
		window_settle(&p->win, tpane_query(p), want, jump);
}

static long
tp_moved(void *ctx)
{
	struct tpane *p = ctx;

	return tpane_windowed(p) ? window_moved(&p->win) : 0;
}

/* Whether any column of row contains needle, ignoring case. */
static bool
tpane_hit(struct tpane *p, const void *row, const char *needle)
{
	for (size_t c = 0; c < p->spec->n_cols; c++)
		if (strcasestr(tpane_text(p, row, c), needle) != NULL)
			return true;
	return false;
}

static bool
tp_find(void *ctx, const char *needle, size_t from, int dir, size_t *pos,
        char **cause)
{
	struct tpane *p = ctx;

	if (tpane_windowed(p))
		return window_find(&p->win, tpane_query(p), needle, from, dir,
		    pos, cause);
	for (size_t k = 1; k <= p->n; k++) {
		size_t v = from == (size_t)-1 ? (dir > 0 ? k - 1 : p->n - k) :
		    (from + p->n + (size_t)((long)dir * (long)k)) % p->n;

		if (tpane_hit(p, tpane_row(p, v), needle)) {
			*pos = v;
			return true;
		}
	}
	return false;
}

static const struct table_source tpane_source = {
	tp_query, tp_count, tp_all, tp_window, tp_cell, tp_find, tp_later,
	tp_settle, tp_moved,
};

/* ---- the pane ---- */

void
tpane_init(struct tpane *p, struct app *app, const struct tpane_spec *spec)
{
	p->app = app;
	p->spec = spec;
	for (size_t c = 0; c < spec->n_cols && c < TPANE_COLS; c++)
		p->cols[c] = spec->cols[c];
	window_init(&p->win, app, spec->reg);
	table_init(&p->t, p->cols, spec->n_cols < TPANE_COLS ? spec->n_cols :
	    TPANE_COLS, &tpane_source, p);
	table_requery(&p->t);
}

void
tpane_done(struct tpane *p)
{
	window_done(&p->win);
	rec_free(reg_desc(p->spec->reg), p->rows, p->n);
	free(p->order);
	p->rows = NULL;
	p->order = NULL;
	p->n = 0;
}

void
tpane_col_width(struct tpane *p, size_t col, int width)
{
	if (col >= TPANE_COLS || col >= p->spec->n_cols)
		return;
	if (width < p->spec->cols[col].min)
		width = p->spec->cols[col].min;
	p->cols[col].min = p->cols[col].max = width;
}

bool
tpane_show_key(struct tpane *p, const char *key)
{
	size_t pos;

	table_requery(&p->t);
	if (tpane_windowed(p)) {
		if (!window_locate(&p->win, tpane_query(p), key, &pos))
			return false;
	} else if ((pos = tpane_find_key(p, key)) == TABLE_NO_ROW) {
		app_error(p->app, "%s: not among the records shown", key);
		return false;
	}
	table_goto(&p->t, pos);
	return true;
}

void
tpane_reload(void *pane)
{
	struct tpane *p = pane;

	window_forget(&p->win);           /* the data changed */
	table_requery(&p->t);
}

bool
tpane_idle(void *pane)
{
	struct tpane *p = pane;

	if (!tpane_windowed(p) || p->t.stale)
		return false;
	if (!window_idle(&p->win, tpane_query(p)))
		return false;
	table_sync(&p->t);
	return true;
}

void
tpane_draw(void *pane, int y, int h, int w)
{
	struct tpane *p = pane;

	table_draw(&p->t, p->app, y, h, w);
}

void
tpane_status(void *pane, char *buf, size_t size)
{
	table_status(&((struct tpane *)pane)->t, buf, size);
}

bool
tpane_has_row(void *pane)
{
	return tpane_count(pane) > 0;
}

bool
tpane_record(void *pane, const char **entity, char *key, size_t size)
{
	struct tpane *p = pane;
	const void *row = tpane_current(p);

	if (row == NULL)
		return false;
	*entity = reg_desc(p->spec->reg)->entity;
	reg_key(p->spec->reg, row, key, size);
	return true;
}
