/*
 * tui.c - entry point of the full-screen interface: open (or, at the
 * default path, create) the ISMS before touching the terminal, decide
 * whether edits are allowed, then start curses and run the panes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "isms/model/create.h"
#include "isms/report/text.h"
#include "isms/ui/app.h"
#include "isms/ui/input.h"
#include "isms/ui/panes.h"
#include "isms/ui/term.h"
#include "isms/ui/tui.h"
#include "isms/util/fsutil.h"
#include "isms/util/user.h"
#include "isms/util/xmalloc.h"

static const struct pane_ops *const tui_panes[APP_PANES] = {
	&pane_clauses_ops, &pane_soa_ops, &pane_risks_ops, &pane_assets_ops,
};

static int
tui_fail(char *cause)
{
	text_printf(stderr, "isms: %s\n", cause);
	free(cause);
	return 2;
}

/* Why path cannot be written, or NULL when it can. */
static char *
tui_readonly_why(const char *path, bool asked)
{
	char *dir;
	bool dir_ok;

	if (asked)
		return xstrdup("read-only: opened with --read-only; nothing can "
		    "be changed");
	if (access(path, W_OK) != 0)
		return xasprintf("read-only: you cannot write %s; nothing can "
		    "be changed", path);
	dir = fs_dirname(path);
	dir_ok = access(dir, W_OK) == 0;
	free(dir);
	if (!dir_ok)
		return xasprintf("read-only: you cannot write the directory of "
		    "%s; nothing can be changed", path);
	return NULL;
}

/* Open the ISMS at path; the default one is created on first use.  Why
 * another cannot be opened (missing, a symbolic link, ...) is the model's
 * message. */
static int
tui_open(const struct tui_options *o, const char *path, struct app *app)
{
	struct isms_init init = { 0 };
	char *cause = NULL;
	enum isms_status rc;

	if (!fs_exists(path) && o->db == NULL && !o->readonly) {
		if ((rc = isms_create(path, &init, &app->m, &cause)) != ISMS_OK)
			return tui_fail(cause);
		app_message(app, "created a new ISMS in %s", path);
		return 0;
	}
	app->readonly_why = tui_readonly_why(path, o->readonly);
	rc = isms_open(path, app->readonly_why != NULL, &app->m, &cause);
	if (rc == ISMS_READONLY && app->readonly_why == NULL) {
		/* refused for writing (a network file system): read it */
		app->readonly_why = xasprintf("read-only: %s", cause);
		free(cause);
		cause = NULL;
		rc = isms_open(path, true, &app->m, &cause);
	}
	if (rc != ISMS_OK) {
		free(app->readonly_why);
		app->readonly_why = NULL;
		return tui_fail(cause);
	}
	if (isms_snapshot(app->m)) {
		free(app->readonly_why);
		app->readonly_why = xstrdup(ISMS_SNAPSHOT_NOTE "; nothing can "
		    "be changed");
	}
	return 0;
}

static void
tui_close(struct app *app)
{
	for (int i = 0; i < app->n_modals; i++)
		app->modals[i]->ops->free(app->modals[i]);
	for (int i = 0; i < APP_PANES; i++)
		if (app->panes[i].ops != NULL && app->panes[i].state != NULL)
			app->panes[i].ops->close(app->panes[i].state);
	isms_close(app->m);
	free(app->readonly_why);
	free(app->db_name);
}

static int
tui_start(const struct tui_options *o)
{
	struct term_options to = { o->no_color, o->script, o->cols, o->rows };
	char *cause = NULL;

	if (term_start(&to, &cause) != 0) {
		input_script_close();
		return tui_fail(cause);
	}
	return 0;
}

/* What can be checked before a database is opened or created. */
static int
tui_precheck(const struct tui_options *o)
{
	char *cause = NULL;

	if (o->script == NULL && (!isatty(STDIN_FILENO) ||
	    !isatty(STDOUT_FILENO)))
		return tui_fail(xstrdup("the full-screen interface needs a "
		    "terminal; the commands work without one (isms --help)"));
	if (o->script != NULL && input_script_open(o->script, &cause) != 0)
		return tui_fail(cause);
	return 0;
}

int
tui_main(const struct tui_options *o)
{
	struct app app;
	char *path;
	const char *base;
	int rc;

	memset(&app, 0, sizeof app);
	if ((rc = tui_precheck(o)) != 0)
		return rc;
	path = o->db != NULL ? xstrdup(o->db) : isms_default_path();
	if (path == NULL) {
		input_script_close();
		return tui_fail(xstrdup("no database: give --db FILE or set "
		    "ISMS_DB (HOME is not set)"));
	}
	rc = tui_open(o, path, &app);
	base = strrchr(path, '/');
	app.db_name = xstrdup(base != NULL ? base + 1 : path);
	free(path);
	if (rc != 0 || (rc = tui_start(o)) != 0) {
		input_script_close();
		if (app.m != NULL)
			tui_close(&app);
		else
			free(app.db_name);
		return rc;
	}
	app.user = user_login();
	for (int i = 0; i < APP_PANES; i++)
		app.panes[i].ops = tui_panes[i];    /* opened when first shown */
	rc = app_run(&app);
	term_stop();
	input_script_close();
	tui_close(&app);
	return rc;
}
