/*
 * main.c - chooses between the full-screen interface and a command;
 * nothing else.
 */
#include <locale.h>

#include "isms/cli/cli.h"
#include "isms/ui/tui.h"

int
main(int argc, char **argv)
{
	struct cli_globals g;
	int command, rc;

	setlocale(LC_ALL, "");
	if ((rc = cli_parse_globals(argc, argv, &g, &command)) >= 0)
		return rc;
	if (command >= argc)
		return tui_main(g.db, g.readonly, g.no_color);
	return cli_run(&g, argc - command, argv + command);
}
