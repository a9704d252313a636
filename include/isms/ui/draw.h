/*
 * draw.h - painting text on the screen: every string goes through
 * layout_cell(), so stored text is escaped and fitted by display width
 * before it reaches curses.
 */
#ifndef ISMS_UI_DRAW_H
#define ISMS_UI_DRAW_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/ui/term.h"

/* s (NULL: empty) in exactly w columns at y,x with role. */
void draw_text(int y, int x, int w, const char *s, enum ui_role role);
/* Like draw_text(), right-aligned. */
void draw_right(int y, int x, int w, const char *s, enum ui_role role);
/* How many bytes of s fit in width columns, cut before a blank when one
 * is there (for wrapping text over lines; the caller skips the blank). */
size_t draw_fit(const char *s, int width);
/* A framed, blanked box with a title in the top border. */
void draw_box(int y, int x, int h, int w, const char *title);

#endif
