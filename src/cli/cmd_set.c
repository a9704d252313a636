/*
 * cmd_set.c - `isms set`: the organisation and scope of an existing ISMS
 * (a first start of the TUI creates one without them).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/cli.h"
#include "isms/cli/cmd.h"
#include "isms/report/text.h"
#include "isms/util/xmalloc.h"

const struct cli_opt cmd_set_opts[] = {
	{ "org", 'o', "NAME", "the organisation" },
	{ "scope", 's', "TEXT", "the scope of the ISMS" },
	{ "quiet", 'q', NULL, "do not say what changed (said only on a "
	  "terminal)" },
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
	const struct isms_info *info = isms_info(c->m);
	char *org = xstrdup(info->org), *scope = xstrdup(info->scope);
	char *cause = NULL;
	enum isms_status st = isms_set(c->m, cli_opt(c, "org"),
	    cli_opt(c, "scope"), -1, &cause);

	/* isms_set() re-reads the info, so what it holds now is new */
	if (st == ISMS_OK && cli_telling(cli_flag(c, "quiet"))) {
		info = isms_info(c->m);
		if (strcmp(org, info->org) != 0)
			cli_tell_change(NULL, "org", org, info->org);
		if (strcmp(scope, info->scope) != 0)
			cli_tell_change(NULL, "scope", scope, info->scope);
		if (strcmp(org, info->org) == 0 && strcmp(scope,
		    info->scope) == 0)
			text_line(stderr, "isms: unchanged (it had those "
			    "values)");
	}
	free(org);
	free(scope);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}
