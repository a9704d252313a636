/*
 * document.c - the descriptors of the documented-information register,
 * of the versions its approvals and reviews keep, and of the required
 * documents of the catalog with their state.
 */
#include "isms/rec/document.h"
#include "isms/rec/vocab.h"

#define F(member, name, label, kind, flags, vocab, option, head, width) \
	REC_FIELD(struct document_row, member, name, label, kind, flags, \
	    vocab, option, head, width)

enum { FIX = REC_FIXED, DER = REC_DERIVED, REQ = REC_REQUIRED };

static const struct rec_field document_fields[DOC_FIELDS] = {
	[DOC_REF] = F(ref, "ref", "Document", REC_LINE, FIX | REC_KEY, NULL,
	    NULL, "ID", 7),
	[DOC_TITLE] = F(title, "title", "Title", REC_LINE, REQ, NULL, "title",
	    "TITLE", 30),
	[DOC_KIND] = F(kind, "kind", "Kind", REC_TERM, REQ,
	    &vocab_document_kind, "kind", "KIND", 8),
	[DOC_TYPE] = F(type, "type", "Type", REC_TERM, REQ,
	    &vocab_document_type, "type", "TYPE", 12),
	[DOC_OWNER] = F(owner, "owner", "Owner", REC_PERSON, 0, NULL, "owner",
	    "OWNER", 14),
	[DOC_APPROVER] = F(approver, "approver", "Approver", REC_PERSON, 0,
	    NULL, "approver", NULL, 14),
	[DOC_CLASSIFICATION] = F(classification, "classification",
	    "Classification", REC_LINE, 0, NULL, "classification", NULL, 12),
	[DOC_AUDIENCE] = F(audience, "audience", "Audience", REC_LINE, 0, NULL,
	    "audience", NULL, 16),
	[DOC_LOCATION] = F(location, "location", "Location", REC_LINE, 0,
	    NULL, "location", NULL, 30),
	[DOC_SHA256] = F(sha256, "sha256", "SHA-256", REC_LINE, FIX, NULL,
	    NULL, NULL, 64),
	[DOC_VERSION] = F(version, "version", "Version", REC_LINE, 0, NULL,
	    "version", "VERSION", 7),
	[DOC_STATUS] = F(status, "status", "Status", REC_TERM, REQ,
	    &vocab_document_status, "status", "STATUS", 9),
	[DOC_APPROVED_BY] = F(approved_by, "approved_by", "Approved by",
	    REC_PERSON, FIX, NULL, NULL, NULL, 14),
	[DOC_APPROVED_ON] = F(approved_on, "approved_on", "Approved on",
	    REC_DATE, FIX, NULL, NULL, NULL, 10),
	[DOC_APPROVED_VERSION] = F(approved_version, "approved_version",
	    "Approved version", REC_LINE, FIX, NULL, NULL, NULL, 7),
	[DOC_APPROVED_SHA256] = F(approved_sha256, "approved_sha256",
	    "Approved SHA-256", REC_LINE, FIX, NULL, NULL, NULL, 64),
	[DOC_STALE] = F(stale, "stale", "Approval stale", REC_FLAG, DER, NULL,
	    NULL, NULL, 3),
	[DOC_EXCEPTION] = F(exception, "exception", "Approval exception",
	    REC_TEXT, 0, NULL, "exception", NULL, 30),
	[DOC_EFFECTIVE] = F(effective_on, "effective_on", "Effective from",
	    REC_DATE, 0, NULL, "effective", NULL, 10),
	[DOC_REVIEW_MONTHS] = F(review_months, "review_months",
	    "Review interval (months)", REC_NUMBER, REQ, NULL,
	    "review-months", NULL, 3),
	[DOC_REVIEWED] = F(reviewed_on, "reviewed_on", "Last reviewed",
	    REC_DATE, FIX, NULL, NULL, NULL, 10),
	[DOC_NEXT_REVIEW] = F(next_review, "next_review", "Next review",
	    REC_DATE, DER, NULL, NULL, "NEXT REVIEW", 10),
	[DOC_RETENTION] = F(retention, "retention", "Retention", REC_LINE, 0,
	    NULL, "retention", NULL, 10),
	[DOC_RETENTION_FROM] = F(retention_from, "retention_from",
	    "Retention counted from", REC_TERM, REQ, &vocab_retention_from,
	    "retention-from", NULL, 10),
	[DOC_CREATED] = F(created_on, "created_on", "Created on", REC_DATE,
	    FIX, NULL, NULL, NULL, 10),
	[DOC_SUPERSEDED] = F(superseded_on, "superseded_on", "Superseded on",
	    REC_DATE, 0, NULL, "superseded", NULL, 10),
	[DOC_CLOSED] = F(closed_on, "closed_on", "Closed on", REC_DATE, 0,
	    NULL, "closed", NULL, 10),
	[DOC_DISPOSE_AFTER] = F(dispose_after, "dispose_after",
	    "Dispose after", REC_DATE, DER, NULL, NULL, NULL, 10),
	[DOC_DISPOSED_ON] = F(disposed_on, "disposed_on", "Disposed on",
	    REC_DATE, FIX, NULL, NULL, NULL, 10),
	[DOC_DISPOSED_BY] = F(disposed_by, "disposed_by", "Disposed by",
	    REC_PERSON, FIX, NULL, NULL, NULL, 14),
	[DOC_DISPOSAL_METHOD] = F(disposal_method, "disposal_method",
	    "Disposal method", REC_LINE, FIX, NULL, NULL, NULL, 20),
	[DOC_SATISFIES] = F(satisfies, "satisfies", "Satisfies", REC_LINE,
	    DER, NULL, NULL, NULL, 12),
	[DOC_LINKS] = F(links, "links", "Links", REC_LINE, DER, NULL, NULL,
	    NULL, 20),
	[DOC_FLAGS] = F(flags, "flags", "Flags", REC_LINE, DER, NULL, NULL,
	    "FLAGS", 16),
	[DOC_NOTES] = F(notes, "notes", "Notes", REC_TEXT, 0, NULL, "notes",
	    NULL, 30),
};

