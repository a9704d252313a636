/*
 * cmd_matrix.c - `isms matrix show`: the risk method of the ISMS, with the
 * grid drawn as a text heat map that reads without colour.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/model/matrix.h"
#include "isms/model/risk.h"
#include "isms/report/text.h"
#include "isms/util/xmalloc.h"

static void
matrix_scale_print(const char *title, const struct matrix_step *s, int n)
{
	static const char *const head[] = { "VALUE", "ABBREV", "NAME",
		"CRITERIA" };
	struct text_table t;

	text_printf(stdout, "\n%s\n", title);
	text_table_init(&t, head, 4);
	for (int k = 0; k < n; k++) {
		char v[16];
		const char *cells[] = { v, s[k].abbrev, s[k].name,
		    s[k].criteria };

		snprintf(v, sizeof v, "%d", s[k].value);
		text_table_add(&t, cells);
	}
	text_table_print(&t, stdout);
	text_table_done(&t);
}

static void
matrix_levels_print(const struct matrix *mx)
{
	static const char *const head[] = { "LEVEL", "NAME", "COLOUR",
		"REVIEW", "ACCEPTABLE" };
	struct text_table t;

	text_printf(stdout, "\nRisk levels\n");
	text_table_init(&t, head, 5);
	for (int k = 0; k < mx->n_levels; k++) {
		const struct matrix_level *lv = &mx->levels[k];
		char days[32];
		const char *cells[] = { lv->id, lv->name, lv->colour, days,
		    matrix_above(mx, lv->rank) ? "no" : "yes" };

		snprintf(days, sizeof days, "every %d days", lv->review_days);
		text_table_add(&t, cells);
	}
	text_table_print(&t, stdout);
	text_table_done(&t);
}

/* Likelihood rows from the highest down, impact columns; each cell names
 * its level and, when counts is given, the open risks in it. */
static void
matrix_grid_print(const struct matrix *mx, const size_t *counts,
                  const char *title)
{
	const char **head = xcalloc((size_t)mx->n_impact + 1, sizeof *head);
	char **cells = xcalloc((size_t)mx->n_impact + 1, sizeof *cells);
	struct text_table t;

	text_printf(stdout, "\n%s\n", title);
	head[0] = "LIKELIHOOD \\ IMPACT";
	for (int i = 0; i < mx->n_impact; i++)
		head[i + 1] = mx->impact[i].name;
	text_table_init(&t, head, (size_t)mx->n_impact + 1);
	for (int l = mx->n_likelihood; l >= 1; l--) {
		cells[0] = xasprintf("%d %s", l, mx->likelihood[l - 1].name);
		for (int i = 1; i <= mx->n_impact; i++) {
			const char *name = matrix_level_at(mx,
			    matrix_rank(mx, l, i))->name;

			cells[i] = counts != NULL ? xasprintf("%s: %zu", name,
			    counts[(l - 1) * mx->n_impact + i - 1]) :
			    xasprintf("%s", name);
		}
		text_table_add(&t, (const char *const *)cells);
		for (int i = 0; i <= mx->n_impact; i++)
			free(cells[i]);
	}
	text_table_print(&t, stdout);
	text_table_done(&t);
	free(cells);
	free(head);
}

static int
matrix_show_cmd(const struct cli_globals *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "counts", no_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 },
	};
	struct matrix *mx = NULL;
	bool counts = false;
	struct isms *m;
	char *cause = NULL;
	enum isms_status st;
	int c, rc;

	args_begin();
	while ((c = args_next("matrix show", argc, argv, ":c", opts)) != -1)
		if (c == 'c')
			counts = true;
		else
			return 2;
	if (!args_operands("matrix show", argc, 0, 0, "matrix show [--counts]"))
		return 2;
	if ((rc = cli_open(g, false, &m)) != 0)
		return rc;
	st = matrix_get(m, &mx, &cause);
	if (st == ISMS_OK) {
		const struct matrix_level *acc = matrix_level_at(mx,
		    mx->acceptance_rank);

		text_printf(stdout, "%s (%s, version %d)\nAcceptance criterion: risks up to "
		    "%s may be accepted by their owner; higher ones are treated "
		    "or accepted explicitly.\n", mx->title, mx->id, mx->version,
		    acc != NULL ? acc->name : "?");
		matrix_scale_print("Likelihood", mx->likelihood,
		    mx->n_likelihood);
		matrix_scale_print("Impact", mx->impact, mx->n_impact);
		matrix_levels_print(mx);
		matrix_grid_print(mx, NULL, "Grid");
	}
	if (st == ISMS_OK && counts) {
		size_t *n = xcalloc((size_t)(mx->n_likelihood * mx->n_impact),
		    sizeof *n);

		if ((st = risk_heat(m, mx, false, n, &cause)) == ISMS_OK)
			matrix_grid_print(mx, n, "Open risks, inherent");
		if (st == ISMS_OK && (st = risk_heat(m, mx, true, n, &cause)) ==
		    ISMS_OK)
			matrix_grid_print(mx, n, "Open risks, residual");
		free(n);
	}
	matrix_free(mx);
	isms_close(m);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static int
matrix_set_cmd(const struct cli_globals *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "map", required_argument, NULL, 'm' },
		{ NULL, 0, NULL, 0 },
	};
	const char *maps[8];
	size_t n_maps = 0, remapped = 0;
	struct isms *m;
	char *cause = NULL;
	enum isms_status st;
	int c, rc;

	args_begin();
	while ((c = args_next("matrix set", argc, argv, ":m:", opts)) != -1)
		if (c == 'm' && n_maps < 8)
			maps[n_maps++] = optarg;
		else
			return c == 'm' ? args_usage("matrix set", "at most 8 "
			    "--map options") : 2;
	if (!args_operands("matrix set", argc, 1, 1, "matrix set ID [--map "
	    "likelihood:OLD=NEW,...] [--map impact:OLD=NEW,...]"))
		return 2;
	if ((rc = cli_open(g, true, &m)) != 0)
		return rc;
	st = matrix_switch(m, argv[optind], maps, n_maps, &remapped, &cause);
	isms_close(m);
	if (st != ISMS_OK)
		return cli_fail(st, cause);
	text_line(stderr, "isms: now scoring with %s; %zu risk%s re-mapped",
	    argv[optind], remapped, remapped == 1 ? "" : "s");
	return cli_flush();
}

int
cmd_matrix(const struct cli_globals *g, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "show", matrix_show_cmd },
		{ "set", matrix_set_cmd },
	};

	return cli_dispatch("matrix", subs, sizeof subs / sizeof *subs, g, argc,
	    argv);
}
