/*
 * pane_soa.c - the Statement of Applicability: the 93 Annex A controls in
 * theme order, filtered by theme, applicability, status or ISO/IEC 27002
 * attribute, a summary line, and the detail/edit form of one control.
 *
 * A table pane (tpane.h) over reg_soa, by window.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/document.h"
#include "isms/model/soa.h"
#include "isms/model/version.h"
#include "isms/rec/vocab.h"
#include "isms/ui/draw.h"
#include "isms/ui/filtermenu.h"
#include "isms/ui/form.h"
#include "isms/ui/recform.h"
#include "isms/report/soa_doc.h"
#include "isms/ui/export.h"
#include "isms/ui/tabs.h"
#include "isms/ui/tpane.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

enum { COL_ID, COL_TITLE, COL_APPLICABLE, COL_REASONS, COL_RISKS,
       COL_STATUS, COL_OWNER, COL_THEME };

static const struct layout_col soa_cols[] = {
	{ "Control", 8, 8, 0, false, 0, false },
	{ "Title", 20, 0, 4, false, 0, false },
	{ "Applicable", 10, 10, 0, false, 0, false },
	{ "Reasons", 11, 14, 0, false, 0, false },
	{ "Risks", 5, 6, 0, true, 0, false },
	{ "Status", 11, 12, 0, false, 0, false },
	{ "Owner", 8, 20, 1, false, 0, true },
	{ "Theme", 14, 14, 0, false, 0, false },
};

static const enum soa_sort soa_col_sort[] = {
	SOA_SORT_ORDER, SOA_SORT_TITLE, SOA_SORT_APPLICABLE, SOA_SORT_REASONS,
	SOA_SORT_RISKS, SOA_SORT_STATUS, SOA_SORT_OWNER, SOA_SORT_THEME,
};

/* A filter dimension picked with F; DIM_ALL clears them. */
enum { DIM_ALL = -1, DIM_THEME, DIM_APPLICABLE, DIM_STATUS, DIM_ATTRIBUTE,
       DIM_COUNT };
static const char *const soa_dim_names[] = {
	"theme", "applicable", "status", "attribute"
};

struct soa_pane {
	struct tpane base;            /* first: the pane is a table pane */
	char *dims[DIM_COUNT];
	struct soa_query q;           /* of what the pane shows now */
	struct soa_summary sum;
	struct version_state vs;      /* the last version, what changed */
	struct filtermenu menu;       /* of the F picker */
};

static const void *
soa_query_of(void *pane)
{
	struct soa_pane *p = pane;
	const struct table *t = &p->base.t;

	memset(&p->q, 0, sizeof p->q);
	p->q.theme = p->dims[DIM_THEME];
	p->q.applicable = p->dims[DIM_APPLICABLE];
	p->q.status = p->dims[DIM_STATUS];
	p->q.attribute = p->dims[DIM_ATTRIBUTE];
	p->q.text = t->filter[0] != '\0' ? t->filter : NULL;
	p->q.sort = soa_col_sort[t->sort_col];
	p->q.descending = t->sort_desc;
	return &p->q;
}

