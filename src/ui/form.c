/*
 * form.c - the detail/edit form: pending edits, pickers for closed
 * vocabularies and for the people of the register, dates checked as
 * typed, $EDITOR for text of several lines (one line is edited in
 * place), any field read in full (also when the ISMS is read-only), the
 * record's history, and a save that refuses to overwrite another user's
 * change unseen.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "isms/ui/draw.h"
#include "isms/ui/editor.h"
#include "isms/ui/form.h"
#include "isms/ui/history.h"
#include "isms/ui/keys.h"
#include "isms/ui/people_list.h"
#include "isms/ui/prompt.h"
#include "isms/ui/textview.h"
#include "isms/util/buf.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

#define FORM_LABEL 16

static const char *
form_value(const struct form *f, size_t i)
{
	const struct form_field *fd = &f->fields[i];

	return fd->value != NULL ? fd->value : fd->stored;
}

const char *
form_pending(const struct form *f, size_t i)
{
	return f->fields[i].value;
}

void
form_store(struct form *f, size_t i, const char *value)
{
	free(f->fields[i].stored);
	f->fields[i].stored = xstrdup(value != NULL ? value : "");
}

void
form_info(struct form *f, char **lines, size_t n)
{
	for (size_t i = 0; i < f->n_info; i++)
		free(f->info[i]);
	free(f->info);
	f->info = lines;
	f->n_info = n;
}

static size_t
form_n_pending(const struct form *f)
{
	size_t n = 0;

	for (size_t i = 0; i < f->n_fields; i++)
		n += f->fields[i].value != NULL;
	return n;
}

static void
form_set(struct form *f, size_t i, const char *value)
{
	struct form_field *fd = &f->fields[i];

	free(fd->value);
	fd->value = strcmp(value, fd->stored) == 0 ? NULL : xstrdup(value);
	if (fd->value == NULL)
		fd->theirs = false;
}

/* A list of terms as people read it: their tokens, or "none". */
static char *
form_terms_display(const struct vocab *v, const char *set)
{
	struct buf b;

	buf_init(&b);
	for (size_t i = 0; i < v->n_terms; i++)
		if (vocab_set_has(set, v->terms[i].token))
			buf_printf(&b, "%s%s", b.len ? " " : "",
			    v->terms[i].token);
	if (b.len == 0)
		buf_adds(&b, "none");
	return buf_take(&b);
}

/* The value as people read it: vocabulary labels, first line of text. */
static char *
form_display(const struct form_field *fd, const char *v)
{
	const char *nl;

	if (fd->kind == FORM_CHOICE && v[0] != '\0')
		return xstrdup(vocab_label(fd->vocab, v));
	if (fd->kind == FORM_TERMS)
		return form_terms_display(fd->vocab, v);
	if (fd->kind == FORM_LONG && (nl = strchr(v, '\n')) != NULL) {
		size_t lines = 1;

		for (const char *p = v; (p = strchr(p, '\n')) != NULL; p++)
			lines++;
		return xasprintf("%.*s (%zu lines, v reads, E edits)",
		    (int)(nl - v), v, lines);
	}
	return xstrdup(v);
}

/* Reload the stored values, marking fields where another user's value
 * now differs from what the pending edit was based on. */
static bool
form_reload(struct form *f, struct app *app)
{
	char **before = xcalloc(f->n_fields, sizeof *before);
	bool ok;

	for (size_t i = 0; i < f->n_fields; i++)
		before[i] = xstrdup(f->fields[i].stored);
	ok = f->ops->load(f->ctx, f, app);
	for (size_t i = 0; i < f->n_fields; i++) {
		struct form_field *fd = &f->fields[i];

		if (fd->value != NULL && strcmp(before[i], fd->stored) != 0)
			fd->theirs = true;
		if (fd->value != NULL && strcmp(fd->value, fd->stored) == 0) {
			free(fd->value);
			fd->value = NULL;
			fd->theirs = false;
			if (f->draft != NULL && i == f->draft_field) {
				draft_discard(f->draft);  /* someone saved it */
				f->draft = NULL;
			}
		}
		free(before[i]);
	}
	free(before);
	return ok;
}

