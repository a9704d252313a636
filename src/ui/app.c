/*
 * app.c - the main loop of the full-screen interface: draw once per turn
 * (tab bar, pane, modals, hint line, status bar) unless more keys wait,
 * take one key, dispatch it through the key tables, and while no key
 * waits, finish what the panes put off and look for other users'
 * changes.
 */
#include <curses.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/ui/app.h"
#include "isms/ui/draw.h"
#include "isms/ui/frame.h"
#include "isms/ui/help.h"
#include "isms/ui/history.h"
#include "isms/ui/input.h"
#include "isms/ui/keys.h"
#include "isms/ui/orgform.h"
#include "isms/ui/sig.h"
#include "isms/ui/tabbar.h"
#include "isms/ui/term.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

#define APP_MIN_COLS 80
#define APP_MIN_ROWS 24
#define APP_POLL_MS 1000

void
app_message(struct app *app, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(app->message, sizeof app->message, fmt, ap);
	va_end(ap);
	app->message_error = false;
}

void
app_error(struct app *app, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(app->message, sizeof app->message, fmt, ap);
	va_end(ap);
	app->message_error = true;
}

void
app_fail(struct app *app, char *cause)
{
	app_error(app, "%s", cause != NULL ? cause : "failed");
	free(cause);
}

bool
app_writable(struct app *app)
{
	if (app->readonly_why == NULL)
		return true;
	app_error(app, "%s", app->readonly_why);
	return false;
}

void
app_push(struct app *app, struct modal *md)
{
	if (app->n_modals == APP_MODALS) {
		md->ops->free(md);
		return;
	}
	app->modals[app->n_modals++] = md;
}

void
app_switch(struct app *app, enum tab_id t)
{
	if (t >= 0 && t < TAB_COUNT)
		app->active = t;
}

/* The state of the pane of tab t, opened the first time it is needed: a
 * pane costs nothing until it is shown. */
static void *
app_pane(struct app *app, enum tab_id t)
{
	if (app->panes[t] == NULL)
		app->panes[t] = tabs_all[t].ops->open(app);
	return app->panes[t];
}

static const struct pane_ops *
app_ops(const struct app *app)
{
	return tabs_all[app->active].ops;
}

void
app_jump(struct app *app, enum tab_id t, const char *key)
{
	if (tabs_all[t].ops->show == NULL)
		return;
	app->active = t;
	tabs_all[t].ops->show(app_pane(app, t), key);
}

struct form *
app_open_form(struct app *app, enum tab_id t, const char *key)
{
	if (tabs_all[t].ops->form == NULL) {
		app_error(app, "%s: no such tab with records",
		    tabs_all[t].label);
		return NULL;
	}
	app->active = t;
	return tabs_all[t].ops->form(app_pane(app, t), key);
}

void
app_body(int *top, int *h)
{
	*top = 1;
	*h = LINES - 3 > 1 ? LINES - 3 : 1;
}

void
app_park(struct app *app, int y, int x)
{
	app->cursor_y = y;
	app->cursor_x = x;
}

void
app_reload(struct app *app)
{
	for (int i = 0; i < TAB_COUNT; i++)
		if (app->panes[i] != NULL)
			tabs_all[i].ops->reload(app->panes[i]);
	for (int i = 0; i < app->n_modals; i++)
		if (app->modals[i]->ops->reload != NULL)
			app->modals[i]->ops->reload(app->modals[i], app);
}

/* The tab bar (tabbar.h lays it out) and the organisation on its right. */
static void
app_draw_tabs(struct app *app)
{
	const struct isms_info *info = isms_info(app->m);
	struct tabbar bar;
	char *active;
	int x;

	tabbar_layout(tabs_all, TAB_COUNT, app->active, COLS, term_ascii(),
	    &bar);
	active = xstrndup(bar.text + bar.active_at, bar.active_len);
	draw_text(0, 0, COLS, bar.text, UI_ROLE_TAB);
	draw_text(0, bar.active_x, bar.active_w, active, UI_ROLE_TAB_ACTIVE);
	x = bar.cols + 1;
	if (COLS - x > 4)
		draw_right(0, x, COLS - x - 1, info->org[0] != '\0' ?
		    info->org : "(organisation not set: isms set --org NAME)",
		    UI_ROLE_TITLE);
	free(active);
	tabbar_done(&bar);
}

/* The key tables that apply now, most specific first. */
static size_t
app_maps(struct app *app, const struct keymap **maps)
{
	size_t n = 0;

	if (app->n_modals > 0) {
		const struct keymap *k =
		    app->modals[app->n_modals - 1]->ops->keys;

		if (k != NULL)
			maps[n++] = k;
		return n;
	}
	if (app_ops(app)->keys != NULL)
		maps[n++] = app_ops(app)->keys;
	maps[n++] = &keymap_table;
	maps[n++] = &keymap_global;
	return n;
}

/* The message on the hint line, or on the two lines above the status bar
 * when it is too long for one (a conflict names who, when and what). */
