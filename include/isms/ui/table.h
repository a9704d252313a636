/*
 * table.h - the one table widget every pane uses: a header of columns
 * laid out by layout_columns(), a cursor, sorting by any column, an
 * incremental text filter and / search with n/N.
 *
 * Rows come from a source by window: the table only asks for the rows
 * on screen, so a long register costs what a short one does.  The table
 * is embedded in its pane and borrows the column array and source.
 */
#ifndef ISMS_UI_TABLE_H
#define ISMS_UI_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/ui/app.h"
#include "isms/ui/layout.h"
#include "isms/ui/term.h"

#define TABLE_TEXT 256
#define TABLE_NO_ROW ((size_t)-1)
#define TABLE_LATER_COUNT 1     /* count() is only what is known so far */
#define TABLE_LATER_PLACE 2     /* positions are provisional */

struct table_cell {
	const char *text;             /* borrowed until the next cell() */
	enum ui_role role;
};

struct table;
struct table_source {
	/* Re-run the query (filter, sort or data changed).  *cursor is the
	 * row under the cursor before (TABLE_NO_ROW: none to keep, start at
	 * the top); set it to where that row is now.  When t->sort_only, only
	 * the order changed and counts may be kept. */
	void (*query)(void *ctx, size_t *cursor);
	size_t (*count)(void *ctx);           /* rows the query selects */
	size_t (*all)(void *ctx);             /* rows without the filter */
	/* Make rows top .. top+n-1 available to cell(). */
	void (*window)(void *ctx, size_t top, size_t n);
	void (*cell)(void *ctx, size_t row, size_t col, struct table_cell *out);
	/* Next row after from (dir +1) or before it (-1) matching needle,
	 * wrapping; false when none, or when the search failed, and then
	 * *cause says why (the table shows it instead of "not found"). */
	bool (*find)(void *ctx, const char *needle, size_t from, int dir,
	             size_t *pos, char **cause);
	/* Sources that leave counts and positions for later (may be NULL):
	 * what is not final yet (TABLE_LATER_*); make what a move to want
	 * needs final now (jump: to the first row, want 0, or the last, want
	 * SIZE_MAX; else past the rows known or above position 0); and by
	 * how much positions moved since last asked (provisional ones became
	 * exact), which the cursor and the top follow. */
	int (*later)(void *ctx);
	void (*settle)(void *ctx, size_t want, bool jump);
	long (*moved)(void *ctx);
};

struct table {
	const struct layout_col *cols;
	size_t n_cols;
	const struct table_source *src;
	void *ctx;
	size_t cursor, top;
	int height;                           /* rows shown last time */
	size_t sort_col;
	bool sort_desc;
	char filter[TABLE_TEXT];
	char search[TABLE_TEXT];
	bool sort_only;                       /* set during a re-sort */
	bool sort_shown;                      /* the sort column was drawn */
	bool stale;                           /* table_requery_later() */
};

void table_init(struct table *t, const struct layout_col *cols, size_t n,
                const struct table_source *src, void *ctx);

/* Run the source's query and keep the cursor on its row, on the same
 * line of the screen where it can. */
void table_requery(struct table *t);

/* Run the query before the table is next drawn or used, unless the
 * filter changes again first: a filter typed quickly is queried once. */
void table_requery_later(struct table *t);

/* Follow positions that moved in the source (provisional ones became
 * exact), keeping the cursor on its row. */
void table_sync(struct table *t);

/* Put the cursor on row (clamped to the rows there are). */
void table_goto(struct table *t, size_t row);

/* Draw header and rows into rows y .. y+h-1, width w. */
void table_draw(struct table *t, struct app *app, int y, int h, int w);

/* Movement, search, filter and sort actions; false for others. */
bool table_handle(struct table *t, struct app *app, enum ui_action a);

/* "rows 12/93  filter: x" ("rows 36+/93" while the count is not
 * final), and "sorted by Review" when the last draw left the sort
 * column out for want of width. */
void table_status(struct table *t, char *buf, size_t size);

#endif
