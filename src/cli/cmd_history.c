/*
 * cmd_history.c - `isms history [RECORD]`: who changed what, when, newest
 * first, of one record, by one login or since a day; `isms history
 * redact SEQ`: a value taken out for a data-protection request, the chain
 * still whole.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/cli/cmd.h"
#include "isms/model/history.h"
#include "isms/report/csv.h"
#include "isms/report/text.h"
#include "isms/util/date.h"

static const char *const history_headers[] = {
	"SEQ", "WHEN", "WHO", "ENTITY", "KEY", "FIELD", "OLD", "NEW"
};
#define HISTORY_COLS (sizeof history_headers / sizeof *history_headers)

/* The cells of one row; with words, values of a vocabulary as people
 * read them (csv keeps what is stored). */
static void
history_cells(const struct history_row *h, bool words, char seq[24],
              const char **cells)
{
	snprintf(seq, 24, "%lld", (long long)h->seq);
	cells[0] = seq;
	cells[1] = h->at;
	cells[2] = h->who;
	cells[3] = h->entity;
	cells[4] = h->key;
	cells[5] = h->field;
	cells[6] = words ? history_shown(h, h->old_value) : h->old_value;
	cells[7] = words ? history_shown(h, h->new_value) : h->new_value;
}

static int
history_print(const struct history_row *rows, size_t n,
              enum args_format fmt)
{
	static const char *const csv_headers[] = {
		"seq", "when", "who", "entity", "key", "field", "old", "new"
	};
	const char *cells[HISTORY_COLS];
	char seq[24];
	struct text_table t;

	if (fmt == ARGS_FORMAT_CSV) {
		csv_row(stdout, csv_headers, HISTORY_COLS);
		for (size_t i = 0; i < n; i++) {
			history_cells(&rows[i], false, seq, cells);
			csv_row(stdout, cells, HISTORY_COLS);
		}
		return cli_flush();
	}
	text_table_init(&t, history_headers, HISTORY_COLS);
	for (size_t i = 0; i < n; i++) {
		history_cells(&rows[i], true, seq, cells);
		if (cells[6] == NULL)
			cells[6] = "-";
		if (cells[7] == NULL)
			cells[7] = "-";
		text_table_add(&t, cells);
	}
	text_table_print(&t, stdout);
	text_table_done(&t);
	return cli_flush();
}

/* The options and operand of `history`; 0, or 2 after a usage error. */
static int
history_args(struct cli_call *c, int64_t *limit, enum args_format *fmt,
             struct history_filter *f)
{
	const char *n = cli_opt(c, "limit"), *format = cli_opt(c, "format");

	*limit = 0;
	*fmt = ARGS_FORMAT_TEXT;
	*f = (struct history_filter){ .key = c->argc > 0 ? c->argv[0] : NULL,
	    .who = cli_opt(c, "by"), .since = cli_opt(c, "since") };
	if (n != NULL && !args_int(c->path, "--limit", n, 1, INT64_MAX,
	    limit))
		return 2;
	if (format != NULL && !args_format(c->path, format, fmt))
		return 2;
	if (f->since != NULL && !date_valid(f->since))
		return cli_usage(c, "--since %s: not a date (YYYY-MM-DD)",
		    f->since);
	return 0;
}

int
cmd_history_check(struct cli_call *c)
{
	struct history_filter f;
	int64_t limit;
	enum args_format fmt;

	return history_args(c, &limit, &fmt, &f);
}

int
cmd_history(struct cli_call *c)
{
	struct history_filter f;
	enum args_format fmt;
	int64_t limit;
	struct history_row *rows;
	size_t n;
	char *cause = NULL;
	enum isms_status st;
	int rc;

	if ((rc = history_args(c, &limit, &fmt, &f)) != 0)
		return rc;
	st = history_list(c->m, &f, 0, (size_t)limit, &rows, &n, &cause);
	if (st != ISMS_OK)
		return cli_fail(st, cause);
	rc = history_print(rows, n, fmt);
	history_rows_free(rows, n);
	return rc;
}

/* The row of `history redact` and its reason; 0, or 2 after a usage
 * error. */
static int
redact_args(struct cli_call *c, int64_t *seq)
{
	if (!args_int(c->path, "SEQ", c->argv[0], 1, INT64_MAX, seq))
		return 2;
	if (cli_opt(c, "reason") == NULL)
		return cli_usage(c, "say why with --reason TEXT (the redaction "
		    "is recorded with it)");
	return 0;
}

static int
redact_check(struct cli_call *c)
{
	int64_t seq;

	return redact_args(c, &seq);
}

static int
redact_run(struct cli_call *c)
{
	int64_t seq;
	char *cause = NULL;
	enum isms_status st;
	int rc;

	if ((rc = redact_args(c, &seq)) != 0)
		return rc;
	st = history_redact(c->m, seq, cli_flag(c, "who"),
	    cli_opt(c, "reason"), &cause);
	return st == ISMS_OK ? 0 : cli_fail(st, cause);
}

const struct cli_opt cmd_history_opts[] = {
	{ "by", 'b', "LOGIN", "only the changes this login made" },
	{ "since", 's', "YYYY-MM-DD", "only the changes of that day (UTC) and "
	  "after" },
	{ "limit", 'n', "N", "only the newest N changes" },
	{ "format", 'f', "text|csv", "text (aligned columns) or csv" },
	{ NULL, 0, NULL, NULL },
};

static const struct cli_opt redact_opts[] = {
	{ "reason", 'r', "TEXT", "why (recorded with the redaction)" },
	{ "who", 'w', NULL, "redact the login name too" },
	{ NULL, 0, NULL, NULL },
};

const struct cli_cmd cli_history[] = {
	CLI_CHECKED("redact", "SEQ --reason TEXT [--who]", "take the values "
	    "of a row out for a data-protection request", 1, 1, CLI_WRITES,
	    redact_opts, redact_check, redact_run),
	CLI_END,
};
