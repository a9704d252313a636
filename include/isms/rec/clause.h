/*
 * clause.h - a clause of the 4-10 checklist with its status, and the
 * checklist's descriptor.
 *
 * Rows own their strings: clause_row_done() / clause_rows_free().
 */
#ifndef ISMS_REC_CLAUSE_H
#define ISMS_REC_CLAUSE_H

#include <stddef.h>
#include <stdint.h>

#include "isms/rec/rec.h"

struct clause_row {
	int64_t row_id;
	char *id;                     /* "6.1.2" */
	char *title;
	char *parent;                 /* NULL for top-level clauses */
	char *summary;
	int depth;                    /* 0 for 4..10, 1 for 4.1, ... */
	char *status;                 /* vocabulary token */
	char *owner;
	char *due;                    /* YYYY-MM-DD or NULL */
	char *notes;
	char *evidence;
	int64_t rev;
	char *updated_at;
	char *updated_by;
};

/* Field indexes of rec_clause. */
enum {
	CLAUSE_ID, CLAUSE_TITLE, CLAUSE_PARENT, CLAUSE_SUMMARY, CLAUSE_DEPTH,
	CLAUSE_STATUS, CLAUSE_OWNER, CLAUSE_DUE, CLAUSE_NOTES, CLAUSE_EVIDENCE,
	CLAUSE_FIELDS
};

extern const struct rec_desc rec_clause;

void clause_row_done(struct clause_row *row);
void clause_rows_free(struct clause_row *rows, size_t n);

#endif
