/*
 * cmd_db.c - `isms db check` and `isms db backup FILE`.
 */
#include <stdio.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/report/text.h"

/* One problem a line, escaped whole: it may quote a crafted name. */
static void
db_problem(void *ctx, const char *problem)
{
	(*(size_t *)ctx)++;
	text_line(stdout, "%s", problem);
}

static int
db_check_cmd(const struct cli_globals *g, int argc, char **argv)
{
	struct isms *m;
	char *cause = NULL;
	size_t problems = 0;
	enum isms_status st;
	int rc;

	if (!args_no_options("db check", argc, argv) ||
	    !args_operands("db check", argc, 0, 0, "db check"))
		return 2;
	if ((rc = cli_open(g, false, &m)) != 0)
		return rc;
	st = isms_check(m, db_problem, &problems, &cause);
	if (st == ISMS_OK)
		text_line(stdout, "%s: ok (integrity, references, schema, history "
		    "chain)", isms_path(m));
	else if (st == ISMS_NEGATIVE)
		text_line(stdout, "%s: %zu problem%s", isms_path(m), problems,
		    problems == 1 ? "" : "s");
	isms_close(m);
	if ((rc = cli_flush()) != 0)
		return rc;
	if (st == ISMS_NEGATIVE)
		return 1;
	return st == ISMS_OK ? 0 : cli_fail(st, cause);
}

static int
db_backup_cmd(const struct cli_globals *g, int argc, char **argv)
{
	struct isms *m;
	char *cause = NULL;
	enum isms_status st;
	int rc;

	if (!args_no_options("db backup", argc, argv) ||
	    !args_operands("db backup", argc, 1, 1, "db backup FILE"))
		return 2;
	if ((rc = cli_open(g, false, &m)) != 0)
		return rc;
	st = isms_backup(m, argv[optind], &cause);
	if (st == ISMS_OK)
		text_line(stderr, "isms: backed up %s to %s", isms_path(m),
		    argv[optind]);
	isms_close(m);
	return st == ISMS_OK ? 0 : cli_fail(st, cause);
}

int
cmd_db(const struct cli_globals *g, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "check", db_check_cmd },
		{ "backup", db_backup_cmd },
	};

	return cli_dispatch("db", subs, sizeof subs / sizeof *subs, g, argc,
	    argv);
}
