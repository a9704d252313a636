/*
 * store_document.h - the documented-information register, its links and
 * versions, and the required documents of the catalog (store_document.c).
 * Seen only by src/db/ and src/model/.
 */
#ifndef ISMS_DB_STORE_DOCUMENT_H
#define ISMS_DB_STORE_DOCUMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/db/db.h"
#include "isms/db/row.h"
#include "isms/rec/document.h"

/* Every document (text NULL) or those whose text fields contain text, by
 * reference.  The fields the model derives are left empty. */
enum isms_status store_document_list(struct db *db, const char *text,
                                     struct document_row **rows, size_t *n,
                                     char **cause);
/* One document by reference (any case) or number; ISMS_NOT_FOUND naming
 * it when there is none. */
enum isms_status store_document_get(struct db *db, const char *key,
                                    struct document_row *out, char **cause);
/* Insert with the title, created on created_on, under the next reference
 * never used before (*ref, caller frees); the other fields follow
 * through row_fill(). */
enum isms_status store_document_insert(struct db *db, const char *title,
                                       const char *created_on,
                                       const struct row_author *author,
                                       int64_t *id, char **ref,
                                       char **cause);
/* Delete document id with its links and versions, recording each. */
enum isms_status store_document_delete(struct db *db, int64_t id,
                                       const char *ref,
                                       const struct row_author *author,
                                       char **cause);

/* Link (add) or unlink document id to target of kind ("required",
 * "clause", "control", "risk"), recorded under field kind; linking what
 * is linked, or unlinking what is not, changes nothing. */
enum isms_status store_document_link(struct db *db, int64_t id,
                                     const char *ref, const char *kind,
                                     const char *target, bool add,
                                     const struct row_author *author,
                                     char **cause);

/* The pairs (required document id, document id) of every "required"
 * link: *targets and *ids hold n of each (caller frees). */
enum isms_status store_document_required(struct db *db, char ***targets,
                                         int64_t **ids, size_t *n,
                                         char **cause);

/* Keep a version of document id as v describes it (v->document is
 * ignored), recorded in history under ref. */
enum isms_status store_docver_insert(struct db *db, int64_t id,
                                     const char *ref,
                                     const struct docver_row *v,
                                     const struct row_author *author,
                                     char **cause);
/* The versions of document id, oldest first. */
enum isms_status store_docver_list(struct db *db, int64_t id,
                                   struct docver_row **rows, size_t *n,
                                   char **cause);

/* The required documents of the ISMS's list in catalog order, with the
 * applicability of their control (NULL for a clause's); status and
 * documents are the model's to fill. */
enum isms_status store_required_list(struct db *db, struct required_row **rows,
                                     size_t *n, char **cause);

#endif
