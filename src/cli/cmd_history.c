/*
 * cmd_history.c - `isms history`: who changed what, when, newest first;
 * `isms history redact SEQ`: a value taken out for a data-protection
 * request, the chain still whole.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/model/history.h"
#include "isms/report/csv.h"
#include "isms/report/text.h"

static const char *const history_headers[] = {
	"SEQ", "WHEN", "WHO", "ENTITY", "KEY", "FIELD", "OLD", "NEW"
};
#define HISTORY_COLS (sizeof history_headers / sizeof *history_headers)

static void
history_cells(const struct history_row *h, char seq[24], const char **cells)
{
	snprintf(seq, 24, "%lld", (long long)h->seq);
	cells[0] = seq;
	cells[1] = h->at;
	cells[2] = h->who;
	cells[3] = h->entity;
	cells[4] = h->key;
	cells[5] = h->field;
	cells[6] = h->old_value;
	cells[7] = h->new_value;
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
			history_cells(&rows[i], seq, cells);
			csv_row(stdout, cells, HISTORY_COLS);
		}
		return cli_flush();
	}
	text_table_init(&t, history_headers, HISTORY_COLS);
	for (size_t i = 0; i < n; i++) {
		history_cells(&rows[i], seq, cells);
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

static int
history_redact_cmd(const struct cli_globals *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "reason", required_argument, NULL, 'r' },
		{ "who", no_argument, NULL, 'w' },
		{ NULL, 0, NULL, 0 },
	};
	const char *reason = NULL;
	bool who = false;
	int64_t seq;
	struct isms *m;
	char *cause = NULL;
	enum isms_status st;
	int c, rc;

	args_begin();
	while ((c = args_next("history redact", argc, argv, ":r:w", opts)) !=
	    -1) {
		if (c == 'r')
			reason = optarg;
		else if (c == 'w')
			who = true;
		else
			return 2;
	}
	if (!args_operands("history redact", argc, 1, 1, "history redact SEQ "
	    "--reason TEXT [--who]") || !args_int("history redact", "SEQ",
	    argv[optind], 1, INT64_MAX, &seq))
		return 2;
	if (reason == NULL)
		return args_usage("history redact", "say why with --reason TEXT "
		    "(the redaction is recorded with it)");
	if ((rc = cli_open(g, true, &m)) != 0)
		return rc;
	st = history_redact(m, seq, who, reason, &cause);
	isms_close(m);
	return st == ISMS_OK ? 0 : cli_fail(st, cause);
}

int
cmd_history(const struct cli_globals *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "limit", required_argument, NULL, 'n' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 },
	};
	enum args_format fmt = ARGS_FORMAT_TEXT;
	int64_t limit = 0;
	struct history_row *rows;
	struct isms *m;
	size_t n;
	char *cause = NULL;
	enum isms_status st;
	int c, rc;

	if (argc > 1 && strcmp(argv[1], "redact") == 0)
		return history_redact_cmd(g, argc - 1, argv + 1);
	args_begin();
	while ((c = args_next("history", argc, argv, ":n:f:", opts)) != -1) {
		if (c == 'n' && args_int("history", "--limit", optarg, 1,
		    INT64_MAX, &limit))
			continue;
		if (c == 'f' && args_format("history", optarg, &fmt))
			continue;
		return 2;
	}
	if (!args_operands("history", argc, 0, 0,
	    "history [--limit N] [--format text|csv]"))
		return 2;
	if ((rc = cli_open(g, false, &m)) != 0)
		return rc;
	st = history_list(m, NULL, NULL, limit, &rows, &n, &cause);
	if (st == ISMS_OK) {
		rc = history_print(rows, n, fmt);
		history_rows_free(rows, n);
	} else {
		rc = cli_fail(st, cause);
	}
	isms_close(m);
	return rc;
}
