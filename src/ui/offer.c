/*
 * offer.c - the drafts of the open database, offered back at start: a
 * framed list with the text of the selected one below it.  A draft
 * restored into a form belongs to that form from then on.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "isms/ui/draw.h"
#include "isms/ui/editor.h"
#include "isms/ui/form.h"
#include "isms/ui/offer.h"
#include "isms/ui/prompt.h"
#include "isms/ui/tabs.h"
#include "isms/util/fsutil.h"
#include "isms/util/xmalloc.h"

struct offer {
	struct modal md;
	struct draft **drafts;
	char **texts;                 /* as fields hold it; NULL: unreadable */
	char **why;                   /* why texts[i] is NULL */
	size_t n, cursor, top;
};

static const char offer_intro[] = "isms ended (hung up or killed) while "
    "this text was open in the editor, so it was kept. Enter restores it "
    "into its form, where w saves it; d discards it; Esc keeps it for a "
    "later start.";

/* Take entry i out of the list; with discard its draft is deleted, else
 * it now belongs to someone else. */
static void
offer_remove(struct offer *o, size_t i, bool discard)
{
	if (discard)
		draft_discard(o->drafts[i]);
	free(o->texts[i]);
	free(o->why[i]);
	o->n--;
	memmove(o->drafts + i, o->drafts + i + 1,
	    (o->n - i) * sizeof *o->drafts);
	memmove(o->texts + i, o->texts + i + 1, (o->n - i) * sizeof *o->texts);
	memmove(o->why + i, o->why + i + 1, (o->n - i) * sizeof *o->why);
	if (o->cursor >= o->n && o->cursor > 0)
		o->cursor--;
}

/* Wrap text at blanks into rows y.. of width w, stopping before end;
 * returns the next row. */
static int
offer_wrap(const char *text, int y, int w, int end, enum ui_role role)
{
	while (*text != '\0' && y < end) {
		size_t n = draw_fit(text, w);
		char *part;

		if (n == 0)
			break;
		part = xstrndup(text, n);
		draw_text(y++, 2, w, part, role);
		free(part);
		text += n;
		text += strspn(text, " ");
	}
	return y;
}

static void
offer_draw_list(struct offer *o, int y, int rows, int w)
{
	if (o->cursor < o->top)
		o->top = o->cursor;
	if (o->cursor >= o->top + (size_t)rows)
		o->top = o->cursor - (size_t)rows + 1;
	for (int r = 0; r < rows && o->top + (size_t)r < o->n; r++) {
		size_t i = o->top + (size_t)r;
		const struct draft_meta *m = draft_info(o->drafts[i]);
		enum ui_role role = i == o->cursor ? UI_ROLE_SELECTED :
		    UI_ROLE_NORMAL;
		char *what = xasprintf("%s %s %s", m->tab, m->key, m->field);

		draw_text(y + r, 2, w - 22, what, role);
		draw_right(y + r, 2 + w - 22, 22, m->started, role);
		free(what);
	}
}

static void
offer_draw_text(const struct offer *o, int y, int w, int end)
{
	const char *t = o->texts[o->cursor];

	if (t == NULL) {
		offer_wrap(o->why[o->cursor], y, w, end, UI_ROLE_ERROR);
		return;
	}
	while (y < end) {
		size_t n = strcspn(t, "\n");
		char *line = xstrndup(t, n);

		draw_text(y++, 2, w, line, UI_ROLE_NORMAL);
		free(line);
		if (t[n] == '\0')
			break;
		t += n + 1;
	}
}

static void
offer_draw(struct modal *md, struct app *app)
{
	struct offer *o = (struct offer *)md;
	int top, h, y, w = COLS - 4, rows;
	char *title = xasprintf("Unsaved text from an interrupted edit "
	    "(%zu draft%s)", o->n, o->n == 1 ? "" : "s");

	app_body(&top, &h);
	draw_box(top, 0, h, COLS, title);
	free(title);
	y = offer_wrap(offer_intro, top + 1, w, top + h - 1, UI_ROLE_NORMAL);
	rows = (int)o->n < (h - 4) / 2 ? (int)o->n : (h - 4) / 2;
	if (rows < 1)
		rows = 1;
	offer_draw_list(o, ++y, rows, w);
	app_park(app, y + (int)(o->cursor - o->top), 2);
	y += rows + 1;
	offer_draw_text(o, y, w, top + h - 1);
}

/* The message now on the line, then more. */
static void
offer_error_more(struct app *app, const char *more)
{
	char *was = xstrdup(app->message);

	app_error(app, "%s%s%s", was, was[0] != '\0' ? "; " : "", more);
	free(was);
}

/* The form of the record a draft was written for, opened on its tab;
 * NULL, with a message set, when there is none. */
