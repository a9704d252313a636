/*
 * store_isms.h - the ISMS record: reading it, creating it, pointing it at
 * another risk matrix.
 * Seen only by src/db/ and src/model/.
 */
#ifndef ISMS_DB_STORE_ISMS_H
#define ISMS_DB_STORE_ISMS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/db/db.h"
#include "isms/db/row.h"
#include "isms/rec/isms.h"

enum isms_status store_isms_get(struct db *db, struct isms_info *out,
                                char **cause);
enum isms_status store_isms_insert(struct db *db, const char *org,
                                   const char *scope, const char *framework_id,
                                   const char *document_list_id,
                                   const char *matrix_id,
                                   const struct row_author *author,
                                   char **cause);

/* Point the ISMS at another (imported) matrix, with history. */
enum isms_status store_isms_set_matrix(struct db *db, const char *old_id,
                                       const char *new_id,
                                       const struct row_author *author,
                                       char **cause);

#endif
