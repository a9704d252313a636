/*
 * filtermenu.h - the menu behind a pane's F key: typed entries, each the
 * line shown in the picker with the dimension and the value it stands
 * for, so the pane gets the picked entry back and never parses the line.
 *
 * Embedded in the pane: filtermenu_init() before use, filtermenu_done()
 * to free.  The menu owns its entries (strings copied in); the entry
 * handed to the callback stays the menu's.
 */
#ifndef ISMS_UI_FILTERMENU_H
#define ISMS_UI_FILTERMENU_H

#include <stddef.h>

struct app;

struct filtermenu_entry {
	char *label;                  /* shown: "theme: Organizational" */
	int dim;                      /* the pane's own dimension enum */
	char *value;                  /* NULL when dim needs none */
};

typedef void (*filtermenu_fn)(void *ctx, struct app *app,
                              const struct filtermenu_entry *e);

struct filtermenu {
	struct filtermenu_entry *entries;
	size_t n;
	filtermenu_fn done;           /* of the open picker */
	void *ctx;
};

void filtermenu_init(struct filtermenu *m);
void filtermenu_done(struct filtermenu *m);
/* Drop every entry, to fill the menu afresh. */
void filtermenu_reset(struct filtermenu *m);

/* An entry shown as label, for dim without a value ("review overdue"). */
void filtermenu_add(struct filtermenu *m, const char *label, int dim);

/* An entry for dim with value, shown as "name: value". */
void filtermenu_add_value(struct filtermenu *m, const char *name, int dim,
                          const char *value);

/* Push a picker titled title over the entries, the first under the
 * cursor; Enter calls done(ctx, app, the entry picked), Esc nothing.
 * The entries must stay as they are while the picker is open. */
void filtermenu_open(struct filtermenu *m, struct app *app,
                     const char *title, filtermenu_fn done, void *ctx);

#endif
