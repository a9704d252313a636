/*
 * app.h - the state of the full-screen interface shared by its parts:
 * the open ISMS, the panes behind the tabs of tabs.h, the stack of modal
 * views on top of them (forms, prompts, pickers, help), and the message
 * line.
 *
 * The app owns its panes and modals; a modal pushed with app_push() is
 * freed by the app when it finishes.  Panes are ops tables (tig's
 * view_ops), modals likewise.
 */
#ifndef ISMS_UI_APP_H
#define ISMS_UI_APP_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/model/isms.h"
#include "isms/ui/keymap.h"
#include "isms/ui/tabs.h"

struct app;
struct form;

/* What a pane does; its label, digit and group are in the registry. */
struct pane_ops {
	const struct keymap *keys;            /* the pane's own keys, or NULL */
	void *(*open)(struct app *app);
	void (*close)(void *pane);
	/* Re-read the data: another user changed it, or we saved. */
	void (*reload)(void *pane);
	void (*draw)(void *pane, int y, int h, int w);
	/* Carry out an action; false when the pane has no use for it. */
	bool (*handle)(void *pane, enum ui_action a);
	/* Rows shown and in all, and the active filter, for the status bar. */
	void (*status)(void *pane, char *buf, size_t size);
	/* True when the pane has a row under the cursor. */
	bool (*has_row)(void *pane);
	/* Put the cursor on record key (a control id, a risk ref), clearing
	 * what hides it; NULL for panes without named records. */
	void (*show)(void *pane, const char *key);
	/* Open the detail form of record key on top, as Enter on its row
	 * does, and return it; NULL (with a message set) when there is no
	 * such record.  Drafts are restored through it. */
	struct form *(*form)(void *pane, const char *key);
	/* The record under the cursor as the history names it: its entity
	 * (static) and its key into key; false when there is none.  NULL
	 * for panes whose rows are no records (H then says so). */
	bool (*record)(void *pane, const char **entity, char *key,
	               size_t size);
	/* Some of the work put off until no key waits (a count, a
	 * position); true when it did some and the pane should be drawn
	 * again.  May be NULL. */
	bool (*idle)(void *pane);
};

struct modal;
struct modal_ops {
	const struct keymap *keys;            /* for help and hints, or NULL */
	void (*draw)(struct modal *md, struct app *app);
	/* Handle a key; true when the modal is done (the app frees it). */
	bool (*key)(struct modal *md, struct app *app, int key);
	void (*free)(struct modal *md);
	/* Another user changed the data (may be NULL). */
	void (*reload)(struct modal *md, struct app *app);
};

struct modal {
	const struct modal_ops *ops;
	bool done;                    /* set to close it from a callback */
};

#define APP_MODALS 8

struct app {
	struct isms *m;
	char *db_name;                        /* for the status bar */
	const char *user;
	char *readonly_why;                   /* NULL when writable */
	void *panes[TAB_COUNT];               /* by tab; NULL until shown */
	enum tab_id active;
	struct modal *modals[APP_MODALS];
	int n_modals;
	char message[512];
	bool message_error;
	bool quit;
	bool repaint;                         /* ^L: redraw everything */
	int cursor_y, cursor_x;               /* where to park the cursor */
	bool cursor_show;                     /* visible: a text field has it */
};

/* Set the message line (printf-style); an error is shown as one. */
void app_message(struct app *app, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void app_error(struct app *app, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Show cause as an error and free it. */
void app_fail(struct app *app, char *cause);

/* True when edits are allowed; otherwise says why on the message line. */
bool app_writable(struct app *app);

/* Put a modal on top; the app owns it from now on. */
void app_push(struct app *app, struct modal *md);

/* Switch to tab t (the pane is opened when first drawn). */
void app_switch(struct app *app, enum tab_id t);

/* Switch to tab t and show its record key (pane_ops.show); nothing when
 * its pane has no named records. */
void app_jump(struct app *app, enum tab_id t, const char *key);

/* Switch to tab t and open the form of its record key (pane_ops.form);
 * NULL with a message set when that cannot be done. */
struct form *app_open_form(struct app *app, enum tab_id t, const char *key);

/* The text area the panes and modals draw in: rows top..top+h-1. */
void app_body(int *top, int *h);

/* Re-read every pane and modal (after an external change or a save). */
void app_reload(struct app *app);

/* Park the terminal cursor (for screen readers) at the selected row. */
void app_park(struct app *app, int y, int x);

/* Run the interface until the user quits; returns the exit status. */
int app_run(struct app *app);

#endif
