/*
 * pane_assets.c - the asset inventory (A.5.9): a table of the assets, the
 * detail form, adding and deleting (refused while risks name an asset).
 * An inventory runs to hundreds of rows, not 100,000, so the pane reads
 * the filtered list whole and sorts it in memory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isms/model/reg.h"
#include "isms/rec/vocab.h"
#include "isms/ui/form.h"
#include "isms/ui/recform.h"
#include "isms/ui/panes.h"
#include "isms/ui/prompt.h"
#include "isms/ui/table.h"
#include "isms/util/xmalloc.h"

enum { COL_ID, COL_NAME, COL_TYPE, COL_OWNER, COL_LOCATION, COL_CLASS,
       COL_C, COL_I, COL_A, COL_RISKS };

static const struct layout_col asset_cols[] = {
	{ "No", 4, 5, 0, true },
	{ "Name", 16, 0, 3, false },
	{ "Type", 11, 11, 0, false },
	{ "Owner", 10, 18, 1, false },
	{ "Location", 10, 18, 1, false },
	{ "Class", 8, 14, 0, false },
	{ "C", 1, 1, 0, true },
	{ "I", 1, 1, 0, true },
	{ "A", 1, 1, 0, true },
	{ "Risks", 5, 5, 0, true },
};

struct asset_pane {
	struct app *app;
	struct table t;
	struct asset_row *rows;
	size_t n, all;
	size_t *order;
	char cell[64];
	char *pick;                   /* the asset a prompt works on */
};

static const char *
asset_text(const struct asset_row *a, size_t col, char *buf, size_t size)
{
	int v = col == COL_C ? a->c : col == COL_I ? a->i : a->a;

	switch (col) {
	case COL_ID: snprintf(buf, size, "%lld", (long long)a->id); return buf;
	case COL_NAME: return a->name;
	case COL_TYPE: return a->type;
	case COL_OWNER: return a->owner;
	case COL_LOCATION: return a->location;
	case COL_CLASS: return a->classification;
	case COL_RISKS: snprintf(buf, size, "%d", a->n_risks); return buf;
	default:
		if (v <= 0)
			return "";
		snprintf(buf, size, "%d", v);
		return buf;
	}
}

static struct asset_pane *asset_sorting;

static int
asset_cmp(const void *x, const void *y)
{
	const struct asset_pane *p = asset_sorting;
	const struct asset_row *a = &p->rows[*(const size_t *)x];
	const struct asset_row *b = &p->rows[*(const size_t *)y];
	char ba[32], bb[32];
	int c;

	if (p->t.sort_col == COL_ID || p->t.sort_col >= COL_C)
		c = p->t.sort_col == COL_ID ? (a->id > b->id) - (a->id < b->id) :
		    strcmp(asset_text(a, p->t.sort_col, ba, sizeof ba),
		    asset_text(b, p->t.sort_col, bb, sizeof bb));
	else
		c = strcasecmp(asset_text(a, p->t.sort_col, ba, sizeof ba),
		    asset_text(b, p->t.sort_col, bb, sizeof bb));
	if (c == 0)
		c = (a->id > b->id) - (a->id < b->id);
	return p->t.sort_desc ? -c : c;
}

static void
asset_query(void *ctx, size_t *cursor)
{
	struct asset_pane *p = ctx;
	int64_t keep = *cursor < p->n ? p->rows[p->order[*cursor]].id : -1;
	struct asset_row *all = NULL;
	char *cause = NULL;
	size_t n_all = 0;

	asset_rows_free(p->rows, p->n);
	free(p->order);
	p->rows = NULL;
	p->order = NULL;
	p->n = 0;
	if (reg_list(p->app->m, &reg_asset, p->t.filter[0] ? p->t.filter :
	    NULL, (void **)&p->rows, &p->n, &cause) != ISMS_OK ||
	    reg_list(p->app->m, &reg_asset, NULL, (void **)&all, &n_all,
	    &cause) != ISMS_OK)
		app_fail(p->app, cause);
	asset_rows_free(all, n_all);
	p->all = n_all;
	p->order = xcalloc(p->n + 1, sizeof *p->order);
	for (size_t i = 0; i < p->n; i++)
		p->order[i] = i;
	asset_sorting = p;
	qsort(p->order, p->n, sizeof *p->order, asset_cmp);
	*cursor = 0;
	for (size_t i = 0; i < p->n; i++)
		if (p->rows[p->order[i]].id == keep)
			*cursor = i;
}

static size_t
asset_count(void *ctx)
{
	return ((struct asset_pane *)ctx)->n;
}

static size_t
asset_all(void *ctx)
{
	return ((struct asset_pane *)ctx)->all;
}

static void
asset_window(void *ctx, size_t top, size_t n)
{
	(void)ctx;                    /* the list is in memory */
	(void)top;
	(void)n;
}

static void
asset_cell(void *ctx, size_t row, size_t col, struct table_cell *out)
{
	struct asset_pane *p = ctx;

	out->role = UI_ROLE_NORMAL;
	out->text = asset_text(&p->rows[p->order[row]], col, p->cell,
	    sizeof p->cell);
}

static bool
asset_find(void *ctx, const char *needle, size_t from, int dir, size_t *pos,
           char **cause)
{
	struct asset_pane *p = ctx;

	(void)cause;                  /* rows in memory: it cannot fail */
	for (size_t k = 1; k <= p->n; k++) {
		size_t v = from == (size_t)-1 ? (dir > 0 ? k - 1 : p->n - k) :
		    (from + p->n + (size_t)((long)dir * (long)k)) % p->n;
		const struct asset_row *a = &p->rows[p->order[v]];

		if (strcasestr(a->name, needle) || strcasestr(a->owner, needle)) {
			*pos = v;
			return true;
		}
	}
	return false;
}

