/*
 * pane_soa.c - the Statement of Applicability: the 93 Annex A controls in
 * theme order, filtered by theme, applicability, status or ISO/IEC 27002
 * attribute, a summary line, and the detail/edit form of one control.
 *
 * Rows are asked from the model by window (soa_page()), so the pane costs
 * the same whatever the register's length.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/soa.h"
#include "isms/rec/vocab.h"
#include "isms/ui/draw.h"
#include "isms/ui/form.h"
#include "isms/ui/recform.h"
#include "isms/ui/panes.h"
#include "isms/ui/prompt.h"
#include "isms/report/soa_doc.h"
#include "isms/ui/export.h"
#include "isms/ui/table.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

enum { COL_ID, COL_TITLE, COL_APPLICABLE, COL_REASONS, COL_STATUS,
       COL_OWNER, COL_THEME };

static const struct layout_col soa_cols[] = {
	{ "Control", 8, 8, 0, false },
	{ "Title", 20, 0, 4, false },
	{ "Applicable", 10, 10, 0, false },
	{ "Reasons", 11, 14, 0, false },
	{ "Status", 11, 12, 0, false },
	{ "Owner", 8, 20, 1, false },
	{ "Theme", 14, 14, 0, false },
};

static const enum soa_sort soa_col_sort[] = {
	SOA_SORT_ORDER, SOA_SORT_TITLE, SOA_SORT_APPLICABLE, SOA_SORT_REASONS,
	SOA_SORT_STATUS, SOA_SORT_OWNER, SOA_SORT_THEME,
};

/* A filter dimension picked with F; value NULL for all. */
enum { DIM_THEME, DIM_APPLICABLE, DIM_STATUS, DIM_ATTRIBUTE, DIM_COUNT };
static const char *const soa_dim_names[] = {
	"theme", "applicable", "status", "attribute"
};

struct soa_pane {
	struct app *app;
	struct table t;
	char *dims[DIM_COUNT];
	size_t count, all;
	struct soa_row *win;          /* rows win_top .. win_top+win_n-1 */
	size_t win_top, win_n;
	struct soa_summary sum;
	char cell[256];
	char **picks;                 /* filter picker entries */
	size_t n_picks;
};

static void
soa_make_query(const struct soa_pane *p, struct soa_query *q)
{
	memset(q, 0, sizeof *q);
	q->theme = p->dims[DIM_THEME];
	q->applicable = p->dims[DIM_APPLICABLE];
	q->status = p->dims[DIM_STATUS];
	q->attribute = p->dims[DIM_ATTRIBUTE];
	q->text = p->t.filter[0] != '\0' ? p->t.filter : NULL;
	q->sort = soa_col_sort[p->t.sort_col];
	q->descending = p->t.sort_desc;
}

static void
soa_drop_window(struct soa_pane *p)
{
	soa_rows_free(p->win, p->win_n);
	p->win = NULL;
	p->win_n = p->win_top = 0;
}

static void
soa_window(void *ctx, size_t top, size_t n)
{
	struct soa_pane *p = ctx;
	struct soa_query q;
	char *cause = NULL;

	if (p->win != NULL && top >= p->win_top &&
	    top + n <= p->win_top + p->win_n)
		return;
	soa_drop_window(p);
	soa_make_query(p, &q);
	if (soa_page(p->app->m, &q, top, n, &p->win, &p->win_n, &cause) !=
	    ISMS_OK) {
		app_fail(p->app, cause);
		p->win = NULL;
		p->win_n = 0;
	}
	p->win_top = top;
}

static const struct soa_row *
soa_at(struct soa_pane *p, size_t row)
{
	if (row < p->win_top || row >= p->win_top + p->win_n)
		soa_window(p, row, 1);
	if (row < p->win_top || row >= p->win_top + p->win_n)
		return NULL;
	return &p->win[row - p->win_top];
}

static void
soa_query_run(void *ctx, size_t *cursor)
{
	struct soa_pane *p = ctx;
	const struct soa_row *r = p->count > 0 && *cursor != TABLE_NO_ROW ?
	    soa_at(p, *cursor) : NULL;
	char *keep = r != NULL ? xstrdup(r->id) : NULL, *cause = NULL;
	struct soa_query q, all;
	size_t pos;

	soa_drop_window(p);
	soa_make_query(p, &q);
	memset(&all, 0, sizeof all);
	if (soa_count(p->app->m, &q, &p->count, &cause) != ISMS_OK ||
	    soa_count(p->app->m, &all, &p->all, &cause) != ISMS_OK ||
	    soa_summarize(p->app->m, &p->sum, &cause) != ISMS_OK) {
		app_fail(p->app, cause);      /* which frees it */
		cause = NULL;
		p->count = 0;
	}
	*cursor = 0;
	if (keep != NULL && soa_position(p->app->m, &q, keep, &pos, &cause) ==
	    ISMS_OK)
		*cursor = pos;
	else
		free(cause);
	free(keep);
}

