/*
 * soa_doc.h - the Statement of Applicability as the auditor receives it:
 * a document-control header (organisation, scope, framework, the approved
 * version and whether the SoA changed since, last change) and one row per
 * control in words with the risks linked to it (in a workbook, refs too
 * many for a cell on a sheet of their own), streamed by the writers of
 * doc.h.
 */
#ifndef ISMS_REPORT_SOA_DOC_H
#define ISMS_REPORT_SOA_DOC_H

#include "isms/model/isms.h"
#include "isms/model/soa.h"
#include "isms/report/doc.h"

/* The document-control header of the SoA export alone, into d (doc_done()
 * frees it). */
enum isms_status soa_doc_head(struct isms *m, struct doc *d, char **cause);

/* Build and export in one step: to path, or stdout when NULL; *warning
 * as doc_export() gives it. */
enum isms_status soa_export(struct isms *m, enum doc_format f,
                            const char *theme, const char *path,
                            char **warning, char **cause);
/* The same for the controls q selects, in its order, with selection (how
 * they were chosen, in words; NULL for every control) in the header. */
enum isms_status soa_export_view(struct isms *m, const struct soa_query *q,
                                 const char *selection, enum doc_format f,
                                 const char *path, char **warning,
                                 char **cause);

#endif
