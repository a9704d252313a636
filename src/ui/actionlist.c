/*
 * actionlist.c - the list of a risk's treatment actions: read through the
 * model (action_list()), one line each, re-read after every change made
 * here or by another user; an action's own form is a record form over
 * reg_action.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/reg.h"
#include "isms/model/risk.h"
#include "isms/rec/vocab.h"
#include "isms/ui/actionlist.h"
#include "isms/ui/draw.h"
#include "isms/ui/history.h"
#include "isms/ui/prompt.h"
#include "isms/ui/recform.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

struct actionlist {
	struct modal md;
	struct app *app;
	char *ref;
	struct action_row *rows;
	size_t n, cursor;
	char today[11];
	char pick[24];                /* the action a question is about */
};

static const size_t action_form_fields[] = {
	ACTION_WHAT, ACTION_CONTROL, ACTION_OWNER, ACTION_DUE, ACTION_STATUS,
	ACTION_DONE,
};

static const struct recform_spec action_form_spec = {
	.reg = &reg_action,
	.fields = action_form_fields,
	.n_fields = sizeof action_form_fields / sizeof *action_form_fields,
};

static void
actionlist_load(struct actionlist *l, struct app *app)
{
	char *cause = NULL;

	action_rows_free(l->rows, l->n);
	l->rows = NULL;
	l->n = 0;
	date_today(l->today);
	if (action_list(app->m, l->ref, &l->rows, &l->n, &cause) != ISMS_OK)
		app_fail(app, cause);
	if (l->cursor >= l->n)
		l->cursor = l->n > 0 ? l->n - 1 : 0;
}

/* "3   2027-01-31  planned, overdue  FIDO2 keys for admins  A.8.5  IT
 * lead": what a narrow screen cuts is the end. */
static char *
actionlist_line(const struct action_row *a, bool late)
{
	const char *control = a->control != NULL ? a->control : "";
	const char *owner = a->owner != NULL ? a->owner : "";
	char *state = xasprintf("%s%s%s%s", vocab_label(&vocab_action_status,
	    a->status), a->done != NULL ? " " : "", a->done != NULL ? a->done :
	    "", late ? ", overdue" : "");
	char *line = xasprintf("%-3lld %-10s  %-17s  %s%s%s%s%s",
	    (long long)a->id, a->due != NULL ? a->due : "no date", state,
	    a->what, control[0] ? "  " : "", control, owner[0] ? "  " : "",
	    owner);

	free(state);
	return line;
}

static void
actionlist_draw(struct modal *md, struct app *app)
{
	struct actionlist *l = (struct actionlist *)md;
	int top, h, rows;
	char *title = xasprintf("Treatment actions of %s (Enter opens, a adds, "
	    "d deletes)", l->ref);
	size_t first;

	app_body(&top, &h);
	draw_box(top, 0, h, COLS, title);
	free(title);
	rows = h - 2 > 1 ? h - 2 : 1;
	first = l->cursor >= (size_t)rows ? l->cursor - (size_t)rows + 1 : 0;
	if (l->n == 0)
		draw_text(top + 1, 2, COLS - 4, "No actions yet: a adds one.",
		    UI_ROLE_MUTED);
	for (int i = 0; i < rows && first + (size_t)i < l->n; i++) {
		const struct action_row *a = &l->rows[first + (size_t)i];
		bool sel = first + (size_t)i == l->cursor;
		bool late = action_late(a, l->today);
		char *line = actionlist_line(a, late);

		draw_text(top + 1 + i, 2, COLS - 4, line, sel ?
		    UI_ROLE_SELECTED : late ? UI_ROLE_OVERDUE : UI_ROLE_NORMAL);
		if (sel)
			app_park(app, top + 1 + i, 2);
		free(line);
	}
}

static void
actionlist_saved(void *owner, struct app *app)
{
	(void)owner;
	app_reload(app);          /* the risk's flags follow its actions */
}

