/*
 * picker.c - choose one item (or mark several) from a framed list; used
 * for closed vocabularies, filters and export formats.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "isms/ui/draw.h"
#include "isms/ui/keys.h"
#include "isms/ui/prompt.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

struct picker {
	struct modal md;
	char *title;
	char **items;
	bool *marks;                          /* NULL: pick one */
	size_t n, cursor, top;
	picker_fn done;
	void *ctx;
	size_t from;                          /* cursor when a find began */
};

/* Move to the first item from the find's start that contains text,
 * ignoring case; as it is typed. */
static void
picker_find(void *ctx, struct app *app, const char *text)
{
	struct picker *p = ctx;

	(void)app;
	if (text == NULL)
		return;
	for (size_t k = 0; k < p->n; k++) {
		size_t i = (p->from + k) % p->n;

		if (strcasestr(p->items[i], text) != NULL) {
			p->cursor = i;
			return;
		}
	}
	p->cursor = p->from;
}

static void
picker_found(void *ctx, struct app *app, const char *text)
{
	struct picker *p = ctx;

	if (text == NULL)
		p->cursor = p->from;
	else if (text[0] != '\0' && strcasestr(p->items[p->cursor], text) ==
	    NULL)
		app_error(app, "no item contains '%s'", text);
}

static void
picker_geometry(const struct picker *p, int *y, int *x, int *h, int *w)
{
	int body_top, body_h;
	size_t widest = utf8_width(p->title) + 4;

	for (size_t i = 0; i < p->n; i++)
		if (utf8_width(p->items[i]) + 8 > widest)
			widest = utf8_width(p->items[i]) + 8;
	app_body(&body_top, &body_h);
	*w = (int)widest < COLS - 4 ? (int)widest : COLS - 4;
	*h = (int)p->n + 2 < body_h ? (int)p->n + 2 : body_h;
	*y = body_top + (body_h - *h) / 2;
	*x = (COLS - *w) / 2;
}

static void
picker_draw(struct modal *md, struct app *app)
{
	struct picker *p = (struct picker *)md;
	int y, x, h, w, rows;

	picker_geometry(p, &y, &x, &h, &w);
	rows = h - 2;
	if (p->cursor < p->top)
		p->top = p->cursor;
	if (p->cursor >= p->top + (size_t)rows)
		p->top = p->cursor - (size_t)rows + 1;
	draw_box(y, x, h, w, p->title);
	for (int i = 0; i < rows && p->top + (size_t)i < p->n; i++) {
		size_t k = p->top + (size_t)i;
		char *line = xasprintf("%s%s", p->marks == NULL ? "" :
		    p->marks[k] ? "[x] " : "[ ] ", p->items[k]);

		draw_text(y + 1 + i, x + 1, w - 2, line, k == p->cursor ?
		    UI_ROLE_SELECTED : UI_ROLE_NORMAL);
		free(line);
	}
	app_park(app, y + 1 + (int)(p->cursor - p->top), x + 1);
}

static void
picker_move(struct picker *p, enum ui_action a)
{
	switch (a) {
	case UI_ACTION_DOWN: p->cursor += p->cursor + 1 < p->n; break;
	case UI_ACTION_UP: p->cursor -= p->cursor > 0; break;
	case UI_ACTION_FIRST: p->cursor = 0; break;
	case UI_ACTION_LAST: p->cursor = p->n - 1; break;
	case UI_ACTION_PAGE_DOWN:
		p->cursor = p->cursor + 10 < p->n ? p->cursor + 10 : p->n - 1;
		break;
	case UI_ACTION_PAGE_UP:
		p->cursor = p->cursor > 10 ? p->cursor - 10 : 0;
		break;
	default:
		break;
	}
}

static bool
picker_key(struct modal *md, struct app *app, int key)
{
	struct picker *p = (struct picker *)md;
	const struct keymap_binding *b = keymap_find(&keymap_picker, key);

	if (b == NULL)
		return false;
	switch (b->action) {
	case UI_ACTION_MARK:
		if (p->marks != NULL)
			p->marks[p->cursor] = !p->marks[p->cursor];
		return false;
	case UI_ACTION_PICK:
		p->done(p->ctx, app, p->cursor, p->marks);
		return true;
	case UI_ACTION_CANCEL:
		return true;
	case UI_ACTION_SEARCH:
		p->from = p->cursor;
		app_push(app, prompt_new("find: ", "", picker_find,
		    picker_found, p));
		return false;
	default:
		picker_move(p, b->action);
		return false;
	}
}

static void
picker_free(struct modal *md)
{
	struct picker *p = (struct picker *)md;

	for (size_t i = 0; i < p->n; i++)
		free(p->items[i]);
	free(p->items);
	free(p->marks);
	free(p->title);
	free(p);
}

static const struct modal_ops picker_ops = {
	&keymap_picker, picker_draw, picker_key, picker_free, NULL
};

struct modal *
picker_new(const char *title, const char *const *items, size_t n,
           size_t selected, const bool *marks, picker_fn done, void *ctx)
{
	struct picker *p = xcalloc(1, sizeof *p);

	p->md.ops = &picker_ops;
	p->title = xstrdup(title);
	p->items = xcalloc(n > 0 ? n : 1, sizeof *p->items);
	for (size_t i = 0; i < n; i++)
		p->items[i] = xstrdup(items[i]);
	if (marks != NULL) {
		p->marks = xcalloc(n > 0 ? n : 1, sizeof *p->marks);
		memcpy(p->marks, marks, n * sizeof *marks);
	}
	p->n = n;
	p->cursor = selected < n ? selected : 0;
	p->done = done;
	p->ctx = ctx;
	return &p->md;
}
