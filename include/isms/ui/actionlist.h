/*
 * actionlist.h - the treatment actions of one risk, from its form (T):
 * listed with what, control, owner, due date, status and whether overdue;
 * Enter opens an action's form, a adds one, d deletes one (asking), H
 * shows its history.
 */
#ifndef ISMS_UI_ACTIONLIST_H
#define ISMS_UI_ACTIONLIST_H

#include "isms/ui/app.h"

/* Push the actions of risk ref onto app; a message when they cannot be
 * read. */
void actionlist_open(struct app *app, const char *ref);

#endif