static const struct table_source asset_source = {
	asset_query, asset_count, asset_all, asset_window, asset_cell,
	asset_find,
};

/* ---- the form ---- */

static const size_t asset_form_fields[] = {
	ASSET_NAME, ASSET_TYPE, ASSET_OWNER, ASSET_LOCATION,
	ASSET_CLASSIFICATION, ASSET_C, ASSET_I, ASSET_A, ASSET_NOTES,
};

/* The read-only line of an asset's form: how many risks name it. */
static char **
asset_form_info(void *owner, struct app *app, const void *row, size_t *n)
{
	const struct asset_row *a = row;
	char **info = xcalloc(1, sizeof *info);

	(void)owner;
	(void)app;
	info[0] = xasprintf("Named by %d risk%s; revision %lld, last changed "
	    "%s by %s", a->n_risks, a->n_risks == 1 ? "" : "s", (long long)a->rev,
	    a->updated_at, a->updated_by);
	*n = 1;
	return info;
}

static const struct recform_spec asset_form_spec = {
	.reg = &reg_asset,
	.fields = asset_form_fields,
	.n_fields = sizeof asset_form_fields / sizeof *asset_form_fields,
	.info = asset_form_info,
};

static void
asset_saved(void *owner, struct app *app)
{
	(void)app;
	table_requery(&((struct asset_pane *)owner)->t);
}

static struct form *
asset_open(struct asset_pane *p, int64_t id, bool edit)
{
	char key[24], *title;
	struct form *f;

	snprintf(key, sizeof key, "%lld", (long long)id);
	title = xasprintf("Asset %lld", (long long)id);
	f = recform_open(p->app, &asset_form_spec, key, title, p);
	free(title);
	if (f == NULL)
		return NULL;
	f->saved = asset_saved;
	form_origin(f, pane_assets_ops.name, key);
	if (edit)
		form_edit_field(f, p->app, 0);
	return f;
}

/* The form of asset key (its number). */
static struct form *
asset_form(void *pane, const char *key)
{
	struct asset_pane *p = pane;
	char *end;
	long long id = strtoll(key, &end, 10);

	if (key[0] == '\0' || *end != '\0' || id <= 0) {
		app_error(p->app, "%s: not an asset number", key);
		return NULL;
	}
	return asset_open(p, (int64_t)id, false);
}

static void
asset_add_done(void *ctx, struct app *app, const char *name)
{
	struct asset_pane *p = ctx;
	struct rec_patch ap = { .v = { [ASSET_NAME] = name } };
	char *cause = NULL, *key = NULL;

	if (name == NULL || name[0] == '\0')
		return;
	if (reg_add(app->m, &reg_asset, &ap, &key, &cause) != ISMS_OK) {
		app_fail(app, cause);
		return;
	}
	table_requery(&p->t);
	asset_open(p, strtoll(key, NULL, 10), false);
	free(key);
}

static void
asset_delete_yes(void *ctx, struct app *app)
{
	struct asset_pane *p = ctx;
	char *cause = NULL;

	if (reg_rm(app->m, &reg_asset, p->pick, false, &cause) != ISMS_OK)
		app_fail(app, cause);
	else
		app_message(app, "deleted asset %s", p->pick);
	app_reload(app);
}

static bool
asset_handle(void *pane, enum ui_action a)
{
	struct asset_pane *p = pane;
	const struct asset_row *r = p->n > 0 ? &p->rows[p->order[p->t.cursor]] :
	    NULL;
	char *q;

	switch (a) {
	case UI_ACTION_OPEN:
	case UI_ACTION_EDIT:
		if (r != NULL)
			asset_open(p, r->id, a == UI_ACTION_EDIT);
		return true;
	case UI_ACTION_ADD:
		app_push(p->app, prompt_new("new asset, name: ", "", NULL,
		    asset_add_done, p));
		return true;
	case UI_ACTION_DELETE:
		free(p->pick);
		p->pick = xasprintf("%lld", (long long)r->id);
		q = xasprintf("delete asset %s (%s)?", p->pick, r->name);
		app_push(p->app, confirm_new(q, asset_delete_yes, p));
		free(q);
		return true;
	default:
		return table_handle(&p->t, p->app, a);
	}
}

/* ---- the pane ---- */

static void *
asset_pane_open(struct app *app)
{
	struct asset_pane *p = xcalloc(1, sizeof *p);

	p->app = app;
	table_init(&p->t, asset_cols, sizeof asset_cols / sizeof *asset_cols,
	    &asset_source, p);
	table_requery(&p->t);
	return p;
}

static void
asset_pane_close(void *pane)
{
	struct asset_pane *p = pane;

	asset_rows_free(p->rows, p->n);
	free(p->order);
	free(p->pick);
	free(p);
}

static void
asset_reload(void *pane)
{
	table_requery(&((struct asset_pane *)pane)->t);
}

static void
asset_draw(void *pane, int y, int h, int w)
{
	struct asset_pane *p = pane;

	table_draw(&p->t, p->app, y, h, w);
}

static void
asset_status(void *pane, char *buf, size_t size)
{
	table_status(&((struct asset_pane *)pane)->t, buf, size);
}

static bool
asset_has_row(void *pane)
{
	return ((struct asset_pane *)pane)->n > 0;
}

const struct pane_ops pane_assets_ops = {
	"Assets", &keymap_assets, asset_pane_open, asset_pane_close,
	asset_reload, asset_draw, asset_handle, asset_status, asset_has_row,
	NULL, asset_form,
};
