/*
 * filtermenu.c - typed filter menus: entries built by the pane, shown
 * through the picker of prompt.h, the picked one handed back as it was
 * built (see filtermenu.h).
 */
#include <stdlib.h>

#include "isms/ui/filtermenu.h"
#include "isms/ui/prompt.h"
#include "isms/util/xmalloc.h"

void
filtermenu_init(struct filtermenu *m)
{
	m->entries = NULL;
	m->n = 0;
	m->done = NULL;
	m->ctx = NULL;
}

void
filtermenu_reset(struct filtermenu *m)
{
	for (size_t i = 0; i < m->n; i++) {
		free(m->entries[i].label);
		free(m->entries[i].value);
	}
	free(m->entries);
	m->entries = NULL;
	m->n = 0;
}

void
filtermenu_done(struct filtermenu *m)
{
	filtermenu_reset(m);
}

/* Append an entry, taking label. */
static void
filtermenu_push(struct filtermenu *m, char *label, int dim,
                const char *value)
{
	struct filtermenu_entry *e;

	m->entries = xreallocarray(m->entries, m->n + 1, sizeof *m->entries);
	e = &m->entries[m->n++];
	e->label = label;
	e->dim = dim;
	e->value = value != NULL ? xstrdup(value) : NULL;
}

void
filtermenu_add(struct filtermenu *m, const char *label, int dim)
{
	filtermenu_push(m, xstrdup(label), dim, NULL);
}

void
filtermenu_add_value(struct filtermenu *m, const char *name, int dim,
                     const char *value)
{
	filtermenu_push(m, xasprintf("%s: %s", name, value), dim, value);
}

static void
filtermenu_picked(void *ctx, struct app *app, size_t index,
                  const bool *marks)
{
	struct filtermenu *m = ctx;

	(void)marks;
	if (index < m->n && m->done != NULL)
		m->done(m->ctx, app, &m->entries[index]);
}

void
filtermenu_open(struct filtermenu *m, struct app *app, const char *title,
                filtermenu_fn done, void *ctx)
{
	const char **items = xcalloc(m->n > 0 ? m->n : 1, sizeof *items);

	for (size_t i = 0; i < m->n; i++)
		items[i] = m->entries[i].label;
	m->done = done;
	m->ctx = ctx;
	app_push(app, picker_new(title, items, m->n, 0, NULL,
	    filtermenu_picked, m));
	free(items);
}
