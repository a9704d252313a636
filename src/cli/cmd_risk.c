/*
 * cmd_risk.c - `isms risk list|show|add|set|rm|link|accept|export`: the
 * risk register.  Actions are cmd_risk_action.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/model/matrix.h"
#include "isms/model/risk.h"
#include "isms/rec/vocab.h"
#include "isms/report/risk_doc.h"
#include "isms/report/text.h"
#include "isms/util/date.h"

static const struct option risk_opts[] = {
	{ "statement", required_argument, NULL, 'S' },
	{ "description", required_argument, NULL, 'D' },
	{ "threat", required_argument, NULL, 'T' },
	{ "vulnerability", required_argument, NULL, 'V' },
	{ "owner", required_argument, NULL, 'o' },
	{ "identified", required_argument, NULL, 'i' },
	{ "likelihood", required_argument, NULL, 'l' },
	{ "impact", required_argument, NULL, 'm' },
	{ "tier", required_argument, NULL, 't' },
	{ "treatment", required_argument, NULL, 'x' },
	{ "residual-likelihood", required_argument, NULL, 'L' },
	{ "residual-impact", required_argument, NULL, 'M' },
	{ "status", required_argument, NULL, 's' },
	{ "review", required_argument, NULL, 'r' },
	{ "rev", required_argument, NULL, 'R' },
	{ NULL, 0, NULL, 0 },
};

static bool
risk_options(const char *cmd, int argc, char **argv, struct risk_patch *p,
             int64_t *rev)
{
	int c;

	args_begin();
	while ((c = args_next(cmd, argc, argv, ":S:D:T:V:o:i:l:m:t:x:L:M:s:r:R:",
	    risk_opts)) != -1)
		switch (c) {
		case 'S': p->statement = optarg; break;
		case 'D': p->description = optarg; break;
		case 'T': p->threat = optarg; break;
		case 'V': p->vulnerability = optarg; break;
		case 'o': p->owner = optarg; break;
		case 'i': p->identified = optarg; break;
		case 'l': p->likelihood = optarg; break;
		case 'm': p->impact = optarg; break;
		case 't': p->tier = optarg; break;
		case 'x': p->treatment = optarg; break;
		case 'L': p->residual_likelihood = optarg; break;
		case 'M': p->residual_impact = optarg; break;
		case 's': p->status = optarg; break;
		case 'r': p->review = optarg; break;
		case 'R':
			if (!args_int(cmd, "--rev", optarg, 1, INT64_MAX, rev))
				return false;
			break;
		default: return false;
		}
	return true;
}

static int
risk_add_cmd(const struct cli_globals *g, int argc, char **argv)
{
	struct risk_patch p = { 0 };
	int64_t rev = -1;
	struct isms *m;
	char *cause = NULL, *ref = NULL;
	enum isms_status st;
	int rc;

	if (!risk_options("risk add", argc, argv, &p, &rev) ||
	    !args_operands("risk add", argc, 1, 1, "risk add STATEMENT "
	    "[OPTION]..."))
		return 2;
	p.statement = argv[optind];
	if ((rc = cli_open(g, true, &m)) != 0)
		return rc;
	st = risk_add(m, &p, &ref, &cause);
	isms_close(m);
	if (st != ISMS_OK)
		return cli_fail(st, cause);
	text_printf(stdout, "%s\n", ref);
	free(ref);
	return cli_flush();
}

static int
risk_set_cmd(const struct cli_globals *g, int argc, char **argv)
{
	struct risk_patch p = { 0 };
	int64_t rev = -1;
	struct isms *m;
	char *cause = NULL;
	enum isms_status st;
	int rc;

	if (!risk_options("risk set", argc, argv, &p, &rev) ||
	    !args_operands("risk set", argc, 1, 1, "risk set REF [OPTION]..."))
		return 2;
	if ((rc = cli_open(g, true, &m)) != 0)
		return rc;
	st = risk_set(m, argv[optind], &p, rev, &cause);
	isms_close(m);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static int
risk_rm_cmd(const struct cli_globals *g, int argc, char **argv)
{
	struct isms *m;
	char *cause = NULL;
	enum isms_status st;
	int rc;

	if (!args_no_options("risk rm", argc, argv) ||
	    !args_operands("risk rm", argc, 1, 1, "risk rm REF"))
		return 2;
	if ((rc = cli_open(g, true, &m)) != 0)
		return rc;
	st = risk_rm(m, argv[optind], &cause);
	isms_close(m);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static void
risk_show_print(const struct matrix *mx, const struct risk_row *r)
{
	static const char *const labels[] = { "Risk", "Statement",
		"Description", "Threat", "Vulnerability", "Assets", "Owner",
		"Identified", "Inherent", "Tier", "Treatment", "Controls",
		"Residual", "Status", "Next review", "Acceptance", "Flags",
		"Revision" };
	char inh[96], res[96], acc[256], revision[128], today[11];
	char *flags;
	const char *state;

	date_today(today);
	flags = risk_doc_flags(r, today);
	state = risk_doc_acceptance(r, today);
	risk_doc_level(mx, r->il, r->ii, inh, sizeof inh);
	risk_doc_level(mx, r->rl, r->ri, res, sizeof res);
	if (r->accepted)
		snprintf(acc, sizeof acc, "%s by %s on %.10s%s%s", state,
		    r->accepted_by, r->accepted_at, r->accepted_until ?
		    ", until " : "", r->accepted_until ? r->accepted_until : "");
	else
		snprintf(acc, sizeof acc, "none");
	snprintf(revision, sizeof revision, "%lld, %s by %s", (long long)r->rev,
	    r->updated_at, r->updated_by);
	{
		const char *values[] = { r->ref, r->statement, r->description,
		    r->threat, r->vulnerability, r->assets, r->owner,
		    r->identified, inh, r->tier, r->treatment ?
		    vocab_label(&vocab_treatment, r->treatment) : NULL,
		    r->controls, res, vocab_label(&vocab_risk_status,
		    r->status), r->next_review, acc, flags, revision };

		text_fields_print(stdout, labels, values, 18);
	}
	free(flags);
}

static int
risk_show_cmd(const struct cli_globals *g, int argc, char **argv)
{
	struct risk_row r = { 0 };
	struct matrix *mx = NULL;
	struct isms *m;
	char *cause = NULL;
	enum isms_status st;
	int rc;

	if (!args_no_options("risk show", argc, argv) ||
	    !args_operands("risk show", argc, 1, 1, "risk show REF"))
		return 2;
	if ((rc = cli_open(g, false, &m)) != 0)
		return rc;
	st = matrix_get(m, &mx, &cause);
	if (st == ISMS_OK)
		st = risk_get(m, argv[optind], &r, &cause);
	if (st == ISMS_OK)
		risk_show_print(mx, &r);
	risk_row_done(&r);
	matrix_free(mx);
	isms_close(m);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static int
risk_link_cmd(const struct cli_globals *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "asset", required_argument, NULL, 'a' },
		{ "control", required_argument, NULL, 'c' },
		{ "remove", no_argument, NULL, 'u' },
		{ "force", no_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 },
	};
	const char *assets[32], *controls[32];
	size_t na = 0, nc = 0;
	bool unlink = false, force = false;
	struct isms *m;
	char *cause = NULL;
	enum isms_status st = ISMS_OK;
	int c, rc;

	args_begin();
	while ((c = args_next("risk link", argc, argv, ":a:c:uf", opts)) != -1)
		if (c == 'a' && na < 32)
			assets[na++] = optarg;
		else if (c == 'c' && nc < 32)
			controls[nc++] = optarg;
		else if (c == 'u')
			unlink = true;
		else if (c == 'f')
			force = true;
		else
			return c == 'a' || c == 'c' ? args_usage("risk link",
			    "at most 32 of each per call") : 2;
	if (!args_operands("risk link", argc, 1, 1, "risk link REF [--asset "
	    "ID|NAME]... [--control ID]... [--remove [--force]]"))
		return 2;
	if (na + nc == 0)
		return args_usage("risk link", "name an --asset or a --control");
	if ((rc = cli_open(g, true, &m)) != 0)
		return rc;
	st = risk_link(m, argv[optind], assets, na, controls, nc, unlink, force,
	    &cause);
	isms_close(m);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static int
risk_accept_cmd(const struct cli_globals *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "by", required_argument, NULL, 'b' },
		{ "until", required_argument, NULL, 'u' },
		{ "note", required_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	const char *by = NULL, *until = NULL, *note = NULL;
	struct isms *m;
	char *cause = NULL;
	enum isms_status st;
	int c, rc;

	args_begin();
	while ((c = args_next("risk accept", argc, argv, ":b:u:n:", opts)) != -1)
		if (c == 'b')
			by = optarg;
		else if (c == 'u')
			until = optarg;
		else if (c == 'n')
			note = optarg;
		else
			return 2;
	if (!args_operands("risk accept", argc, 1, 1, "risk accept REF --by "
	    "NAME [--until DATE] [--note TEXT]"))
		return 2;
	if (by == NULL)
		return args_usage("risk accept", "say who accepts it with --by "
		    "NAME (normally the risk owner)");
	if ((rc = cli_open(g, true, &m)) != 0)
		return rc;
	st = risk_accept(m, argv[optind], by, until, note, &cause);
	isms_close(m);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

/* `risk export` and `treatment export`. */
static int
risk_export_run(const struct cli_globals *g, const char *cmd, int argc,
                char **argv, enum isms_status (*fn)(struct isms *,
                enum doc_format, const char *, char **, char **))
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	enum doc_format fmt = DOC_CSV;
	const char *out = NULL;
	struct isms *m;
	char *cause = NULL, *warning = NULL;
	enum isms_status st;
	int c, rc;

	args_begin();
	while ((c = args_next(cmd, argc, argv, ":f:o:", opts)) != -1)
		if (c == 'o')
			out = optarg;
		else if (c != 'f')
			return 2;
		else if (doc_format_parse(optarg, &fmt, &cause) != ISMS_OK) {
			rc = args_usage(cmd, "--format %s", cause);
			free(cause);
			return rc;
		}
	if (!args_operands(cmd, argc, 0, 0, "export [--format "
	    "csv|md|html|xlsx] [-o FILE]"))
		return 2;
	if (fmt == DOC_XLSX && out == NULL)
		return args_usage(cmd, "xlsx is a binary format: name a file "
		    "with -o FILE");
	if ((rc = cli_open(g, false, &m)) != 0)
		return rc;
	st = fn(m, fmt, out, &warning, &cause);
	isms_close(m);
	if (st != ISMS_OK)
		return cli_fail(st, cause);
	cli_warn(warning);
	if (out != NULL)
		text_line(stderr, "isms: wrote %s", out);
	return cli_flush();
}

static int
risk_export_cmd(const struct cli_globals *g, int argc, char **argv)
{
	return risk_export_run(g, "risk export", argc, argv, risk_export);
}

int
cmd_treatment(const struct cli_globals *g, int argc, char **argv)
{
	if (argc < 2 || strcmp(argv[1], "export") != 0)
		return args_usage("treatment", "use 'treatment export'");
	return risk_export_run(g, "treatment export", argc - 1, argv + 1,
	    treatment_export);
}

int
cmd_risk(const struct cli_globals *g, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "list", cmd_risk_list },
		{ "show", risk_show_cmd },
		{ "add", risk_add_cmd },
		{ "set", risk_set_cmd },
		{ "rm", risk_rm_cmd },
		{ "link", risk_link_cmd },
		{ "accept", risk_accept_cmd },
		{ "action", cmd_risk_action },
		{ "export", risk_export_cmd },
	};

	return cli_dispatch("risk", subs, sizeof subs / sizeof *subs, g, argc,
	    argv);
}
