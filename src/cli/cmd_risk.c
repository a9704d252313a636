/*
 * cmd_risk.c - `isms risk show|link|accept` and the table of the risk
 * register's commands; add, set and rm are the register's generic ones,
 * list is cmd_risk_list.c, actions cmd_risk_action.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/cli/cmd.h"
#include "isms/model/matrix.h"
#include "isms/model/risk.h"
#include "isms/rec/vocab.h"
#include "isms/report/risk_doc.h"
#include "isms/report/text.h"
#include "isms/util/date.h"

static void
risk_show_print(const struct matrix *mx, const struct risk_row *r)
{
	static const char *const labels[] = { "Risk", "Statement",
		"Description", "Threat", "Vulnerability", "Assets", "Owner",
		"Identified", "Inherent", "Current", "Treatment", "Controls",
		"Residual", "Status", "Next review", "Acceptance", "Flags",
		"Revision" };
	char inh[96], cur[96], res[96], acc[256], revision[128], today[11];
	char *flags;
	const char *state;

	date_today(today);
	flags = risk_doc_flags(r, today);
	state = risk_doc_acceptance(r, today);
	risk_doc_level(mx, r->il, r->ii, inh, sizeof inh);
	risk_doc_current(mx, r, cur, sizeof cur);
	risk_doc_level(mx, r->rl, r->ri, res, sizeof res);
	if (r->accepted)
		snprintf(acc, sizeof acc, "%s by %s on %.10s%s%s", state,
		    r->accepted_by, r->accepted_at, r->accepted_until ?
		    ", until " : "", r->accepted_until ? r->accepted_until :
		    "");
	else
		snprintf(acc, sizeof acc, "none");
	snprintf(revision, sizeof revision, "%lld, %s by %s", (long long)r->rev,
	    r->updated_at, r->updated_by);
	{
		const char *values[] = { r->ref, r->statement, r->description,
		    r->threat, r->vulnerability, r->assets, r->owner,
		    r->identified, inh, cur, r->treatment ?
		    vocab_label(&vocab_treatment, r->treatment) : NULL,
		    r->controls, res, vocab_label(&vocab_risk_status,
		    r->status), r->next_review, acc, flags, revision };

		text_fields_print(stdout, labels, values, 18);
	}
	free(flags);
}

static int
risk_show_run(struct cli_call *c)
{
	struct risk_row r = { 0 };
	struct matrix *mx = NULL;
	char *cause = NULL;
	enum isms_status st = matrix_get(c->m, &mx, &cause);

	if (st == ISMS_OK)
		st = risk_get(c->m, c->argv[0], &r, &cause);
	if (st == ISMS_OK)
		risk_show_print(mx, &r);
	risk_row_done(&r);
	matrix_free(mx);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static int
risk_link_run(struct cli_call *c)
{
	const char *const *assets, *const *controls;
	size_t na = cli_opts(c, "asset", &assets);
	size_t nc = cli_opts(c, "control", &controls);
	char *cause = NULL;
	enum isms_status st;

	if (na + nc == 0)
		return cli_usage(c, "name an --asset or a --control");
	st = risk_link(c->m, c->argv[0], assets, na, controls, nc,
	    cli_flag(c, "remove"), cli_flag(c, "force"), &cause);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static int
risk_accept_check(struct cli_call *c)
{
	if (cli_flag(c, "revoke") && cli_opt(c, "until") != NULL)
		return cli_usage(c, "--revoke ends the acceptance; leave out "
		    "--until");
	if (!cli_flag(c, "revoke") && cli_opt(c, "by") == NULL)
		return cli_usage(c, "say who accepts it with --by NAME "
		    "(normally the risk owner)");
	return 0;
}

static int
risk_accept_run(struct cli_call *c)
{
	const char *by = cli_opt(c, "by");
	char *cause = NULL;
	enum isms_status st;

	if (cli_flag(c, "revoke"))
		st = risk_revoke(c->m, c->argv[0], by, cli_opt(c, "note"),
		    &cause);
	else
		st = risk_accept(c->m, c->argv[0], by, cli_opt(c, "until"),
		    cli_opt(c, "note"), &cause);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static const struct cli_opt risk_link_opts[] = {
	{ "asset", 'a', "ID|NAME", "link the asset (repeat for more, 16 at "
	  "most)" },
	{ "control", 'c', "ID", "link the Annex A control (repeat for more)" },
	{ "remove", 'u', NULL, "remove the links instead" },
	{ "force", 'f', NULL, "remove a control that treatment actions name" },
	{ NULL, 0, NULL, NULL },
};

static const struct cli_opt risk_accept_opts[] = {
	{ "by", 'b', "NAME", "who accepts the residual risk (normally its "
	  "owner), or revokes the acceptance" },
	{ "until", 'u', "YYYY-MM-DD", "the acceptance ends then" },
	{ "note", 'n', "TEXT", "why it is accepted, or revoked" },
	{ "revoke", 'r', NULL, "end the acceptance instead (it stays on "
	  "record)" },
	{ NULL, 0, NULL, NULL },
};

const struct cli_cmd cli_risk[] = {
	CLI_LEAF("list", "[OPTION]...", "the register, filtered and sorted", 0,
	    0, CLI_READS, cmd_risk_list_opts, cmd_risk_list),
	CLI_LEAF("show", "REF", "one risk with its levels, links, acceptance "
	    "and flags", 1, 1, CLI_READS, NULL, risk_show_run),
	CLI_REG_LEAF("add", "STATEMENT [OPTION]...", "add a risk; prints its "
	    "reference", 1, 1, CLI_WRITES, NULL, cmd_reg_add, &reg_risk,
	    CLI_FIELDS_ADD),
	CLI_REG_SET("REF [OPTION]...", "change a risk", &reg_risk),
	CLI_REG_LEAF("rm", "REF", "delete a risk with its links, actions and "
	    "acceptances", 1, 1, CLI_WRITES, NULL, cmd_reg_rm, &reg_risk,
	    CLI_FIELDS_NONE),
	CLI_LEAF("link", "REF [--asset ID|NAME]... [--control ID]... "
	    "[--remove [--force]]", "link or unlink assets and Annex A "
	    "controls", 1, 1, CLI_WRITES, risk_link_opts, risk_link_run),
	CLI_CHECKED("accept", "REF --by NAME [--until DATE] [--note TEXT] | "
	    "REF --revoke [--by NAME] [--note TEXT]", "accept the residual "
	    "risk as it stands, or revoke the acceptance", 1, 1, CLI_WRITES,
	    risk_accept_opts, risk_accept_check, risk_accept_run),
	CLI_GROUP("action", "treatment actions of the risks",
	    cli_risk_action),
	CLI_LEAF("export", "[--format csv|md|html|xlsx] [-o FILE]", "the "
	    "register: method, heat maps, risks and treatment plan", 0, 0,
	    CLI_READS, cmd_export_opts, cmd_risk_export),
	CLI_END,
};