static void
app_draw_message(struct app *app)
{
	enum ui_role role = app->message_error ? UI_ROLE_ERROR : UI_ROLE_NORMAL;
	size_t first = draw_fit(app->message, COLS);

	if (app->message[first] == '\0') {
		draw_text(LINES - 2, 0, COLS, app->message, role);
		return;
	}
	{
		char *head = xstrndup(app->message, first);

		draw_text(LINES - 3, 0, COLS, head, role);
		draw_text(LINES - 2, 0, COLS, app->message + first +
		    strspn(app->message + first, " "), role);
		free(head);
	}
}

static void
app_draw_hints(struct app *app)
{
	const struct keymap *maps[4];
	size_t n = app_maps(app, maps);
	char line[512], keys[64];
	size_t len = 0;

	if (app->message[0] != '\0')
		return;                   /* drawn last, over everything */
	line[0] = '\0';
	for (size_t m = 0; m < n; m++)
		for (size_t i = 0; i < maps[m]->n; i++) {
			const struct keymap_binding *b = &maps[m]->bindings[i];

			if (!(b->flags & KEYMAP_HINT) || len >= sizeof line)
				continue;
			keys_name(b->key, keys, sizeof keys);
			len += (size_t)snprintf(line + len, sizeof line - len,
			    "%s%s %s", len ? "  " : "", keys,
			    keymap_action_help(b->action));
		}
	draw_text(LINES - 2, 0, COLS, line, UI_ROLE_HINT);
}

static void
app_draw_status(struct app *app)
{
	char pane[256] = "", *line;

	if (app_ops(app)->status != NULL)
		app_ops(app)->status(app_pane(app, app->active), pane,
		    sizeof pane);
	line = xasprintf("%s | %s%s | %s", app->db_name, app->user,
	    isms_snapshot(app->m) ? " | " ISMS_SNAPSHOT_NOTE :
	    app->readonly_why != NULL ? " | READ-ONLY" : "", pane);
	draw_text(LINES - 1, 0, COLS, line, UI_ROLE_STATUS);
	free(line);
}

static void
app_draw_small(void)
{
	char *msg = xasprintf("Terminal too small: %dx%d. isms needs at least "
	    "%dx%d. Resize the window, or press q to quit.", COLS, LINES,
	    APP_MIN_COLS, APP_MIN_ROWS);
	const char *text = msg;

	erase();
	for (int y = 0; y < LINES && *text != '\0'; y++) {
		size_t n = draw_fit(text, COLS);
		char *part = xstrndup(text, n > 0 ? n : 1);

		draw_text(y, 0, COLS, part, UI_ROLE_ERROR);
		text += n > 0 ? n : 1;
		text += strspn(text, " ");
		free(part);
	}
	free(msg);
}

static bool
app_small(void)
{
	return COLS < APP_MIN_COLS || LINES < APP_MIN_ROWS;
}

static void
app_draw(struct app *app)
{
	int top, h;

	erase();
	app->cursor_show = false;
	app->cursor_y = app->cursor_x = 0;
	if (app_small()) {
		app_draw_small();
	} else {
		app_draw_tabs(app);
		app_body(&top, &h);
		app_ops(app)->draw(app_pane(app, app->active), top, h, COLS);
		app_draw_hints(app);
		app_draw_status(app);
		for (int i = 0; i < app->n_modals; i++)
			app->modals[i]->ops->draw(app->modals[i], app);
		if (app->message[0] != '\0')
			app_draw_message(app);
	}
	if (app->repaint) {
		clearok(curscr, TRUE);
		app->repaint = false;
	}
	move(app->cursor_y, app->cursor_x);
	curs_set(app->cursor_show ? 1 : 0);
	wnoutrefresh(stdscr);
	doupdate();
}

static void
app_help(struct app *app)
{
	const struct keymap *maps[4];
	size_t n = app_maps(app, maps);

	app_push(app, help_new(maps, n));
}

/* H in a table: the history of the record under the cursor. */
static void
app_history(struct app *app)
{
	const struct pane_ops *ops = app_ops(app);
	const char *entity = NULL;
	char key[128];
	struct modal *md;

	if (ops->record == NULL || !ops->record(app_pane(app, app->active),
	    &entity, key, sizeof key)) {
		app_error(app, "no record here to show the history of");
		return;
	}
	if ((md = history_record_view(app, entity, key)) != NULL)
		app_push(app, md);
}

/* The tab of the digit key, or a word on why there is none. */
static void
app_goto(struct app *app, int key)
{
	int t = tabs_by_key(key);
	char pick[32];

	if (t < 0)
		app_error(app, "no tab has the number %c (%s lists the tabs)",
		    key, keymap_keys(&keymap_global, UI_ACTION_TAB_PICK, pick,
		    sizeof pick));
	else
		app_switch(app, (enum tab_id)t);
}

