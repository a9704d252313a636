/*
 * cmd_risk_action.c - `isms risk action add|set|list`: the treatment plan.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/model/risk.h"
#include "isms/rec/vocab.h"
#include "isms/report/text.h"

static const struct option action_opts[] = {
	{ "what", required_argument, NULL, 'w' },
	{ "control", required_argument, NULL, 'c' },
	{ "owner", required_argument, NULL, 'o' },
	{ "due", required_argument, NULL, 'd' },
	{ "status", required_argument, NULL, 's' },
	{ "done", required_argument, NULL, 'D' },
	{ "rev", required_argument, NULL, 'R' },
	{ NULL, 0, NULL, 0 },
};

static bool
action_options(const char *cmd, int argc, char **argv, struct action_patch *p,
               int64_t *rev)
{
	int c;

	args_begin();
	while ((c = args_next(cmd, argc, argv, ":w:c:o:d:s:D:R:",
	    action_opts)) != -1)
		switch (c) {
		case 'w': p->what = optarg; break;
		case 'c': p->control = optarg; break;
		case 'o': p->owner = optarg; break;
		case 'd': p->due = optarg; break;
		case 's': p->status = optarg; break;
		case 'D': p->done = optarg; break;
		case 'R':
			if (!args_int(cmd, "--rev", optarg, 1, INT64_MAX, rev))
				return false;
			break;
		default: return false;
		}
	return true;
}

static int
action_add_cmd(const struct cli_globals *g, int argc, char **argv)
{
	struct action_patch p = { 0 };
	int64_t rev = -1, id;
	struct isms *m;
	char *cause = NULL;
	enum isms_status st;
	int rc;

	if (!action_options("risk action add", argc, argv, &p, &rev) ||
	    !args_operands("risk action add", argc, 2, 2, "risk action add "
	    "REF WHAT [OPTION]..."))
		return 2;
	p.what = argv[optind + 1];
	if ((rc = cli_open(g, true, &m)) != 0)
		return rc;
	st = action_add(m, argv[optind], &p, &id, &cause);
	isms_close(m);
	if (st != ISMS_OK)
		return cli_fail(st, cause);
	text_printf(stdout, "%lld\n", (long long)id);
	return cli_flush();
}

static int
action_set_cmd(const struct cli_globals *g, int argc, char **argv)
{
	struct action_patch p = { 0 };
	int64_t rev = -1, id;
	struct isms *m;
	char *cause = NULL;
	enum isms_status st;
	int rc;

	if (!action_options("risk action set", argc, argv, &p, &rev) ||
	    !args_operands("risk action set", argc, 1, 1, "risk action set "
	    "ACTION [OPTION]...") ||
	    !args_int("risk action set", "ACTION", argv[optind], 1, INT64_MAX,
	    &id))
		return 2;
	if ((rc = cli_open(g, true, &m)) != 0)
		return rc;
	st = action_set(m, id, &p, rev, &cause);
	isms_close(m);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static int
action_list_cmd(const struct cli_globals *g, int argc, char **argv)
{
	static const char *const head[] = { "ACTION", "RISK", "WHAT",
		"CONTROL", "OWNER", "DUE", "STATUS", "DONE" };
	struct action_row *rows = NULL;
	struct text_table t;
	struct isms *m;
	size_t n = 0;
	char *cause = NULL;
	enum isms_status st;
	int rc;

	if (!args_no_options("risk action list", argc, argv) ||
	    !args_operands("risk action list", argc, 0, 1, "risk action list "
	    "[REF]"))
		return 2;
	if ((rc = cli_open(g, false, &m)) != 0)
		return rc;
	st = action_list(m, optind < argc ? argv[optind] : NULL, &rows, &n,
	    &cause);
	if (st == ISMS_OK) {
		text_table_init(&t, head, 8);
		for (size_t i = 0; i < n; i++) {
			const struct action_row *a = &rows[i];
			char id[24];
			const char *cells[] = { id, a->risk_ref, a->what,
			    a->control, a->owner, a->due,
			    vocab_label(&vocab_action_status, a->status),
			    a->done };

			snprintf(id, sizeof id, "%lld", (long long)a->id);
			text_table_add(&t, cells);
		}
		text_table_print(&t, stdout);
		text_table_done(&t);
	}
	action_rows_free(rows, n);
	isms_close(m);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

int
cmd_risk_action(const struct cli_globals *g, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "add", action_add_cmd },
		{ "set", action_set_cmd },
		{ "list", action_list_cmd },
	};

	return cli_dispatch("risk action", subs, sizeof subs / sizeof *subs, g,
	    argc, argv);
}
