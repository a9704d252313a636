/*
 * pane_risks_ops.c - what the keys of the Risks pane do: add, filter,
 * link assets and controls from lists, accept residual risk (who, until
 * when, why) or revoke an acceptance, delete, export, open the heat maps,
 * and jump to the controls in the SoA.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/reg.h"
#include "isms/model/matrix.h"
#include "isms/model/risk.h"
#include "isms/model/soa.h"
#include "isms/rec/vocab.h"
#include "isms/report/risk_doc.h"
#include "isms/ui/draw.h"
#include "isms/ui/export.h"
#include "isms/ui/filtermenu.h"
#include "isms/ui/heat.h"
#include "isms/ui/people_list.h"
#include "isms/ui/prompt.h"
#include "isms/ui/risk_pane.h"
#include "isms/ui/tabs.h"
#include "isms/util/buf.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

void
risk_pane_picks(struct risk_pane *p, char **items, size_t n)
{
	for (size_t i = 0; i < p->n_picks; i++)
		free(p->picks[i]);
	free(p->picks);
	p->picks = items;
	p->n_picks = n;
}

static const char *
risk_ref_at_cursor(struct risk_pane *p)
{
	const struct risk_row *r = tpane_current(&p->base);

	return r != NULL ? r->ref : NULL;
}

static void
risk_set_pick_ref(struct risk_pane *p)
{
	const char *ref = risk_ref_at_cursor(p);

	free(p->pick_ref);
	p->pick_ref = ref != NULL ? xstrdup(ref) : NULL;
}

/* ---- filters picked from a list ---- */

static void
filter_clear(struct risk_pane *p)
{
	free(p->level);
	free(p->treatment);
	free(p->status);
	free(p->control);
	free(p->owner);
	free(p->filter_name);
	p->level = p->treatment = p->status = p->control = p->owner = NULL;
	p->filter_name = NULL;
	memset(&p->filter, 0, sizeof p->filter);
}

/* What an entry of the F menu filters by. */
enum { RISK_DIM_ALL, RISK_DIM_FLAGGED, RISK_DIM_ABOVE, RISK_DIM_OVERDUE,
       RISK_DIM_STALE, RISK_DIM_LATE, RISK_DIM_LEVEL, RISK_DIM_TREATMENT,
       RISK_DIM_STATUS, RISK_DIM_OWNER };

static void
filter_done(void *ctx, struct app *app, const struct filtermenu_entry *e)
{
	struct risk_pane *p = ctx;

	(void)app;
	filter_clear(p);
	switch (e->dim) {
	case RISK_DIM_FLAGGED: p->filter.flagged = true; break;
	case RISK_DIM_ABOVE: p->filter.above = true; break;
	case RISK_DIM_OVERDUE: p->filter.overdue = true; break;
	case RISK_DIM_STALE: p->filter.stale = true; break;
	case RISK_DIM_LATE: p->filter.action_late = true; break;
	case RISK_DIM_LEVEL:
		p->filter.level = p->level = xstrdup(e->value);
		break;
	case RISK_DIM_TREATMENT:
		p->filter.treatment = p->treatment = xstrdup(e->value);
		break;
	case RISK_DIM_STATUS:
		p->filter.status = p->status = xstrdup(e->value);
		break;
	case RISK_DIM_OWNER:
		p->filter.owner = p->owner = xstrdup(e->value);
		break;
	}
	if (e->dim != RISK_DIM_ALL)
		p->filter_name = xstrdup(e->label);
	p->base.t.cursor = 0;
	table_requery(&p->base.t);
}

static void
risk_pick_owners(struct risk_pane *p)
{
	char **owners = NULL, *cause = NULL;
	size_t k = 0;

	if (risk_owners(p->base.app->m, &owners, &k, &cause) != ISMS_OK) {
		app_fail(p->base.app, cause);
		return;
	}
	for (size_t i = 0; i < k; i++) {
		filtermenu_add_value(&p->filters, "owner", RISK_DIM_OWNER,
		    owners[i]);
		free(owners[i]);
	}
	free(owners);
}

