/*
 * export.c - `x` in a pane: the same exports as the export commands, of
 * what the pane shows (its filters apply), written into the working
 * directory unless another path is typed.  A typed "~/" is the home
 * directory; a name whose extension names another format, and a file
 * that exists, are asked about before anything is written.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/ui/export.h"
#include "isms/ui/prompt.h"
#include "isms/util/date.h"
#include "isms/util/fsutil.h"
#include "isms/util/xmalloc.h"

/* In the order of enum doc_format. */
static const char *const export_labels[] = {
	"csv   table for other tools",
	"md    Markdown for a git forge",
	"html  one printable page",
	"xlsx  workbook with a cover sheet",
};

/* One export in progress; the modals own it in turn. */
static struct {
	export_fn fn;
	void *pane;
	const char *stem;
	enum doc_format format;
	char *path;                   /* as it will be written */
} export_now;

static void
export_write(void *ctx, struct app *app)
{
	char *cause = NULL, *warning = NULL;
	const char *path = export_now.path;

	(void)ctx;
	if (export_now.fn(export_now.pane, app->m, export_now.format, path,
	    &warning, &cause) != ISMS_OK)
		app_fail(app, cause);
	else if (warning != NULL)
		app_error(app, "wrote %s; %s", path, warning);
	else
		app_message(app, "wrote %s", path);
	free(warning);
}

/* An existing file is replaced only when the user says so. */
static void
export_check_exists(void *ctx, struct app *app)
{
	char *q;

	if (!fs_exists(export_now.path)) {
		export_write(ctx, app);
		return;
	}
	q = xasprintf("%s exists: replace it?", export_now.path);
	app_push(app, confirm_new(q, export_write, NULL));
	free(q);
}

static void
export_named(void *ctx, struct app *app, const char *typed)
{
	enum doc_format named;
	char *q;

	(void)ctx;
	if (typed == NULL || typed[0] == '\0')
		return;
	free(export_now.path);
	export_now.path = fs_expand_home(typed);
	if (!doc_format_of_name(export_now.path, &named) ||
	    named == export_now.format) {
		export_check_exists(NULL, app);
		return;
	}
	q = xasprintf("%s names %s, but this is %s: write it anyway?",
	    export_now.path, doc_format_names[named],
	    doc_format_names[export_now.format]);
	app_push(app, confirm_new(q, export_check_exists, NULL));
	free(q);
}

static void
export_format_done(void *ctx, struct app *app, size_t index,
                   const bool *marks)
{
	char today[11], *name;

	(void)ctx;
	(void)marks;
	if (!doc_format_available((enum doc_format)index)) {
		app_error(app, "%s: %s", doc_format_names[index], DOC_NO_XLSX);
		return;
	}
	export_now.format = (enum doc_format)index;
	date_today(today);
	name = xasprintf("%s-%s.%s", export_now.stem, today,
	    doc_format_names[index]);
	app_push(app, prompt_new("export to file: ", name, NULL, export_named,
	    NULL));
	free(name);
}

void
export_start(struct app *app, const char *what, const char *stem,
             export_fn fn, void *pane)
{
	char *title = xasprintf("Export the %s as", what);
	const char *labels[DOC_FORMATS];

	for (size_t i = 0; i < DOC_FORMATS; i++)
		labels[i] = export_labels[i];
	if (!doc_format_available(DOC_XLSX))
		labels[DOC_XLSX] = "xlsx  not in this isms (built without it)";
	export_now.fn = fn;
	export_now.pane = pane;
	export_now.stem = stem;
	app_push(app, picker_new(title, labels, DOC_FORMATS,
	    doc_format_available(DOC_XLSX) ? DOC_XLSX : DOC_HTML, NULL,
	    export_format_done, NULL));
	free(title);
}
