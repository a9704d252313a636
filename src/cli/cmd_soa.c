/*
 * cmd_soa.c - `isms soa list|show|set`: the Statement of Applicability.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/model/soa.h"
#include "isms/rec/vocab.h"
#include "isms/report/csv.h"
#include "isms/report/text.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

static void
soa_csv(const struct soa_row *rows, size_t n)
{
	static const char *const head[] = {
		"control", "title", "theme", "applicable", "reasons",
		"justification", "status", "how", "evidence", "owner", "risks",
		"reviewed"
	};

	csv_row(stdout, head, 12);
	for (size_t i = 0; i < n; i++) {
		const struct soa_row *r = &rows[i];
		char *reasons = vocab_reasons_display(r->reasons, r->risk_linked,
		    " ");
		const char *cells[] = { r->id, r->title, r->theme, r->applicable,
		    reasons, r->justification, r->status, r->how, r->evidence,
		    r->owner, r->risks, r->reviewed };

		csv_row(stdout, cells, 12);
		free(reasons);
	}
}

static void
soa_text(const struct soa_row *rows, size_t n)
{
	static const char *const head[] = {
		"ID", "TITLE", "APPLICABLE", "REASONS", "STATUS", "OWNER"
	};
	struct text_table t;

	text_table_init(&t, head, 6);
	for (size_t i = 0; i < n; i++) {
		const struct soa_row *r = &rows[i];
		char *reasons = vocab_reasons_display(r->reasons, r->risk_linked,
		    " ");
		const char *cells[] = { r->id, r->title, r->applicable, reasons,
		    vocab_label(&vocab_soa_status, r->status), r->owner };

		text_table_add(&t, cells);
		free(reasons);
	}
	text_table_print(&t, stdout);
	text_table_done(&t);
}

/* Parse one option of soa list into q; false after a usage error. */
static bool
soa_list_option(int c, struct soa_query *q, enum args_format *fmt)
{
	char *cause = NULL;

	switch (c) {
	case 't': q->theme = optarg; return true;
	case 's': q->status = optarg; return true;
	case 'a': q->applicable = optarg; return true;
	case 'A': q->attribute = optarg; return true;
	case 'q': q->text = optarg; return true;
	case 'r': q->descending = true; return true;
	case 'f': return args_format("soa list", optarg, fmt);
	case 'S':
		if (soa_sort_parse(optarg, &q->sort, &cause) == ISMS_OK)
			return true;
		args_usage("soa list", "--sort %s", cause);
		free(cause);
		return false;
	default:
		return false;
	}
}

static int
soa_list_cmd(const struct cli_globals *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "theme", required_argument, NULL, 't' },
		{ "status", required_argument, NULL, 's' },
		{ "applicable", required_argument, NULL, 'a' },
		{ "attribute", required_argument, NULL, 'A' },
		{ "search", required_argument, NULL, 'q' },
		{ "sort", required_argument, NULL, 'S' },
		{ "reverse", no_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 },
	};
	enum args_format fmt = ARGS_FORMAT_TEXT;
	struct soa_query q = { 0 };
	struct soa_row *rows = NULL;
	struct isms *m;
	size_t n = 0, total = 0;
	char *cause = NULL;
	enum isms_status st;
	int c, rc;

	args_begin();
	while ((c = args_next("soa list", argc, argv, ":f:t:s:a:A:q:S:r",
	    opts)) != -1)
		if (!soa_list_option(c, &q, &fmt))
			return 2;
	if (!args_operands("soa list", argc, 0, 0, "soa list [--format "
	    "text|csv] [--theme T] [--status S] [--applicable A] [--attribute "
	    "V] [--search TEXT] [--sort COLUMN] [--reverse]"))
		return 2;
	if ((rc = cli_open(g, false, &m)) != 0)
		return rc;
	st = soa_count(m, &q, &total, &cause);
	if (st == ISMS_OK)
		st = soa_page(m, &q, 0, total, &rows, &n, &cause);
	if (st == ISMS_OK) {
		if (fmt == ARGS_FORMAT_CSV)
			soa_csv(rows, n);
		else
			soa_text(rows, n);
		soa_rows_free(rows, n);
	}
	isms_close(m);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static char *
soa_attributes_text(struct isms *m, const char *id)
{
	char **lines;
	size_t n;
	struct buf b;

	buf_init(&b);
	if (soa_attributes(m, id, &lines, &n, NULL) != ISMS_OK)
		return buf_take(&b);
	for (size_t i = 0; i < n; i++) {
		buf_printf(&b, "%s%s", i > 0 ? "\n" : "", lines[i]);
		free(lines[i]);
	}
	free(lines);
	return buf_take(&b);
}

