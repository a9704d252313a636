/*
 * cmd_history.c - `isms history`: who changed what, when, newest first.
 */
#include <stdio.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/model/history.h"
#include "isms/report/csv.h"
#include "isms/report/text.h"

static const char *const history_headers[] = {
	"WHEN", "WHO", "ENTITY", "KEY", "FIELD", "OLD", "NEW"
};
#define HISTORY_COLS (sizeof history_headers / sizeof *history_headers)

static void
history_cells(const struct history_row *h, const char **cells)
{
	cells[0] = h->at;
	cells[1] = h->who;
	cells[2] = h->entity;
	cells[3] = h->key;
	cells[4] = h->field;
	cells[5] = h->old_value;
	cells[6] = h->new_value;
}

static int
history_print(const struct history_row *rows, size_t n,
              enum args_format fmt)
{
	static const char *const csv_headers[] = {
		"when", "who", "entity", "key", "field", "old", "new"
	};
	const char *cells[HISTORY_COLS];
	struct text_table t;

	if (fmt == ARGS_FORMAT_CSV) {
		csv_row(stdout, csv_headers, HISTORY_COLS);
		for (size_t i = 0; i < n; i++) {
			history_cells(&rows[i], cells);
			csv_row(stdout, cells, HISTORY_COLS);
		}
		return cli_flush();
	}
	text_table_init(&t, history_headers, HISTORY_COLS);
	for (size_t i = 0; i < n; i++) {
		history_cells(&rows[i], cells);
		if (cells[5] == NULL)
			cells[5] = "-";
		if (cells[6] == NULL)
			cells[6] = "-";
		text_table_add(&t, cells);
	}
	text_table_print(&t, stdout);
	text_table_done(&t);
	return cli_flush();
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