static void
risk_pick_vocab(struct risk_pane *p, const char *name, int dim,
                const struct vocab *v)
{
	for (size_t k = 0; k < v->n_terms; k++)
		filtermenu_add_value(&p->filters, name, dim, v->terms[k].label);
}

static void
risk_pick_filter(struct risk_pane *p)
{
	struct filtermenu *m = &p->filters;

	filtermenu_reset(m);
	filtermenu_add(m, "Show all risks (clear these filters)",
	    RISK_DIM_ALL);
	filtermenu_add(m, "needs attention (above, not validly accepted)",
	    RISK_DIM_FLAGGED);
	filtermenu_add(m, "above the acceptance criterion", RISK_DIM_ABOVE);
	filtermenu_add(m, "review overdue", RISK_DIM_OVERDUE);
	filtermenu_add(m, "acceptance stale", RISK_DIM_STALE);
	filtermenu_add(m, "a treatment action overdue", RISK_DIM_LATE);
	for (int k = 0; p->mx != NULL && k < p->mx->n_levels; k++)
		filtermenu_add_value(m, "level", RISK_DIM_LEVEL,
		    p->mx->levels[k].name);
	risk_pick_vocab(p, "treatment", RISK_DIM_TREATMENT, &vocab_treatment);
	risk_pick_vocab(p, "status", RISK_DIM_STATUS, &vocab_risk_status);
	risk_pick_owners(p);
	filtermenu_open(m, p->base.app, "Filter the risks", filter_done, p);
}

/* ---- linking from lists ---- */

/* The first word of a picker entry: a control id or an asset number. */
static char *
pick_key(const char *item)
{
	return xstrndup(item, strcspn(item, " "));
}

/* Apply the marks that changed since the list was made, in one
 * all-or-nothing call per direction. */
static void
link_done(void *ctx, struct app *app, const bool *marks, bool controls)
{
	struct risk_pane *p = ctx;
	char **add = xcalloc(p->n_picks + 1, sizeof *add);
	char **del = xcalloc(p->n_picks + 1, sizeof *del);
	size_t na = 0, nd = 0;
	char *cause = NULL;
	enum isms_status rc;

	for (size_t k = 0; k < p->n_picks; k++)
		if (marks[k] && !p->pick_was[k])
			add[na++] = pick_key(p->picks[k]);
		else if (!marks[k] && p->pick_was[k])
			del[nd++] = pick_key(p->picks[k]);
	rc = risk_link(app->m, p->pick_ref, controls ? NULL :
	    (const char *const *)add, controls ? 0 : na, controls ?
	    (const char *const *)add : NULL, controls ? na : 0, false, false,
	    &cause);
	if (rc == ISMS_OK)
		rc = risk_link(app->m, p->pick_ref, controls ? NULL :
		    (const char *const *)del, controls ? 0 : nd, controls ?
		    (const char *const *)del : NULL, controls ? nd : 0, true,
		    false, &cause);
	if (rc != ISMS_OK)
		app_fail(app, cause);
	else
		app_message(app, "%s: %zu linked, %zu unlinked", p->pick_ref,
		    na, nd);
	for (size_t k = 0; k < na; k++)
		free(add[k]);
	for (size_t k = 0; k < nd; k++)
		free(del[k]);
	free(add);
	free(del);
	app_reload(app);
}

static void
link_controls_done(void *ctx, struct app *app, size_t i, const bool *marks)
{
	(void)i;
	link_done(ctx, app, marks, true);
}

static void
link_assets_done(void *ctx, struct app *app, size_t i, const bool *marks)
{
	(void)i;
	link_done(ctx, app, marks, false);
}

