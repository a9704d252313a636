/*
 * export.c - `x` in a pane: the same exports as the export commands,
 * written into the working directory unless another path is typed.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/ui/export.h"
#include "isms/ui/prompt.h"
#include "isms/util/date.h"
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
	const char *stem;
	enum doc_format format;
} export_now;

static void
export_write(void *ctx, struct app *app, const char *path)
{
	char *cause = NULL, *warning = NULL;

	(void)ctx;
	if (path == NULL || path[0] == '\0')
		return;
	if (export_now.fn(app->m, export_now.format, path, &warning, &cause) !=
	    ISMS_OK)
		app_fail(app, cause);
	else if (warning != NULL)
		app_error(app, "wrote %s; %s", path, warning);
	else
		app_message(app, "wrote %s", path);
	free(warning);
}

static void
export_format_done(void *ctx, struct app *app, size_t index,
                   const bool *marks)
{
	char today[11], *name;

	(void)ctx;
	(void)marks;
	export_now.format = (enum doc_format)index;
	date_today(today);
	name = xasprintf("%s-%s.%s", export_now.stem, today,
	    doc_format_names[index]);
	app_push(app, prompt_new("export to file: ", name, NULL, export_write,
	    NULL));
	free(name);
}

void
export_start(struct app *app, const char *what, const char *stem,
             export_fn fn)
{
	char *title = xasprintf("Export the %s as", what);

	export_now.fn = fn;
	export_now.stem = stem;
	app_push(app, picker_new(title, export_labels,
	    sizeof export_labels / sizeof *export_labels, DOC_XLSX, NULL,
	    export_format_done, NULL));
	free(title);
}
