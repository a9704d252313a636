/*
 * export.h - exporting the Statement of Applicability from the TUI: pick
 * a format, confirm the file name, write it through src/report/.
 */
#ifndef ISMS_UI_EXPORT_H
#define ISMS_UI_EXPORT_H

#include "isms/ui/app.h"

/* Ask for the format and file, then write the export. */
void export_soa_start(struct app *app);

#endif
