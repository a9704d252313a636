/*
 * table.c - the shared table: cursor and scrolling, header with the sort
 * marker, rows by window from the source, search and filter prompts.
 */
#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/ui/draw.h"
#include "isms/ui/prompt.h"
#include "isms/ui/table.h"
#include "isms/util/utf8.h"

#define TABLE_GAP 1
#define TABLE_MAX_COLS 16

void
table_init(struct table *t, const struct layout_col *cols, size_t n,
           const struct table_source *src, void *ctx)
{
	memset(t, 0, sizeof *t);
	t->sort_shown = true;
	t->cols = cols;
	t->n_cols = n < TABLE_MAX_COLS ? n : TABLE_MAX_COLS;
	t->src = src;
	t->ctx = ctx;
	t->height = 1;
}

static void
table_clamp(struct table *t)
{
	size_t n = t->src->count(t->ctx);
	size_t h = t->height > 0 ? (size_t)t->height : 1;

	if (n == 0) {
		t->cursor = t->top = 0;
		return;
	}
	if (t->cursor >= n)
		t->cursor = n - 1;
	if (t->cursor < t->top)
		t->top = t->cursor;
	if (t->cursor >= t->top + h)
		t->top = t->cursor - h + 1;
	if (t->top + h > n)
		t->top = n > h ? n - h : 0;
}

void
table_goto(struct table *t, size_t row)
{
	t->cursor = row;
	table_clamp(t);
}

static int
table_later(const struct table *t)
{
	return t->src->later != NULL ? t->src->later(t->ctx) : 0;
}

void
table_requery(struct table *t)
{
	size_t line = t->cursor != TABLE_NO_ROW && t->cursor >= t->top ?
	    t->cursor - t->top : 0;

	t->stale = false;
	t->src->query(t->ctx, &t->cursor);
	if (t->src->moved != NULL)
		t->src->moved(t->ctx);        /* the query placed the cursor */
	/* a provisional position says nothing of where the row is on the
	 * screen: it stays on its line */
	if (table_later(t) & TABLE_LATER_PLACE)
		t->top = t->cursor > line ? t->cursor - line : 0;
	table_clamp(t);
}

void
table_requery_later(struct table *t)
{
	t->stale = true;
}

/* A query asked for later, run now. */
static void
table_fresh(struct table *t)
{
	if (t->stale)
		table_requery(t);
}


void
table_sync(struct table *t)
{
	long d = t->src->moved != NULL ? t->src->moved(t->ctx) : 0;

	if (d != 0) {
		t->cursor = (size_t)((long)t->cursor + d);
		t->top = (size_t)((long)t->top + d);
	}
	table_clamp(t);
}

/* Make what a move to want needs final in the source (see
 * table_source.settle). */
static void
table_settle(struct table *t, size_t want, bool jump)
{
	if (table_later(t) == 0 || t->src->settle == NULL)
		return;
	t->src->settle(t->ctx, want, jump);
	table_sync(t);
}

static void
table_header(struct table *t, int y, const int *widths)
{
	const char *mark = term_ascii() ? (t->sort_desc ? "v" : "^") :
	    (t->sort_desc ? "\u25bc" : "\u25b2");
	int x = 0;

	for (size_t c = 0; c < t->n_cols; c++) {
		char title[64];

		if (widths[c] == 0)
			continue;
		snprintf(title, sizeof title, "%s%s", t->cols[c].title,
		    c == t->sort_col ? mark : "");
		draw_text(y, x, widths[c], title, UI_ROLE_HEADER);
		x += widths[c] + TABLE_GAP;
	}
}

