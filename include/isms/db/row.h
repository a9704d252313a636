/*
 * row.h - rev-checked updates of one editable row, with history.
 *
 * Every editable table has an INTEGER PRIMARY KEY id and the columns rev,
 * updated_at and updated_by; its struct rec_desc (rec.h) names the table,
 * the history entity and the columns, one per field.  A write names the
 * rev it read; when the row has moved on, nothing is written and
 * ISMS_CONFLICT is returned.  Each changed column is recorded in the
 * history table in the same transaction, under the field's name.
 */
#ifndef ISMS_DB_ROW_H
#define ISMS_DB_ROW_H

#include <stddef.h>
#include <stdint.h>

#include "isms/db/db.h"
#include "isms/rec/rec.h"

/* One column to set; value NULL stores SQL NULL. */
struct row_change {
	size_t field;                 /* index into the descriptor's fields */
	const char *value;
};

/* Who writes, and when (UTC timestamp). */
struct row_author {
	const char *who;
	const char *at;
};

/*
 * Update row id of t, which the caller read at expected_rev, labelled key
 * in history ("A.5.7").  Only changes whose value differs from the stored
 * one are written and recorded; when none differ, nothing is written and
 * *new_rev (if not NULL) is the current rev.  Runs in its own (nested)
 * transaction.  ISMS_CONFLICT when the rev moved on (the message names
 * who changed it and when), ISMS_NOT_FOUND when the row is gone.
 */
enum isms_status row_update(struct db *db, const struct rec_desc *t,
                            int64_t id, const char *key, int64_t expected_rev,
                            const struct row_change *changes, size_t n,
                            const struct row_author *author,
                            int64_t *new_rev, char **cause);

/* Set the first values of row id, inserted at rev 1 in the caller's open
 * transaction: like row_update() at rev 1, with history, but the rev stays
 * 1, so a new record starts at revision 1. */
enum isms_status row_fill(struct db *db, const struct rec_desc *t,
                          int64_t id, const char *key,
                          const struct row_change *changes, size_t n,
                          const struct row_author *author, char **cause);

/* Delete row id of t in the caller's open transaction, recording each of
 * its non-empty values (old = the value, new = NULL) and then "deleted",
 * under key.  What the row owns (links, dependent rows) is the caller's
 * to record and remove first. */
enum isms_status row_delete(struct db *db, const struct rec_desc *t,
                            int64_t id, const char *key,
                            const struct row_author *author, char **cause);

/* The next free reference of a register whose rows are named PREFIX-001
 * on: one past the highest row id of table, skipping any that was ever
 * used (the history, whose entity is the table's name, remembers deleted
 * rows), so references are never reused.  Index lookups only, however
 * long the register; table is the code's own name. */
enum isms_status row_next_ref(struct db *db, const char *table,
                              const char *prefix, char ref[32],
                              char **cause);

/* Append one history row, linked into the hash chain (chain.h); inside
 * the transaction of the change it records. */
enum isms_status row_history(struct db *db, const struct row_author *author,
                             const char *entity, const char *key,
                             const char *field, const char *old_value,
                             const char *new_value, char **cause);

#endif