/* Whether the comma-separated list contains word. */
static bool
list_has(const char *list, const char *word, char sep)
{
	size_t len = strlen(word);

	for (const char *at = list; (at = strstr(at, word)) != NULL; at++)
		if ((at == list || at[-1] == sep || at[-1] == ' ') &&
		    (at[len] == sep || at[len] == '\0'))
			return true;
	return false;
}

static void
link_open(struct risk_pane *p, const char *what, char **items, bool *was,
          size_t n, picker_fn done)
{
	char *title = xasprintf("%s of %s (Space marks, / finds, Enter "
	    "saves)", what, p->pick_ref);

	free(p->pick_was);
	p->pick_was = was;
	risk_pane_picks(p, items, n);
	app_push(p->base.app, picker_new(title, (const char *const *)p->picks,
	    p->n_picks, 0, was, done, p));
	free(title);
}

static void
risk_link_controls(struct risk_pane *p)
{
	const struct risk_row *r = tpane_current(&p->base);
	struct soa_row *rows;
	char **items, *cause = NULL;
	bool *was;
	size_t n;

	if (r == NULL)
		return;
	if (soa_list(p->base.app->m, NULL, &rows, &n, &cause) != ISMS_OK) {
		app_fail(p->base.app, cause);
		return;
	}
	risk_set_pick_ref(p);
	items = xcalloc(n + 1, sizeof *items);
	was = xcalloc(n + 1, sizeof *was);
	for (size_t i = 0; i < n; i++) {
		was[i] = list_has(r->controls, rows[i].id, ',');
		items[i] = xasprintf("%s %s", rows[i].id, rows[i].title);
	}
	soa_rows_free(rows, n);
	link_open(p, "Controls", items, was, n, link_controls_done);
}

static void
risk_link_assets(struct risk_pane *p)
{
	const struct risk_row *r = tpane_current(&p->base);
	struct asset_row *rows;
	char **items, *cause = NULL;
	bool *was;
	size_t n;

	if (r == NULL)
		return;
	if (reg_list(p->base.app->m, &reg_asset, NULL, (void **)&rows, &n,
	    &cause) !=
	    ISMS_OK) {
		app_fail(p->base.app, cause);
		return;
	}
	if (n == 0) {
		app_error(p->base.app,
		    "no assets yet: add them in the Assets tab");
		free(rows);
		return;
	}
	risk_set_pick_ref(p);
	items = xcalloc(n + 1, sizeof *items);
	was = xcalloc(n + 1, sizeof *was);
	for (size_t i = 0; i < n; i++) {
		was[i] = list_has(r->assets, rows[i].name, ';');
		items[i] = xasprintf("%lld %s", (long long)rows[i].id,
		    rows[i].name);
	}
	asset_rows_free(rows, n);
	link_open(p, "Assets", items, was, n, link_assets_done);
}

/* ---- accept (by, until, note) or revoke, add, delete, jump ---- */

static void
accept_note_done(void *ctx, struct app *app, const char *note)
{
	struct risk_pane *p = ctx;
	char *cause = NULL;

	if (note == NULL)
		return;                   /* Esc: nothing accepted */
	if (risk_accept(app->m, p->pick_ref, p->accept_by, p->accept_until[0] ?
	    p->accept_until : NULL, note, &cause) != ISMS_OK)
		app_fail(app, cause);
	else
		app_message(app, "%s: residual risk accepted by %s%s%s",
		    p->pick_ref, p->accept_by, p->accept_until[0] ? " until " :
		    "", p->accept_until);
	app_reload(app);
}

static void accept_until_ask(struct risk_pane *p, const char *initial,
                             bool again);

static void
accept_until_done(void *ctx, struct app *app, const char *until)
{
	struct risk_pane *p = ctx;

	(void)app;
	if (until == NULL)
		return;
	if (until[0] != '\0' && !date_valid(until)) {
		accept_until_ask(p, until, true);
		return;
	}
	snprintf(p->accept_until, sizeof p->accept_until, "%s", until);
	app_push(app, prompt_new("why it is accepted (note): ", "", NULL,
	    accept_note_done, p));
}

