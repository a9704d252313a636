/*
 * history.h - rows of the change history and a summary of one entity's
 * changes.
 *
 * Rows own their strings: history_rows_free(), history_summary_done().
 */
#ifndef ISMS_REC_HISTORY_H
#define ISMS_REC_HISTORY_H

#include <stddef.h>
#include <stdint.h>

struct history_row {
	int64_t id;
	int64_t seq;                  /* position in the chain */
	char *at;
	char *who;
	char *entity;
	char *key;
	char *field;
	char *old_value;              /* NULL for none */
	char *new_value;
};

void history_rows_free(struct history_row *rows, size_t n);

/* Which changes a history query selects; a NULL member selects any. */
struct history_filter {
	const char *entity;           /* "risk", "soa", "clause", ... */
	const char *key;              /* the record, any case: "A.7.4" */
	const char *who;              /* the login that made it, any case */
	const char *since;            /* YYYY-MM-DD: that day (UTC) or later */
	const char *text;             /* in the key, field, old or new value,
	                               * or the login (ASCII case folded) */
};

/* How often an entity's records were changed (one save of several fields
 * counts once) and the latest change; zeros and NULLs when never. */
struct history_summary {
	int64_t changes;
	char *last_at;
	char *last_by;
};

void history_summary_done(struct history_summary *s);

#endif
