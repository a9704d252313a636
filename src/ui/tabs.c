/*
 * tabs.c - the registry of tabs expanded from TABS() in tabs.h, finding a
 * tab by its digit or its stable name, and the tab picker: the list modal
 * of prompt.h over every tab, which copies the lines it is given.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/ui/app.h"
#include "isms/ui/prompt.h"
#include "isms/ui/tabs.h"
#include "isms/util/xmalloc.h"

const struct tab tabs_all[TAB_COUNT] = {
#define TABS_ENTRY(id, name, label, key, group, ops) \
	{ name, label, key, group, &ops },
	TABS(TABS_ENTRY)
#undef TABS_ENTRY
};

int
tabs_by_key(int key)
{
	for (int i = 0; i < TAB_COUNT; i++)
		if (key != 0 && tabs_all[i].key == key)
			return i;
	return -1;
}

int
tabs_by_name(const char *name)
{
	for (int i = 0; i < TAB_COUNT; i++)
		if (strcmp(tabs_all[i].name, name) == 0)
			return i;
	return -1;
}

static void
tabs_picked(void *ctx, struct app *app, size_t index, const bool *marks)
{
	(void)ctx;
	(void)marks;
	app_switch(app, (enum tab_id)index);
}

/* "2 SoA (Plan)"; a tab without a digit is indented as if it had one. */
static char *
tabs_item(const struct tab *t)
{
	if (t->key == 0)
		return xasprintf("  %s (%s)", t->label, t->group);
	return xasprintf("%c %s (%s)", t->key, t->label, t->group);
}

void
tabs_pick(struct app *app)
{
	char *items[TAB_COUNT];

	for (int i = 0; i < TAB_COUNT; i++)
		items[i] = tabs_item(&tabs_all[i]);
	app_push(app, picker_new("Go to a tab", (const char *const *)items,
	    TAB_COUNT, (size_t)app->active, NULL, tabs_picked, NULL));
	for (int i = 0; i < TAB_COUNT; i++)
		free(items[i]);
}
