/*
 * cmd_matrix.c - `isms matrix show`: the risk method of the ISMS, with the
 * grid drawn as a text heat map that reads without colour; `isms matrix
 * set`: move a populated ISMS to another matrix.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/cli/cli.h"
#include "isms/cli/cmd.h"
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

/* The method: title, acceptance criterion, scales, levels and grid. */
static void
matrix_method_print(const struct matrix *mx)
{
	const struct matrix_level *acc = matrix_level_at(mx,
	    mx->acceptance_rank);

	text_printf(stdout, "%s (%s, version %d)\nAcceptance criterion: risks "
	    "up to %s may be accepted by their owner; higher ones are treated "
	    "or accepted explicitly.\n", mx->title, mx->id, mx->version,
	    acc != NULL ? acc->name : "?");
	matrix_scale_print("Likelihood", mx->likelihood, mx->n_likelihood);
	matrix_scale_print("Impact", mx->impact, mx->n_impact);
	matrix_levels_print(mx);
	matrix_grid_print(mx, NULL, "Grid");
}

/* The open risks per cell, inherent and residual. */
static enum isms_status
matrix_counts_print(struct isms *m, const struct matrix *mx, char **cause)
{
	size_t *n = xcalloc((size_t)(mx->n_likelihood * mx->n_impact),
	    sizeof *n);
	enum isms_status st;

	if ((st = risk_heat(m, mx, false, n, cause)) == ISMS_OK)
		matrix_grid_print(mx, n, "Open risks, inherent");
	if (st == ISMS_OK && (st = risk_heat(m, mx, true, n, cause)) ==
	    ISMS_OK)
		matrix_grid_print(mx, n, "Open risks, residual");
	free(n);
	return st;
}

static int
matrix_show_run(struct cli_call *c)
{
	struct matrix *mx = NULL;
	char *cause = NULL;
	enum isms_status st = matrix_get(c->m, &mx, &cause);

	if (st == ISMS_OK)
		matrix_method_print(mx);
	if (st == ISMS_OK && cli_flag(c, "counts"))
		st = matrix_counts_print(c->m, mx, &cause);
	matrix_free(mx);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

/* The model takes at most this many --map tables. */
#define MATRIX_MAPS_MAX 8

static int
matrix_set_check(struct cli_call *c)
{
	const char *const *maps;

	if (cli_opts(c, "map", &maps) > MATRIX_MAPS_MAX)
		return cli_usage(c, "at most %d --map options",
		    MATRIX_MAPS_MAX);
	return 0;
}

static int
matrix_set_run(struct cli_call *c)
{
	const char *const *maps;
	size_t n_maps = cli_opts(c, "map", &maps), remapped = 0;
	char *cause = NULL;
	enum isms_status st = matrix_switch(c->m, c->argv[0], maps, n_maps,
	    &remapped, &cause);

	if (st != ISMS_OK)
		return cli_fail(st, cause);
	text_line(stderr, "isms: now scoring with %s; %zu risk%s re-mapped",
	    c->argv[0], remapped, remapped == 1 ? "" : "s");
	return cli_flush();
}

static const struct cli_opt matrix_show_opts[] = {
	{ "counts", 'c', NULL, "add the open risks per cell" },
	{ NULL, 0, NULL, NULL },
};

static const struct cli_opt matrix_set_opts[] = {
	{ "map", 'm', "AXIS:OLD=NEW,...", "re-map the scores of likelihood "
	  "or impact (repeat)" },
	{ NULL, 0, NULL, NULL },
};

const struct cli_cmd cli_matrix[] = {
	CLI_LEAF("show", "[--counts]", "the scales, levels, grid and "
	    "acceptance criterion", 0, 0, CLI_READS, matrix_show_opts,
	    matrix_show_run),
	CLI_CHECKED("set", "ID [--map likelihood:OLD=NEW,...] [--map "
	    "impact:OLD=NEW,...]", "move the ISMS to another matrix, "
	    "re-mapping every score", 1, 1, CLI_WRITES, matrix_set_opts,
	    matrix_set_check, matrix_set_run),
	CLI_END,
};