static void
form_draw_field(struct form *f, size_t i, int y, int x, int w)
{
	struct form_field *fd = &f->fields[i];
	bool sel = i == f->cursor;
	enum ui_role role = sel ? UI_ROLE_SELECTED : fd->value != NULL ?
	    UI_ROLE_CHANGED : UI_ROLE_NORMAL;
	char *label = xasprintf("%s%s", fd->value != NULL ? "*" : " ",
	    fd->label);
	char *shown, *line;

	draw_text(y, x, FORM_LABEL, label, sel ? UI_ROLE_SELECTED :
	    UI_ROLE_TITLE);
	free(label);
	if (sel && f->editing)
		return;
	shown = form_display(fd, form_value(f, i));
	if (fd->theirs) {
		char *theirs = form_display(fd, fd->stored);

		line = xasprintf("%s   [saved by someone else: %s]", shown,
		    theirs);
		free(theirs);
	} else
		line = xstrdup(shown);
	draw_text(y, x + FORM_LABEL + 1, w - FORM_LABEL - 1, line, role);
	free(shown);
	free(line);
}

static void
form_draw_editing(struct form *f, struct app *app, int y, int x, int w)
{
	const struct form_field *fd = &f->fields[f->cursor];
	const char *text = lineedit_text(&f->e);
	int vx = x + FORM_LABEL + 1, vw = w - FORM_LABEL - 1;
	int col = lineedit_cursor_col(&f->e);
	int skip = col >= vw ? col - vw + 1 : 0;

	/* a line longer than the field scrolls left with the cursor */
	for (; skip > 0 && *text != '\0'; skip--) {
		text++;
		while ((*text & 0xc0) == 0x80)
			text++;
	}
	if (fd->kind == FORM_DATE && text[0] != '\0' && !date_valid(text)) {
		draw_text(y, vx, vw, text, UI_ROLE_NORMAL);
		if (vw > 44)
			draw_text(y, vx + vw - 30, 30,
			    "  not a date (YYYY-MM-DD)", UI_ROLE_ERROR);
	} else
		draw_text(y, vx, vw, text, UI_ROLE_NORMAL);
	app_park(app, y, vx + (col < vw ? col : vw - 1));
	app->cursor_show = true;
}

/* One read-only line, wrapped at blanks; returns the next row. */
static int
form_draw_info(const char *text, int y, int w, int end, enum ui_role role)
{
	do {
		size_t n = draw_fit(text, w);
		char *part = xstrndup(text, n);

		if (n == 0) {             /* not even one character fits */
			free(part);
			break;
		}
		draw_text(y++, 2, w, part, role);
		free(part);
		text += n;
		text += strspn(text, " ");
	} while (*text != '\0' && y < end);
	return y;
}

/* The rows the read-only lines take, wrapped at w columns. */
static int
form_info_height(const struct form *f, int w)
{
	int rows = 0;

	for (size_t i = 0; i < f->n_info; i++)
		for (const char *t = f->info[i]; *t != '\0'; rows++) {
			size_t n = draw_fit(t, w);

			if (n == 0)
				break;
			t += n;
			t += strspn(t, " ");
		}
	return rows;
}

/* The read-only lines above the fields, wrapped when they all fit; when
 * they do not (a risk's six at 24 rows), one row each, cut, and the
 * blank row above the fields given to them too, so that no line (the
 * actions, the acceptance) is lost to another's wrapping. */
static void
form_draw_infos(const struct form *f, int top, int rows, int w)
{
	bool wrap = form_info_height(f, w) <= rows;
	int y = top;

	if (!wrap && (int)f->n_info > rows)
		rows++;
	for (size_t i = 0; i < f->n_info && y < top + rows; i++) {
		enum ui_role role = i == 0 ? UI_ROLE_NORMAL : UI_ROLE_MUTED;

		if (wrap)
			y = form_draw_info(f->info[i], y, w, top + rows, role);
		else
			draw_text(y++, 2, w, f->info[i], role);
	}
}

static void
form_draw(struct modal *md, struct app *app)
{
	struct form *f = (struct form *)md;
	int top, h, y, w = COLS - 2;

	app_body(&top, &h);
	draw_box(top, 0, h, COLS, f->title);
	form_draw_infos(f, top + 1, h - 3 - (int)f->n_fields, w - 2);
	y = top + h - 1 - (int)f->n_fields;
	if (y <= top)
		y = top + 1;
	for (size_t i = 0; i < f->n_fields && y < top + h - 1; i++, y++) {
		form_draw_field(f, i, y, 1, w);
		if (i == f->cursor && f->editing)
			form_draw_editing(f, app, y, 1, w);
		else if (i == f->cursor)
			app_park(app, y, 1);
	}
}

