/*
 * pane_history.c - the History tab: every change of the file, newest
 * first, asked from the database a block of rows at a time (so a long
 * history costs what a short one does), filtered by record, login and
 * day with F, by text with f, searched with /; Enter opens the record
 * changed.  And the history of one record as a text to read (H).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/history.h"
#include "isms/ui/draw.h"
#include "isms/ui/filtermenu.h"
#include "isms/ui/history.h"
#include "isms/ui/prompt.h"
#include "isms/ui/table.h"
#include "isms/ui/tabs.h"
#include "isms/ui/term.h"
#include "isms/ui/textview.h"
#include "isms/util/buf.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

enum { COL_SEQ, COL_WHEN, COL_WHO, COL_RECORD, COL_FIELD, COL_OLD, COL_NEW };

static const struct layout_col history_cols[] = {
	{ "Seq", 5, 8, 0, true, 0, true },
	{ "When", 20, 20, 0, false, 0, false },
	{ "Who", 4, 12, 1, false, 0, true },
	{ "Record", 12, 20, 1, false, 0, true },
	{ "Field", 8, 20, 1, false, 0, true },
	{ "Old", 8, 0, 2, false, 1, false },
	{ "New", 8, 0, 2, false, 0, false },
};

/* What F filters by. */
enum { DIM_ALL, DIM_RECORD, DIM_WHO, DIM_SINCE };

/* Rows around the screen are read a block at a time. */
#define HISTORY_BLOCK 200

struct history_pane {
	struct app *app;
	struct table t;
	char *key, *who, *since;      /* of the filter, owned */
	struct history_filter f;      /* what the pane shows now */
	size_t count, all;
	struct history_row *rows;     /* the block read: positions */
	size_t first, n;              /* first .. first + n - 1 */
	struct filtermenu menu;
	int ask;                      /* the dimension a prompt asks for */
	char cell[128];
};

static void
history_drop(struct history_pane *p)
{
	history_rows_free(p->rows, p->n);
	p->rows = NULL;
	p->first = p->n = 0;
}

static const struct history_filter *
history_query(struct history_pane *p)
{
	p->f = (struct history_filter){ .key = p->key, .who = p->who,
	    .since = p->since, .text = p->t.filter[0] != '\0' ? p->t.filter :
	    NULL };
	return &p->f;
}

/* The row at position pos, read with its block when not held. */
static const struct history_row *
history_at(struct history_pane *p, size_t pos)
{
	char *cause = NULL;

	if (pos >= p->count)
		return NULL;
	if (pos < p->first || pos >= p->first + p->n) {
		size_t from = pos > HISTORY_BLOCK / 2 ?
		    pos - HISTORY_BLOCK / 2 : 0;

		history_drop(p);
		if (history_list(p->app->m, history_query(p), from,
		    HISTORY_BLOCK, &p->rows, &p->n, &cause) != ISMS_OK) {
			app_fail(p->app, cause);
			return NULL;
		}
		p->first = from;
	}
	return pos - p->first < p->n ? &p->rows[pos - p->first] : NULL;
}

/* ---- the table source ---- */

static void
hs_query(void *ctx, size_t *cursor)
{
	struct history_pane *p = ctx;
	const struct history_row *keep = *cursor != TABLE_NO_ROW ?
	    history_at(p, *cursor) : NULL;
	int64_t id = keep != NULL ? keep->id : 0;
	char *cause = NULL;
	size_t pos = 0;

	history_drop(p);
	if (history_count(p->app->m, history_query(p), &p->count, &cause) !=
	    ISMS_OK || history_count(p->app->m, NULL, &p->all, &cause) !=
	    ISMS_OK) {
		app_fail(p->app, cause);
		p->count = 0;
	}
	/* the row under the cursor, or the next older one the filter keeps */
	if (id != 0 && history_find(p->app->m, history_query(p), NULL, id + 1,
	    +1, &pos, &cause) != ISMS_OK) {
		free(cause);
		pos = 0;
	}
	*cursor = pos;
}

static size_t
hs_count(void *ctx)
{
	return ((struct history_pane *)ctx)->count;
}

static size_t
hs_all(void *ctx)
{
	return ((struct history_pane *)ctx)->all;
}

static void
hs_window(void *ctx, size_t top, size_t n)
{
	struct history_pane *p = ctx;

	if (n > 0) {
		history_at(p, top);
		history_at(p, top + n - 1 < p->count ? top + n - 1 : top);
	}
}