const struct rec_desc rec_document = {
	"document", "document", "document", sizeof(struct document_row),
	offsetof(struct document_row, id), offsetof(struct document_row, rev),
	offsetof(struct document_row, updated_at),
	offsetof(struct document_row, updated_by),
	document_fields, DOC_FIELDS,
};

#undef F
#define F(member, name, label, kind, flags, vocab, option, head, width) \
	REC_FIELD(struct docver_row, member, name, label, kind, flags, \
	    vocab, option, head, width)

static const struct rec_field docver_fields[DOCVER_FIELDS] = {
	[DOCVER_DOCUMENT] = F(document, "document", "Document", REC_LINE, DER,
	    NULL, NULL, NULL, 8),
	[DOCVER_KIND] = F(kind, "kind", "Kind", REC_LINE, 0, NULL, NULL,
	    "KIND", 8),
	[DOCVER_VERSION] = F(version, "version", "Version", REC_LINE, 0, NULL,
	    NULL, "VERSION", 7),
	[DOCVER_ON] = F(on_date, "on_date", "Date", REC_DATE, 0, NULL, NULL,
	    "DATE", 10),
	[DOCVER_SUMMARY] = F(summary, "summary", "Change summary", REC_LINE, 0,
	    NULL, NULL, "SUMMARY", 30),
	[DOCVER_SHA256] = F(sha256, "sha256", "SHA-256", REC_LINE, 0, NULL,
	    NULL, NULL, 64),
	[DOCVER_APPROVER] = F(approver, "approver", "Approved by",
	    REC_PERSON, 0, NULL, NULL, "BY", 14),
	[DOCVER_OWNER] = F(owner, "owner", "Owner then", REC_PERSON, 0, NULL,
	    NULL, NULL, 14),
	[DOCVER_REVIEW_MONTHS] = F(review_months, "review_months",
	    "Review interval then", REC_NUMBER, 0, NULL, NULL, NULL, 3),
};

const struct rec_desc rec_docver = {
	"document", "document_version", "document version",
	sizeof(struct docver_row), offsetof(struct docver_row, id),
	offsetof(struct docver_row, rev),
	offsetof(struct docver_row, updated_at),
	offsetof(struct docver_row, updated_by),
	docver_fields, DOCVER_FIELDS,
};

#undef F
#define F(member, name, label, kind, flags, vocab, option, head, width) \
	REC_FIELD(struct required_row, member, name, label, kind, flags, \
	    vocab, option, head, width)

static const struct rec_field required_fields[REQ_FIELDS] = {
	[REQ_REF] = F(ref, "id", "Required document", REC_LINE, REC_KEY, NULL,
	    NULL, "ID", 5),
	[REQ_REQUIREMENT] = F(requirement, "requirement", "Clause or control",
	    REC_LINE, 0, NULL, NULL, "FOR", 7),
	[REQ_ITEM] = F(item, "item", "Item", REC_LINE, 0, NULL, NULL, NULL, 3),
	[REQ_KIND] = F(kind, "kind", "Kind", REC_LINE, 0, NULL, NULL, "KIND",
	    16),
	[REQ_NAME] = F(name, "name", "Name", REC_LINE, 0, NULL, NULL, "NAME",
	    40),
	[REQ_APPLICABLE] = F(applicable, "applicable", "Control applicable",
	    REC_LINE, 0, NULL, NULL, NULL, 9),
	[REQ_STATUS] = F(status, "status", "Status", REC_TERM, 0,
	    &vocab_required_status, NULL, "STATUS", 12),
	[REQ_DOCUMENTS] = F(documents, "documents", "Documents", REC_LINE, 0,
	    NULL, NULL, "DOCUMENTS", 20),
};

const struct rec_desc rec_required = {
	"required", "mandatory_document", "required document",
	sizeof(struct required_row), offsetof(struct required_row, id),
	offsetof(struct required_row, rev),
	offsetof(struct required_row, updated_at),
	offsetof(struct required_row, updated_by),
	required_fields, REQ_FIELDS,
};

void
document_row_done(struct document_row *row)
{
	rec_done(&rec_document, row);
}

void
document_rows_free(struct document_row *rows, size_t n)
{
	rec_free(&rec_document, rows, n);
}

void
required_rows_free(struct required_row *rows, size_t n)
{
	rec_free(&rec_required, rows, n);
}