/* The summary line is read with the counts. */
static void
soa_requeried(void *pane)
{
	struct soa_pane *p = pane;
	char *cause = NULL;

	if (soa_summarize(p->base.app->m, &p->sum, &cause) != ISMS_OK)
		app_fail(p->base.app, cause);
	version_state_done(&p->vs);
	if (version_state(p->base.app->m, &version_soa, &p->vs, &cause) !=
	    ISMS_OK)
		app_fail(p->base.app, cause);
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
soa_cell(void *pane, const void *row, size_t col, struct table_cell *out)
{
	struct tpane *p = pane;
	const struct soa_row *r = row;
	char *s;

	switch (col) {
	case COL_ID:
		/* marked when changed since the last approved version */
		out->text = r->id;
		if (version_state_changed(&((struct soa_pane *)pane)->vs,
		    r->id)) {
			snprintf(p->cell, sizeof p->cell, "%s*", r->id);
			out->text = p->cell;
			out->role = UI_ROLE_CHANGED;
		}
		break;
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
	case COL_RISKS:
		snprintf(p->cell, sizeof p->cell, "%d", r->risk_count);
		out->text = r->risk_count > 0 ? p->cell : "";
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

/* The SoA by window, so the pane costs the same whatever its length. */
static const struct tpane_spec soa_spec = {
	.reg = &reg_soa,
	.cols = soa_cols,
	.n_cols = sizeof soa_cols / sizeof *soa_cols,
	.cell = soa_cell,
	.query = soa_query_of,
	.requeried = soa_requeried,
};

/* ---- the detail/edit form ---- */

static const size_t soa_form_fields[] = {
	SOA_APPLICABLE, SOA_REASONS, SOA_JUSTIFICATION, SOA_STATUS, SOA_HOW,
	SOA_EVIDENCE, SOA_OWNER, SOA_REVIEWED,
};

/* The read-only lines of a control's form: summary, theme and linked
 * risks (flagged when the control is excluded), the required documents
 * it brings with the documents that satisfy them, its attributes and its
 * revision. */
static char **
soa_form_info(void *owner, struct app *app, const void *row, size_t *out)
{
	const struct soa_row *r = row;
	struct required_row *req = NULL;
	char **attrs = NULL, *cause = NULL, **lines;
	size_t n_attrs = 0, n_req = 0, n = 0;

	(void)owner;
	if (soa_attributes(app->m, r->id, &attrs, &n_attrs, &cause) != ISMS_OK)
		free(cause);
	if (required_list(app->m, r->id, &req, &n_req, &cause) != ISMS_OK)
		free(cause);
	lines = xcalloc(n_attrs + n_req + 5, sizeof *lines);
	lines[n++] = xstrdup(r->summary != NULL ? r->summary : "");
	if (r->risk_linked && strcmp(r->applicable, "no") == 0)
		lines[n++] = xasprintf("Theme %s; excluded, but risks %s are "
		    "linked to it: review the exclusion or the links", r->theme,
		    r->risks);
	else
		lines[n++] = r->risk_linked ? xasprintf("Theme %s; reason RA "
		    "from risks %s", r->theme, r->risks) : xasprintf("Theme "
		    "%s; no risk linked (RA comes from the risk register)",
		    r->theme);
	for (size_t i = 0; i < n_req; i++) {
		char *line = required_line(&req[i]);

		lines[n++] = xasprintf("Required: %s", line);
		free(line);
	}
	required_rows_free(req, n_req);
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

static void
soa_saved(void *owner, struct app *app)
{
	(void)app;
	tpane_reload(owner);
}

static struct form *
soa_open(struct soa_pane *p, bool edit)
{
	const struct soa_row *r = tpane_current(&p->base);
	struct form *f;
	char *title;

	if (r == NULL)
		return NULL;
	title = xasprintf("%s %s", r->id, r->title);
	f = recform_open(p->base.app, &soa_form_spec, r->id, title, p);
	free(title);
	if (f == NULL)
		return NULL;
	f->saved = soa_saved;
	form_origin(f, TAB_SOA, r->id);
	if (edit)
		form_edit_field(f, p->base.app, 0);
	return f;
}

/* ---- filters picked from a list ---- */

static void
soa_picks_vocab(struct soa_pane *p, int dim, const struct vocab *v)
{
	for (size_t i = 0; i < v->n_terms; i++)
		filtermenu_add_value(&p->menu, soa_dim_names[dim], dim,
		    v->terms[i].label);
}

static void
soa_picks_list(struct soa_pane *p, int dim, char **items, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		filtermenu_add_value(&p->menu, soa_dim_names[dim], dim,
		    items[i]);
		free(items[i]);
	}
	free(items);
}

static bool
soa_picks_make(struct soa_pane *p)
{
	char **items = NULL, *cause = NULL;
	size_t n = 0;

	filtermenu_reset(&p->menu);
	filtermenu_add(&p->menu, "Show all controls (clear these filters)",
	    DIM_ALL);
	if (soa_themes(p->base.app->m, &items, &n, &cause) != ISMS_OK) {
		app_fail(p->base.app, cause);
		return false;
	}
	soa_picks_list(p, DIM_THEME, items, n);
	soa_picks_vocab(p, DIM_APPLICABLE, &vocab_applicable);
	soa_picks_vocab(p, DIM_STATUS, &vocab_soa_status);
	if (soa_attribute_values(p->base.app->m, &items, &n,
	    &cause) != ISMS_OK) {
		app_fail(p->base.app, cause);
		return false;
	}
	soa_picks_list(p, DIM_ATTRIBUTE, items, n);
	return true;
}

static void
soa_pick_done(void *ctx, struct app *app, const struct filtermenu_entry *e)
{
	struct soa_pane *p = ctx;

	if (e->dim == DIM_ALL) {
		for (int d = 0; d < DIM_COUNT; d++) {
			free(p->dims[d]);
			p->dims[d] = NULL;
		}
		app_message(app, "showing all controls");
	} else {
		free(p->dims[e->dim]);
		p->dims[e->dim] = xstrdup(e->value);
	}
	p->base.t.cursor = 0;
	table_requery(&p->base.t);
}

static void
soa_pick_filter(struct soa_pane *p)
{
	if (soa_picks_make(p))
		filtermenu_open(&p->menu, p->base.app, "Filter the SoA",
		    soa_pick_done, p);
}


/* ---- the pane ---- */

static void *
soa_pane_open(struct app *app)
{
	struct soa_pane *p = xcalloc(1, sizeof *p);

	filtermenu_init(&p->menu);
	tpane_init(&p->base, app, &soa_spec);
	return p;
}

static void
soa_pane_close(void *pane)
{
	struct soa_pane *p = pane;

	tpane_done(&p->base);
	filtermenu_done(&p->menu);
	version_state_done(&p->vs);
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

/* The export of what the pane shows, its filters in the header. */
static enum isms_status
soa_export_shown(void *pane, struct isms *m, enum doc_format f,
                 const char *path, char **warning, char **cause)
{
	struct soa_pane *p = pane;
	const struct soa_query *q = soa_query_of(p);
	struct buf b;
	enum isms_status rc;

	buf_init(&b);
	soa_filters(p, &b);
	if (q->text != NULL)
		buf_printf(&b, "%stext %s", b.len ? ", " : "", q->text);
	rc = soa_export_view(m, q, b.len > 0 ? buf_str(&b) : NULL, f, path,
	    warning, cause);
	buf_done(&b);
	return rc;
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

	if (p->vs.last > 0) {             /* shorter, to name the version */
		free(line);
		line = xasprintf("%zu applicable, %zu excluded, %zu undecided; "
		    "%zu%% implemented; version %d%s", s->applicable,
		    s->excluded, s->undecided, s->applicable ? 100 *
		    s->implemented / s->applicable : 0, p->vs.last,
		    p->vs.n_keys > 0 ? ", * changed" : " approved");
	}

	draw_text(y, 0, w, line, UI_ROLE_TITLE);
	free(line);
	table_draw(&p->base.t, p->base.app, y + 1, h - 1, w);
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
		export_start(p->base.app, "Statement of Applicability", "soa",
		    soa_export_shown, p);
		return true;
	case UI_ACTION_CLEAR:
		for (int d = 0; d < DIM_COUNT; d++) {
			free(p->dims[d]);
			p->dims[d] = NULL;
		}
		return table_handle(&p->base.t, p->base.app, a);
	default:
		return table_handle(&p->base.t, p->base.app, a);
	}
}

static void
soa_status(void *pane, char *buf, size_t size)
{
	struct soa_pane *p = pane;
	struct buf b;
	size_t len;

	table_status(&p->base.t, buf, size);
	buf_init(&b);
	soa_filters(p, &b);
	len = strlen(buf);
	if (b.len > 0 && len < size)
		snprintf(buf + len, size - len, "  %s", buf_str(&b));
	buf_done(&b);
}

/* Show control id: clear what hides it and put the cursor on it. */
static void
soa_show(void *pane, const char *id)
{
	struct soa_pane *p = pane;

	for (int d = 0; d < DIM_COUNT; d++) {
		free(p->dims[d]);
		p->dims[d] = NULL;
	}
	p->base.t.filter[0] = '\0';
	tpane_show_key(&p->base, id);
}

static struct form *
soa_form(void *pane, const char *id)
{
	struct soa_pane *p = pane;
	const struct soa_row *r;

	soa_show(p, id);
	r = tpane_current(&p->base);
	if (r == NULL || strcmp(r->id, id) != 0)
		return NULL;              /* soa_show() said why */
	return soa_open(p, false);
}

static void
soa_jump(struct soa_pane *p)
{
	const struct soa_row *r = tpane_current(&p->base);
	char *key;

	if (r == NULL)
		return;
	if (!r->risk_linked) {
		app_error(p->base.app, "%s: no risk is linked to this control",
		    r->id);
		return;
	}
	key = xasprintf("control:%s", r->id);
	app_jump(p->base.app, TAB_RISKS, key);
	free(key);
}

const struct pane_ops pane_soa_ops = {
	&keymap_soa, soa_pane_open, soa_pane_close, tpane_reload,
	soa_draw, soa_handle, soa_status, tpane_has_row, soa_show, soa_form,
	tpane_record, tpane_idle,
};