static void
form_pick_done(void *ctx, struct app *app, size_t index, const bool *marks)
{
	struct form *f = ctx;
	struct form_field *fd = &f->fields[f->cursor];

	(void)app;
	if (fd->kind == FORM_CHOICE) {
		form_set(f, f->cursor, fd->vocab->terms[index].token);
		return;
	}
	{
		struct buf b;
		size_t k = 0;

		/* The marks follow the terms that may be chosen, in order. */
		buf_init(&b);
		for (size_t i = 0; i < fd->vocab->n_terms; i++) {
			if (fd->vocab->terms[i].derived != NULL)
				continue;
			if (marks[k++])
				buf_printf(&b, "%s%s", b.len ? "," : "",
				    fd->vocab->terms[i].token);
		}
		form_set(f, f->cursor, buf_str(&b));
		buf_done(&b);
	}
}

static void
form_pick(struct form *f, struct app *app)
{
	const struct form_field *fd = &f->fields[f->cursor];
	const struct vocab *v = fd->vocab;
	const char **items = xcalloc(v->n_terms + 1, sizeof *items);
	bool *marks = xcalloc(v->n_terms + 1, sizeof *marks);
	const char *cur = form_value(f, f->cursor);
	size_t sel = 0, n = 0;

	/* Terms derived elsewhere (reason RA) are never picked. */
	for (size_t i = 0; i < v->n_terms; i++) {
		if (fd->kind == FORM_TERMS && v->terms[i].derived != NULL)
			continue;
		items[n] = v->terms[i].label;
		if (strcmp(cur, v->terms[i].token) == 0)
			sel = n;
		marks[n++] = vocab_set_has(cur, v->terms[i].token);
	}
	app_push(app, picker_new(fd->label, items, n, sel,
	    fd->kind == FORM_TERMS ? marks : NULL, form_pick_done, f));
	free(items);
	free(marks);
}

static void
form_people_free(struct form *f)
{
	people_list_free(f->people, f->n_people);
	f->people = NULL;
	f->n_people = 0;
}

/* Item 0 types a name, the last clears the field, those between are the
 * people's names. */
static void
form_person_done(void *ctx, struct app *app, size_t index, const bool *marks)
{
	struct form *f = ctx;

	(void)app;
	(void)marks;
	if (index == 0) {
		lineedit_init(&f->e, form_value(f, f->cursor));
		f->editing = true;
	} else if (index > f->n_people)
		form_set(f, f->cursor, "");
	else
		form_set(f, f->cursor, f->people[index - 1]);
}

/* A person field: the active people of the register to pick from, a name
 * or login to type (free text still works), or nobody. */
static void
form_pick_person(struct form *f, struct app *app)
{
	const struct form_field *fd = &f->fields[f->cursor];
	const char **items;
	size_t sel;

	form_people_free(f);
	if (!people_list(app, &f->people, &f->n_people))
		return;
	items = people_list_items(f->people, f->n_people,
	    "nobody (clear the field)", form_value(f, f->cursor), &sel);
	app_push(app, picker_new(fd->label, items, f->n_people + 2, sel, NULL,
	    form_person_done, f));
	free(items);
}

static void
form_editor(struct form *f, struct app *app)
{
	char *out = NULL, *cause = NULL;
	enum form_kind k = f->fields[f->cursor].kind;
	enum isms_status rc;

	if (k != FORM_LINE && k != FORM_LONG && k != FORM_PERSON) {
		app_error(app, "%s is %s: press Enter",
		    f->fields[f->cursor].label, k == FORM_DATE ? "a date" :
		    "chosen from a list");
		return;
	}
	{
		struct draft_origin o = {
			isms_path(app->m), f->tab != NULL ? f->tab : "",
			f->key != NULL ? f->key : f->title,
			f->fields[f->cursor].label,
		};

		rc = editor_edit(&o, form_value(f, f->cursor), &out, &cause);
	}
	if (rc == ISMS_OK)
		form_set(f, f->cursor, out);
	else if (rc == ISMS_NEGATIVE && cause != NULL)
		app_fail(app, cause);
	else if (rc == ISMS_NEGATIVE)
		app_error(app, "the editor failed; %s is unchanged",
		    f->fields[f->cursor].label);
	else
		app_fail(app, cause);
	free(out);
}

