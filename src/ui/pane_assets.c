/*
 * pane_assets.c - the asset inventory (A.5.9): a table of the assets, the
 * detail form, adding and deleting (refused while risks name an asset).
 * A table pane (tpane.h) over reg_asset, held in memory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isms/model/reg.h"
#include "isms/rec/vocab.h"
#include "isms/ui/form.h"
#include "isms/ui/recform.h"
#include "isms/ui/prompt.h"
#include "isms/ui/tabs.h"
#include "isms/ui/tpane.h"
#include "isms/util/xmalloc.h"

enum { COL_ID, COL_NAME, COL_TYPE, COL_OWNER, COL_LOCATION, COL_CLASS,
       COL_C, COL_I, COL_A, COL_RISKS };

static const struct layout_col asset_cols[] = {
	{ "No", 4, 5, 0, true, 0, false },
	{ "Name", 16, 0, 3, false, 0, false },
	{ "Type", 11, 11, 0, false, 0, false },
	{ "Owner", 10, 18, 1, false, 0, true },
	{ "Location", 10, 18, 1, false, 0, true },
	{ "Class", 8, 14, 0, false, 0, false },
	{ "C", 1, 1, 0, true, 0, false },
	{ "I", 1, 1, 0, true, 0, false },
	{ "A", 1, 1, 0, true, 0, false },
	{ "Risks", 5, 5, 0, true, 0, false },
};

struct asset_pane {
	struct tpane base;            /* first: the pane is a table pane */
	char *pick;                   /* the asset a prompt works on */
};

static void
asset_cell(void *pane, const void *row, size_t col, struct table_cell *out)
{
	struct tpane *p = pane;
	const struct asset_row *a = row;
	int v = col == COL_C ? a->c : col == COL_I ? a->i : a->a;

	out->text = p->cell;
	switch (col) {
	case COL_ID:
		snprintf(p->cell, sizeof p->cell, "%lld", (long long)a->id);
		break;
	case COL_NAME: out->text = a->name; break;
	case COL_TYPE: out->text = a->type; break;
	case COL_OWNER: out->text = a->owner; break;
	case COL_LOCATION: out->text = a->location; break;
	case COL_CLASS: out->text = a->classification; break;
	case COL_RISKS:
		snprintf(p->cell, sizeof p->cell, "%d", a->n_risks);
		break;
	default:
		out->text = "";
		if (v > 0)
			snprintf(p->cell, sizeof p->cell, "%d", v);
		if (v > 0)
			out->text = p->cell;
		break;
	}
}

/* An inventory runs to hundreds of rows, not 100,000: held in memory. */
static const struct tpane_spec asset_spec = {
	.reg = &reg_asset,
	.cols = asset_cols,
	.n_cols = sizeof asset_cols / sizeof *asset_cols,
	.cell = asset_cell,
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
	    "%s by %s", a->n_risks, a->n_risks == 1 ? "" : "s",
	    (long long)a->rev,
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
	tpane_reload(owner);
}

static struct form *
asset_open(struct asset_pane *p, int64_t id, bool edit)
{
	char key[24], *title;
	struct form *f;

	snprintf(key, sizeof key, "%lld", (long long)id);
	title = xasprintf("Asset %lld", (long long)id);
	f = recform_open(p->base.app, &asset_form_spec, key, title, p);
	free(title);
	if (f == NULL)
		return NULL;
	f->saved = asset_saved;
	form_origin(f, TAB_ASSETS, key);
	if (edit)
		form_edit_field(f, p->base.app, 0);
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
		app_error(p->base.app, "%s: not an asset number", key);
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
	p->base.t.filter[0] = '\0';      /* the new one is what keys act on */
	tpane_show_key(&p->base, key);
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
	const struct asset_row *r = tpane_current(&p->base);
	char *q;

	switch (a) {
	case UI_ACTION_OPEN:
	case UI_ACTION_EDIT:
		if (r != NULL)
			asset_open(p, r->id, a == UI_ACTION_EDIT);
		return true;
	case UI_ACTION_ADD:
		app_push(p->base.app, prompt_new("new asset, name: ", "", NULL,
		    asset_add_done, p));
		return true;
	case UI_ACTION_DELETE:
		free(p->pick);
		p->pick = xasprintf("%lld", (long long)r->id);
		q = xasprintf("delete asset %s (%s)?", p->pick, r->name);
		app_push(p->base.app, confirm_new(q, asset_delete_yes, p));
		free(q);
		return true;
	default:
		return table_handle(&p->base.t, p->base.app, a);
	}
}

/* ---- the pane ---- */

static void *
asset_pane_open(struct app *app)
{
	struct asset_pane *p = xcalloc(1, sizeof *p);

	tpane_init(&p->base, app, &asset_spec);
	return p;
}

static void
asset_pane_close(void *pane)
{
	struct asset_pane *p = pane;

	tpane_done(&p->base);
	free(p->pick);
	free(p);
}

const struct pane_ops pane_assets_ops = {
	&keymap_assets, asset_pane_open, asset_pane_close,
	tpane_reload, tpane_draw, asset_handle, tpane_status, tpane_has_row,
	NULL, asset_form, tpane_record, tpane_idle,
};
