/*
 * cmd_set.c - `isms set`: the organisation and scope of an existing ISMS
 * (a first start of the TUI creates one without them).
 */
#include <stdio.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"

int
cmd_set(const struct cli_globals *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "org", required_argument, NULL, 'o' },
		{ "scope", required_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 },
	};
	const char *org = NULL, *scope = NULL;
	char *cause = NULL;
	struct isms *m;
	enum isms_status st;
	int c, rc;

	args_begin();
	while ((c = args_next("set", argc, argv, ":o:s:", opts)) != -1)
		if (c == 'o')
			org = optarg;
		else if (c == 's')
			scope = optarg;
		else
			return 2;
	if (!args_operands("set", argc, 0, 0, "set [--org NAME] [--scope "
	    "TEXT]"))
		return 2;
	if (org == NULL && scope == NULL)
		return args_usage("set", "nothing to change (use --org and/or "
		    "--scope)");
	if ((rc = cli_open(g, true, &m)) != 0)
		return rc;
	st = isms_set(m, org, scope, -1, &cause);
	isms_close(m);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}
