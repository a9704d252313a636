/*
 * tui.c - entry point of the full-screen interface.  The panes arrive
 * with the TUI issue; until then isms says so clearly and points to the
 * commands, which already cover every register.
 */
#include <stdio.h>

#include "isms/ui/tui.h"

int
tui_main(const char *db, bool readonly, bool no_color)
{
	(void)db;
	(void)readonly;
	(void)no_color;
	fputs("isms: the full-screen interface is not part of this version "
	    "yet;\nuse the commands instead (isms --help lists them, for "
	    "example 'isms soa list').\n", stderr);
	return 2;
}
