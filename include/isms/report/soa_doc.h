/*
 * soa_doc.h - the Statement of Applicability as the auditor receives it:
 * a document-control header (organisation, scope, framework, SoA revision
 * from the history, last change) and one row per control in words with
 * the risks linked to it (in a workbook, refs too many for a cell on a
 * sheet of their own), streamed by the writers of doc.h.
 */
#ifndef ISMS_REPORT_SOA_DOC_H
#define ISMS_REPORT_SOA_DOC_H

#include "isms/model/isms.h"
#include "isms/report/doc.h"

/* Build and export in one step: to path, or stdout when NULL; *warning
 * as doc_export() gives it. */
enum isms_status soa_export(struct isms *m, enum doc_format f,
                            const char *theme, const char *path,
                            char **warning, char **cause);

#endif
