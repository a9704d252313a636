/*
 * export.c - `x` in the SoA pane: the same exports as `isms soa export`.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/ui/export.h"
#include "isms/ui/prompt.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

static const char *const export_formats[] = { "xlsx", "csv", "html", "md" };
static const char *const export_labels[] = {
	"xlsx  spreadsheet with a cover sheet",
	"csv   table for other tools",
	"html  one printable page",
	"md    Markdown table for a git forge",
};

static size_t export_chosen;

static void
export_write(void *ctx, struct app *app, const char *path)
{
	(void)ctx;
	if (path == NULL || path[0] == '\0')
		return;
	app_error(app, "%s: export as %s is not available yet", path,
	    export_formats[export_chosen]);
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
	name = xasprintf("soa-%s.%s", today, export_formats[index]);
	app_push(app, prompt_new("export to file: ", name, NULL, export_write,
	    NULL));
	free(name);
}

void
export_soa_start(struct app *app)
{
	app_push(app, picker_new("Export the SoA as", export_labels,
	    sizeof export_labels / sizeof *export_labels, 0, NULL,
	    export_format_done, NULL));
}
