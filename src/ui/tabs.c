/*
 * tabs.c - the registry of tabs expanded from TABS() in tabs.h, and
 * finding a tab by its digit or its stable name.
 */
#include <string.h>

#include "isms/ui/tabs.h"

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
