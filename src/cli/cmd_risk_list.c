/*
 * cmd_risk_list.c - `isms risk list`: the register narrowed and ordered,
 * with what needs attention in words (above-appetite, accepted-stale,
 * review-overdue), read one risk at a time.
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
	{ "action-overdue", 'L', NULL, "only risks with a treatment action "
	  "past its due date" },
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
		.overdue = cli_flag(c, "overdue"),
		.stale = cli_flag(c, "stale"),
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

/* The text list's table, filled one risk at a time. */
struct list_text {
	const struct matrix *mx;
	struct text_table t;
	char today[11];
};

static int
list_text_row(void *ctx, const void *row)
{
	struct list_text *lt = ctx;
	const struct risk_row *r = row;
	const struct matrix_level *li = matrix_level_at(lt->mx,
	    r->inherent_rank), *lr = matrix_level_at(lt->mx, r->residual_rank);
	char *flags = risk_doc_flags(r, lt->today);
	const char *cells[] = { r->ref, r->statement, r->owner,
	    li ? li->name : "-", lr ? lr->name : "-",
	    r->treatment ? vocab_label(&vocab_treatment, r->treatment) : "-",
	    vocab_label(&vocab_risk_status, r->status),
	    r->next_review ? r->next_review : "-", flags };

	text_table_add(&lt->t, cells);
	free(flags);
	return 0;
}

static enum isms_status
list_text(struct isms *m, const struct matrix *mx,
          const struct risk_query *q, char **cause)
{
	static const char *const head[] = { "REF", "STATEMENT", "OWNER",
		"INHERENT", "RESIDUAL", "TREATMENT", "STATUS", "REVIEW",
		"FLAGS" };
	struct list_text lt = { .mx = mx };
	enum isms_status rc;

	date_today(lt.today);
	text_table_init(&lt.t, head, 9);
	rc = reg_view_each(m, &reg_risk, q, list_text_row, &lt, NULL, cause);
	if (rc == ISMS_OK)
		text_table_print(&lt.t, stdout);
	text_table_done(&lt.t);
	return rc;
}

/* The register's columns, each risk written as it is read. */
static enum isms_status
list_csv(struct isms *m, const struct matrix *mx, const struct risk_query *q,
         char **cause)
{
	struct risk_doc_source src;
	struct doc d;
	enum isms_status rc = ISMS_OK;

	risk_doc_source_init(&src, m, mx, q);
	doc_init(&d, "Risk register");
	risk_doc_register(&d, &src);
	/* a write error is left for cli_flush() to report, as for any list */
	if (doc_csv(stdout, &d) != 0 && src.rc != ISMS_OK) {
		rc = src.rc;
		if (cause != NULL) {
			*cause = src.cause;
			src.cause = NULL;
		}
	}
	doc_done(&d);
	risk_doc_source_done(&src);
	return rc;
}

int
cmd_risk_list(struct cli_call *c)
{
	const char *format = cli_opt(c, "format");
	enum args_format fmt = ARGS_FORMAT_TEXT;
	struct risk_query q;
	struct matrix *mx = NULL;
	char *cause = NULL;
	enum isms_status st;
	int rc;

	if (format != NULL && !args_format(c->path, format, &fmt))
		return 2;
	if ((rc = list_query(c, &q)) != 0)
		return rc;
	st = matrix_get(c->m, &mx, &cause);
	if (st == ISMS_OK && fmt == ARGS_FORMAT_CSV)
		st = list_csv(c->m, mx, &q, &cause);
	else if (st == ISMS_OK)
		st = list_text(c->m, mx, &q, &cause);
	matrix_free(mx);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}