static void
hs_cell(void *ctx, size_t row, size_t col, struct table_cell *out)
{
	struct history_pane *p = ctx;
	const struct history_row *h = history_at(p, row);

	out->role = UI_ROLE_NORMAL;
	out->text = "";
	if (h == NULL)
		return;
	switch (col) {
	case COL_SEQ:
		snprintf(p->cell, sizeof p->cell, "%lld", (long long)h->seq);
		out->text = p->cell;
		break;
	case COL_WHEN: out->text = h->at; break;     /* UTC, as stored */
	case COL_WHO: out->text = h->who; break;
	case COL_RECORD:
		snprintf(p->cell, sizeof p->cell, "%s %s", h->entity, h->key);
		out->text = p->cell;
		break;
	case COL_FIELD: out->text = h->field; break;
	case COL_OLD:
		out->text = h->old_value != NULL ? history_shown(h,
		    h->old_value) : "-";
		out->role = UI_ROLE_MUTED;
		break;
	case COL_NEW:
		out->text = h->new_value != NULL ? history_shown(h,
		    h->new_value) : "-";
		break;
	}
}

static bool
hs_find(void *ctx, const char *needle, size_t from, int dir, size_t *pos,
        char **cause)
{
	struct history_pane *p = ctx;
	const struct history_row *h = from != (size_t)-1 ? history_at(p, from) :
	    NULL;
	enum isms_status rc = history_find(p->app->m, history_query(p), needle,
	    h != NULL ? h->id : 0, dir, pos, cause);

	return rc == ISMS_OK;
}

static const struct table_source history_source = {
	hs_query, hs_count, hs_all, hs_window, hs_cell, hs_find, NULL, NULL,
	NULL,
};

/* ---- filters: record, login, day ---- */

static void
history_filter_set(struct history_pane *p, int dim, const char *value)
{
	char **slot = dim == DIM_RECORD ? &p->key : dim == DIM_WHO ? &p->who :
	    &p->since;

	free(*slot);
	*slot = value != NULL && value[0] != '\0' ? xstrdup(value) : NULL;
	p->t.cursor = 0;
	table_requery(&p->t);
}

static void
history_clear(struct history_pane *p)
{
	free(p->key);
	free(p->who);
	free(p->since);
	p->key = p->who = p->since = NULL;
}

static void
history_asked(void *ctx, struct app *app, const char *text)
{
	struct history_pane *p = ctx;

	if (text == NULL)
		return;
	if (p->ask == DIM_SINCE && text[0] != '\0' && !date_valid(text)) {
		app_error(app, "'%s' is not a date (YYYY-MM-DD)", text);
		return;
	}
	history_filter_set(p, p->ask, text);
}

static void
history_picked(void *ctx, struct app *app, const struct filtermenu_entry *e)
{
	struct history_pane *p = ctx;
	static const char *const asks[] = { NULL, "changes of the record "
	    "(R-001, A.7.4, 6.1.2, an asset number): ",
	    "changes by the login: ", "changes since (YYYY-MM-DD): " };
	const char *now = e->dim == DIM_RECORD ? p->key : e->dim == DIM_WHO ?
	    p->who : p->since;

	if (e->dim == DIM_ALL) {
		history_clear(p);
		p->t.cursor = 0;
		table_requery(&p->t);
		return;
	}
	p->ask = e->dim;
	app_push(app, prompt_new(asks[e->dim], now, NULL, history_asked, p));
}

static void
history_pick(struct history_pane *p)
{
	filtermenu_reset(&p->menu);
	filtermenu_add(&p->menu, "Show every change (clear these filters)",
	    DIM_ALL);
	filtermenu_add(&p->menu, "record ...", DIM_RECORD);
	filtermenu_add(&p->menu, "by the login ...", DIM_WHO);
	filtermenu_add(&p->menu, "since the day ...", DIM_SINCE);
	filtermenu_open(&p->menu, p->app, "Filter the history", history_picked,
	    p);
}

/* ---- the pane ---- */

/* The tab of a history entity's records, or -1. */
static int
history_tab(const char *entity)
{
	return strcmp(entity, "clause") == 0 ? TAB_CLAUSES :
	    strcmp(entity, "soa") == 0 ? TAB_SOA :
	    strcmp(entity, "risk") == 0 ? TAB_RISKS :
	    strcmp(entity, "asset") == 0 ? TAB_ASSETS : -1;
}

