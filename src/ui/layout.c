/*
 * layout.c - column widths and cell fitting for the shared table.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/ui/layout.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

#define LAYOUT_MAX_COLS 32

/* Which columns are shown, at least the first: taken in order of drop
 * (lowest first, left to right among equals) while each fits at its
 * minimum width.  What a fit column holds does not change the choice, so
 * columns do not come and go as rows scroll by. */
static void
layout_choose(const struct layout_col *cols, size_t n, int width, int gap,
              bool *shown)
{
	int used = 0;
	bool full = false;

	for (size_t i = 0; i < n; i++)
		shown[i] = false;
	for (int d = 0; !full; d++) {
		bool more = false;

		for (size_t i = 0; i < n && !full; i++) {
			if (cols[i].drop > d)
				more = true;
			if (cols[i].drop != d)
				continue;
			if (used + cols[i].min + (used > 0 ? gap : 0) > width &&
			    i > 0)
				full = true;
			else {
				used += cols[i].min + (used > 0 ? gap : 0);
				shown[i] = true;
			}
		}
		if (!more)
			break;
	}
	shown[0] = n > 0;
}

/* The widest column i may be in this layout: its max, or for a fit
 * column the width of its text (within its max); 0 for no limit. */
static int
layout_max(const struct layout_col *c, const int *want, size_t i)
{
	int w;

	if (want == NULL || !c->fit)
		return c->max;
	w = want[i] > 0 ? want[i] : 1;
	return c->max != 0 && w > c->max ? c->max : w;
}

/* Spare width by weight, each column up to hi[i] (0: no limit). */
static void
layout_spread(const struct layout_col *cols, size_t n, const bool *shown,
              const int *hi, int spare, int *widths)
{
	while (spare > 0) {
		int total = 0, given = 0;

		for (size_t i = 0; i < n; i++)
			if (shown[i] && (hi[i] == 0 || widths[i] < hi[i]))
				total += cols[i].weight;
		if (total == 0)
			return;
		for (size_t i = 0; i < n && given < spare; i++) {
			int room, add;

			if (!shown[i] || cols[i].weight == 0 ||
			    (hi[i] != 0 && widths[i] >= hi[i]))
				continue;
			add = spare * cols[i].weight / total;
			if (add == 0)
				add = 1;
			room = hi[i] == 0 ? add : hi[i] - widths[i];
			if (add > room)
				add = room;
			if (add > spare - given)
				add = spare - given;
			widths[i] += add;
			given += add;
		}
		if (given == 0)
			return;
		spare -= given;
	}
}

void
layout_columns_fit(const struct layout_col *cols, size_t n, int width,
                   int gap, const int *want, int *widths)
{
	bool shown[LAYOUT_MAX_COLS];
	int hi[LAYOUT_MAX_COLS], used = 0;
	size_t k = 0;

	if (n > LAYOUT_MAX_COLS)
		n = LAYOUT_MAX_COLS;
	layout_choose(cols, n, width, gap, shown);
	for (size_t i = 0; i < n; i++) {
		hi[i] = layout_max(&cols[i], want, i);
		/* a fit column whose text is narrower than its min gives the
		 * rest back */
		widths[i] = !shown[i] ? 0 : hi[i] != 0 && hi[i] < cols[i].min ?
		    hi[i] : cols[i].min;
		if (shown[i])
			used += widths[i] + (k++ > 0 ? gap : 0);
	}
	if (used > width) {               /* only the first, and too wide */
		widths[0] = width > 0 ? width : 0;
		return;
	}
	layout_spread(cols, n, shown, hi, width - used, widths);
}

void
layout_columns(const struct layout_col *cols, size_t n, int width, int gap,
               int *widths)
{
	layout_columns_fit(cols, n, width, gap, NULL, widths);
}

char *
layout_cell(const char *s, int width, bool right, bool ascii)
{
	char *esc, *cut, *out;
	size_t w, len, pad;

	if (width <= 0)
		return xstrdup("");
	esc = utf8_escape(s != NULL ? s : "");
	cut = utf8_truncate(esc, (size_t)width, ascii);
	free(esc);
	w = utf8_width(cut);
	len = strlen(cut);
	pad = w < (size_t)width ? (size_t)width - w : 0;
	out = xmalloc(len + pad + 1);
	if (right) {
		memset(out, ' ', pad);
		memcpy(out + pad, cut, len + 1);
	} else {
		memcpy(out, cut, len);
		memset(out + len, ' ', pad);
		out[len + pad] = '\0';
	}
	free(cut);
	return out;
}
