/*
 * reg.h - every register of the model through one interface: its
 * descriptor (rec.h) and the operations list, get, add, set and rm, with
 * what is special about a register (scores on the matrix, SoA exclusion,
 * delete refused while in use, a risk's review date) as hooks beside its
 * descriptor, not in its callers.
 *
 * Rows are the register's row struct (rec_desc.size bytes); the caller
 * releases them with rec_done()/rec_free() and the descriptor.
 */
#ifndef ISMS_MODEL_REG_H
#define ISMS_MODEL_REG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/model/isms.h"
#include "isms/rec/mark.h"
#include "isms/rec/rec.h"

struct reg;

/* The registers (defined by their model modules). */
extern const struct reg reg_clause;
extern const struct reg reg_soa;
extern const struct reg reg_asset;
extern const struct reg reg_risk;
extern const struct reg reg_action;
extern const struct reg reg_person;
extern const struct reg reg_document;

const struct rec_desc *reg_desc(const struct reg *r);
/* The field a new record is named by as it is added (an asset's name, a
 * risk's statement), or -1. */
int reg_first_field(const struct reg *r);

/* Whether records can be added (or deleted) in r by reg_add (reg_rm). */
bool reg_can_add(const struct reg *r);
bool reg_can_rm(const struct reg *r);

/* Every record (text NULL) or those whose text fields contain text, in
 * the register's order.  *rows (caller frees with rec_free()) holds *n. */
enum isms_status reg_list(struct isms *m, const struct reg *r,
                          const char *text, void **rows, size_t *n,
                          char **cause);

/* The record people call key ("R-001", "A.5.1", "6.1.2", an asset's
 * number or name) into row (r's row struct, zeroed by the caller). */
enum isms_status reg_get(struct isms *m, const struct reg *r,
                         const char *key, void *row, char **cause);

/* The key people use for row, into buf. */
void reg_key(const struct reg *r, const void *row, char *buf, size_t size);

/* Add a record with the values of p (its required fields given); *key
 * (caller frees) names it.  It starts at revision 1. */
enum isms_status reg_add(struct isms *m, const struct reg *r,
                         const struct rec_patch *p, char **key,
                         char **cause);

/* Change record key, read at expected_rev (-1: whatever it is now), by p:
 * read, checked and written under one write lock; the changed fields are
 * recorded in history.  *new_rev (when not NULL) gets the revision. */
enum isms_status reg_set(struct isms *m, const struct reg *r,
                         const char *key, const struct rec_patch *p,
                         int64_t expected_rev, int64_t *new_rev,
                         char **cause);

/* What one reg_set_changes() changed: each field whose value differs, with
 * the value before and after as stored ("" for none); owned. */
struct reg_changes {
	struct {
		size_t field;         /* descriptor index */
		char *was, *now;
	} ch[REC_FIELDS_MAX];
	size_t n;
	char key[64];                 /* the record as the history names it */
};
void reg_changes_done(struct reg_changes *c);

/* reg_set(), telling in *out (when not NULL; zeroed here) what it changed,
 * as read and written in its transaction. */
enum isms_status reg_set_changes(struct isms *m, const struct reg *r,
                                 const char *key, const struct rec_patch *p,
                                 int64_t expected_rev,
                                 struct reg_changes *out, char **cause);

/* Delete record key; refused while something relies on it unless force. */
enum isms_status reg_rm(struct isms *m, const struct reg *r, const char *key,
                        bool force, char **cause);

/* What the user should hear about record key as it stands (after an add
 * or a set): a risk above the acceptance criterion without a valid
 * acceptance, say.  A new string (caller frees), or NULL for nothing. */
char *reg_warning(struct isms *m, const struct reg *r, const char *key);

/* ---- views by window (reg_view.c) ---- */

/* Whether r's tables page it by window (the SoA, risks: long registers)
 * rather than hold every record (reg_list()). */
bool reg_windowed(const struct reg *r);

/*
 * The records of a windowed register that query selects, in its order.
 * query is the register's query struct (struct soa_query for reg_soa,
 * struct risk_query for reg_risk), NULL for every record in the default
 * order; an unknown member is ISMS_INVALID naming it and the choices.
 * Rows are r's row struct; release them with rec_free() and the
 * descriptor, marks with rec_marks_free().
 */
enum isms_status reg_view_count(struct isms *m, const struct reg *r,
                                const void *query, size_t *n, char **cause);

/* The count when it is cheap to know (no filter, or one an index narrows
 * down to a few records): *exact is then true; otherwise *exact is false
 * and *n 0, and reg_view_count() tells, at the cost of reading every
 * record. */
enum isms_status reg_view_count_quick(struct isms *m, const struct reg *r,
                                      const void *query, size_t *n,
                                      bool *exact, char **cause);

/* At most limit (SIZE_MAX: all) records after mark from (dir > 0) or
 * before it (dir < 0), with from's own when inclusive; from NULL starts
 * at the first (dir > 0) or the last.  In view order either way, each
 * with its mark: the next page starts after the last one (keyset
 * paging, so every page costs what the first does).  A descending order
 * runs its keys the other way and keeps ties in id order. */
enum isms_status reg_view_page(struct isms *m, const struct reg *r,
                               const void *query, const struct rec_mark *from,
                               int dir, bool inclusive, size_t limit,
                               void **rows, struct rec_mark **marks,
                               size_t *n, char **cause);

/* Every record the query selects, in its order, into memory. */
enum isms_status reg_view_all(struct isms *m, const struct reg *r,
                              const void *query, void **rows, size_t *n,
                              char **cause);

/* each(ctx, row) for every record the query selects, in its order, one
 * at a time (lists and exports of any length in little memory); the row
 * is released after the call.  A nonzero return of each stops the walk
 * and is returned in *stopped (when not NULL), with ISMS_OK. */
enum isms_status reg_view_each(struct isms *m, const struct reg *r,
                               const void *query,
                               int (*each)(void *ctx, const void *row),
                               void *ctx, int *stopped, char **cause);

/* How many records come before the one at mark, counting no further than
 * limit (SIZE_MAX: exactly): *pos is the smaller of the two, so a result
 * below limit is exact.  Counting far costs reading that far. */
enum isms_status reg_view_rank(struct isms *m, const struct reg *r,
                               const void *query, const struct rec_mark *mark,
                               size_t limit, size_t *pos, char **cause);

/* The next record after from (dir > 0) or before it (dir < 0), wrapping,
 * whose key, title or owner contains needle (ignoring ASCII case); from
 * NULL starts before the first (after the last).  Its mark and its rank
 * as reg_view_rank() counts it up to limit; ISMS_NOT_FOUND without a
 * message when none does. */
enum isms_status reg_view_find(struct isms *m, const struct reg *r,
                               const void *query, const char *needle,
                               const struct rec_mark *from, int dir,
                               size_t limit, size_t *pos,
                               struct rec_mark *mark, char **cause);

/* The mark of record key (any case) in the query's order and its rank up
 * to limit, as reg_view_find(); ISMS_NOT_FOUND naming it when the query
 * does not select it. */
enum isms_status reg_view_position(struct isms *m, const struct reg *r,
                                   const void *query, const char *key,
                                   size_t limit, size_t *pos,
                                   struct rec_mark *mark, char **cause);

#endif
