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
};

/*
 * Widths of n columns separated by gap blanks within width columns.
 * Every shown column gets at least its min; when not all fit, columns
 * are dropped from the right (width 0) but the first always stays,
 * clipped to width if need be.  Spare width goes by weight up to max.
 */
void layout_columns(const struct layout_col *cols, size_t n, int width,
                    int gap, int *widths);

/*
 * s fitted to exactly width display columns: control characters and
 * escape sequences escaped, cut with an ellipsis ("~" when ascii) when
 * too wide, padded with blanks on the right (on the left when right).
 * NULL is empty.  Caller frees.
 */
char *layout_cell(const char *s, int width, bool right, bool ascii);

#endif