static void
table_row(struct table *t, size_t row, int y, const int *widths, int w)
{
	bool sel = row == t->cursor;
	int x = 0;

	if (sel)
		draw_text(y, 0, w, "", UI_ROLE_SELECTED);
	for (size_t c = 0; c < t->n_cols; c++) {
		struct table_cell cell = { "", UI_ROLE_NORMAL };

		if (widths[c] == 0)
			continue;
		t->src->cell(t->ctx, row, c, &cell);
		if (t->cols[c].right)
			draw_right(y, x, widths[c], cell.text,
			    sel ? UI_ROLE_SELECTED : cell.role);
		else
			draw_text(y, x, widths[c], cell.text,
			    sel ? UI_ROLE_SELECTED : cell.role);
		x += widths[c] + TABLE_GAP;
	}
}

/* The widest text each fit column shows: its title with the sort marker
 * and its cells in the rows on screen (escaped, as they are drawn). */
static void
table_want(struct table *t, size_t n, int *want)
{
	for (size_t c = 0; c < t->n_cols; c++) {
		want[c] = 0;
		if (!t->cols[c].fit)
			continue;
		want[c] = (int)utf8_width(t->cols[c].title) + 1;
		for (int i = 0; i < t->height && t->top + (size_t)i < n; i++) {
			struct table_cell cell = { "", UI_ROLE_NORMAL };
			char *esc;
			int cw;

			t->src->cell(t->ctx, t->top + (size_t)i, c, &cell);
			esc = utf8_escape(cell.text != NULL ? cell.text : "");
			cw = (int)utf8_width(esc);
			free(esc);
			if (cw > want[c])
				want[c] = cw;
		}
	}
}

void
table_draw(struct table *t, struct app *app, int y, int h, int w)
{
	int widths[TABLE_MAX_COLS], want[TABLE_MAX_COLS];
	size_t n;

	table_fresh(t);
	t->height = h > 1 ? h - 1 : 1;
	table_clamp(t);
	n = t->src->count(t->ctx);
	if (n > 0)
		t->src->window(t->ctx, t->top, (size_t)t->height);
	table_want(t, n, want);
	layout_columns_fit(t->cols, t->n_cols, w, TABLE_GAP, want, widths);
	t->sort_shown = widths[t->sort_col] > 0;
	table_header(t, y, widths);
	if (n == 0) {
		draw_text(y + 1, 0, w, t->filter[0] != '\0' ?
		    "  no rows match the filter (Esc clears it)" : "  no rows",
		    UI_ROLE_MUTED);
		return;
	}
	if (t->src->moved != NULL) {
		/* rows that came back short of where provisional positions
		 * said they were made them exact: read them where they are */
		size_t top = t->top;

		table_sync(t);
		if (t->top != top)
			t->src->window(t->ctx, t->top, (size_t)t->height);
		n = t->src->count(t->ctx);
	}
	for (int i = 0; i < t->height && t->top + (size_t)i < n; i++)
		table_row(t, t->top + (size_t)i, y + 1 + i, widths, w);
	app_park(app, y + 1 + (int)(t->cursor - t->top), 0);
}

static void
table_move(struct table *t, long delta)
{
	size_t n = t->src->count(t->ctx);

	if (n == 0)
		return;
	/* past what is known: above a provisional top, or below the rows
	 * counted so far */
	if (delta < 0 && (size_t)-delta > t->cursor)
		table_settle(t, 0, false);
	else if (delta > 0 && t->cursor + (size_t)delta >= n)
		table_settle(t, t->cursor + (size_t)delta, false);
	n = t->src->count(t->ctx);
	if (delta < 0 && (size_t)-delta > t->cursor)
		t->cursor = 0;
	else if (delta > 0 && t->cursor + (size_t)delta >= n)
		t->cursor = n - 1;
	else
		t->cursor = (size_t)((long)t->cursor + delta);
	table_clamp(t);
}

static void
table_search(struct table *t, struct app *app, int dir)
{
	char *cause = NULL;
	size_t pos;

	if (t->search[0] == '\0') {
		app_error(app, "no search yet: press / to search");
		return;
	}
	if (t->src->find(t->ctx, t->search, t->cursor, dir, &pos, &cause)) {
		t->cursor = pos;
		table_clamp(t);
		app_message(app, "/%s", t->search);
	} else if (cause != NULL)
		app_fail(app, cause);     /* a failed search is no "not
					     found" */
	else
		app_error(app, "not found: %s", t->search);
}

