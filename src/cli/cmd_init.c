/*
 * cmd_init.c - `isms init`: create a new ISMS database from the catalogs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/model/create.h"
#include "isms/model/demo.h"
#include "isms/report/text.h"

int
cmd_init(const struct cli_globals *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "org", required_argument, NULL, 'o' },
		{ "scope", required_argument, NULL, 's' },
		{ "matrix", required_argument, NULL, 'm' },
		{ "demo", no_argument, NULL, 'D' },
		{ "group", required_argument, NULL, 'g' },
		{ NULL, 0, NULL, 0 },
	};
	struct isms_init init = { 0 };
	struct isms *m = NULL;
	char *path, *cause = NULL;
	enum isms_status st;
	int c;

	args_begin();
	while ((c = args_next("init", argc, argv, ":", opts)) != -1) {
		switch (c) {
		case 'o':
			init.org = optarg;
			break;
		case 's':
			init.scope = optarg;
			break;
		case 'm':
			init.matrix = optarg;
			break;
		case 'D':
			init.demo = true;
			break;
		case 'g':
			init.group = optarg;
			break;
		default:
			return 2;
		}
	}
	if (!args_operands("init", argc, 0, 0,
	    "init [--org NAME] [--scope TEXT] [--matrix ID] [--demo] "
	    "[--group GROUP]"))
		return 2;
	if (init.demo && init.matrix != NULL &&
	    strcmp(init.matrix, ISMS_DEFAULT_MATRIX) != 0)
		return args_usage("init", "--demo is scored on the %s matrix; "
		    "leave out --matrix", ISMS_DEFAULT_MATRIX);
	if (init.demo) {
		init.org = init.org != NULL ? init.org : DEMO_ORG;
		init.scope = init.scope != NULL ? init.scope : DEMO_SCOPE;
	}
	if (g->readonly)
		return args_usage("init", "cannot create a database with "
		    "--read-only");
	if ((path = cli_db_path(g)) == NULL)
		return 2;
	st = isms_create(path, &init, &m, &cause);
	if (st != ISMS_OK) {
		free(path);
		return cli_fail(st, cause);
	}
	text_line(stderr, "isms: created %s (%s, risk matrix %s)", path,
	    isms_info(m)->framework_title, isms_info(m)->matrix_id);
	if (init.group != NULL) {
		text_printf(stderr, "isms: a group database: members of %s may "
		    "open it; see 'isms db check'\n", init.group);
		cli_warn_files(m);
	}
	isms_close(m);
	free(path);
	return 0;
}
