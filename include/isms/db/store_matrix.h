/*
 * store_matrix.h - the risk matrices copied into the database.
 * Seen only by src/db/ and src/model/.
 */
#ifndef ISMS_DB_STORE_MATRIX_H
#define ISMS_DB_STORE_MATRIX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/db/db.h"
#include "isms/db/row.h"
#include "isms/rec/matrix.h"

/* The matrix id as stored; ISMS_NOT_FOUND when there is none. */
enum isms_status store_matrix_load(struct db *db, const char *id,
                                   struct matrix **out, char **cause);
/* The ids of every matrix copied into the database. */
enum isms_status store_matrix_ids(struct db *db, char ***ids, size_t *n,
                                  char **cause);

#endif
