/*
 * cmd_init.c - `isms init`: create a new ISMS database from the catalogs.
 * init makes the database itself, so its entry opens none.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/cli/cmd.h"
#include "isms/model/create.h"
#include "isms/model/demo.h"
#include "isms/report/text.h"

const struct cli_opt cmd_init_opts[] = {
	{ "org", 0, "NAME", "the organisation" },
	{ "scope", 0, "TEXT", "the scope of the ISMS" },
	{ "matrix", 0, "ID", "the risk matrix catalog (default 5x5)" },
	{ "demo", 0, NULL, "fill it with a fictional company" },
	{ "group", 0, "GROUP", "make it a group database of GROUP" },
	{ NULL, 0, NULL, NULL },
};

/* What init is asked to create; 0, or 2 after a usage error. */
static int
init_args(struct cli_call *c, struct isms_init *init)
{
	*init = (struct isms_init){
		.org = cli_opt(c, "org"), .scope = cli_opt(c, "scope"),
		.matrix = cli_opt(c, "matrix"), .demo = cli_flag(c, "demo"),
		.group = cli_opt(c, "group"),
	};
	if (init->demo && init->matrix != NULL &&
	    strcmp(init->matrix, ISMS_DEFAULT_MATRIX) != 0)
		return cli_usage(c, "--demo is scored on the %s matrix; leave "
		    "out --matrix", ISMS_DEFAULT_MATRIX);
	if (init->demo) {
		init->org = init->org != NULL ? init->org : DEMO_ORG;
		init->scope = init->scope != NULL ? init->scope : DEMO_SCOPE;
	}
	if (c->g->readonly)
		return cli_usage(c, "cannot create a database with "
		    "--read-only");
	return 0;
}

int
cmd_init(struct cli_call *c)
{
	struct isms_init init;
	struct isms *m = NULL;
	char *path, *cause = NULL;
	enum isms_status st;
	int rc;

	if ((rc = init_args(c, &init)) != 0)
		return rc;
	if ((path = cli_db_path(c->g)) == NULL)
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
