/*
 * document_doc.h - the documented-information register as auditors
 * receive it: a document-control header, the documents with their
 * version, approval, review and retention, the required documents of the
 * catalog with the documents that satisfy them, and the changes between
 * two versions of the SoA or the treatment plan (doc.h).
 */
#ifndef ISMS_REPORT_DOCUMENT_DOC_H
#define ISMS_REPORT_DOCUMENT_DOC_H

#include "isms/model/isms.h"
#include "isms/model/version.h"
#include "isms/report/doc.h"

/* Export the register: to path, or stdout when NULL; *warning as
 * doc_export() gives it. */
enum isms_status document_export(struct isms *m, enum doc_format f,
                                 const char *path, char **warning,
                                 char **cause);

/* The changes from version v1 to v2 of s (version_diff(): 0 is the last
 * version, or the register as it stands) as a document into d
 * (doc_done() frees it). */
enum isms_status version_diff_doc(struct isms *m, const struct version_spec *s,
                                  int v1, int v2, struct doc *d,
                                  char **cause);

/* The "Version" and "Status" fields of the document-control header of
 * the export of s: "2, approved by NAME on DATE" and "approved" or
 * "draft, changed since version 2" ("draft, never approved"). */
enum isms_status version_doc_fields(struct isms *m,
                                    const struct version_spec *s,
                                    struct doc *d, char **cause);

#endif