static void
soa_show_print(struct isms *m, const struct soa_row *r)
{
	static const char *const labels[] = {
		"Control", "Title", "Theme", "Summary", "Applicable", "Reasons",
		"Justification", "Status", "How implemented", "Evidence",
		"Owner", "Linked risks", "Last review", "Attributes", "Revision"
	};
	char *reasons = vocab_reasons_display(r->reasons, r->risk_linked, " ");
	char *attrs = soa_attributes_text(m, r->id);
	char *rev = xasprintf("%lld, %s by %s", (long long)r->rev,
	    r->updated_at, r->updated_by);
	const char *values[] = { r->id, r->title, r->theme, r->summary,
	    r->applicable, reasons, r->justification,
	    vocab_label(&vocab_soa_status, r->status), r->how, r->evidence,
	    r->owner, r->risks, r->reviewed, attrs, rev };

	text_fields_print(stdout, labels, values, 15);
	free(reasons);
	free(attrs);
	free(rev);
}

static int
soa_show_cmd(const struct cli_globals *g, int argc, char **argv)
{
	struct soa_row r = { 0 };
	struct isms *m;
	char *cause = NULL;
	enum isms_status st;
	int rc;

	if (!args_no_options("soa show", argc, argv) ||
	    !args_operands("soa show", argc, 1, 1, "soa show ID"))
		return 2;
	if ((rc = cli_open(g, false, &m)) != 0)
		return rc;
	st = soa_get(m, argv[optind], &r, &cause);
	if (st == ISMS_OK) {
		soa_show_print(m, &r);
		soa_row_done(&r);
	}
	isms_close(m);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static bool
soa_patch_empty(const struct soa_patch *p)
{
	return !p->applicable && !p->reasons && !p->justification &&
	    !p->status && !p->how && !p->evidence && !p->owner && !p->reviewed;
}

static int
soa_set_cmd(const struct cli_globals *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "applicable", required_argument, NULL, 'a' },
		{ "reasons", required_argument, NULL, 'r' },
		{ "justification", required_argument, NULL, 'j' },
		{ "status", required_argument, NULL, 's' },
		{ "how", required_argument, NULL, 'h' },
		{ "evidence", required_argument, NULL, 'e' },
		{ "owner", required_argument, NULL, 'o' },
		{ "reviewed", required_argument, NULL, 'v' },
		{ "rev", required_argument, NULL, 'R' },
		{ NULL, 0, NULL, 0 },
	};
	struct soa_patch p = { 0 };
	int64_t rev = -1;
	struct isms *m;
	char *cause = NULL;
	enum isms_status st;
	int c, rc;

	args_begin();
	while ((c = args_next("soa set", argc, argv, ":", opts)) != -1) {
		switch (c) {
		case 'a': p.applicable = optarg; break;
		case 'r': p.reasons = optarg; break;
		case 'j': p.justification = optarg; break;
		case 's': p.status = optarg; break;
		case 'h': p.how = optarg; break;
		case 'e': p.evidence = optarg; break;
		case 'o': p.owner = optarg; break;
		case 'v': p.reviewed = optarg; break;
		case 'R':
			if (!args_int("soa set", "--rev", optarg, 1, INT64_MAX,
			    &rev))
				return 2;
			break;
		default:
			return 2;
		}
	}
	if (!args_operands("soa set", argc, 1, 1, "soa set ID [--applicable "
	    "yes|no|undecided] [--reasons LR,CO,BR,BP] [--justification TEXT] "
	    "[--status S] [--how TEXT] [--evidence TEXT] [--owner O]"))
		return 2;
	if (soa_patch_empty(&p))
		return args_usage("soa set", "nothing to change (give at least "
		    "one of --applicable, --reasons, --justification, --status, "
		    "--how, --evidence, --owner, --reviewed)");
	if ((rc = cli_open(g, true, &m)) != 0)
		return rc;
	st = soa_set(m, argv[optind], &p, rev, NULL, &cause);
	isms_close(m);
	return st == ISMS_OK ? 0 : cli_fail(st, cause);
}

int
cmd_soa(const struct cli_globals *g, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "list", soa_list_cmd },
		{ "show", soa_show_cmd },
		{ "set", soa_set_cmd },
		{ "export", cmd_soa_export },
	};

	return cli_dispatch("soa", subs, sizeof subs / sizeof *subs, g, argc,
	    argv);
}
