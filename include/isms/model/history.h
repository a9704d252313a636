/*
 * history.h - the change history of an ISMS, newest first.
 */
#ifndef ISMS_MODEL_HISTORY_H
#define ISMS_MODEL_HISTORY_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/model/isms.h"

/* The newest limit changes (all when limit <= 0); entity and key narrow
 * the list when not NULL.  Free with history_rows_free(). */
enum isms_status history_list(struct isms *m, const char *entity,
                              const char *key, int64_t limit,
                              struct history_row **rows, size_t *n,
                              char **cause);

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
