/*
 * export.c - `x` in the SoA pane: the same exports as `isms soa export`,
 * written into the working directory unless another path is typed.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/report/soa_doc.h"
#include "isms/ui/export.h"
#include "isms/ui/prompt.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

/* In the order of enum doc_format. */
static const char *const export_labels[] = {
	"csv   table for other tools",
	"md    Markdown table for a git forge",
	"html  one printable page",
	"xlsx  spreadsheet with a cover sheet",
};

static size_t export_chosen;

static void
export_write(void *ctx, struct app *app, const char *path)
{
	char *cause = NULL;

	(void)ctx;
	if (path == NULL || path[0] == '\0')
		return;
	if (soa_export(app->m, (enum doc_format)export_chosen, NULL, path,
	    &cause) != ISMS_OK)
		app_fail(app, cause);
	else
		app_message(app, "wrote %s", path);
}

static void
export_format_done(void *ctx, struct app *app, size_t index,
                   const bool *marks)
{
	char today[11], *name;

	(void)ctx;
	(void)marks;
	export_chosen = index;
	date_today(today);
	name = xasprintf("soa-%s.%s", today, doc_format_names[index]);
	app_push(app, prompt_new("export to file: ", name, NULL, export_write,
	    NULL));
	free(name);
}

void
export_soa_start(struct app *app)
{
	app_push(app, picker_new("Export the SoA as", export_labels,
	    sizeof export_labels / sizeof *export_labels, DOC_XLSX, NULL,
	    export_format_done, NULL));
}