/* The prompt itself says when what was typed is not a date, so the
 * message line does not cover it. */
static void
accept_until_ask(struct risk_pane *p, const char *initial, bool again)
{
	app_push(p->base.app, prompt_new(again ? "not a date; accepted until "
	    "(YYYY-MM-DD, empty: no end): " : "accepted until (YYYY-MM-DD, "
	    "empty: no end): ", initial, NULL, accept_until_done, p));
}

static void
accept_by_done(void *ctx, struct app *app, const char *by)
{
	struct risk_pane *p = ctx;

	(void)app;
	if (by == NULL || by[0] == '\0')
		return;
	free(p->accept_by);
	p->accept_by = xstrdup(by);
	accept_until_ask(p, "", false);
}

/* Item 0 of the list types a name (the owner proposed), the others are
 * people. */
static void
accept_pick(void *ctx, struct app *app, size_t index, const bool *marks)
{
	struct risk_pane *p = ctx;
	const struct risk_row *r = tpane_current(&p->base);

	(void)marks;
	if (index > 0 && index <= p->n_picks)
		accept_by_done(p, app, p->picks[index - 1]);
	else if (r != NULL)
		app_push(app, prompt_new("accepted by (the risk owner): ",
		    r->owner, NULL, accept_by_done, p));
}

/* Who accepts the residual risk: the active people to pick from, the
 * owner when one of them, or a name typed; then until when and why. */
static void
accept_ask(struct risk_pane *p, const char *owner)
{
	const char **items;
	char **names;
	size_t n, sel;

	if (!people_list(p->base.app, &names, &n))
		return;
	risk_pane_picks(p, names, n);
	items = people_list_items(p->picks, p->n_picks, NULL, owner, &sel);
	app_push(p->base.app, picker_new("accepted by (the risk owner)",
	    items, p->n_picks + 1, sel, NULL, accept_pick, p));
	free(items);
}

static void
revoke_done(void *ctx, struct app *app, const char *note)
{
	struct risk_pane *p = ctx;
	char *cause = NULL;

	if (note == NULL)
		return;
	if (risk_revoke(app->m, p->pick_ref, NULL, note, &cause) != ISMS_OK)
		app_fail(app, cause);
	else
		app_message(app, "%s: acceptance revoked", p->pick_ref);
	app_reload(app);
}

/* An accepted risk: accept it again as it stands, or revoke. */
static void
accept_or_revoke(void *ctx, struct app *app, size_t index, const bool *marks)
{
	struct risk_pane *p = ctx;
	struct risk_row r = { 0 };
	char *cause = NULL;

	(void)marks;
	if (index == 1) {
		app_push(app, prompt_new("why the acceptance is revoked "
		    "(note): ", "", NULL, revoke_done, p));
		return;
	}
	if (risk_get(app->m, p->pick_ref, &r, &cause) != ISMS_OK) {
		app_fail(app, cause);
		return;
	}
	accept_ask(p, r.owner);
	risk_row_done(&r);
}

static void
risk_accept_start(struct risk_pane *p)
{
	const struct risk_row *r = tpane_current(&p->base);
	const char *items[2];
	char *title, *again;

	if (r == NULL)
		return;
	risk_set_pick_ref(p);
	if (!r->accepted) {
		accept_ask(p, r->owner);
		return;
	}
	title = xasprintf("%s is accepted by %s on %.10s (%s)", r->ref,
	    r->accepted_by, r->accepted_at, risk_doc_acceptance(r, p->today));
	again = xstrdup("accept it again, as it stands now");
	items[0] = again;
	items[1] = "revoke the acceptance (it stays on record)";
	app_push(p->base.app, picker_new(title, items, 2, 0, NULL,
	    accept_or_revoke, p));
	free(title);
	free(again);
}

