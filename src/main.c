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
	if (command >= argc) {
		struct tui_options o = { g.db, g.readonly, g.no_color,
			g.script, g.cols, g.rows };

		return tui_main(&o);
	}
	return cli_run(&g, argc - command, argv + command);
}
