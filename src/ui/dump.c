/*
 * dump.c - the screen as text, for keystroke-script tests: what a user
 * would read, plus (on request) which cells carry which attributes.
 */
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "isms/ui/term.h"
#include "isms/util/buf.h"

static const char *const dump_roles[] = {
#define UI_ROLE_NAME(name, mono, fg, bg) #name,
	UI_ROLES(UI_ROLE_NAME)
#undef UI_ROLE_NAME
};

/* Attribute description of one cell; "" for plain. */
static void
dump_attr_name(attr_t a, short pair, char *buf, size_t size)
{
	static const struct { attr_t bit; const char *name; } bits[] = {
		{ A_BOLD, "bold" }, { A_REVERSE, "reverse" },
		{ A_UNDERLINE, "underline" }, { A_DIM, "dim" },
	};
	size_t len = 0;

	buf[0] = '\0';
	if (pair > 0 && pair <= UI_ROLE_COUNT)
		len += (size_t)snprintf(buf, size, "%s", dump_roles[pair - 1]);
	for (size_t i = 0; i < sizeof bits / sizeof *bits; i++)
		if ((a & bits[i].bit) && len < size)
			len += (size_t)snprintf(buf + len, size - len, "%s%s",
			    len ? "," : "", bits[i].name);
}

static void
dump_row(FILE *out, int y, int cols, bool attrs)
{
	struct buf line, runs;
	char cur[64] = "", name[64];
	int start = 0;

	buf_init(&line);
	buf_init(&runs);
	for (int x = 0; x <= cols; x++) {
		cchar_t cc;
		wchar_t wc[CCHARW_MAX + 1] = { 0 };
		attr_t a = 0;
		short pair = 0;
		char mb[64];

		name[0] = '\0';
		if (x < cols && mvwin_wch(stdscr, y, x, &cc) == OK) {
			getcchar(&cc, wc, &a, &pair, NULL);
			dump_attr_name(a & ~(A_CHARTEXT | A_ALTCHARSET), pair,
			    name, sizeof name);
		}
		if (strcmp(name, cur) != 0) {
			if (cur[0] != '\0')
				buf_printf(&runs, "@%d %d-%d %s\n", y, start,
				    x - 1, cur);
			snprintf(cur, sizeof cur, "%s", name);
			start = x;
		}
		if (x == cols)
			break;
		if (a & A_ALTCHARSET)          /* line drawing as ASCII */
			wc[0] = wc[0] == L'q' ? L'-' : wc[0] == L'x' ? L'|' :
			    L'+';
		if (wc[0] != L'\0' && wcwidth(wc[0]) != 0) {
			size_t n = wcstombs(mb, wc, sizeof mb);

			if (n != (size_t)-1)
				buf_add(&line, mb, n);
			if (wcwidth(wc[0]) == 2) {
				x++;
			}
		} else if (wc[0] == L'\0')
			buf_addc(&line, ' ');
	}
	{
		const char *s = buf_str(&line);
		size_t n = strlen(s);

		while (n > 0 && s[n - 1] == ' ')
			n--;
		fprintf(out, "|%.*s\n", (int)n, s);
	}
	if (attrs)
		fputs(buf_str(&runs), out);
	buf_done(&line);
	buf_done(&runs);
}

void
term_dump(FILE *out, bool attrs)
{
	int rows, cols, cy, cx;

	getyx(stdscr, cy, cx);        /* reading cells moves the cursor */
	getmaxyx(stdscr, rows, cols);
	fprintf(out, "--- screen %dx%d\n", cols, rows);
	for (int y = 0; y < rows; y++)
		dump_row(out, y, cols, attrs);
	wmove(stdscr, cy, cx);
	fflush(out);
}

void
term_dump_cursor(FILE *out)
{
	int y, x;

	getyx(stdscr, y, x);
	fprintf(out, "--- cursor %d,%d\n", y, x);
}
