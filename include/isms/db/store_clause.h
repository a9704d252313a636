/*
 * store_clause.h - the clause checklist.
 * Seen only by src/db/ and src/model/.
 */
#ifndef ISMS_DB_STORE_CLAUSE_H
#define ISMS_DB_STORE_CLAUSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/db/db.h"
#include "isms/db/row.h"
#include "isms/rec/clause.h"

/* All clauses of the framework in catalog order. */
enum isms_status store_clause_list(struct db *db, const char *framework_id,
                                   struct clause_row **rows, size_t *n,
                                   char **cause);
/* One clause; ISMS_NOT_FOUND when id is not a clause. */
enum isms_status store_clause_get(struct db *db, const char *framework_id,
                                  const char *id, struct clause_row *out,
                                  char **cause);


#endif