static void risk_pane_show(void *pane, const char *key);

static void
add_done(void *ctx, struct app *app, const char *statement)
{
	struct risk_pane *p = ctx;
	struct rec_patch rp = { .v = { [RISK_STATEMENT] = statement } };
	char *ref = NULL, *cause = NULL;

	if (statement == NULL || statement[0] == '\0')
		return;
	if (reg_add(app->m, &reg_risk, &rp, &ref, &cause) != ISMS_OK) {
		app_fail(app, cause);
		return;
	}
	app_reload(app);
	app_message(app, "added %s", ref);
	risk_pane_show(p, ref);       /* what the next key acts on */
	risk_form_open(p, ref, false);
	free(ref);
}

static void
delete_yes(void *ctx, struct app *app)
{
	struct risk_pane *p = ctx;
	char *cause = NULL;

	if (reg_rm(app->m, &reg_risk, p->pick_ref, false, &cause) != ISMS_OK)
		app_fail(app, cause);
	else
		app_message(app, "deleted %s", p->pick_ref);
	app_reload(app);
}

static void
risk_delete_start(struct risk_pane *p)
{
	char *q;

	risk_set_pick_ref(p);
	if (p->pick_ref == NULL)
		return;
	q = xasprintf("delete %s with its links, actions and acceptances?",
	    p->pick_ref);
	app_push(p->base.app, confirm_new(q, delete_yes, p));
	free(q);
}

static void
jump_done(void *ctx, struct app *app, size_t i, const bool *marks)
{
	struct risk_pane *p = ctx;
	char *id = xstrndup(p->picks[i], strcspn(p->picks[i], " "));

	(void)marks;
	app_jump(app, TAB_SOA, id);
	free(id);
}

