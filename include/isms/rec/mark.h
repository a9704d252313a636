/*
 * mark.h - where a row stands in an ordered view: the values of its sort
 * keys and its id.  The view engine (db/view.h) hands one out with every
 * row it pages and starts the next page after it (keyset paging); the
 * model and the TUI keep them without knowing what the keys are.
 *
 * A mark owns its text values: rec_mark_done() frees them, rec_marks_free()
 * an array of marks; rec_mark_copy() makes an independent copy.
 */
#ifndef ISMS_REC_MARK_H
#define ISMS_REC_MARK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* One value as SQL has it: the view engine binds it back as it read it,
 * so a number key is never compared as text. */
enum rec_value_type { REC_VALUE_NULL, REC_VALUE_INT, REC_VALUE_REAL,
	REC_VALUE_TEXT };

struct rec_value {
	enum rec_value_type type;
	int64_t i;
	double r;
	char *s;
};

/* Release the text of v (it owns it); *dst (zeroed or done) becomes an
 * independent copy of src. */
void rec_value_done(struct rec_value *v);
void rec_value_copy(struct rec_value *dst, const struct rec_value *src);

/* A view sorts by at most this many keys before the id. */
#define REC_MARK_KEYS 2

struct rec_mark {
	bool set;                     /* false: no row (start or end) */
	struct rec_value key[REC_MARK_KEYS];
	int64_t id;                   /* the tie-breaker, unique in the view */
};

void rec_mark_done(struct rec_mark *m);
void rec_marks_free(struct rec_mark *m, size_t n);
/* *dst (done first by the caller, or zeroed) becomes a copy of src. */
void rec_mark_copy(struct rec_mark *dst, const struct rec_mark *src);

#endif
