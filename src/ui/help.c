/*
 * help.c - the key bindings of the current view, one line per action.
 */
#include <curses.h>
#include <stdlib.h>

#include "isms/ui/draw.h"
#include "isms/ui/help.h"
#include "isms/util/xmalloc.h"

#define HELP_MAPS 6
#define HELP_KEYS_WIDTH 22

struct help {
	struct modal md;
	const struct keymap *maps[HELP_MAPS];
	size_t n_maps;
	size_t top;
	size_t n_lines;
};

/* Draw line i of the help text at row y (or only count when y < 0). */
static size_t
help_lines(const struct help *hp, size_t top, int y0, int rows, int w)
{
	size_t line = 0;
	char keys[128];

	for (size_t m = 0; m < hp->n_maps; m++) {
		const struct keymap *map = hp->maps[m];

		if (line >= top && (int)(line - top) < rows && y0 >= 0)
			draw_text(y0 + (int)(line - top), 2, w - 4, map->title,
			    UI_ROLE_HEADER);
		line++;
		for (size_t i = 0; i < map->n; i++) {
			bool dup = false;

			for (size_t j = 0; j < i; j++)
				dup |= map->bindings[j].action ==
				    map->bindings[i].action;
			if (dup)
				continue;
			if (line >= top && (int)(line - top) < rows &&
			    y0 >= 0) {
				int y = y0 + (int)(line - top);

				keymap_keys(map, map->bindings[i].action, keys,
				    sizeof keys);
				draw_text(y, 4, HELP_KEYS_WIDTH, keys,
				    UI_ROLE_TITLE);
				draw_text(y, 4 + HELP_KEYS_WIDTH + 1,
				    w - HELP_KEYS_WIDTH - 7, keymap_action_help(
				    map->bindings[i].action), UI_ROLE_NORMAL);
			}
			line++;
		}
		line++;
	}
	return line;
}

static void
help_draw(struct modal *md, struct app *app)
{
	struct help *hp = (struct help *)md;
	int top, h;

	app_body(&top, &h);
	hp->n_lines = help_lines(hp, 0, -1, 0, COLS);
	if (hp->top + (size_t)(h - 2) > hp->n_lines)
		hp->top = hp->n_lines > (size_t)(h - 2) ?
		    hp->n_lines - (size_t)(h - 2) : 0;
	draw_box(top, 0, h, COLS, "Keys (Esc closes, j/k scroll)");
	help_lines(hp, hp->top, top + 1, h - 2, COLS);
	app_park(app, top + 1, 2);
}

static bool
help_key(struct modal *md, struct app *app, int key)
{
	struct help *hp = (struct help *)md;
	const struct keymap_binding *b = keymap_find(&keymap_help, key);
	int top, h;

	(void)app;
	app_body(&top, &h);
	if (b == NULL)
		return false;
	switch (b->action) {
	case UI_ACTION_DOWN: hp->top++; break;
	case UI_ACTION_UP: hp->top -= hp->top > 0; break;
	case UI_ACTION_PAGE_DOWN: hp->top += (size_t)(h - 3); break;
	case UI_ACTION_PAGE_UP:
		hp->top = hp->top > (size_t)(h - 3) ? hp->top - (size_t)(h - 3)
		    : 0;
		break;
	default:
		return true;
	}
	return false;
}

static void
help_free(struct modal *md)
{
	free(md);
}

static const struct modal_ops help_ops = {
	&keymap_help, help_draw, help_key, help_free, NULL
};

struct modal *
help_new(const struct keymap *const *maps, size_t n)
{
	struct help *hp = xcalloc(1, sizeof *hp);

	hp->md.ops = &help_ops;
	for (size_t i = 0; i < n && hp->n_maps < HELP_MAPS; i++)
		if (maps[i] != NULL)
			hp->maps[hp->n_maps++] = maps[i];
	return &hp->md;
}
