/*
 * export.h - exports from the TUI: pick a format, confirm the file name,
 * write it through src/report/ (the same code as the export commands).
 */
#ifndef ISMS_UI_EXPORT_H
#define ISMS_UI_EXPORT_H

#include "isms/report/doc.h"
#include "isms/ui/app.h"

typedef enum isms_status (*export_fn)(struct isms *m, enum doc_format f,
                                      const char *path, char **warning,
                                      char **cause);

/* Ask for the format and the file (proposing STEM-DATE.EXT in the working
 * directory), then write what fn writes.  what names it in the title. */
void export_start(struct app *app, const char *what, const char *stem,
                  export_fn fn);

#endif
