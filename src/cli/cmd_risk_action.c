/*
 * cmd_risk_action.c - `isms risk action add|set|rm|list`: the treatment
 * plan.  set and rm are the register's generic commands; add takes the
 * risk and what is done as operands.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/cli/cmd.h"
#include "isms/model/risk.h"
#include "isms/rec/vocab.h"
#include "isms/report/text.h"
#include "isms/util/date.h"

static int
action_add_run(struct cli_call *c)
{
	char *key = NULL, *cause = NULL;
	enum isms_status st;

	c->patch.v[ACTION_RISK] = c->argv[0];
	c->patch.v[ACTION_WHAT] = c->argv[1];
	st = reg_add(c->m, &reg_action, &c->patch, &key, &cause);
	if (st != ISMS_OK)
		return cli_fail(st, cause);
	text_line(stdout, "%s", key);
	free(key);
	return cli_flush();
}

static int
action_list_run(struct cli_call *c)
{
	static const char *const head[] = { "ACTION", "RISK", "WHAT",
		"CONTROL", "OWNER", "DUE", "STATUS", "DONE", "FLAGS" };
	struct action_row *rows = NULL;
	struct text_table t;
	size_t n = 0;
	char *cause = NULL, today[11];
	enum isms_status st = action_list(c->m, c->argc > 0 ? c->argv[0] :
	    NULL, &rows, &n, &cause);

	if (st != ISMS_OK)
		return cli_fail(st, cause);
	date_today(today);
	text_table_init(&t, head, 9);
	for (size_t i = 0; i < n; i++) {
		const struct action_row *a = &rows[i];
		char id[24];
		const char *cells[] = { id, a->risk_ref, a->what, a->control,
		    a->owner, a->due, vocab_label(&vocab_action_status,
		    a->status), a->done, action_late(a, today) ? "overdue" :
		    "" };

		snprintf(id, sizeof id, "%lld", (long long)a->id);
		text_table_add(&t, cells);
	}
	text_table_print(&t, stdout);
	text_table_done(&t);
	action_rows_free(rows, n);
	return cli_flush();
}

const struct cli_cmd cli_risk_action[] = {
	CLI_REG_LEAF("add", "REF WHAT [OPTION]...", "add a treatment action "
	    "to a risk; prints its number", 2, 2, CLI_WRITES, NULL,
	    action_add_run, &reg_action, CLI_FIELDS_ADD),
	CLI_REG_SET("ACTION [OPTION]...", "change an action", &reg_action),
	CLI_REG_LEAF("rm", "ACTION", "delete an action", 1, 1, CLI_WRITES,
	    NULL, cmd_reg_rm, &reg_action, CLI_FIELDS_NONE),
	CLI_LEAF("list", "[REF]", "the actions of one risk, or of all", 0, 1,
	    CLI_READS, NULL, action_list_run),
	CLI_END,
};
