/*
 * soa_doc.h - the Statement of Applicability as the auditor receives it:
 * a document-control header and one row per control, gathered once from
 * the model and written by one file per format (soa_doc_csv.c, ..._md.c,
 * ..._html.c, ..._xlsx.c).
 *
 * soa_export() is the one entry point for the command line and the TUI.
 * It writes a file through a temporary one in the same directory that is
 * renamed into place only when everything was written, so a full disk or
 * an error never leaves a half-written export.
 */
#ifndef ISMS_REPORT_SOA_DOC_H
#define ISMS_REPORT_SOA_DOC_H

#include <stddef.h>
#include <stdio.h>

#include "isms/model/isms.h"

enum soa_format { SOA_FORMAT_CSV, SOA_FORMAT_MD, SOA_FORMAT_HTML,
                  SOA_FORMAT_XLSX, SOA_FORMAT_COUNT };

/* "csv", "md", "html", "xlsx" */
extern const char *const soa_format_names[SOA_FORMAT_COUNT];

#define SOA_DOC_COLS 12
/* Column titles: Control, Title, Theme, Applicable, ..., Last review. */
extern const char *const soa_doc_headers[SOA_DOC_COLS];

/* Document-control fields as label/value pairs. */
#define SOA_DOC_FIELDS 8

struct soa_doc {
	const char *labels[SOA_DOC_FIELDS];
	char *values[SOA_DOC_FIELDS];         /* owned */
	struct soa_row *rows;                 /* owned, catalog order */
	size_t n;
	char **cells;                         /* n * SOA_DOC_COLS, owned */
};

/* The format named s; ISMS_USAGE naming the choices otherwise. */
enum isms_status soa_format_parse(const char *s, enum soa_format *out,
                                  char **cause);

/* Gather the SoA of m (theme NULL for all) into doc. */
enum isms_status soa_doc_load(struct isms *m, const char *theme,
                              struct soa_doc *doc, char **cause);
void soa_doc_done(struct soa_doc *doc);

/* Cell col of row i as people read it (labels, "LR CO RA"). */
const char *soa_doc_cell(const struct soa_doc *doc, size_t i, size_t col);

/* The writers: 0, or -1 when the stream reports an error. */
int soa_doc_csv(FILE *out, const struct soa_doc *doc);
int soa_doc_md(FILE *out, const struct soa_doc *doc);
int soa_doc_html(FILE *out, const struct soa_doc *doc);
/* xlsx needs a file of its own; ISMS_IO with *cause on failure. */
enum isms_status soa_doc_xlsx(const char *path, const struct soa_doc *doc,
                              char **cause);

/* Export the SoA of m in format f to path, or to stdout when path is NULL
 * (refused for xlsx).  ISMS_IO with *cause naming the file on failure;
 * the file is then left as it was. */
enum isms_status soa_export(struct isms *m, enum soa_format f,
                            const char *theme, const char *path,
                            char **cause);

#endif
