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

/* The rows f selects (NULL: all), newest first, from the offset-th on,
 * at most limit of them (all when limit is 0). */
enum isms_status store_history_list(struct db *db,
                                    const struct history_filter *f,
                                    size_t offset, size_t limit,
                                    struct history_row **rows, size_t *n,
                                    char **cause);

/* How many rows f selects. */
enum isms_status store_history_count(struct db *db,
                                     const struct history_filter *f,
                                     size_t *n, char **cause);

/* The position (newest first, from 0) of the next row f and needle select
 * after the row of id from (dir > 0: older; dir < 0: newer; from 0: the
 * first in that direction), wrapping; ISMS_NOT_FOUND when none does. */
enum isms_status store_history_find(struct db *db,
                                    const struct history_filter *f,
                                    const char *needle, int64_t from,
                                    int dir, size_t *pos, char **cause);

/* The summary of the changes to entity's records (history_summary). */
enum isms_status store_history_summary(struct db *db, const char *entity,
                                       struct history_summary *out,
                                       char **cause);

#endif
