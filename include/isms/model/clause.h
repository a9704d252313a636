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

/* The required documents a clause calls for, with whether the register
 * has them: required_list() (document.h). */

#endif
