/*
 * tui.h - the full-screen interface (ncursesw).
 */
#ifndef ISMS_UI_TUI_H
#define ISMS_UI_TUI_H

#include <stdbool.h>

struct tui_options {
	const char *db;               /* --db, or NULL for the default */
	bool readonly;                /* --read-only */
	bool no_color;                /* --no-color or NO_COLOR */
	const char *script;           /* --script FILE, or NULL */
	int cols, rows;               /* --size of the scripted screen */
};

/* Run the full-screen interface and return the exit status: 0, or 2
 * when the database or the terminal cannot be used (said on stderr). */
int tui_main(const struct tui_options *o);

#endif