static void
risk_jump(struct risk_pane *p)
{
	const struct risk_row *r = tpane_current(&p->base);
	char **items = NULL, *list, *tok, *save = NULL;
	size_t n = 0;

	if (r == NULL || r->controls[0] == '\0') {
		app_error(p->base.app,
		    "no control is linked to this risk (l links "
		    "one)");
		return;
	}
	list = xstrdup(r->controls);
	for (tok = strtok_r(list, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		items = xreallocarray(items, n + 1, sizeof *items);
		items[n++] = xstrdup(tok);
	}
	free(list);
	risk_pane_picks(p, items, n);
	app_push(p->base.app, picker_new("Show in the SoA",
	    (const char *const *)
	    p->picks, p->n_picks, 0, NULL, jump_done, p));
}

/* The export of the risks the pane shows, its filters in the header. */
static enum isms_status
risk_export_shown(void *pane, struct isms *m, enum doc_format f,
                  const char *path, char **warning, char **cause)
{
	struct risk_pane *p = pane;
	const struct risk_query *q = risk_pane_query(p);
	struct buf b;
	enum isms_status rc;

	buf_init(&b);
	if (p->filter_name != NULL)
		buf_adds(&b, p->filter_name);
	if (q->text != NULL)
		buf_printf(&b, "%stext %s", b.len ? ", " : "", q->text);
	rc = risk_export_view(m, q, b.len > 0 ? buf_str(&b) : NULL, f, path,
	    warning, cause);
	buf_done(&b);
	return rc;
}

/* ---- the pane ---- */

static void *
risk_pane_open(struct app *app)
{
	struct risk_pane *p = xcalloc(1, sizeof *p);

	filtermenu_init(&p->filters);
	p->refs_changed = true;
	tpane_init(&p->base, app, &risk_spec);
	return p;
}

/* The data changed (a save, another user): refs may have grown. */
static void
risk_pane_reload(void *pane)
{
	struct risk_pane *p = pane;

	p->refs_changed = true;
	tpane_reload(&p->base);
}

static void
risk_pane_close(void *pane)
{
	struct risk_pane *p = pane;

	tpane_done(&p->base);
	risk_pane_picks(p, NULL, 0);
	filtermenu_done(&p->filters);
	filter_clear(p);
	matrix_free(p->mx);
	free(p->pick_ref);
	free(p->pick_was);
	free(p->accept_by);
	free(p->form_ref);
	free(p);
}

static void
risk_pane_draw(void *pane, int y, int h, int w)
{
	struct risk_pane *p = pane;
	const struct matrix_level *acc = p->mx != NULL ?
	    matrix_level_at(p->mx, p->mx->acceptance_rank) : NULL;
	char *line = xasprintf("%zu risks; matrix %s, up to %s acceptable; "
	    "h heat maps, F filters", p->base.win.all, p->mx ? p->mx->id : "?",
	    acc ? acc->name : "?");

	draw_text(y, 0, w, line, UI_ROLE_TITLE);
	free(line);
	table_draw(&p->base.t, p->base.app, y + 1, h - 1, w);
}

static bool
risk_pane_handle(void *pane, enum ui_action a)
{
	struct risk_pane *p = pane;
	const struct risk_row *r;

	switch (a) {
	case UI_ACTION_OPEN:
	case UI_ACTION_EDIT:
		if ((r = tpane_current(&p->base)) != NULL) {
			char *ref = xstrdup(r->ref);

			risk_form_open(p, ref, a == UI_ACTION_EDIT);
			free(ref);
		}
		return true;
	case UI_ACTION_ADD:
		app_push(p->base.app, prompt_new("new risk, statement: ", "",
		    NULL,
		    add_done, p));
		return true;
	case UI_ACTION_PICK_FILTER: risk_pick_filter(p); return true;
	case UI_ACTION_LINK_CONTROL: risk_link_controls(p); return true;
	case UI_ACTION_LINK_ASSET: risk_link_assets(p); return true;
	case UI_ACTION_ACCEPT: risk_accept_start(p); return true;
	case UI_ACTION_DELETE: risk_delete_start(p); return true;
	case UI_ACTION_JUMP: risk_jump(p); return true;
	case UI_ACTION_HEAT_MAP:
		if (p->mx != NULL)
			app_push(p->base.app, heat_new(p));
		return true;
	case UI_ACTION_EXPORT:
		export_start(p->base.app, "risk register", "risks",
		    risk_export_shown, p);
		return true;
	case UI_ACTION_CLEAR:
		filter_clear(p);
		return table_handle(&p->base.t, p->base.app, a);
	default:
		return table_handle(&p->base.t, p->base.app, a);
	}
}

static void
risk_pane_status(void *pane, char *buf, size_t size)
{
	struct risk_pane *p = pane;
	size_t len;

	table_status(&p->base.t, buf, size);
	len = strlen(buf);
	if (p->filter_name != NULL && len < size)
		snprintf(buf + len, size - len, "  %s", p->filter_name);
}

/* Show risk ref, or with "control:ID" the risks linked to a control. */
static void
risk_pane_show(void *pane, const char *key)
{
	struct risk_pane *p = pane;

	filter_clear(p);
	p->base.t.filter[0] = '\0';
	if (strncmp(key, "control:", 8) == 0) {
		p->filter.control = p->control = xstrdup(key + 8);
		p->filter_name = xasprintf("linked to %s", key + 8);
		p->base.t.cursor = 0;
		table_requery(&p->base.t);
		return;
	}
	tpane_show_key(&p->base, key);
}

static struct form *
risk_pane_form(void *pane, const char *ref)
{
	risk_pane_show(pane, ref);
	return risk_form_open(pane, ref, false);
}

const struct pane_ops pane_risks_ops = {
	&keymap_risks, risk_pane_open, risk_pane_close,
	risk_pane_reload, risk_pane_draw, risk_pane_handle, risk_pane_status,
	tpane_has_row, risk_pane_show, risk_pane_form, tpane_record, tpane_idle,
};
