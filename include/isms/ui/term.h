/*
 * term.h - the terminal under the full-screen interface: starting and
 * stopping curses (newterm, or a virtual screen for keystroke scripts),
 * colour roles with a complete monochrome fallback, and screen dumps.
 *
 * One terminal per process; the functions keep that state internally.
 */
#ifndef ISMS_UI_TERM_H
#define ISMS_UI_TERM_H

#include <stdbool.h>
#include <stdio.h>

/* X(NAME, monochrome attributes, foreground, background) */
#define UI_ROLES(X) \
	X(NORMAL, A_NORMAL, -1, -1) \
	X(TAB, A_NORMAL, -1, -1) \
	X(TAB_ACTIVE, A_REVERSE | A_BOLD, COLOR_WHITE, COLOR_BLUE) \
	X(HEADER, A_BOLD | A_UNDERLINE, COLOR_CYAN, -1) \
	X(SELECTED, A_REVERSE, COLOR_BLACK, COLOR_CYAN) \
	X(STATUS, A_REVERSE, COLOR_WHITE, COLOR_BLUE) \
	X(HINT, A_NORMAL, COLOR_CYAN, -1) \
	X(TITLE, A_BOLD, -1, -1) \
	X(ERROR, A_BOLD, COLOR_RED, -1) \
	X(DONE, A_NORMAL, COLOR_GREEN, -1) \
	X(PARTIAL, A_NORMAL, COLOR_YELLOW, -1) \
	X(PENDING, A_NORMAL, -1, -1) \
	X(OVERDUE, A_BOLD, COLOR_RED, -1) \
	X(MUTED, A_DIM, COLOR_BLUE, -1) \
	X(CHANGED, A_BOLD, COLOR_YELLOW, -1) \
	X(FRAME, A_NORMAL, -1, -1)

enum ui_role {
#define UI_ROLE_ENUM(name, mono, fg, bg) UI_ROLE_##name,
	UI_ROLES(UI_ROLE_ENUM)
#undef UI_ROLE_ENUM
	UI_ROLE_COUNT
};

struct term_options {
	bool no_color;
	const char *script;           /* keystroke script, or NULL */
	int cols, rows;               /* script screen size */
};

/* Start curses on the terminal (or on a virtual screen for a script).
 * Returns 0, or -1 with a message naming TERM in *cause (caller frees)
 * when the terminal cannot be driven; the terminal is then untouched. */
int term_start(const struct term_options *o, char **cause);
void term_stop(void);

/* Resize the (virtual) screen to rows x cols: 0, or -1 when memory ran
 * out.  After a failure ncurses' screen cannot be freed safely, so
 * term_stop() then only ends curses mode. */
int term_resize(int rows, int cols);

bool term_scripted(void);
/* True when only ASCII can be drawn (the locale is not UTF-8). */
bool term_ascii(void);
/* Curses attributes of a role (colour pair or monochrome attributes). */
int term_attr(enum ui_role role);

/* Write the current screen to out: one line per row with trailing blanks
 * removed; with attrs, each row is followed by "@row col-col attrs" lines
 * naming the attributes of each run of styled cells. */
void term_dump(FILE *out, bool attrs);

/* Write where the terminal cursor is parked, "--- cursor ROW,COL", as the
 * last screen update left it (a screen reader follows it). */
void term_dump_cursor(FILE *out);

/* Leave curses for an outside program and come back after it. */
void term_leave(void);
void term_return(void);

#endif
