/*
 * pane_people.c - the people of the organisation: a table of the people
 * with their login, roles and whether they are top management, the
 * detail form, adding and deleting (refused while the registers name a
 * person).  A table pane (tpane.h) over reg_person, held in memory.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/model/reg.h"
#include "isms/ui/form.h"
#include "isms/ui/prompt.h"
#include "isms/ui/recform.h"
#include "isms/ui/tabs.h"
#include "isms/ui/tpane.h"
#include "isms/util/xmalloc.h"

enum { COL_NAME, COL_LOGIN, COL_ROLES, COL_TOP, COL_ACTIVE, COL_EMAIL };

static const struct layout_col person_cols[] = {
	{ "Name", 14, 30, 2, false, 0, false },
	{ "Login", 8, 14, 0, false, 0, false },
	{ "Roles", 10, 0, 3, false, 0, false },
	{ "Top", 3, 3, 0, false, 0, false },
	{ "Active", 6, 6, 0, false, 0, false },
	{ "E-mail", 8, 30, 1, false, 0, false },
};

struct person_pane {
	struct tpane base;            /* first: the pane is a table pane */
	char *pick;                   /* the person a prompt works on */
};

static void
person_cell(void *pane, const void *row, size_t col, struct table_cell *out)
{
	const struct person_row *r = row;

	(void)pane;
	switch (col) {
	case COL_NAME: out->text = r->name; break;
	case COL_LOGIN: out->text = r->login; break;
	case COL_ROLES: out->text = r->roles; break;
	case COL_TOP: out->text = r->top_management ? "yes" : ""; break;
	case COL_ACTIVE:
		out->text = r->active ? "yes" : "no";
		out->role = r->active ? UI_ROLE_NORMAL : UI_ROLE_MUTED;
		break;
	case COL_EMAIL: out->text = r->email; break;
	}
}

static const struct tpane_spec person_spec = {
	.reg = &reg_person,
	.cols = person_cols,
	.n_cols = sizeof person_cols / sizeof *person_cols,
	.cell = person_cell,
};

static const size_t person_form_fields[] = {
	PERSON_NAME, PERSON_LOGIN, PERSON_EMAIL, PERSON_ROLES, PERSON_TOP,
	PERSON_ACTIVE, PERSON_NOTES,
};

static char **
person_form_info(void *owner, struct app *app, const void *row, size_t *n)
{
	const struct person_row *r = row;
	char **info = xcalloc(1, sizeof *info);

	(void)owner;
	(void)app;
	info[0] = xasprintf("Owners, approvers and the like name a person by "
	    "name or login; revision %lld, last changed %s by %s",
	    (long long)r->rev, r->updated_at, r->updated_by);
	*n = 1;
	return info;
}

static const struct recform_spec person_form_spec = {
	.reg = &reg_person,
	.fields = person_form_fields,
	.n_fields = sizeof person_form_fields / sizeof *person_form_fields,
	.info = person_form_info,
};

static void
person_saved(void *owner, struct app *app)
{
	(void)app;
	tpane_reload(owner);
}

static struct form *
person_open(struct person_pane *p, const char *key, bool edit)
{
	char *title = xasprintf("Person %s", key);
	struct form *f = recform_open(p->base.app, &person_form_spec, key,
	    title, p);

	free(title);
	if (f == NULL)
		return NULL;
	f->saved = person_saved;
	form_origin(f, TAB_PEOPLE, key);
	if (edit)
		form_edit_field(f, p->base.app, 0);
	return f;
}

static struct form *
person_form(void *pane, const char *key)
{
	return person_open(pane, key, false);
}

static void
person_add_done(void *ctx, struct app *app, const char *name)
{
	struct person_pane *p = ctx;
	struct rec_patch rp = { .v = { [PERSON_NAME] = name } };
	char *cause = NULL, *key = NULL;

	if (name == NULL || name[0] == '\0')
		return;
	if (reg_add(app->m, &reg_person, &rp, &key, &cause) != ISMS_OK) {
		app_fail(app, cause);
		return;
	}
	tpane_reload(p);
	person_open(p, key, false);
	free(key);
}

static void
person_delete_yes(void *ctx, struct app *app)
{
	struct person_pane *p = ctx;
	char *cause = NULL;

	if (reg_rm(app->m, &reg_person, p->pick, false, &cause) != ISMS_OK)
		app_fail(app, cause);
	else
		app_message(app, "deleted person %s", p->pick);
	app_reload(app);
}

static bool
person_handle(void *pane, enum ui_action a)
{
	struct person_pane *p = pane;
	const struct person_row *r = tpane_current(&p->base);
	char key[24], *q;

	if (r != NULL)
		snprintf(key, sizeof key, "%lld", (long long)r->id);
	switch (a) {
	case UI_ACTION_OPEN:
	case UI_ACTION_EDIT:
		if (r != NULL)
			person_open(p, key, a == UI_ACTION_EDIT);
		return true;
	case UI_ACTION_ADD:
		app_push(p->base.app, prompt_new("new person, name: ", "", NULL,
		    person_add_done, p));
		return true;
	case UI_ACTION_DELETE:
		free(p->pick);
		p->pick = xstrdup(key);
		q = xasprintf("delete %s?", r->name);
		app_push(p->base.app, confirm_new(q, person_delete_yes, p));
		free(q);
		return true;
	default:
		return table_handle(&p->base.t, p->base.app, a);
	}
}

static void *
person_pane_open(struct app *app)
{
	struct person_pane *p = xcalloc(1, sizeof *p);

	tpane_init(&p->base, app, &person_spec);
	return p;
}

static void
person_pane_close(void *pane)
{
	struct person_pane *p = pane;

	tpane_done(&p->base);
	free(p->pick);
	free(p);
}

const struct pane_ops pane_people_ops = {
	&keymap_people, person_pane_open, person_pane_close,
	tpane_reload, tpane_draw, person_handle, tpane_status, tpane_has_row,
	NULL, person_form, tpane_record, tpane_idle,
};
