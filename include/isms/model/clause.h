/*
 * clause.h - the clause 4-10 checklist: status, owner, due date, notes and
 * evidence of each clause, with the rules that guard them.
 */
#ifndef ISMS_MODEL_CLAUSE_H
#define ISMS_MODEL_CLAUSE_H

#include "isms/model/isms.h"

/* Clauses change through reg_set(&reg_clause) (reg.h) with a struct
 * rec_patch of rec_clause's fields. */

/* Every clause in catalog order; free with clause_rows_free(). */
enum isms_status clause_list(struct isms *m, struct clause_row **rows,
                             size_t *n, char **cause);

/* One clause by id ("6.1.2"); release with clause_row_done(). */
enum isms_status clause_get(struct isms *m, const char *id,
                            struct clause_row *out, char **cause);

/* How far a clause has come.  A leaf clause: by its own status (done and
 * total 0).  A clause with subclauses: by its leaf clauses, done of total
 * finished (implemented or verified), and one status for them together:
 * verified when every one is, implemented when every one is finished, in
 * progress when any has started, else not started. */
struct clause_progress {
	size_t done, total;
	const char *status;           /* vocabulary token (static, or the
	                               * row's own) */
};

/* The progress of each of the n rows of clause_list() into out[i]. */
void clause_progress(const struct clause_row *rows, size_t n,
                     struct clause_progress *out);

/* The required documents a clause calls for, with whether the register
 * has them: required_list() (document.h). */

#endif
