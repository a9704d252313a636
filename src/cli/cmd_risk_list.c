/*
 * cmd_risk_list.c - `isms risk list`: the register narrowed and ordered,
 * with what needs attention in words (above-appetite, accepted-stale,
 * review-overdue).
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/model/matrix.h"
#include "isms/model/risk.h"
#include "isms/rec/vocab.h"
#include "isms/report/risk_doc.h"
#include "isms/report/text.h"
#include "isms/util/date.h"

static bool
list_option(int c, struct risk_query *q, enum args_format *fmt)
{
	char *cause = NULL;

	switch (c) {
	case 'l': q->level = optarg; return true;
	case 'o': q->owner = optarg; return true;
	case 'x': q->treatment = optarg; return true;
	case 's': q->status = optarg; return true;
	case 'a': q->above = true; return true;
	case 'F': q->flagged = true; return true;
	case 'O': q->overdue = true; return true;
	case 'S': q->stale = true; return true;
	case 'q': q->text = optarg; return true;
	case 'r': q->descending = true; return true;
	case 'f': return args_format("risk list", optarg, fmt);
	case 'k':
		if (risk_sort_parse(optarg, &q->sort, &cause) == ISMS_OK)
			return true;
		args_usage("risk list", "--sort %s", cause);
		free(cause);
		return false;
	default:
		return false;
	}
}

static void
list_text(const struct matrix *mx, const struct risk_row *rows, size_t n)
{
	static const char *const head[] = { "REF", "STATEMENT", "OWNER",
		"INHERENT", "RESIDUAL", "TREATMENT", "STATUS", "REVIEW",
		"FLAGS" };
	struct text_table t;
	char today[11];

	date_today(today);
	text_table_init(&t, head, 9);
	for (size_t i = 0; i < n; i++) {
		const struct risk_row *r = &rows[i];
		const struct matrix_level *li = matrix_level_at(mx,
		    r->inherent_rank), *lr = matrix_level_at(mx,
		    r->residual_rank);
		char *flags = risk_doc_flags(r, today);
		const char *cells[] = { r->ref, r->statement, r->owner,
		    li ? li->name : "-", lr ? lr->name : "-",
		    r->treatment ? r->treatment : "-",
		    vocab_label(&vocab_risk_status, r->status),
		    r->next_review ? r->next_review : "-", flags };

		text_table_add(&t, cells);
		free(flags);
	}
	text_table_print(&t, stdout);
	text_table_done(&t);
}

static void
list_csv(const struct matrix *mx, const struct risk_row *rows, size_t n)
{
	struct doc d;

	doc_init(&d, "Risk register");
	risk_doc_register(&d, mx, rows, n);
	doc_csv(stdout, &d);
	doc_done(&d);
}

int
cmd_risk_list(const struct cli_globals *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "level", required_argument, NULL, 'l' },
		{ "owner", required_argument, NULL, 'o' },
		{ "treatment", required_argument, NULL, 'x' },
		{ "status", required_argument, NULL, 's' },
		{ "above", no_argument, NULL, 'a' },
		{ "flagged", no_argument, NULL, 'F' },
		{ "overdue", no_argument, NULL, 'O' },
		{ "stale", no_argument, NULL, 'S' },
		{ "search", required_argument, NULL, 'q' },
		{ "sort", required_argument, NULL, 'k' },
		{ "reverse", no_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 },
	};
	enum args_format fmt = ARGS_FORMAT_TEXT;
	struct risk_query q = { 0 };
	struct risk_row *rows = NULL;
	struct matrix *mx = NULL;
	struct isms *m;
	size_t n = 0, total = 0;
	char *cause = NULL;
	enum isms_status st;
	int c, rc;

	args_begin();
	while ((c = args_next("risk list", argc, argv, ":f:l:o:x:s:aFOSq:k:r",
	    opts)) != -1)
		if (!list_option(c, &q, &fmt))
			return 2;
	if (!args_operands("risk list", argc, 0, 0, "risk list [OPTION]..."))
		return 2;
	if ((rc = cli_open(g, false, &m)) != 0)
		return rc;
	st = matrix_get(m, &mx, &cause);
	if (st == ISMS_OK)
		st = risk_count(m, &q, &total, &cause);
	if (st == ISMS_OK)
		st = risk_page(m, &q, 0, total, &rows, &n, &cause);
	if (st == ISMS_OK && fmt == ARGS_FORMAT_CSV)
		list_csv(mx, rows, n);
	else if (st == ISMS_OK)
		list_text(mx, rows, n);
	risk_rows_free(rows, n);
	matrix_free(mx);
	isms_close(m);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}
