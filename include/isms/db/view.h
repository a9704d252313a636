/*
 * view.h - the one paged-view engine: a register's rows filtered and
 * sorted, counted, paged by key, searched and located, for the tables of
 * the TUI and the lists of the command line.  Seen only by src/db/ and
 * src/model/.
 *
 * A register describes its view once, as a struct view_sql: where its rows
 * come from, the SQL of the filters that are on (named parameters its
 * bind function fills from its own filter struct), the sort keys, the
 * unique id that breaks ties, and how its full rows are read.  Pages are
 * fetched by key (keyset paging: the rows after a mark), never by
 * OFFSET, so the thousandth page costs what the first does; each sort key
 * of a long register has an index (its schema makes them; the id ends
 * every index), so that a page, a rank or a jump walks index ranges
 * (view.c says how).  Ties are in id order whichever the direction.
 * Every row comes with its mark (rec/mark.h) for the next page.
 * Statements are kept prepared on the connection (db_prepare_cached()),
 * one for each set of filters that are on.  User text is only ever bound.
 */
#ifndef ISMS_DB_VIEW_H
#define ISMS_DB_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/db/db.h"
#include "isms/db/recsql.h"
#include "isms/rec/mark.h"
#include "isms/util/buf.h"

/* A sort: its key expression and an optional second one.  Keys are never
 * NULL (wrap them in ifnull()), or the keyset comparison loses rows. */
struct view_sort {
	const char *key;
	const char *then;             /* or NULL */
};

struct view_sql {
	/* "FROM ... WHERE <fixed condition>": the rows of the register */
	const char *from;
	/* Append " AND (...)" for each filter of filter (the register's
	 * filter struct) that is on, and nothing for those that are off;
	 * bind() binds the parameters of exactly those.  ctx is ctx below. */
	void (*filter)(struct buf *b, const void *filter, const void *ctx);
	void (*bind)(struct db_stmt *st, const void *filter);
	const void *ctx;
	const struct view_sort *sorts;
	size_t n_sorts;
	const char *id;               /* unique integer tie-breaker, "r.id" */
	/* true for the row view_locate() names :key (in any case), written
	 * so that an index finds it: "r.ref = upper(:key)" */
	const char *named;
	const char *hit;              /* what view_find() looks in */
	/* Optional: the rows an index says may hold a needle, as a condition
	 * on :narrow, and the plan that makes :narrow of a needle (*narrow
	 * NULL when an index would not narrow it: then every row along the
	 * order is checked).  The candidates are at least the rows whose hit
	 * holds the needle; view_find() still checks each. */
	const char *hit_narrow;
	enum isms_status (*hit_plan)(struct db *db, const char *needle,
	                             char **narrow, char **cause);
	/* The full rows, read by the generic reader (recsql.h), with the
	 * aliases of from; rows_where their fixed condition ("WHERE ...").
	 * The filters apply to them as they are (view_each()). */
	const struct rec_sql *rec;
	const char *rows_where;
	/* The view of a file of a schema version before since, which an
	 * older isms may still have open read-only (NULL: none differs). */
	const struct view_sql *old;
	int since;
};

/* One query of a view: its filter (handed to bind), sort and order. */
struct view_req {
	const struct view_sql *sql;
	const void *filter;
	size_t sort;                  /* index into sql->sorts */
	bool descending;
};

/* Rows the filter selects, but counting no further than limit (SIZE_MAX:
 * all): *n is the smaller of the two. */
enum isms_status view_count(struct db *db, const struct view_req *q,
                            size_t limit, size_t *n, char **cause);

/*
 * At most limit rows (SIZE_MAX: all) after from in the view's order
 * (dir > 0) or before it (dir < 0), with from itself when inclusive; from
 * NULL (or not set) starts at the first row (dir > 0) or the last.  The
 * rows come in view order either way, in *rows (the register's row
 * struct; rec_free() with its descriptor) with their marks in *marks
 * (rec_marks_free()), *n of each.
 */
enum isms_status view_page(struct db *db, const struct view_req *q,
                           const struct rec_mark *from, int dir,
                           bool inclusive, size_t limit, void **rows,
                           struct rec_mark **marks, size_t *n,
                           char **cause);

/*
 * Call each(ctx, row) for every row the view selects, in its order, each
 * row (the register's row struct) read from the statement and released
 * after the call: lists and exports hold one row at a time.  A nonzero
 * return of each stops the walk; it is returned in *stopped (when not
 * NULL) and the status is ISMS_OK.
 */
enum isms_status view_each(struct db *db, const struct view_req *q,
                           int (*each)(void *ctx, const void *row),
                           void *ctx, int *stopped, char **cause);

/* How many rows come before the row at mark, but counting no further
 * than limit (SIZE_MAX: all): *pos is the smaller of the two. */
enum isms_status view_rank(struct db *db, const struct view_req *q,
                           const struct rec_mark *mark, size_t limit,
                           size_t *pos, char **cause);

/* The next row after from (dir > 0) or before it (dir < 0) whose hit
 * expression contains needle, ignoring ASCII case, wrapping around; from
 * NULL starts before the first (after the last).  Its mark (caller's
 * rec_mark_done()); ISMS_NOT_FOUND without a message when none does. */
enum isms_status view_find(struct db *db, const struct view_req *q,
                           const char *needle, const struct rec_mark *from,
                           int dir, struct rec_mark *mark, char **cause);

/* The mark of the row whose name is key (any case); ISMS_NOT_FOUND
 * (without a message) when the view does not select it.  Where it stands
 * is view_rank()'s to say. */
enum isms_status view_locate(struct db *db, const struct view_req *q,
                             const char *key, struct rec_mark *mark,
                             char **cause);

#endif