void
form_edit_field(struct form *f, struct app *app, size_t i)
{
	enum form_kind k;

	if (i >= f->n_fields)
		return;
	f->cursor = i;
	k = f->fields[i].kind;
	if (k == FORM_CHOICE || k == FORM_TERMS)
		form_pick(f, app);
	else if (k == FORM_PERSON && strchr(form_value(f, i), '\n') == NULL)
		form_pick_person(f, app);
	else if (strchr(form_value(f, i), '\n') != NULL)
		form_editor(f, app);      /* several lines: the editor's */
	else {
		lineedit_init(&f->e, form_value(f, i));
		f->editing = true;
	}
}

static void
form_edit_key(struct form *f, struct app *app, int key)
{
	const char *text;

	if (key == KEYS_ESC) {
		f->editing = false;
		return;
	}
	if (key != KEYS_ENTER) {
		lineedit_key(&f->e, key);
		return;
	}
	text = lineedit_text(&f->e);
	if (f->fields[f->cursor].kind == FORM_DATE && text[0] != '\0' &&
	    !date_valid(text)) {
		app_error(app, "%s: '%s' is not a date (YYYY-MM-DD, empty "
		    "clears it)", f->fields[f->cursor].label, text);
		return;
	}
	form_set(f, f->cursor, text);
	f->editing = false;
}

/* The value restored from f->draft was saved or dropped: the draft has
 * done its work, unless that field's change was undone before. */
static void
form_draft_done(struct form *f)
{
	if (f->draft == NULL || f->fields[f->draft_field].value == NULL)
		return;
	draft_discard(f->draft);
	f->draft = NULL;
}

static void
form_save(struct form *f, struct app *app)
{
	char *cause = NULL;
	enum isms_status rc;

	if (form_n_pending(f) == 0) {
		app_message(app, "nothing to save");
		return;
	}
	rc = f->ops->save(f->ctx, f, &cause);
	if (rc == ISMS_CONFLICT) {
		form_reload(f, app);
		app_error(app, "%s; their values are shown, w saves yours over "
		    "them, u takes theirs", cause);
		free(cause);
		return;
	}
	if (rc != ISMS_OK) {
		app_fail(app, cause);
		return;
	}
	form_draft_done(f);
	for (size_t i = 0; i < f->n_fields; i++) {
		free(f->fields[i].value);
		f->fields[i].value = NULL;
		f->fields[i].theirs = false;
	}
	form_reload(f, app);
	app_message(app, "saved");
	if (f->saved != NULL)         /* which may say more than "saved" */
		f->saved(f->owner, app);
}

static void
form_drop(void *ctx, struct app *app)
{
	struct form *f = ctx;

	(void)app;
	form_draft_done(f);
	f->md.done = true;
}

/* The field under the cursor in full, to read (and page). */
static void
form_view(struct form *f, struct app *app)
{
	const struct form_field *fd = &f->fields[f->cursor];
	char *shown = fd->kind == FORM_CHOICE || fd->kind == FORM_TERMS ?
	    form_display(fd, form_value(f, f->cursor)) :
	    xstrdup(form_value(f, f->cursor));
	char *title = xasprintf("%s: %s", f->title, fd->label);

	app_push(app, textview_new(title, shown[0] != '\0' ? shown :
	    "(empty)"));
	free(title);
	free(shown);
}

static void
form_history(struct form *f, struct app *app)
{
	struct modal *md;

	if (f->entity == NULL || f->key == NULL) {
		app_error(app, "this form has no history to show");
		return;
	}
	if ((md = history_record_view(app, f->entity, f->key)) != NULL)
		app_push(app, md);
}

static bool
form_action(struct form *f, struct app *app, enum ui_action a)
{
	switch (a) {
	case UI_ACTION_FIELD_NEXT:
		f->cursor = (f->cursor + 1) % f->n_fields;
		break;
	case UI_ACTION_FIELD_PREV:
		f->cursor = (f->cursor + f->n_fields - 1) % f->n_fields;
		break;
	case UI_ACTION_FIELD_EDIT:
		form_edit_field(f, app, f->cursor);
		break;
	case UI_ACTION_FIELD_EDITOR:
		form_editor(f, app);
		break;
	case UI_ACTION_FIELD_REVERT:
		form_set(f, f->cursor, f->fields[f->cursor].stored);
		break;
	case UI_ACTION_SAVE:
		form_save(f, app);
		break;
	case UI_ACTION_CLOSE:
		return true;
	case UI_ACTION_VIEW:
		form_view(f, app);
		break;
	case UI_ACTION_HISTORY:
		form_history(f, app);
		break;
	default:
		if (f->extra == NULL || !f->extra(f->owner, f, app, a))
			app_error(app, "%s: not in this form",
			    keymap_action_help(a));
		break;
	}
	return false;
}

