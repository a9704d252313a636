/*
 * people_list.c - the names a person field or prompt offers to pick,
 * read from the people register through the model.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/reg.h"
#include "isms/rec/person.h"
#include "isms/ui/people_list.h"
#include "isms/util/xmalloc.h"

bool
people_list(struct app *app, char ***names, size_t *n)
{
	struct person_row *rows = NULL;
	char *cause = NULL;
	size_t all = 0;

	*names = NULL;
	*n = 0;
	if (reg_list(app->m, &reg_person, NULL, (void **)&rows, &all,
	    &cause) != ISMS_OK) {
		app_fail(app, cause);
		return false;
	}
	*names = xcalloc(all + 1, sizeof **names);
	for (size_t i = 0; i < all; i++)
		if (rows[i].active)
			(*names)[(*n)++] = xstrdup(rows[i].name);
	rec_free(&rec_person, rows, all);
	return true;
}

const char **
people_list_items(char **names, size_t n, const char *last,
                  const char *current, size_t *sel)
{
	const char **items = xcalloc(n + 2, sizeof *items);

	*sel = 0;
	items[0] = PEOPLE_LIST_TYPE;
	for (size_t i = 0; i < n; i++) {
		items[i + 1] = names[i];
		if (current != NULL && strcmp(current, names[i]) == 0)
			*sel = i + 1;
	}
	if (last != NULL)
		items[n + 1] = last;
	return items;
}

void
people_list_free(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}
