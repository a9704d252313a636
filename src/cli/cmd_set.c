/*
 * cmd_set.c - `isms set`: the organisation and scope of an existing ISMS
 * (a first start of the TUI creates one without them).
 */
#include <stdio.h>

#include "isms/cli/cli.h"
#include "isms/cli/cmd.h"

const struct cli_opt cmd_set_opts[] = {
	{ "org", 'o', "NAME", "the organisation" },
	{ "scope", 's', "TEXT", "the scope of the ISMS" },
	{ NULL, 0, NULL, NULL },
};

int
cmd_set_check(struct cli_call *c)
{
	if (cli_opt(c, "org") == NULL && cli_opt(c, "scope") == NULL)
		return cli_usage(c, "nothing to change (use --org and/or "
		    "--scope)");
	return 0;
}

int
cmd_set(struct cli_call *c)
{
	char *cause = NULL;
	enum isms_status st = isms_set(c->m, cli_opt(c, "org"),
	    cli_opt(c, "scope"), -1, &cause);

	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}