static size_t
soa_count_rows(void *ctx)
{
	return ((struct soa_pane *)ctx)->count;
}

static size_t
soa_all_rows(void *ctx)
{
	return ((struct soa_pane *)ctx)->all;
}

static enum ui_role
soa_status_role(const char *status)
{
	if (strcmp(status, "implemented") == 0)
		return UI_ROLE_DONE;
	if (strcmp(status, "partial") == 0 || strcmp(status, "planned") == 0)
		return UI_ROLE_PARTIAL;
	return UI_ROLE_PENDING;
}

static void
soa_cell(void *ctx, size_t row, size_t col, struct table_cell *out)
{
	struct soa_pane *p = ctx;
	const struct soa_row *r = soa_at(p, row);
	char *s;

	out->role = UI_ROLE_NORMAL;
	out->text = "";
	if (r == NULL)
		return;
	switch (col) {
	case COL_ID: out->text = r->id; break;
	case COL_TITLE: out->text = r->title; break;
	case COL_APPLICABLE:
		out->text = vocab_label(&vocab_applicable, r->applicable);
		out->role = strcmp(r->applicable, "no") == 0 ? UI_ROLE_MUTED :
		    strcmp(r->applicable, "undecided") == 0 ? UI_ROLE_PARTIAL :
		    UI_ROLE_NORMAL;
		break;
	case COL_REASONS:
		s = vocab_reasons_display(r->reasons, r->risk_linked, " ");
		snprintf(p->cell, sizeof p->cell, "%s", s);
		free(s);
		out->text = p->cell;
		break;
	case COL_STATUS:
		out->text = strcmp(r->applicable, "no") == 0 ? "excluded" :
		    vocab_label(&vocab_soa_status, r->status);
		out->role = strcmp(r->applicable, "no") == 0 ? UI_ROLE_MUTED :
		    soa_status_role(r->status);
		break;
	case COL_OWNER: out->text = r->owner; break;
	case COL_THEME: out->text = r->theme; break;
	}
}

static bool
soa_find_row(void *ctx, const char *needle, size_t from, int dir,
             size_t *pos, char **cause)
{
	struct soa_pane *p = ctx;
	struct soa_query q;
	enum isms_status rc;

	soa_make_query(p, &q);
	rc = soa_find(p->app->m, &q, needle, from, dir, pos, cause);
	if (rc == ISMS_NOT_FOUND) {   /* none matches: not an error */
		free(*cause);
		*cause = NULL;
	}
	return rc == ISMS_OK;
}

static const struct table_source soa_source = {
	soa_query_run, soa_count_rows, soa_all_rows, soa_window, soa_cell,
	soa_find_row,
};

/* ---- the detail/edit form ---- */

static const size_t soa_form_fields[] = {
	SOA_APPLICABLE, SOA_REASONS, SOA_JUSTIFICATION, SOA_STATUS, SOA_HOW,
	SOA_EVIDENCE, SOA_OWNER, SOA_REVIEWED,
};

/* The read-only lines of a control's form: summary, theme and linked
 * risks, its attributes and its revision. */
static char **
soa_form_info(void *owner, struct app *app, const void *row, size_t *out)
{
	const struct soa_row *r = row;
	char **attrs = NULL, *cause = NULL, **lines;
	size_t n_attrs = 0, n = 0;

	(void)owner;
	if (soa_attributes(app->m, r->id, &attrs, &n_attrs, &cause) != ISMS_OK)
		free(cause);
	lines = xcalloc(n_attrs + 4, sizeof *lines);
	lines[n++] = xstrdup(r->summary != NULL ? r->summary : "");
	lines[n++] = r->risk_linked ? xasprintf("Theme %s; reason RA from "
	    "risks %s", r->theme, r->risks) : xasprintf("Theme %s; no risk "
	    "is linked (reason RA comes from the risk register)", r->theme);
	for (size_t i = 0; i < n_attrs; i++)
		lines[n++] = attrs[i];
	free(attrs);
	lines[n++] = xasprintf("Revision %lld, last changed %s by %s",
	    (long long)r->rev, r->updated_at, r->updated_by);
	*out = n;
	return lines;
}

