/*
 * tui.h - the full-screen interface (ncursesw).
 */
#ifndef ISMS_UI_TUI_H
#define ISMS_UI_TUI_H

#include <stdbool.h>

/* Run the full-screen interface on the database db (NULL: the default)
 * and return the exit status. */
int tui_main(const char *db, bool readonly, bool no_color);

#endif
