/*
 * layout.h - table geometry as pure functions: how wide each column is
 * for a given screen width, and how one cell's text fits its column.
 * No curses here, so the unit tests cover it directly.
 */
#ifndef ISMS_UI_LAYOUT_H
#define ISMS_UI_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

struct layout_col {
	const char *title;
	int min;                      /* narrowest useful width */
	int max;                      /* widest useful width; 0: no limit */
	int weight;                   /* share of the spare width */
	bool right;                   /* right-aligned (numbers) */
	int drop;                     /* when not all fit, the columns of the
	                               * highest drop go first; 0 for all:
	                               * from the right */
	bool fit;                     /* no wider than its widest text shown
	                               * (within max), narrower than min
	                               * when that text is */
};

/*
 * Widths of n columns separated by gap blanks within width columns.
 * Every shown column gets at least its min; when not all fit, columns
 * are dropped (width 0) in order of drop, the rightmost first among
 * equals, but the first always stays, clipped to width if need be.
 * Spare width goes by weight up to max.
 */
void layout_columns(const struct layout_col *cols, size_t n, int width,
                    int gap, int *widths);

/* The same, where want[i] (NULL: none) is the widest text column i shows
 * now: a fit column's share of the spare width stops there, and what it
 * does not take goes to the others.  Which columns are shown depends on
 * the mins alone, so it does not change as rows scroll by. */
void layout_columns_fit(const struct layout_col *cols, size_t n, int width,
                        int gap, const int *want, int *widths);

/*
 * s fitted to exactly width display columns: control characters and
 * escape sequences escaped, cut with an ellipsis ("~" when ascii) when
 * too wide, padded with blanks on the right (on the left when right).
 * NULL is empty.  Caller frees.
 */
char *layout_cell(const char *s, int width, bool right, bool ascii);

#endif
