/*
 * orgform.c - the organisation and scope in a form: read from the ISMS
 * as it stands, saved with isms_set() at the revision read, like every
 * other record.
 */
#include <stdlib.h>

#include "isms/ui/form.h"
#include "isms/ui/orgform.h"
#include "isms/util/xmalloc.h"

enum { ORG_ORG, ORG_SCOPE };

static const struct form_field org_fields[] = {
	{ "Organisation", FORM_LINE, NULL, NULL, NULL, false },
	{ "Scope", FORM_LONG, NULL, NULL, NULL, false },
};

static bool
org_load(void *ctx, struct form *f, struct app *app)
{
	const struct isms_info *info;
	char *cause = NULL;
	char **lines = xcalloc(2, sizeof *lines);

	(void)ctx;
	if (isms_refresh(app->m, &cause) != ISMS_OK) {
		app_fail(app, cause);
		free(lines);
		return false;
	}
	info = isms_info(app->m);
	form_store(f, ORG_ORG, info->org);
	form_store(f, ORG_SCOPE, info->scope);
	f->rev = info->rev;
	lines[0] = xasprintf("Framework %s, risk matrix %s; created %s by %s",
	    info->framework_title, info->matrix_title, info->created_at,
	    info->created_by);
	lines[1] = xasprintf("Revision %lld, last changed %s by %s",
	    (long long)info->rev, info->updated_at, info->updated_by);
	form_info(f, lines, 2);
	return true;
}

static enum isms_status
org_save(void *ctx, struct form *f, char **cause)
{
	struct app *app = ctx;

	return isms_set(app->m, form_pending(f, ORG_ORG), form_pending(f,
	    ORG_SCOPE), f->rev, cause);
}

static void
org_free(void *ctx)
{
	(void)ctx;                    /* the app is not the form's */
}

static const struct form_ops org_ops = { org_load, org_save, org_free };

void
orgform_open(struct app *app)
{
	struct form *f = form_new(app, "The ISMS: organisation and scope",
	    org_fields, sizeof org_fields / sizeof *org_fields, &org_ops, app);

	if (f == NULL)
		return;
	f->entity = rec_isms.entity;
	f->key = xstrdup("isms");
	app_push(app, &f->md);
}
