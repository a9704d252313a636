/*
 * draw.c - escaped, width-fitted text and boxes on stdscr.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "isms/ui/draw.h"
#include "isms/ui/layout.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

static void
draw_cell(int y, int x, int w, const char *s, enum ui_role role, bool right)
{
	char *cell;

	if (x >= COLS || y >= LINES || x < 0 || y < 0)
		return;
	if (x + w > COLS)                 /* never wrap onto the next row */
		w = COLS - x;
	if (w <= 0)
		return;
	cell = layout_cell(s, w, right, term_ascii());
	attrset(term_attr(role));
	mvaddstr(y, x, cell);
	attrset(A_NORMAL);
	free(cell);
}

void
draw_text(int y, int x, int w, const char *s, enum ui_role role)
{
	draw_cell(y, x, w, s, role, false);
}

void
draw_right(int y, int x, int w, const char *s, enum ui_role role)
{
	draw_cell(y, x, w, s, role, true);
}

void
draw_box(int y, int x, int h, int w, const char *title)
{
	attrset(term_attr(UI_ROLE_FRAME));
	for (int i = 1; i < h - 1; i++) {
		mvhline(y + i, x + 1, ' ', w - 2);
		mvaddch(y + i, x, ACS_VLINE);
		mvaddch(y + i, x + w - 1, ACS_VLINE);
	}
	mvaddch(y, x, ACS_ULCORNER);
	mvhline(y, x + 1, ACS_HLINE, w - 2);
	mvaddch(y, x + w - 1, ACS_URCORNER);
	mvaddch(y + h - 1, x, ACS_LLCORNER);
	mvhline(y + h - 1, x + 1, ACS_HLINE, w - 2);
	mvaddch(y + h - 1, x + w - 1, ACS_LRCORNER);
	attrset(A_NORMAL);
	if (title != NULL && w > 6) {
		int tw = (int)utf8_width(title) + 2;

		draw_text(y, x + 1, tw < w - 2 ? tw : w - 2, "", UI_ROLE_TITLE);
		draw_text(y, x + 2, tw - 2 < w - 4 ? tw - 2 : w - 4, title,
		    UI_ROLE_TITLE);
	}
}

/* Bytes of s that fit in width columns, cut before a blank when it can. */
size_t
draw_fit(const char *s, int width)
{
	size_t len = strlen(s), best = 0, blank = 0;
	char *prefix;

	for (size_t i = 1; i <= len; i++) {
		if (i < len && (s[i] & 0xc0) == 0x80)
			continue;
		prefix = xstrndup(s, i);
		if ((int)utf8_width(prefix) > width) {
			free(prefix);
			break;
		}
		free(prefix);
		best = i;
		if (i < len && s[i] == ' ')
			blank = i;
	}
	return best == len || blank == 0 ? best : blank;
}
