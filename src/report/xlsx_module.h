/*
 * xlsx_module.h - the xlsx writer as a module of its own: doc_xlsx.c is
 * built into xlsx.so (installed in $(pkglibdir), and left in the build
 * tree for the isms and the tests run from there), which xlsx_load.c
 * opens at the first workbook written.  So libxlsxwriter, and the zip and
 * crypto libraries it needs, are loaded by the runs that write a
 * workbook, not by every run of isms.  The module takes what it calls of
 * isms (buffers, escapes, errors, a sheet's rows) from the program that
 * loads it, which exports those symbols (xlsx.dynlist); it gives one
 * symbol, xlsx_module.  Private to src/report.
 */
#ifndef ISMS_REPORT_XLSX_MODULE_H
#define ISMS_REPORT_XLSX_MODULE_H

#include <stddef.h>

#include "isms/report/doc.h"

/* The module's file name, in $(pkglibdir) or the build tree. */
#define XLSX_MODULE_FILE "xlsx.so"

/* What the module gives.  A module of another isms (another version or
 * other structures) is refused, never called. */
struct xlsx_module {
	const char *version;          /* PACKAGE_VERSION it was built as */
	size_t doc_size;              /* sizeof(struct doc) it knows */
	size_t sheet_size;            /* sizeof(struct doc_sheet) */
	enum isms_status (*write)(const char *path, const char *name,
	                          const struct doc *d, char **warning,
	                          char **cause);
};

extern const struct xlsx_module xlsx_module;

/* The module at path, opened and checked: *out, or ISMS_IO with *cause
 * naming name, why, and what to do.  doc_xlsx() loads the one of its
 * build tree or installation, once; the tests load others. */
enum isms_status xlsx_module_load(const char *path, const char *name,
                                  const struct xlsx_module **out,
                                  char **cause);

#endif
