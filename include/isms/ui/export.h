/*
 * export.h - exports from the TUI: pick a format, confirm the file name,
 * write what the pane shows through src/report/ (the same code as the
 * export commands).
 */
#ifndef ISMS_UI_EXPORT_H
#define ISMS_UI_EXPORT_H

#include "isms/report/doc.h"
#include "isms/ui/app.h"

/* Write what pane shows now (its filters apply) in format f to path. */
typedef enum isms_status (*export_fn)(void *pane, struct isms *m,
                                      enum doc_format f, const char *path,
                                      char **warning, char **cause);

/* Ask for the format and the file (proposing STEM-DATE.EXT in the working
 * directory; "~/" is the home directory), ask again before writing over a
 * file or under a name whose extension names another format, then write
 * what fn writes for pane.  what names it in the title. */
void export_start(struct app *app, const char *what, const char *stem,
                  export_fn fn, void *pane);

#endif
