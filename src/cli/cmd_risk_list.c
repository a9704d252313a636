/*
 * cmd_risk_list.c - `isms risk list`: the register narrowed and ordered,
 * with what needs attention in words (above-appetite, accepted-stale,
 * review-overdue).
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/cli/cmd.h"
#include "isms/model/matrix.h"
#include "isms/model/risk.h"
#include "isms/rec/vocab.h"
#include "isms/report/risk_doc.h"
#include "isms/report/text.h"
#include "isms/util/date.h"

const struct cli_opt cmd_risk_list_opts[] = {
	{ "format", 'f', "text|csv", "text (aligned columns) or csv (the "
	  "register's columns)" },
	{ "level", 'l', "LEVEL", "only risks at this level (residual, else "
	  "inherent)" },
	{ "owner", 'o', "NAME", "only this owner's risks" },
	{ "treatment", 'x', "OPTION", "only this treatment option" },
	{ "status", 's', "STATUS", "only this status" },
	{ "above", 'a', NULL, "only risks above the acceptance criterion" },
	{ "flagged", 'F', NULL, "only risks above it and not validly "
	  "accepted" },
	{ "overdue", 'O', NULL, "only risks whose review is overdue" },
	{ "stale", 'S', NULL, "only risks whose acceptance is stale" },
	{ "action-overdue", 'L', NULL, "only risks with a treatment action past "
	  "its due date" },
	{ "search", 'q', "TEXT", "only risks whose ref, statement, owner, "
	  "threat or vulnerability contains TEXT" },
	{ "sort", 'k', "COLUMN", "sort by ref, statement, owner, inherent, "
	  "residual, treatment, status, review or current" },
	{ "reverse", 'r', NULL, "reverse the order" },
	{ NULL, 0, NULL, NULL },
};

/* The query the options of a call ask for; 0, or 2 after a usage error. */
static int
list_query(struct cli_call *c, struct risk_query *q)
{
	const char *sort = cli_opt(c, "sort");
	char *cause = NULL;
	int rc;

	*q = (struct risk_query){
		.level = cli_opt(c, "level"), .owner = cli_opt(c, "owner"),
		.treatment = cli_opt(c, "treatment"),
		.status = cli_opt(c, "status"), .above = cli_flag(c, "above"),
		.flagged = cli_flag(c, "flagged"),
		.overdue = cli_flag(c, "overdue"), .stale = cli_flag(c, "stale"),
		.action_late = cli_flag(c, "action-overdue"),
		.text = cli_opt(c, "search"),
		.descending = cli_flag(c, "reverse"),
	};
	if (sort != NULL && risk_sort_parse(sort, &q->sort, &cause) !=
	    ISMS_OK) {
		rc = cli_usage(c, "--sort %s", cause);
		free(cause);
		return rc;
	}
	return 0;
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
		    r->treatment ? vocab_label(&vocab_treatment, r->treatment) :
		    "-",
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
cmd_risk_list(struct cli_call *c)
{
	const char *format = cli_opt(c, "format");
	enum args_format fmt = ARGS_FORMAT_TEXT;
	struct risk_query q;
	struct risk_row *rows = NULL;
	struct matrix *mx = NULL;
	size_t n = 0;
	char *cause = NULL;
	enum isms_status st;
	int rc;

	if (format != NULL && !args_format(c->path, format, &fmt))
		return 2;
	if ((rc = list_query(c, &q)) != 0)
		return rc;
	st = matrix_get(c->m, &mx, &cause);
	if (st == ISMS_OK)
		st = reg_view_all(c->m, &reg_risk, &q, (void **)&rows, &n,
		    &cause);
	if (st == ISMS_OK && fmt == ARGS_FORMAT_CSV)
		list_csv(mx, rows, n);
	else if (st == ISMS_OK)
		list_text(mx, rows, n);
	risk_rows_free(rows, n);
	matrix_free(mx);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}