/* The actions of the global table; key is the key that chose a. */
static bool
app_global(struct app *app, enum ui_action a, int key)
{
	switch (a) {
	case UI_ACTION_QUIT: app->quit = true; break;
	case UI_ACTION_HELP: app_help(app); break;
	case UI_ACTION_TAB_NEXT:
		app->active = (app->active + 1) % TAB_COUNT;
		break;
	case UI_ACTION_TAB_PREV:
		app->active = (app->active + TAB_COUNT - 1) % TAB_COUNT;
		break;
	case UI_ACTION_TAB_GOTO: app_goto(app, key); break;
	case UI_ACTION_TAB_PICK: tabs_pick(app); break;
	case UI_ACTION_REDRAW: app->repaint = true; break;
	case UI_ACTION_SUSPEND:
		if (!term_scripted())
			raise(SIGTSTP);
		break;
	case UI_ACTION_HISTORY: app_history(app); break;
	case UI_ACTION_ORG: orgform_open(app); break;
	default:
		return false;
	}
	return true;
}

/* Look key up in the tables that apply and carry out its action. */
static void
app_dispatch(struct app *app, int key)
{
	const struct keymap *maps[4];
	size_t n = app_maps(app, maps);
	void *pane = app_pane(app, app->active);
	const struct pane_ops *ops = app_ops(app);

	for (size_t m = 0; m < n; m++) {
		const struct keymap_binding *b = keymap_find(maps[m], key);

		if (b == NULL)
			continue;
		if ((b->flags & KEYMAP_NEEDS_ROW) && !ops->has_row(pane))
			return;
		if ((b->flags & KEYMAP_NEEDS_WRITABLE) && !app_writable(app))
			return;
		if (!ops->handle(pane, b->action))
			app_global(app, b->action, key);
		return;
	}
}

static void
app_pop_done(struct app *app)
{
	for (int i = 0; i < app->n_modals;) {
		struct modal *md = app->modals[i];

		if (!md->done) {
			i++;
			continue;
		}
		md->ops->free(md);
		memmove(app->modals + i, app->modals + i + 1,
		    (size_t)(app->n_modals - i - 1) * sizeof *app->modals);
		app->n_modals--;
	}
}

static void
app_key(struct app *app, int key)
{
	if (key == KEYS_CTRL('L')) {
		app->repaint = true;
		return;
	}
	if (app_small()) {
		if (key == 'q')
			app->quit = true;
		return;
	}
	app->message[0] = '\0';
	if (app->n_modals > 0) {
		struct modal *md = app->modals[app->n_modals - 1];

		if (md->ops->key(md, app, key))
			md->done = true;
		app_pop_done(app);
		return;
	}
	app_dispatch(app, key);
}

/* One key handled and its frame drawn, unless the key quits or more keys
 * wait (a text typed fast is drawn, and queried, once): the unit
 * ./dev bench counts instructions of (callgrind's toggle-collect), so
 * never inlined.  True when it drew. */
__attribute__((noinline)) static bool
app_frame(struct app *app, int key)
{
	if (key != keys_resize)
		app_key(app, key);
	if (app->quit || input_pending())
		return false;
	app_draw(app);
	frame_drawn();
	return true;
}

static bool
app_key_waits(void *ctx)
{
	(void)ctx;
	return input_pending();
}

/* Some of the work the active pane put off (a count, a position), giving
 * way to the next key; when it did some, the screen is drawn again. */
__attribute__((noinline)) static bool
app_idle(struct app *app)
{
	void *pane = app->panes[app->active];
	bool did;

	if (app_ops(app)->idle == NULL || pane == NULL)
		return false;
	frame_begin(FRAME_IDLE, NULL);
	isms_set_interrupt(app->m, app_key_waits, NULL);
	did = app_ops(app)->idle(pane);
	isms_set_interrupt(app->m, NULL, NULL);
	if (did) {
		app_draw(app);
		frame_drawn();
	} else {
		frame_abandon();
	}
	return did;
}

int
app_run(struct app *app)
{
	bool dirty = true;

	isms_poll(app->m);                /* note the current version */
	frame_log_open();
	while (!app->quit && !sig_caught()) {
		int key;

		if (dirty && !input_pending()) {
			app_draw(app);
			frame_drawn();
			dirty = false;
		}
		if (!dirty && !input_pending() && app_idle(app))
			continue;
		key = input_next(APP_POLL_MS);
		if (key == KEYS_EOF || sig_caught())
			break;              /* SIGHUP, SIGTERM: see
					       tui_main() */
		if (key == KEYS_TICK) {
			if (isms_poll(app->m)) {
				frame_begin(FRAME_IDLE, NULL);
				app_reload(app);
				dirty = true;
			}
			continue;
		}
		if (frame_logging()) {
			char name[32];

			keys_name(key, name, sizeof name);
			frame_begin(FRAME_KEY, name);
		}
		dirty = !app_frame(app, key);
	}
	frame_log_close();
	return input_failed() ? 2 : 0;
}