static void
history_open(struct history_pane *p)
{
	const struct history_row *h = history_at(p, p->t.cursor);
	char *key;
	int tab;

	if (h == NULL)
		return;
	if ((tab = history_tab(h->entity)) < 0) {
		app_error(p->app, "%s %s: no tab shows it (F filters the "
		    "history by record)", h->entity, h->key);
		return;
	}
	key = xstrdup(h->key);            /* the block may be read anew */
	app_open_form(p->app, (enum tab_id)tab, key);
	free(key);
}

static void *
history_pane_open(struct app *app)
{
	struct history_pane *p = xcalloc(1, sizeof *p);

	p->app = app;
	filtermenu_init(&p->menu);
	table_init(&p->t, history_cols, sizeof history_cols /
	    sizeof *history_cols, &history_source, p);
	table_requery(&p->t);
	return p;
}

static void
history_pane_close(void *pane)
{
	struct history_pane *p = pane;

	history_drop(p);
	history_clear(p);
	filtermenu_done(&p->menu);
	free(p);
}

static void
history_reload(void *pane)
{
	table_requery(&((struct history_pane *)pane)->t);
}

static void
history_draw(void *pane, int y, int h, int w)
{
	struct history_pane *p = pane;

	table_draw(&p->t, p->app, y, h, w);
}

static bool
history_handle(void *pane, enum ui_action a)
{
	struct history_pane *p = pane;

	switch (a) {
	case UI_ACTION_OPEN:
	case UI_ACTION_EDIT:
		history_open(p);
		return true;
	case UI_ACTION_PICK_FILTER:
		history_pick(p);
		return true;
	case UI_ACTION_CLEAR:
		history_clear(p);
		return table_handle(&p->t, p->app, a);
	case UI_ACTION_HISTORY: {
		const struct history_row *r = history_at(p, p->t.cursor);

		if (r != NULL) {
			char *key = xstrdup(r->key);

			history_filter_set(p, DIM_RECORD, key);
			free(key);
		}
		return true;
	}
	default:
		return table_handle(&p->t, p->app, a);
	}
}

static void
history_status(void *pane, char *buf, size_t size)
{
	struct history_pane *p = pane;
	size_t len;

	table_status(&p->t, buf, size);
	len = strlen(buf);
	if (p->key != NULL && len < size)
		len += (size_t)snprintf(buf + len, size - len, "  record %s",
		    p->key);
	if (p->who != NULL && len < size)
		len += (size_t)snprintf(buf + len, size - len, "  by %s",
		    p->who);
	if (p->since != NULL && len < size)
		snprintf(buf + len, size - len, "  since %s", p->since);
}

static bool
history_has_row(void *pane)
{
	return ((struct history_pane *)pane)->count > 0;
}

/* Show the changes of record key. */
static void
history_show(void *pane, const char *key)
{
	struct history_pane *p = pane;

	history_clear(p);
	p->t.filter[0] = '\0';
	history_filter_set(p, DIM_RECORD, key);
}

const struct pane_ops pane_history_ops = {
	&keymap_history, history_pane_open, history_pane_close,
	history_reload, history_draw, history_handle, history_status,
	history_has_row, history_show, NULL, NULL, NULL,
};

/* ---- one record's history, to read ---- */

struct modal *
history_record_view(struct app *app, const char *entity, const char *key)
{
	struct history_filter f = { .entity = entity, .key = key };
	struct history_row *rows = NULL;
	const char *arrow = term_ascii() ? "->" : "\u2192";
	char *cause = NULL, *title;
	struct modal *md;
	struct buf b;
	size_t n = 0;

	if (history_list(app->m, &f, 0, 0, &rows, &n, &cause) != ISMS_OK) {
		app_fail(app, cause);
		return NULL;
	}
	buf_init(&b);
	for (size_t i = 0; i < n; i++) {
		const struct history_row *h = &rows[i];
		const char *was = history_shown(h, h->old_value);
		const char *now = history_shown(h, h->new_value);

		buf_printf(&b, "%s%s  %s  %s: %s %s %s", i > 0 ? "\n" : "",
		    h->at, h->who, h->field, was != NULL && was[0] != '\0' ?
		    was : "(none)", arrow, now != NULL && now[0] != '\0' ? now :
		    "(none)");
	}
	if (n == 0)
		buf_adds(&b, "No change of it is recorded.");
	title = xasprintf("History of %s %s, newest first (%zu change%s)",
	    entity, key, n, n == 1 ? "" : "s");
	md = textview_new(title, buf_str(&b));
	free(title);
	buf_done(&b);
	history_rows_free(rows, n);
	return md;
}
