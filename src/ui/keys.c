/*
 * keys.c - key names for the help screen, the man page, hints and the
 * keystroke scripts of the UI tests.
 */
#include <curses.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "isms/ui/keys.h"

const int keys_up = KEYS_FN(KEY_UP), keys_down = KEYS_FN(KEY_DOWN),
    keys_left = KEYS_FN(KEY_LEFT), keys_right = KEYS_FN(KEY_RIGHT),
    keys_home = KEYS_FN(KEY_HOME), keys_end = KEYS_FN(KEY_END),
    keys_npage = KEYS_FN(KEY_NPAGE), keys_ppage = KEYS_FN(KEY_PPAGE),
    keys_btab = KEYS_FN(KEY_BTAB), keys_backspace = KEYS_FN(KEY_BACKSPACE),
    keys_dc = KEYS_FN(KEY_DC), keys_resize = KEYS_FN(KEY_RESIZE),
    keys_enter = KEYS_FN(KEY_ENTER), keys_f1 = KEYS_FN(KEY_F(1));

struct keys_named {
	int key;
	const char *name;
};

static const struct keys_named keys_names[] = {
	{ KEYS_ENTER, "Enter" }, { KEYS_TAB, "Tab" }, { KEYS_ESC, "Esc" },
	{ ' ', "Space" }, { KEYS_FN(KEY_BTAB), "S-Tab" },
	{ KEYS_FN(KEY_UP), "Up" }, { KEYS_FN(KEY_DOWN), "Down" },
	{ KEYS_FN(KEY_LEFT), "Left" }, { KEYS_FN(KEY_RIGHT), "Right" },
	{ KEYS_FN(KEY_HOME), "Home" }, { KEYS_FN(KEY_END), "End" },
	{ KEYS_FN(KEY_NPAGE), "PgDn" }, { KEYS_FN(KEY_PPAGE), "PgUp" },
	{ KEYS_FN(KEY_BACKSPACE), "Backspace" }, { KEYS_FN(KEY_DC), "Delete" },
	{ KEYS_FN(KEY_RESIZE), "Resize" }, { KEYS_TICK, "Tick" },
};

const char *
keys_name(int key, char *buf, size_t size)
{
	mbstate_t ps;
	size_t len;

	for (size_t i = 0; i < sizeof keys_names / sizeof *keys_names; i++)
		if (keys_names[i].key == key) {
			snprintf(buf, size, "%s", keys_names[i].name);
			return buf;
		}
	if (key >= KEYS_FN(KEY_F(1)) && key <= KEYS_FN(KEY_F(12)))
		snprintf(buf, size, "F%d", key - KEYS_FN(KEY_F(0)));
	else if (key >= 0 && key < 0x20)
		snprintf(buf, size, "^%c", key + '@');
	else if (key >= KEYS_FN_BASE)
		snprintf(buf, size, "<%d>", key - KEYS_FN_BASE);
	else {
		char mb[MB_LEN_MAX];

		memset(&ps, 0, sizeof ps);
		len = wcrtomb(mb, (wchar_t)key, &ps);
		if (len == (size_t)-1 || len >= size)
			snprintf(buf, size, "U+%04X", (unsigned)key);
		else {
			memcpy(buf, mb, len);
			buf[len] = '\0';
		}
	}
	return buf;
}

int
keys_parse(const char *name)
{
	mbstate_t ps;
	wchar_t wc;
	size_t len;
	int n;

	for (size_t i = 0; i < sizeof keys_names / sizeof *keys_names; i++)
		if (strcmp(keys_names[i].name, name) == 0)
			return keys_names[i].key;
	if (name[0] == '^' && name[1] >= '@' && name[1] <= '_' &&
	    name[2] == '\0')
		return name[1] - '@';
	if (name[0] == 'F' && sscanf(name + 1, "%d", &n) == 1 && n >= 1 &&
	    n <= 12)
		return KEYS_FN(KEY_F(n));
	memset(&ps, 0, sizeof ps);
	len = mbrtowc(&wc, name, strlen(name), &ps);
	if (len == 0 || len == (size_t)-1 || len == (size_t)-2 ||
	    name[len] != '\0')
		return -1;
	return (int)wc;
}

bool
keys_printable(int key)
{
	return key >= 0x20 && key < KEYS_FN_BASE && key != 0x7f &&
	    iswprint((wint_t)key);
}

int
keys_normalise(int key)
{
	if (key == '\n' || key == KEYS_FN(KEY_ENTER))
		return KEYS_ENTER;
	if (key == 0x7f || key == KEYS_CTRL('H'))
		return KEYS_FN(KEY_BACKSPACE);
	return key;
}
