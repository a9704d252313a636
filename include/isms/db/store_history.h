/*
 * store_history.h - reading the change history (written by row.c and chain.c).
 * Seen only by src/db/ and src/model/.
 */
#ifndef ISMS_DB_STORE_HISTORY_H
#define ISMS_DB_STORE_HISTORY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/db/db.h"
#include "isms/db/row.h"
#include "isms/rec/history.h"

/* The newest limit rows (all when limit <= 0), newest first; entity and
 * key filter when not NULL. */
enum isms_status store_history_list(struct db *db, const char *entity,
                                    const char *key, int64_t limit,
                                    struct history_row **rows, size_t *n,
                                    char **cause);

/* The summary of the changes to entity's records (history_summary). */
enum isms_status store_history_summary(struct db *db, const char *entity,
                                       struct history_summary *out,
                                       char **cause);

#endif