static struct form *
offer_form(struct app *app, const struct draft_meta *m)
{
	int t = tabs_by_name(m->tab);

	if (t < 0) {
		app_error(app, "%s: no such tab with records", m->tab);
		return NULL;
	}
	return app_open_form(app, (enum tab_id)t, m->key);
}

static void
offer_restore(struct offer *o, struct app *app)
{
	size_t i = o->cursor;
	const struct draft_meta *m = draft_info(o->drafts[i]);
	struct form *f;

	if (o->texts[i] == NULL) {
		app_error(app, "%s; d discards the draft", o->why[i]);
		return;
	}
	if (!app_writable(app))
		return;
	app->message[0] = '\0';
	if ((f = offer_form(app, m)) == NULL) {
		offer_error_more(app, "the draft is kept (d discards it)");
		return;
	}
	if (!form_restore(f, m->field, o->texts[i], o->drafts[i])) {
		app_error(app, "%s %s has no field '%s'; the draft is kept (d "
		    "discards it)", m->tab, m->key, m->field);
		f->md.done = true;
		return;
	}
	if (form_pending(f, f->cursor) == NULL)
		app_message(app, "%s already holds the text of the draft; the "
		    "draft is deleted", f->fields[f->cursor].label);
	else
		app_message(app, "restored the draft into %s: w saves it",
		    f->fields[f->cursor].label);
	offer_remove(o, i, false);
}

static void
offer_discard_yes(void *ctx, struct app *app)
{
	struct offer *o = ctx;

	offer_remove(o, o->cursor, true);
	app_message(app, "the draft is discarded");
	if (o->n == 0)
		o->md.done = true;
}

static void
offer_discard(struct offer *o, struct app *app)
{
	const struct draft_meta *m = draft_info(o->drafts[o->cursor]);
	char *q = xasprintf("discard the draft of %s %s %s, deleting its text?",
	    m->tab, m->key, m->field);

	app_push(app, confirm_new(q, offer_discard_yes, o));
	free(q);
}

static bool
offer_key(struct modal *md, struct app *app, int key)
{
	struct offer *o = (struct offer *)md;
	const struct keymap_binding *b = keymap_find(&keymap_drafts, key);

	if (b == NULL)
		return false;
	switch (b->action) {
	case UI_ACTION_DOWN: o->cursor += o->cursor + 1 < o->n; break;
	case UI_ACTION_UP: o->cursor -= o->cursor > 0; break;
	case UI_ACTION_RESTORE: offer_restore(o, app); break;
	case UI_ACTION_DISCARD: offer_discard(o, app); break;
	case UI_ACTION_KEEP:
		app_message(app, "%zu draft%s kept; %s offered again at the "
		    "next start", o->n, o->n == 1 ? "" : "s", o->n == 1 ?
		    "it is" : "they are");
		return true;
	default:
		break;
	}
	return o->n == 0;
}

static void
offer_free(struct modal *md)
{
	struct offer *o = (struct offer *)md;

	for (size_t i = 0; i < o->n; i++) {
		draft_keep(o->drafts[i]);
		free(o->texts[i]);
		free(o->why[i]);
	}
	free(o->drafts);
	free(o->texts);
	free(o->why);
	free(o);
}

static const struct modal_ops offer_ops = {
	&keymap_drafts, offer_draw, offer_key, offer_free, NULL
};

/* Read each draft's text as the editor's would be read. */
static void
offer_read(struct offer *o)
{
	o->texts = xcalloc(o->n, sizeof *o->texts);
	o->why = xcalloc(o->n, sizeof *o->why);
	for (size_t i = 0; i < o->n; i++) {
		size_t len;

		if (fs_read_file(draft_path(o->drafts[i]), EDITOR_MAX_BYTES,
		    &o->texts[i], &len, &o->why[i]) == ISMS_OK)
			editor_text_clean(o->texts[i]);
	}
}

void
offer_drafts(struct app *app)
{
	struct draft **drafts;
	char *cause = NULL;
	struct offer *o;
	size_t n;

	if (draft_list(isms_path(app->m), &drafts, &n, &cause) != ISMS_OK) {
		app_fail(app, cause);
		return;
	}
	if (n > 0 && app->readonly_why != NULL) {
		app_message(app, "%zu draft%s of an interrupted edit %s kept "
		    "for this database; open it writable to restore %s", n,
		    n == 1 ? "" : "s", n == 1 ? "is" : "are",
		    n == 1 ? "it" : "them");
		for (size_t i = 0; i < n; i++)
			draft_keep(drafts[i]);
	}
	if (n == 0 || app->readonly_why != NULL) {
		free(drafts);
		return;
	}
	o = xcalloc(1, sizeof *o);
	o->md.ops = &offer_ops;
	o->drafts = drafts;
	o->n = n;
	offer_read(o);
	app_push(app, &o->md);
}
