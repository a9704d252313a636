/*
 * clause.c - the descriptor of the clause checklist, and the documents a
 * clause calls for.
 */
#include <stdlib.h>

#include "isms/rec/clause.h"
#include "isms/rec/vocab.h"

#define F(member, name, label, kind, flags, vocab, option, head, width) \
	REC_FIELD(struct clause_row, member, name, label, kind, flags, vocab, \
	    option, head, width)

static const struct rec_field clause_fields[CLAUSE_FIELDS] = {
	[CLAUSE_ID] = F(id, "requirement_id", "Clause", REC_REF,
	    REC_FIXED | REC_KEY, NULL, NULL, "ID", 6),
	[CLAUSE_TITLE] = F(title, "title", "Title", REC_LINE, REC_DERIVED,
	    NULL, NULL, "TITLE", 30),
	[CLAUSE_PARENT] = F(parent, "parent", "Parent", REC_REF, REC_DERIVED,
	    NULL, NULL, NULL, 6),
	[CLAUSE_SUMMARY] = F(summary, "summary", "Summary", REC_LINE,
	    REC_DERIVED, NULL, NULL, NULL, 40),
	[CLAUSE_DEPTH] = F(depth, "depth", "Depth", REC_NUMBER, REC_DERIVED,
	    NULL, NULL, NULL, 1),
	[CLAUSE_STATUS] = F(status, "status", "Status", REC_TERM,
	    REC_REQUIRED, &vocab_clause_status, "status", "STATUS", 11),
	[CLAUSE_OWNER] = F(owner, "owner", "Owner", REC_PERSON, 0, NULL,
	    "owner", "OWNER", 14),
	[CLAUSE_DUE] = F(due, "due", "Due date", REC_DATE, 0, NULL, "due",
	    "DUE", 10),
	[CLAUSE_NOTES] = F(notes, "notes", "Notes", REC_TEXT, 0, NULL,
	    "note", NULL, 30),
	[CLAUSE_EVIDENCE] = F(evidence, "evidence", "Evidence", REC_TEXT, 0,
	    NULL, "evidence", NULL, 30),
};

const struct rec_desc rec_clause = {
	"clause", "clause_status", "clause", sizeof(struct clause_row),
	offsetof(struct clause_row, row_id), offsetof(struct clause_row, rev),
	offsetof(struct clause_row, updated_at),
	offsetof(struct clause_row, updated_by),
	clause_fields, CLAUSE_FIELDS,
};

void
clause_row_done(struct clause_row *row)
{
	rec_done(&rec_clause, row);
}

void
clause_rows_free(struct clause_row *rows, size_t n)
{
	rec_free(&rec_clause, rows, n);
}
