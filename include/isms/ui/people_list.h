/*
 * people_list.h - the names a person field or prompt offers to pick: the
 * active people of the register, in its order.  Shared by the form's
 * person fields and the panes' "by whom" questions.
 */
#ifndef ISMS_UI_PEOPLE_LIST_H
#define ISMS_UI_PEOPLE_LIST_H

#include <stddef.h>

#include "isms/ui/app.h"

/* The first item of every person list: type a name or login instead. */
#define PEOPLE_LIST_TYPE "type a name or login"

/* The active people's names (newly allocated, people_list_free()) into
 * *names and *n; false, with the failure shown, when they cannot be
 * read. */
bool people_list(struct app *app, char ***names, size_t *n);

/* The picker's items: PEOPLE_LIST_TYPE, the n names, then last (when not
 * NULL); *sel is the item naming current (0 when none does).  The array
 * (not the strings) is newly allocated. */
const char **people_list_items(char **names, size_t n, const char *last,
                               const char *current, size_t *sel);

void people_list_free(char **names, size_t n);

#endif
