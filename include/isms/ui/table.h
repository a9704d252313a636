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
};

void table_init(struct table *t, const struct layout_col *cols, size_t n,
                const struct table_source *src, void *ctx);

/* Run the source's query and keep the cursor on its row. */
void table_requery(struct table *t);

/* Put the cursor on row (clamped to the rows there are). */
void table_goto(struct table *t, size_t row);

/* Draw header and rows into rows y .. y+h-1, width w. */
void table_draw(struct table *t, struct app *app, int y, int h, int w);

/* Movement, search, filter and sort actions; false for others. */
bool table_handle(struct table *t, struct app *app, enum ui_action a);

/* "rows 12/93  filter: x", and "sorted by Review" when the last draw
 * left the sort column out for want of width. */
void table_status(struct table *t, char *buf, size_t size);

#endif