static void
table_search_done(void *ctx, struct app *app, const char *text)
{
	struct table *t = ctx;

	if (text == NULL || text[0] == '\0')
		return;
	snprintf(t->search, sizeof t->search, "%s", text);
	table_search(t, app, +1);
}

static void
table_filter_changed(void *ctx, struct app *app, const char *text)
{
	struct table *t = ctx;

	(void)app;
	snprintf(t->filter, sizeof t->filter, "%s", text != NULL ? text : "");
	t->cursor = TABLE_NO_ROW;         /* a new filter starts at the top */
	table_requery_later(t);           /* once the typing stops */
}

static void
table_filter_done(void *ctx, struct app *app, const char *text)
{
	table_filter_changed(ctx, app, text);
}

static void
table_sort(struct table *t, bool next)
{
	if (next) {
		t->sort_col = (t->sort_col + 1) % t->n_cols;
		t->sort_desc = false;
	} else
		t->sort_desc = !t->sort_desc;
	t->sort_only = true;
	table_requery(t);
	t->sort_only = false;
}

static bool
table_prompt(struct table *t, struct app *app, enum ui_action a)
{
	if (a == UI_ACTION_SEARCH)
		app_push(app, prompt_new("/", "", NULL, table_search_done, t));
	else if (a == UI_ACTION_FILTER)
		app_push(app, prompt_new("filter: ", t->filter,
		    table_filter_changed, table_filter_done, t));
	else if (a == UI_ACTION_CLEAR) {
		t->filter[0] = '\0';
		table_requery(t);
		app_message(app, "filter cleared");
	} else
		return false;
	return true;
}

bool
table_handle(struct table *t, struct app *app, enum ui_action a)
{
	long page = t->height > 1 ? t->height - 1 : 1;

	table_fresh(t);
	switch (a) {
	case UI_ACTION_DOWN: table_move(t, 1); break;
	case UI_ACTION_UP: table_move(t, -1); break;
	case UI_ACTION_PAGE_DOWN: table_move(t, page); break;
	case UI_ACTION_PAGE_UP: table_move(t, -page); break;
	case UI_ACTION_HALF_DOWN: table_move(t, (page + 1) / 2); break;
	case UI_ACTION_HALF_UP: table_move(t, -(page + 1) / 2); break;
	case UI_ACTION_FIRST:
		table_settle(t, 0, true);
		t->cursor = 0;
		table_clamp(t);
		break;
	case UI_ACTION_LAST:
		table_settle(t, SIZE_MAX, true);
		t->cursor = (size_t)-1;
		table_clamp(t);
		break;
	case UI_ACTION_SEARCH_NEXT: table_search(t, app, +1); break;
	case UI_ACTION_SEARCH_PREV: table_search(t, app, -1); break;
	case UI_ACTION_SORT: table_sort(t, true); break;
	case UI_ACTION_SORT_REVERSE: table_sort(t, false); break;
	default:
		return table_prompt(t, app, a);
	}
	return true;
}

void
table_status(struct table *t, char *buf, size_t size)
{
	size_t len;

	table_fresh(t);
	len = (size_t)snprintf(buf, size, "rows %zu%s/%zu",
	    t->src->count(t->ctx), table_later(t) & TABLE_LATER_COUNT ? "+" :
	    "", t->src->all(t->ctx));

	/* a sort by a column the width left out is named, or the order
	 * would look random */
	if (!t->sort_shown && len < size)
		len += (size_t)snprintf(buf + len, size - len,
		    "  sorted by %s%s", t->cols[t->sort_col].title,
		    t->sort_desc ? " (reversed)" : "");
	if (t->filter[0] != '\0' && len < size)
		snprintf(buf + len, size - len, "  filter: %s", t->filter);
}
