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
#include "isms/ui/offer.h"
#include "isms/ui/sig.h"
#include "isms/ui/term.h"
#include "isms/ui/tui.h"
#include "isms/util/fsutil.h"
#include "isms/util/user.h"
#include "isms/util/xmalloc.h"

static int
tui_fail(char *cause)
{
	text_line(stderr, "isms: %s", cause);
	free(cause);
	return 2;
}

/* Open the ISMS at path; the default one is created on first use.  Why
 * another cannot be opened (missing, a symbolic link, ...) and why it can
 * only be read (the file or its directory not writable, a group database
 * waiting for 'isms db upgrade') are the model's words. */
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
	rc = isms_open_as(path, o->readonly ? ISMS_OPEN_READ : ISMS_OPEN_AUTO,
	    &app->m, &cause);
	if (rc != ISMS_OK)
		return tui_fail(cause);
	if (isms_snapshot(app->m))
		app->readonly_why = xstrdup(ISMS_SNAPSHOT_NOTE "; nothing can "
		    "be changed");
	else if (isms_readonly_why(app->m) != NULL)
		app->readonly_why = xasprintf("read-only: %s; nothing can be "
		    "changed", isms_readonly_why(app->m));
	else if (o->readonly)
		app->readonly_why = xstrdup("read-only: opened with "
		    "--read-only; nothing can be changed");
	else if (isms_require_writable(app->m, &cause) != ISMS_OK)
		app->readonly_why = cause;    /* the model refuses: an altered
						 schema */
	if (isms_upgrade_pending(app->m))
		app_message(app, "read-only: %s", isms_readonly_why(app->m));
	return 0;
}

static void
tui_close(struct app *app)
{
	for (int i = 0; i < app->n_modals; i++)
		app->modals[i]->ops->free(app->modals[i]);
	for (int i = 0; i < TAB_COUNT; i++)
		if (app->panes[i] != NULL)
			tabs_all[i].ops->close(app->panes[i]);
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
	sig_install();
	app.user = user_login();
	app.active = TAB_CLAUSES;     /* the panes open when first shown */
	offer_drafts(&app);
	rc = app_run(&app);
	term_stop();
	input_script_close();
	tui_close(&app);
	sig_finish();                 /* ends the process after SIGHUP,
					 SIGTERM */
	return rc;
}
