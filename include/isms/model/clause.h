/*
 * clause.h - the clause 4-10 checklist: status, owner, due date, notes and
 * evidence of each clause, with the rules that guard them.
 */
#ifndef ISMS_MODEL_CLAUSE_H
#define ISMS_MODEL_CLAUSE_H

#include "isms/model/isms.h"

/* Fields to change; NULL leaves a field as it is.  An empty due date
 * clears it.  status accepts any form vocab_parse() accepts. */
struct clause_patch {
	const char *status;
	const char *owner;
	const char *due;
	const char *notes;
	const char *evidence;
};

/* Every clause in catalog order; free with clause_rows_free(). */
enum isms_status clause_list(struct isms *m, struct clause_row **rows,
                             size_t *n, char **cause);

/* One clause by id ("6.1.2"); release with clause_row_done(). */
enum isms_status clause_get(struct isms *m, const char *id,
                            struct clause_row *out, char **cause);

/*
 * Apply patch to clause id, which the caller read at expected_rev (-1:
 * whatever is current, for one-shot commands).  ISMS_INVALID names the
 * field and problem, ISMS_CONFLICT when someone else changed the clause
 * first (nothing written), ISMS_READONLY on a read-only ISMS.  *new_rev
 * (if not NULL) receives the revision written.
 */
enum isms_status clause_set(struct isms *m, const char *id,
                            const struct clause_patch *patch,
                            int64_t expected_rev, int64_t *new_rev,
                            char **cause);

/* Mandatory documents and records that clause id or its subclauses call
 * for; free with document_rows_free(). */
enum isms_status clause_documents(struct isms *m, const char *id,
                                  struct document_row **rows, size_t *n,
                                  char **cause);

#endif
