/*
 * lineedit.c - readline-style editing of one line of text.
 */
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "isms/ui/keys.h"
#include "isms/ui/lineedit.h"

void
lineedit_set(struct lineedit *e, const char *text)
{
	mbstate_t ps;
	const char *s = text != NULL ? text : "";
	size_t n;

	memset(&ps, 0, sizeof ps);
	n = mbsrtowcs(e->text, &s, LINEEDIT_MAX, &ps);
	e->len = n == (size_t)-1 ? 0 : n;
	e->text[e->len] = L'\0';
	e->cursor = e->len;
}

void
lineedit_init(struct lineedit *e, const char *text)
{
	memset(e, 0, sizeof *e);
	lineedit_set(e, text);
}

static void
lineedit_delete(struct lineedit *e, size_t from, size_t to)
{
	if (from >= to)
		return;
	memmove(e->text + from, e->text + to,
	    (e->len - to + 1) * sizeof *e->text);
	e->len -= to - from;
	if (e->cursor > to)
		e->cursor -= to - from;
	else if (e->cursor > from)
		e->cursor = from;
}

static void
lineedit_insert(struct lineedit *e, wchar_t c)
{
	if (e->len >= LINEEDIT_MAX)
		return;
	memmove(e->text + e->cursor + 1, e->text + e->cursor,
	    (e->len - e->cursor + 1) * sizeof *e->text);
	e->text[e->cursor++] = c;
	e->len++;
}

/* Start of the word before the cursor, as ^W sees words. */
static size_t
lineedit_word_start(const struct lineedit *e)
{
	size_t i = e->cursor;

	while (i > 0 && iswspace((wint_t)e->text[i - 1]))
		i--;
	while (i > 0 && !iswspace((wint_t)e->text[i - 1]))
		i--;
	return i;
}

static bool
lineedit_move(struct lineedit *e, int key)
{
	if (key == KEYS_CTRL('A') || key == keys_home)
		e->cursor = 0;
	else if (key == KEYS_CTRL('E') || key == keys_end)
		e->cursor = e->len;
	else if (key == KEYS_CTRL('B') || key == keys_left)
		e->cursor -= e->cursor > 0;
	else if (key == KEYS_CTRL('F') || key == keys_right)
		e->cursor += e->cursor < e->len;
	else
		return false;
	return true;
}

bool
lineedit_key(struct lineedit *e, int key)
{
	key = keys_normalise(key);
	if (lineedit_move(e, key))
		return true;
	if (key == keys_backspace) {
		if (e->cursor > 0)
			lineedit_delete(e, e->cursor - 1, e->cursor);
	} else if (key == keys_dc || key == KEYS_CTRL('D')) {
		if (e->cursor < e->len)
			lineedit_delete(e, e->cursor, e->cursor + 1);
	} else if (key == KEYS_CTRL('K'))
		lineedit_delete(e, e->cursor, e->len);
	else if (key == KEYS_CTRL('U'))
		lineedit_delete(e, 0, e->cursor);
	else if (key == KEYS_CTRL('W'))
		lineedit_delete(e, lineedit_word_start(e), e->cursor);
	else if (keys_printable(key))
		lineedit_insert(e, (wchar_t)key);
	else
		return false;
	return true;
}

const char *
lineedit_text(struct lineedit *e)
{
	mbstate_t ps;
	const wchar_t *w = e->text;
	size_t n;

	memset(&ps, 0, sizeof ps);
	n = wcsrtombs(e->utf8, &w, sizeof e->utf8 - 1, &ps);
	e->utf8[n == (size_t)-1 ? 0 : n] = '\0';
	return e->utf8;
}

int
lineedit_cursor_col(const struct lineedit *e)
{
	int w = wcswidth(e->text, e->cursor);

	return w < 0 ? (int)e->cursor : w;
}