static void
actionlist_edit(struct actionlist *l, struct app *app)
{
	char *title;
	struct form *f;

	if (l->n == 0)
		return;
	snprintf(l->pick, sizeof l->pick, "%lld",
	    (long long)l->rows[l->cursor].id);
	title = xasprintf("Action %s of %s", l->pick, l->ref);
	f = recform_open(app, &action_form_spec, l->pick, title, l);
	free(title);
	if (f != NULL)
		f->saved = actionlist_saved;
}

static void
actionlist_added(void *ctx, struct app *app, const char *what)
{
	struct actionlist *l = ctx;
	struct rec_patch p = { .v = { [ACTION_RISK] = l->ref,
	    [ACTION_WHAT] = what } };
	char *key = NULL, *cause = NULL;

	if (what == NULL || what[0] == '\0')
		return;
	if (reg_add(app->m, &reg_action, &p, &key, &cause) != ISMS_OK) {
		app_fail(app, cause);
		return;
	}
	app_reload(app);
	for (size_t i = 0; i < l->n; i++)
		if (l->rows[i].id == strtoll(key, NULL, 10))
			l->cursor = i;        /* the new one */
	app_message(app, "added action %s to %s", key, l->ref);
	free(key);
	actionlist_edit(l, app);          /* owner, due date, control */
}

static void
actionlist_deleted(void *ctx, struct app *app)
{
	struct actionlist *l = ctx;
	char *cause = NULL;

	if (reg_rm(app->m, &reg_action, l->pick, false, &cause) != ISMS_OK)
		app_fail(app, cause);
	else
		app_message(app, "deleted action %s of %s", l->pick, l->ref);
	app_reload(app);
}

static void
actionlist_delete(struct actionlist *l, struct app *app)
{
	char *q;

	if (l->n == 0)
		return;
	snprintf(l->pick, sizeof l->pick, "%lld",
	    (long long)l->rows[l->cursor].id);
	q = xasprintf("delete action %s (%s)?", l->pick,
	    l->rows[l->cursor].what);
	app_push(app, confirm_new(q, actionlist_deleted, l));
	free(q);
}

static void
actionlist_history(struct actionlist *l, struct app *app)
{
	struct modal *md;
	char key[24];

	if (l->n == 0)
		return;
	snprintf(key, sizeof key, "%lld", (long long)l->rows[l->cursor].id);
	if ((md = history_record_view(app, rec_action.entity, key)) != NULL)
		app_push(app, md);
}

static bool
actionlist_key(struct modal *md, struct app *app, int key)
{
	struct actionlist *l = (struct actionlist *)md;
	const struct keymap_binding *b = keymap_find(&keymap_actions, key);

	if (b == NULL)
		return false;
	if ((b->flags & KEYMAP_NEEDS_WRITABLE) && !app_writable(app))
		return false;
	switch (b->action) {
	case UI_ACTION_DOWN: l->cursor += l->cursor + 1 < l->n; break;
	case UI_ACTION_UP: l->cursor -= l->cursor > 0; break;
	case UI_ACTION_OPEN: actionlist_edit(l, app); break;
	case UI_ACTION_ADD:
		app_push(app, prompt_new("new action, what is done: ", "", NULL,
		    actionlist_added, l));
		break;
	case UI_ACTION_DELETE: actionlist_delete(l, app); break;
	case UI_ACTION_HISTORY: actionlist_history(l, app); break;
	case UI_ACTION_BACK: return true;
	default: break;
	}
	return false;
}

static void
actionlist_reload(struct modal *md, struct app *app)
{
	actionlist_load((struct actionlist *)md, app);
}

static void
actionlist_free(struct modal *md)
{
	struct actionlist *l = (struct actionlist *)md;

	action_rows_free(l->rows, l->n);
	free(l->ref);
	free(l);
}

static const struct modal_ops actionlist_ops = {
	&keymap_actions, actionlist_draw, actionlist_key, actionlist_free,
	actionlist_reload
};

void
actionlist_open(struct app *app, const char *ref)
{
	struct actionlist *l = xcalloc(1, sizeof *l);

	l->md.ops = &actionlist_ops;
	l->app = app;
	l->ref = xstrdup(ref);
	actionlist_load(l, app);
	app_push(app, &l->md);
}
