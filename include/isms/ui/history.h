/*
 * history.h - the change history in the full-screen interface: the
 * History tab (pane_history_ops in tabs.h: every change of the file,
 * newest first, filtered by record, login, day or text) and the history
 * of one record, which H shows from any table or form.
 */
#ifndef ISMS_UI_HISTORY_H
#define ISMS_UI_HISTORY_H

#include "isms/ui/app.h"

/* The changes of record key of entity ("risk", "R-001"), newest first,
 * as a text to read (textview.h) for app_push(); NULL, with the message
 * set, when the history cannot be read. */
struct modal *history_record_view(struct app *app, const char *entity,
                                  const char *key);

#endif
