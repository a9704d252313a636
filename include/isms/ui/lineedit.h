/*
 * lineedit.h - a one-line text editor with the readline keys people
 * expect in prompts (^A ^E ^B ^F ^K ^U ^W, Backspace, Delete, arrows) and
 * a small history.  Pure: keys in, text out; the caller draws it.
 *
 * struct lineedit is embedded by its user: lineedit_init() ...
 * lineedit_done().
 */
#ifndef ISMS_UI_LINEEDIT_H
#define ISMS_UI_LINEEDIT_H

#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#define LINEEDIT_MAX 1024             /* characters */

struct lineedit {
	wchar_t text[LINEEDIT_MAX + 1];
	size_t len;
	size_t cursor;                /* 0..len */
	char utf8[LINEEDIT_MAX * 4 + 1];
};

/* Start with text (UTF-8, NULL for empty), cursor at the end. */
void lineedit_init(struct lineedit *e, const char *text);

/* Apply one key (keys.h).  Returns true when the key was an editing key
 * (handled), false for keys the caller owns (Enter, Esc, Up, Down ...). */
bool lineedit_key(struct lineedit *e, int key);

/* The text as UTF-8; valid until the next call on e. */
const char *lineedit_text(struct lineedit *e);

/* Display columns before the cursor. */
int lineedit_cursor_col(const struct lineedit *e);

/* Replace the whole text (history recall). */
void lineedit_set(struct lineedit *e, const char *text);

#endif