static const struct recform_spec soa_form_spec = {
	.reg = &reg_soa,
	.fields = soa_form_fields,
	.n_fields = sizeof soa_form_fields / sizeof *soa_form_fields,
	.info = soa_form_info,
};

static void soa_reload(void *pane);

static void
soa_saved(void *owner, struct app *app)
{
	(void)app;
	soa_reload(owner);
}

static struct form *
soa_open(struct soa_pane *p, bool edit)
{
	const struct soa_row *r = soa_at(p, p->t.cursor);
	struct form *f;
	char *title;

	if (r == NULL)
		return NULL;
	title = xasprintf("%s %s", r->id, r->title);
	f = recform_open(p->app, &soa_form_spec, r->id, title, p);
	free(title);
	if (f == NULL)
		return NULL;
	f->saved = soa_saved;
	form_origin(f, pane_soa_ops.name, r->id);
	if (edit)
		form_edit_field(f, p->app, 0);
	return f;
}

/* ---- filters picked from a list ---- */

/* Add the entry "dim: value" (just dim when value is NULL). */
static void
soa_picks_add(struct soa_pane *p, const char *dim, const char *value)
{
	p->picks = xreallocarray(p->picks, p->n_picks + 1, sizeof *p->picks);
	p->picks[p->n_picks++] = value == NULL ? xstrdup(dim) :
	    xasprintf("%s: %s", dim, value);
}

static void
soa_picks_free(struct soa_pane *p)
{
	for (size_t i = 0; i < p->n_picks; i++)
		free(p->picks[i]);
	free(p->picks);
	p->picks = NULL;
	p->n_picks = 0;
}

static void
soa_picks_vocab(struct soa_pane *p, const char *dim, const struct vocab *v)
{
	for (size_t i = 0; i < v->n_terms; i++)
		soa_picks_add(p, dim, v->terms[i].label);
}

static void
soa_picks_list(struct soa_pane *p, const char *dim, char **items, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		soa_picks_add(p, dim, items[i]);
		free(items[i]);
	}
	free(items);
}

static bool
soa_picks_make(struct soa_pane *p)
{
	char **items = NULL, *cause = NULL;
	size_t n = 0;

	soa_picks_free(p);
	soa_picks_add(p, "Show all controls (clear these filters)", NULL);
	if (soa_themes(p->app->m, &items, &n, &cause) != ISMS_OK) {
		app_fail(p->app, cause);
		return false;
	}
	soa_picks_list(p, "theme", items, n);
	soa_picks_vocab(p, "applicable", &vocab_applicable);
	soa_picks_vocab(p, "status", &vocab_soa_status);
	if (soa_attribute_values(p->app->m, &items, &n, &cause) != ISMS_OK) {
		app_fail(p->app, cause);
		return false;
	}
	soa_picks_list(p, "attribute", items, n);
	return true;
}

static void
soa_pick_done(void *ctx, struct app *app, size_t index, const bool *marks)
{
	struct soa_pane *p = ctx;
	const char *pick = p->picks[index], *value;

	(void)marks;
	if (index == 0) {
		for (int d = 0; d < DIM_COUNT; d++) {
			free(p->dims[d]);
			p->dims[d] = NULL;
		}
		app_message(app, "showing all controls");
	} else {
		for (int d = 0; d < DIM_COUNT; d++) {
			size_t len = strlen(soa_dim_names[d]);

			if (strncmp(pick, soa_dim_names[d], len) != 0 ||
			    pick[len] != ':')
				continue;
			value = pick + len + 2;
			free(p->dims[d]);
			p->dims[d] = xstrdup(value);
		}
	}
	p->t.cursor = 0;
	table_requery(&p->t);
}

static void
soa_pick_filter(struct soa_pane *p)
{
	if (!soa_picks_make(p))
		return;
	app_push(p->app, picker_new("Filter the SoA", (const char *const *)
	    p->picks, p->n_picks, 0, NULL, soa_pick_done, p));
}

static enum isms_status
soa_export_all(struct isms *m, enum doc_format f, const char *path,
               char **warning, char **cause)
{
	return soa_export(m, f, NULL, path, warning, cause);
}

/* ---- the pane ---- */

static void
soa_reload(void *pane)
{
	struct soa_pane *p = pane;

	table_requery(&p->t);
}

