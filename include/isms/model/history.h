/*
 * history.h - the change history of an ISMS, newest first.
 */
#ifndef ISMS_MODEL_HISTORY_H
#define ISMS_MODEL_HISTORY_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/model/isms.h"

/* The changes f selects (NULL: all), newest first: from the offset-th
 * on, at most limit (0: all).  A since that is not a date is
 * ISMS_INVALID.  Free with history_rows_free(). */
enum isms_status history_list(struct isms *m, const struct history_filter *f,
                              size_t offset, size_t limit,
                              struct history_row **rows, size_t *n,
                              char **cause);

/* How many changes f selects. */
enum isms_status history_count(struct isms *m, const struct history_filter *f,
                               size_t *n, char **cause);

/* The position (newest first) of the next change f selects whose key,
 * field, values or login contain needle, after the row of id from (dir >
 * 0 older, dir < 0 newer; from 0: from the newest or the oldest),
 * wrapping round; ISMS_NOT_FOUND, with no message, when none does. */
enum isms_status history_find(struct isms *m, const struct history_filter *f,
                              const char *needle, int64_t from, int dir,
                              size_t *pos, char **cause);

/* A stored value of a history row as people read it: the label of a
 * term of a closed vocabulary ("treating", "mitigate" for modify), the
 * value itself otherwise; NULL stays NULL. */
const char *history_shown(const struct history_row *h, const char *value);

/* The changes recorded for entity ("soa", "clause"); release with
 * history_summary_done(). */
enum isms_status history_summarize(struct isms *m, const char *entity,
                                   struct history_summary *out,
                                   char **cause);

/* What history_verify() found. */
struct history_check {
	int64_t rows;                 /* history rows checked */
	int64_t bad_seq;              /* first bad row; 0 when intact */
	char *why;                    /* what is wrong there; owned */
	char head[96];                /* "SEQ:HASH" as recomputed */
	bool anchored;                /* the anchor given was checked */
};
void history_check_done(struct history_check *c);

/*
 * Recompute the hash chain of the history and compare it with the stored
 * hashes and head, and with anchor ("SEQ:HASH", a head kept elsewhere)
 * when not NULL.  ISMS_OK when intact; ISMS_NEGATIVE with c->bad_seq and
 * c->why when not; ISMS_USAGE for an anchor that is not SEQ:HASH;
 * ISMS_INVALID for a file of schema version 1, which has no chain yet.
 */
enum isms_status history_verify(struct isms *m, const char *anchor,
                                struct history_check *c, char **cause);

/* The stored head as "SEQ:HASH" into head (at least 96 bytes); "-" for a
 * file that has no chain yet. */
enum isms_status history_head(struct isms *m, char *head, size_t size,
                              char **cause);

/* Redact the old and new values (and with who, the login) of history row
 * seq for a data-protection request, recording reason; the chain still
 * verifies. */
enum isms_status history_redact(struct isms *m, int64_t seq, bool who,
                                const char *reason, char **cause);

#endif
