/*
 * layout.c - column widths and cell fitting for the shared table.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/ui/layout.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

/* How many leading columns fit at their minimum width. */
static size_t
layout_fitting(const struct layout_col *cols, size_t n, int width, int gap)
{
	int used = 0;
	size_t k;

	for (k = 0; k < n; k++) {
		int need = cols[k].min + (k > 0 ? gap : 0);

		if (used + need > width)
			break;
		used += need;
	}
	return k > 0 ? k : (n > 0 ? 1 : 0);
}

static void
layout_spread(const struct layout_col *cols, size_t k, int spare,
              int *widths)
{
	while (spare > 0) {
		int total = 0, given = 0;

		for (size_t i = 0; i < k; i++)
			if (cols[i].max == 0 || widths[i] < cols[i].max)
				total += cols[i].weight;
		if (total == 0)
			return;
		for (size_t i = 0; i < k && given < spare; i++) {
			int room, add;

			if (cols[i].weight == 0 ||
			    (cols[i].max != 0 && widths[i] >= cols[i].max))
				continue;
			add = spare * cols[i].weight / total;
			if (add == 0)
				add = 1;
			room = cols[i].max == 0 ? add : cols[i].max - widths[i];
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
layout_columns(const struct layout_col *cols, size_t n, int width, int gap,
               int *widths)
{
	size_t k = layout_fitting(cols, n, width, gap);
	int used = 0;

	for (size_t i = 0; i < n; i++)
		widths[i] = i < k ? cols[i].min : 0;
	for (size_t i = 0; i < k; i++)
		used += widths[i] + (i > 0 ? gap : 0);
	if (used > width) {               /* only the first, and too wide */
		widths[0] = width > 0 ? width : 0;
		return;
	}
	layout_spread(cols, k, width - used, widths);
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
