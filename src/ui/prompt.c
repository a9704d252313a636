/*
 * prompt.c - the one-line prompt and the yes/no question.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "isms/ui/draw.h"
#include "isms/ui/keys.h"
#include "isms/ui/lineedit.h"
#include "isms/ui/prompt.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

#define PROMPT_HISTORY 32

static char *prompt_history[PROMPT_HISTORY];
static size_t prompt_history_n;

struct prompt {
	struct modal md;
	char *label;
	char *initial;
	struct lineedit e;
	prompt_fn changed, done;
	void *ctx;
	size_t recall;                        /* history position */
};

static void
prompt_remember(const char *text)
{
	if (text[0] == '\0')
		return;
	if (prompt_history_n == PROMPT_HISTORY) {
		free(prompt_history[0]);
		memmove(prompt_history, prompt_history + 1,
		    (PROMPT_HISTORY - 1) * sizeof *prompt_history);
		prompt_history_n--;
	}
	prompt_history[prompt_history_n++] = xstrdup(text);
}

static void
prompt_draw(struct modal *md, struct app *app)
{
	struct prompt *p = (struct prompt *)md;
	int y = LINES - 2, lw = (int)utf8_width(p->label);
	int room = COLS - lw - 1, col = lineedit_cursor_col(&p->e);
	const char *text = lineedit_text(&p->e);
	int skip = col >= room ? col - room + 1 : 0;

	draw_text(y, 0, COLS, p->label, UI_ROLE_TITLE);
	/* long input scrolls left so the cursor stays visible */
	while (skip > 0 && *text != '\0') {
		skip--;
		text++;
		while ((*text & 0xc0) == 0x80)
			text++;
	}
	draw_text(y, lw, room, text, UI_ROLE_NORMAL);
	app_park(app, y, lw + (col >= room ? room - 1 : col));
	app->cursor_show = true;
}

static void
prompt_recall(struct prompt *p, int dir)
{
	if (prompt_history_n == 0)
		return;
	if (dir < 0 && p->recall > 0)
		p->recall--;
	else if (dir > 0 && p->recall < prompt_history_n)
		p->recall++;
	lineedit_set(&p->e, p->recall < prompt_history_n ?
	    prompt_history[p->recall] : "");
}

static bool
prompt_key(struct modal *md, struct app *app, int key)
{
	struct prompt *p = (struct prompt *)md;

	if (key == KEYS_ENTER) {
		const char *text = lineedit_text(&p->e);

		prompt_remember(text);
		p->done(p->ctx, app, text);
		return true;
	}
	if (key == KEYS_ESC || key == KEYS_CTRL('G')) {
		if (p->changed != NULL)
			p->changed(p->ctx, app, p->initial);
		p->done(p->ctx, app, NULL);
		return true;
	}
	if (key == keys_up || key == keys_down)
		prompt_recall(p, key == keys_up ? -1 : 1);
	else if (!lineedit_key(&p->e, key))
		return false;
	if (p->changed != NULL)
		p->changed(p->ctx, app, lineedit_text(&p->e));
	return false;
}

static void
prompt_free(struct modal *md)
{
	struct prompt *p = (struct prompt *)md;

	free(p->label);
	free(p->initial);
	free(p);
}

static const struct modal_ops prompt_ops = {
	NULL, prompt_draw, prompt_key, prompt_free, NULL
};

struct modal *
prompt_new(const char *label, const char *initial, prompt_fn changed,
           prompt_fn done, void *ctx)
{
	struct prompt *p = xcalloc(1, sizeof *p);

	p->md.ops = &prompt_ops;
	p->label = xstrdup(label);
	p->initial = xstrdup(initial != NULL ? initial : "");
	lineedit_init(&p->e, p->initial);
	p->changed = changed;
	p->done = done;
	p->ctx = ctx;
	p->recall = prompt_history_n;
	return &p->md;
}

struct confirm {
	struct modal md;
	char *question;
	void (*yes)(void *ctx, struct app *app);
	void *ctx;
};

/* The question on the hint line, or on the two lines above the status
 * bar when it is longer than one: the "(y/n)" is never cut off. */
static void
confirm_draw(struct modal *md, struct app *app)
{
	struct confirm *c = (struct confirm *)md;
	char *line = xasprintf("%s (y/n) ", c->question);
	size_t first = draw_fit(line, COLS);
	const char *last = line;
	int y = LINES - 2;

	if (line[first] != '\0') {
		char *head = xstrndup(line, first);

		draw_text(LINES - 3, 0, COLS, head, UI_ROLE_TITLE);
		free(head);
		last = line + first + strspn(line + first, " ");
	}
	draw_text(y, 0, COLS, last, UI_ROLE_TITLE);
	app_park(app, y, (int)utf8_width(last) < COLS ?
	    (int)utf8_width(last) : COLS - 1);
	app->cursor_show = true;
	free(line);
}

static bool
confirm_key(struct modal *md, struct app *app, int key)
{
	struct confirm *c = (struct confirm *)md;

	if (key == 'y' || key == 'Y') {
		c->yes(c->ctx, app);
		return true;
	}
	return key == 'n' || key == 'N' || key == KEYS_ESC ||
	    key == KEYS_ENTER;
}

static void
confirm_free(struct modal *md)
{
	struct confirm *c = (struct confirm *)md;

	free(c->question);
	free(c);
}

static const struct modal_ops confirm_ops = {
	NULL, confirm_draw, confirm_key, confirm_free, NULL
};

struct modal *
confirm_new(const char *question, void (*yes)(void *ctx, struct app *app),
            void *ctx)
{
	struct confirm *c = xcalloc(1, sizeof *c);

	c->md.ops = &confirm_ops;
	c->question = xstrdup(question);
	c->yes = yes;
	c->ctx = ctx;
	return &c->md;
}