/* Closing with pending edits asks first; the form goes either way once
 * the question is answered, so the question replaces it. */
static bool
form_close(struct form *f, struct app *app)
{
	char *q;

	if (form_n_pending(f) == 0)
		return true;
	q = xasprintf("drop %zu unsaved change%s?", form_n_pending(f),
	    form_n_pending(f) == 1 ? "" : "s");
	app_push(app, confirm_new(q, form_drop, f));
	free(q);
	return false;
}

static bool
form_key(struct modal *md, struct app *app, int key)
{
	struct form *f = (struct form *)md;
	const struct keymap_binding *b;

	if (f->editing) {
		form_edit_key(f, app, key);
		return false;
	}
	if ((b = keymap_find(&keymap_form, key)) == NULL)
		return false;
	/* read-only, Enter and E still read the field: an auditor reads
	 * what may not be changed */
	if ((b->action == UI_ACTION_FIELD_EDIT || b->action ==
	    UI_ACTION_FIELD_EDITOR) && app->readonly_why != NULL) {
		form_view(f, app);
		app_error(app, "%s", app->readonly_why);
		return false;
	}
	if ((b->flags & KEYMAP_NEEDS_WRITABLE) && !app_writable(app))
		return false;
	if (form_action(f, app, b->action))
		return form_close(f, app);
	return false;
}

static void
form_refresh(struct modal *md, struct app *app)
{
	struct form *f = (struct form *)md;
	bool had = form_n_pending(f) > 0;

	form_reload(f, app);
	for (size_t i = 0; had && i < f->n_fields; i++)
		if (f->fields[i].theirs) {
			app_error(app, "another user changed this row; their "
			    "values are shown next to yours");
			break;
		}
}

static void
form_free(struct modal *md)
{
	struct form *f = (struct form *)md;

	for (size_t i = 0; i < f->n_fields; i++) {
		free(f->fields[i].stored);
		free(f->fields[i].value);
	}
	free(f->fields);
	form_people_free(f);
	form_info(f, NULL, 0);
	draft_keep(f->draft);
	free(f->key);
	if (f->ops->free != NULL)
		f->ops->free(f->ctx);
	free(f->title);
	free(f);
}

void
form_origin(struct form *f, enum tab_id tab, const char *key)
{
	f->tab = tabs_all[tab].name;
	free(f->key);
	f->key = xstrdup(key);
}

bool
form_restore(struct form *f, const char *label, const char *text,
             struct draft *d)
{
	for (size_t i = 0; i < f->n_fields; i++) {
		if (strcmp(f->fields[i].label, label) != 0)
			continue;
		form_set(f, i, text);
		f->cursor = i;
		if (f->fields[i].value == NULL) {
			draft_discard(d);     /* the same as saved: not
						 needed */
			return true;
		}
		draft_keep(f->draft);
		f->draft = d;
		f->draft_field = i;
		return true;
	}
	return false;
}

static const struct modal_ops form_modal_ops = {
	&keymap_form, form_draw, form_key, form_free, form_refresh
};

struct form *
form_new(struct app *app, const char *title, const struct form_field *proto,
         size_t n, const struct form_ops *ops, void *ctx)
{
	struct form *f = xcalloc(1, sizeof *f);

	f->md.ops = &form_modal_ops;
	f->title = xstrdup(title);
	f->fields = xcalloc(n, sizeof *f->fields);
	for (size_t i = 0; i < n; i++) {
		f->fields[i] = proto[i];
		f->fields[i].stored = xstrdup("");
		f->fields[i].value = NULL;
	}
	f->n_fields = n;
	f->ops = ops;
	f->ctx = ctx;
	if (!ops->load(ctx, f, app)) {
		form_free(&f->md);
		return NULL;
	}
	return f;
}