static void *
soa_pane_open(struct app *app)
{
	struct soa_pane *p = xcalloc(1, sizeof *p);

	p->app = app;
	table_init(&p->t, soa_cols, sizeof soa_cols / sizeof *soa_cols,
	    &soa_source, p);
	table_requery(&p->t);
	return p;
}

static void
soa_pane_close(void *pane)
{
	struct soa_pane *p = pane;

	soa_drop_window(p);
	soa_picks_free(p);
	for (int d = 0; d < DIM_COUNT; d++)
		free(p->dims[d]);
	free(p);
}

static void
soa_filters(const struct soa_pane *p, struct buf *b)
{
	for (int d = 0; d < DIM_COUNT; d++)
		if (p->dims[d] != NULL)
			buf_printf(b, "%s%s %s", b->len ? ", " : "",
			    soa_dim_names[d], p->dims[d]);
}

static void
soa_draw(void *pane, int y, int h, int w)
{
	struct soa_pane *p = pane;
	const struct soa_summary *s = &p->sum;
	char *line = xasprintf("%zu applicable, %zu excluded, %zu undecided; "
	    "implemented %zu of %zu applicable (%zu%%)", s->applicable,
	    s->excluded, s->undecided, s->implemented, s->applicable,
	    s->applicable ? 100 * s->implemented / s->applicable : 0);

	draw_text(y, 0, w, line, UI_ROLE_TITLE);
	free(line);
	table_draw(&p->t, p->app, y + 1, h - 1, w);
}

static void soa_jump(struct soa_pane *p);

static bool
soa_handle(void *pane, enum ui_action a)
{
	struct soa_pane *p = pane;

	switch (a) {
	case UI_ACTION_OPEN: soa_open(p, false); return true;
	case UI_ACTION_EDIT: soa_open(p, true); return true;
	case UI_ACTION_PICK_FILTER: soa_pick_filter(p); return true;
	case UI_ACTION_JUMP: soa_jump(p); return true;
	case UI_ACTION_EXPORT:
		export_start(p->app, "Statement of Applicability", "soa",
		    soa_export_all);
		return true;
	case UI_ACTION_CLEAR:
		for (int d = 0; d < DIM_COUNT; d++) {
			free(p->dims[d]);
			p->dims[d] = NULL;
		}
		return table_handle(&p->t, p->app, a);
	default:
		return table_handle(&p->t, p->app, a);
	}
}

static void
soa_status(void *pane, char *buf, size_t size)
{
	struct soa_pane *p = pane;
	struct buf b;
	size_t len;

	table_status(&p->t, buf, size);
	buf_init(&b);
	soa_filters(p, &b);
	len = strlen(buf);
	if (b.len > 0 && len < size)
		snprintf(buf + len, size - len, "  %s", buf_str(&b));
	buf_done(&b);
}

static bool
soa_has_row(void *pane)
{
	return ((struct soa_pane *)pane)->count > 0;
}

/* Show control id: clear what hides it and put the cursor on it. */
static void
soa_show(void *pane, const char *id)
{
	struct soa_pane *p = pane;
	struct soa_query q;
	char *cause = NULL;
	size_t pos;

	for (int d = 0; d < DIM_COUNT; d++) {
		free(p->dims[d]);
		p->dims[d] = NULL;
	}
	p->t.filter[0] = '\0';
	table_requery(&p->t);
	soa_make_query(p, &q);
	if (soa_position(p->app->m, &q, id, &pos, &cause) == ISMS_OK)
		p->t.cursor = pos;
	else
		app_fail(p->app, cause);
	table_requery(&p->t);
}

static struct form *
soa_form(void *pane, const char *id)
{
	struct soa_pane *p = pane;
	const struct soa_row *r;

	soa_show(p, id);
	r = soa_at(p, p->t.cursor);
	if (r == NULL || strcmp(r->id, id) != 0)
		return NULL;              /* soa_show() said why */
	return soa_open(p, false);
}

static void
soa_jump(struct soa_pane *p)
{
	const struct soa_row *r = soa_at(p, p->t.cursor);
	char *key;

	if (r == NULL)
		return;
	if (!r->risk_linked) {
		app_error(p->app, "%s: no risk is linked to this control", r->id);
		return;
	}
	key = xasprintf("control:%s", r->id);
	app_jump(p->app, "Risks", key);
	free(key);
}

const struct pane_ops pane_soa_ops = {
	"SoA", &keymap_soa, soa_pane_open, soa_pane_close, soa_reload,
	soa_draw, soa_handle, soa_status, soa_has_row, soa_show, soa_form,
};
