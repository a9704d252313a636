/*
 * pane_later.c - the Risks and Assets tabs until the risk register
 * arrives: they say what will be there and where to work meanwhile.
 */
#include <stdlib.h>

#include "isms/ui/draw.h"
#include "isms/ui/panes.h"
#include "isms/util/xmalloc.h"

struct later_pane {
	struct app *app;
	const char *const *lines;
};

static const char *const risks_lines[] = {
	"The risk register is not part of this version of isms yet.",
	"",
	"When it arrives, risks linked to Annex A controls give those controls",
	"reason RA and their linked risks in the Statement of Applicability.",
	NULL,
};

static const char *const assets_lines[] = {
	"The asset inventory (A.5.9) is not part of this version of isms yet.",
	NULL,
};

static void *
later_open(struct app *app, const char *const *lines)
{
	struct later_pane *p = xcalloc(1, sizeof *p);

	p->app = app;
	p->lines = lines;
	return p;
}

static void *
risks_open(struct app *app)
{
	return later_open(app, risks_lines);
}

static void *
assets_open(struct app *app)
{
	return later_open(app, assets_lines);
}

static void
later_close(void *pane)
{
	free(pane);
}

static void
later_reload(void *pane)
{
	(void)pane;
}

static void
later_draw(void *pane, int y, int h, int w)
{
	struct later_pane *p = pane;

	for (int i = 0; p->lines[i] != NULL && i + 1 < h; i++)
		draw_text(y + 1 + i, 2, w - 4, p->lines[i], UI_ROLE_MUTED);
	app_park(p->app, y + 1, 2);
}

static bool
later_handle(void *pane, enum ui_action a)
{
	(void)pane;
	(void)a;
	return false;
}

static void
later_status(void *pane, char *buf, size_t size)
{
	(void)pane;
	if (size > 0)
		buf[0] = '\0';
}

static bool
later_has_row(void *pane)
{
	(void)pane;
	return false;
}

const struct pane_ops pane_risks_ops = {
	"Risks", NULL, risks_open, later_close, later_reload, later_draw,
	later_handle, later_status, later_has_row,
};

const struct pane_ops pane_assets_ops = {
	"Assets", NULL, assets_open, later_close, later_reload, later_draw,
	later_handle, later_status, later_has_row,
};
