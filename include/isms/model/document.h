/*
 * document.h - the documented-information register (7.5): documents and
 * record series (reg_document in reg.h: list, show, add, set, rm through
 * reg.h with a struct rec_patch of rec_document's fields), and what is
 * special about them: approval by someone other than the owner (or a
 * recorded exception) that turns stale when the version or the file's
 * hash changes, reviews without change, hashes of the files, retention
 * and disposal, links, and which required documents of the catalog are
 * missing.
 *
 * Rows are read with their derived fields (next review, disposal date,
 * staleness, flags in words) filled in as of today.
 */
#ifndef ISMS_MODEL_DOCUMENT_H
#define ISMS_MODEL_DOCUMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/model/isms.h"
#include "isms/rec/document.h"

/*
 * Approve document key as version (NULL: its version as it stands), by
 * the person by (NULL: its approver), with a change summary (may be
 * NULL) and, when the approver owns it, the exception that allows it.
 * Keeps a version row; the approval counts as a review.  Refused for an
 * approval already current, a retired or disposed document, and an
 * approver who is the owner (by the people rule) without an exception.
 */
enum isms_status document_approve(struct isms *m, const char *key,
                                  const char *by, const char *version,
                                  const char *summary,
                                  const char *exception, char **cause);

/* Record a review without change by by (NULL: the user's own name):
 * the next review moves on from today, the version stays; kept as a
 * version row of kind review.  A document (not a record series) must be
 * approved to be reviewed. */
enum isms_status document_review(struct isms *m, const char *key,
                                 const char *by, const char *note,
                                 char **cause);

/* Record the SHA-256 of the file at path as the document's; its hash in
 * hex into hex. */
enum isms_status document_hash(struct isms *m, const char *key,
                               const char *path, char hex[65], char **cause);

/* Compare the file at path with the hash recorded: ISMS_OK when it is
 * the same, ISMS_NEGATIVE (saying both) when not, ISMS_INVALID when no
 * hash is recorded. */
enum isms_status document_verify(struct isms *m, const char *key,
                                 const char *path, char **cause);

/* Dispose of document key by method: refused before its disposal date
 * (and with no disposal date) unless force, which needs a reason the
 * history keeps; the row stays as the tombstone (hash, who, when, how). */
enum isms_status document_dispose(struct isms *m, const char *key,
                                  const char *method, bool force,
                                  const char *reason, char **cause);

/* What a document links to: n[k] ids of each kind k. */
enum doc_link_kind { DOC_LINK_REQUIRED, DOC_LINK_CLAUSE, DOC_LINK_CONTROL,
                     DOC_LINK_RISK, DOC_LINK_KINDS };
struct doc_links {
	const char *const *ids[DOC_LINK_KINDS];
	size_t n[DOC_LINK_KINDS];
};

/* Link (or with remove, unlink) document key to required documents (D-05),
 * clauses, controls and risks, each checked to exist; one change. */
enum isms_status document_link(struct isms *m, const char *key,
                               const struct doc_links *l, bool remove,
                               char **cause);

/* The versions approvals and reviews of document key kept, oldest first;
 * release with rec_free(&rec_docver, ...). */
enum isms_status document_versions(struct isms *m, const char *key,
                                   struct docver_row **rows, size_t *n,
                                   char **cause);

/*
 * The required documents of the catalog, each with its status: a clause's
 * is required; a control's is required while the control is applicable,
 * "pending SoA decision" while it is undecided and not required when it
 * is excluded.  A required document is present when a document linked to
 * it is approved (and the approval not stale), a required record when a
 * record linked to it has a version or review within its review interval.
 * ref NULL gives every one; otherwise those of clause or control ref and
 * of its subclauses.  Release with required_rows_free().
 */
enum isms_status required_list(struct isms *m, const char *ref,
                               struct required_row **rows, size_t *n,
                               char **cause);

/* One line for r as forms and show say it: "D-05 6.1.3 d Statement of
 * Applicability: DOC-002", "D-08 7.2 d Evidence of competence (record):
 * missing", "...: pending SoA decision"; newly allocated. */
char *required_line(const struct required_row *r);

/* The required documents that are missing (with pending, also those
 * pending a SoA decision), in catalog order. */
enum isms_status required_missing(struct isms *m, bool pending,
                                  struct required_row **rows, size_t *n,
                                  char **cause);

/* The document that satisfies the required document of requirement (and
 * item, may be NULL) - the SoA's is 6.1.3 d - into out (zeroed by the
 * caller): the first linked one that is neither retired nor disposed.
 * ISMS_NOT_FOUND (no message) when none is. */
enum isms_status document_for_required(struct isms *m,
                                       const char *requirement,
                                       const char *item,
                                       struct document_row *out,
                                       char **cause);

#endif
