/*
 * view.h - the one paged-view engine: a register's rows filtered and
 * sorted, counted, paged by key, searched and located, for the tables of
 * the TUI and the lists of the command line.  Seen only by src/db/ and
 * src/model/.
 *
 * A register describes its view once, as a struct view_sql: where its rows
 * come from, the filter conditions (named parameters its bind function
 * fills from its own filter struct), the sort keys, the unique id that
 * breaks ties, and how its full rows are read.  Pages are fetched by key
 * (keyset paging: the rows after a mark, WHERE key > :mark), never by
 * OFFSET, so the thousandth page costs what the first does; every row
 * comes with its mark (rec/mark.h) for the next page.  Statements are
 * kept prepared on the connection (db_prepare_cached()).  User text is
 * only ever bound.
 */
#ifndef ISMS_DB_VIEW_H
#define ISMS_DB_VIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/db/db.h"
#include "isms/db/recsql.h"
#include "isms/rec/mark.h"

/* A sort: its key expression and an optional second one.  Keys are never
 * NULL (wrap them in ifnull()), or the keyset comparison loses rows. */
struct view_sort {
	const char *key;
	const char *then;             /* or NULL */
};

struct view_sql {
	/* "FROM ... WHERE <fixed condition>": the rows of the register */
	const char *from;
	/* " AND (...) AND (...)": the filters, each true for "any" */
	const char *filter;
	const struct view_sort *sorts;
	size_t n_sorts;
	const char *id;               /* unique integer tie-breaker, "r.id" */
	const char *name;             /* compared with view_position()'s key */
	const char *hit;              /* what view_find() looks in */
	/* The full rows, read by the generic reader (recsql.h), with the
	 * aliases of from; rows_where their fixed condition ("WHERE ..."). */
	const struct rec_sql *rec;
	const char *rows_where;
	void (*bind)(struct db_stmt *st, const void *filter);
};

/* One query of a view: its filter (handed to bind), sort and order.
 * Ties stay in id order whichever the direction. */
struct view_req {
	const struct view_sql *sql;
	const void *filter;
	size_t sort;                  /* index into sql->sorts */
	bool descending;
};

/* Rows the filter selects. */
enum isms_status view_count(struct db *db, const struct view_req *q,
                            size_t *n, char **cause);

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

/* How many rows come before the row at mark. */
enum isms_status view_rank(struct db *db, const struct view_req *q,
                           const struct rec_mark *mark, size_t *pos,
                           char **cause);

/* The next row after from (dir > 0) or before it (dir < 0) whose hit
 * expression contains needle, ignoring ASCII case, wrapping around; from
 * NULL starts before the first (after the last).  Its position and mark
 * (caller's rec_mark_done()); ISMS_NOT_FOUND without a message when none
 * does. */
enum isms_status view_find(struct db *db, const struct view_req *q,
                           const char *needle, const struct rec_mark *from,
                           int dir, size_t *pos, struct rec_mark *mark,
                           char **cause);

/* The position and mark of the row whose name is key (any case);
 * ISMS_NOT_FOUND (without a message) when the view does not select it. */
enum isms_status view_position(struct db *db, const struct view_req *q,
                               const char *key, size_t *pos,
                               struct rec_mark *mark, char **cause);

#endif
