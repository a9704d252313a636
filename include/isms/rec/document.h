/*
 * document.h - the documented-information register (7.5): a document or
 * record series with its version, approval, review and retention; the
 * versions an approval or a review keeps; the state of each required
 * document of the catalog (whether a document satisfies it); and their
 * descriptors.
 *
 * Rows own their strings: rec_done() / rec_free() with the descriptor,
 * or the *_done() and *_free() helpers below.
 */
#ifndef ISMS_REC_DOCUMENT_H
#define ISMS_REC_DOCUMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/rec/rec.h"

struct document_row {
	int64_t id;
	char *ref;                    /* "DOC-001", never reused */
	char *title, *kind, *type, *owner, *approver, *classification;
	char *audience, *location;
	char *sha256;                 /* of the file, as last recorded */
	char *version;                /* major.minor, from 1.0 */
	char *status;                 /* draft in-review approved retired */
	char *approved_by, *approved_on, *approved_version, *approved_sha256;
	bool stale;                   /* approved, but version or hash moved */
	char *exception;              /* why one person may own and approve */
	char *effective_on;
	int review_months;
	char *reviewed_on;            /* last approval or review */
	char *next_review;            /* derived: reviewed_on + interval */
	char *retention;              /* months, "permanent" or "" */
	char *retention_from;         /* created superseded closed */
	char *created_on, *superseded_on, *closed_on;
	char *dispose_after;          /* derived from retention */
	char *disposed_on, *disposed_by, *disposal_method;
	char *satisfies;              /* "D-01,D-05": required documents */
	char *links;                  /* "6.1.2,A.5.1,R-001" */
	char *flags;                  /* "review due, approval stale" */
	char *notes;
	int64_t rev;
	char *updated_at, *updated_by;
};

/* Field indexes of rec_document. */
enum {
	DOC_REF, DOC_TITLE, DOC_KIND, DOC_TYPE, DOC_OWNER, DOC_APPROVER,
	DOC_CLASSIFICATION, DOC_AUDIENCE, DOC_LOCATION, DOC_SHA256,
	DOC_VERSION, DOC_STATUS, DOC_APPROVED_BY, DOC_APPROVED_ON,
	DOC_APPROVED_VERSION, DOC_APPROVED_SHA256, DOC_STALE, DOC_EXCEPTION,
	DOC_EFFECTIVE, DOC_REVIEW_MONTHS, DOC_REVIEWED, DOC_NEXT_REVIEW,
	DOC_RETENTION, DOC_RETENTION_FROM, DOC_CREATED, DOC_SUPERSEDED,
	DOC_CLOSED, DOC_DISPOSE_AFTER, DOC_DISPOSED_ON, DOC_DISPOSED_BY,
	DOC_DISPOSAL_METHOD, DOC_SATISFIES, DOC_LINKS, DOC_FLAGS, DOC_NOTES,
	DOC_FIELDS
};

extern const struct rec_desc rec_document;

/* What an approval or a review of a document keeps. */
struct docver_row {
	int64_t id;
	char *document;               /* "DOC-001" */
	char *kind;                   /* approval, review */
	char *version, *on_date, *summary, *sha256, *approver;
	char *owner;                  /* the owner then */
	int review_months;            /* the interval then */
	int64_t rev;                  /* always 1: versions are kept as is */
	char *updated_at, *updated_by;
};

enum {
	DOCVER_DOCUMENT, DOCVER_KIND, DOCVER_VERSION, DOCVER_ON,
	DOCVER_SUMMARY, DOCVER_SHA256, DOCVER_APPROVER, DOCVER_OWNER,
	DOCVER_REVIEW_MONTHS, DOCVER_FIELDS
};

extern const struct rec_desc rec_docver;

/* A required document of the catalog (D-05, the SoA of 6.1.3 d) and
 * whether the register has what it asks for. */
struct required_row {
	int64_t id;                   /* its place in the catalog's list */
	char *ref;                    /* "D-05" */
	char *requirement;            /* "6.1.3", "A.5.9" */
	char *item;                   /* "d", or NULL */
	char *kind;                   /* document record control-document
	                               * control-record */
	char *name;
	char *applicable;             /* the control's: yes no undecided;
	                               * NULL for a clause's */
	char *status;                 /* vocab_required_status */
	char *documents;              /* "DOC-002" or "DOC-002 (approval
	                               * stale)": what is linked to it */
	int64_t rev;
	char *updated_at, *updated_by;
};

enum {
	REQ_REF, REQ_REQUIREMENT, REQ_ITEM, REQ_KIND, REQ_NAME, REQ_APPLICABLE,
	REQ_STATUS, REQ_DOCUMENTS, REQ_FIELDS
};

extern const struct rec_desc rec_required;

void document_row_done(struct document_row *row);
void document_rows_free(struct document_row *rows, size_t n);
void required_rows_free(struct required_row *rows, size_t n);

#endif
