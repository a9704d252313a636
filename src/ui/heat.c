/*
 * heat.c - two risk matrices side by side (or one above the other) with
 * counts per cell; cells as wide as the longest level name, the terminal
 * cursor on the selected cell so that screen readers follow it.
 */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/matrix.h"
#include "isms/model/risk.h"
#include "isms/ui/draw.h"
#include "isms/ui/heat.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

#define HEAT_LABEL 4

struct heat {
	struct modal md;
	struct risk_pane *p;
	size_t *counts[2];            /* inherent, residual */
	int l, i;                     /* selected cell */
	bool residual;
	int cell;                     /* columns a cell takes, gap included */
	int cur_y, cur_x;             /* where the selected cell was drawn */
};

/* "Critical 12<" and a blank: the longest level name, the largest count
 * and the marker of the selected cell, within what width allows for the
 * n cells of a row. */
static int
heat_cell_width(const struct heat *h, int width)
{
	const struct matrix *mx = h->p->mx;
	size_t name = 1, most = 0, cells = (size_t)(mx->n_likelihood *
	    mx->n_impact);
	int digits = 1, w, room;

	for (int k = 0; k < mx->n_levels; k++)
		if (utf8_width(mx->levels[k].name) > name)
			name = utf8_width(mx->levels[k].name);
	for (int r = 0; r < 2; r++)
		for (size_t c = 0; c < cells; c++)
			if (h->counts[r][c] > most)
				most = h->counts[r][c];
	for (; most >= 10; most /= 10)
		digits++;
	w = (int)name + 1 + digits + 2;
	room = (width - HEAT_LABEL) / mx->n_impact;
	return w < room ? w : room > 4 ? room : 4;
}

static enum ui_role
heat_role(const struct matrix *mx, int rank)
{
	if (matrix_above(mx, rank))
		return UI_ROLE_OVERDUE;
	return rank == 0 ? UI_ROLE_DONE : UI_ROLE_PARTIAL;
}

static void
heat_grid(struct heat *h, bool residual, int y, int x)
{
	const struct matrix *mx = h->p->mx;
	int cw = h->cell;
	char cell[96];

	draw_text(y, x, HEAT_LABEL + cw * mx->n_impact, residual ?
	    "Residual" : "Inherent", UI_ROLE_HEADER);
	for (int i = 1; i <= mx->n_impact; i++) {
		snprintf(cell, sizeof cell, "I%d", i);
		draw_text(y + 1, x + HEAT_LABEL + (i - 1) * cw, cw, cell,
		    UI_ROLE_TITLE);
	}
	for (int l = mx->n_likelihood; l >= 1; l--) {
		int row = y + 2 + (mx->n_likelihood - l);

		snprintf(cell, sizeof cell, "L%d", l);
		draw_text(row, x, HEAT_LABEL, cell, UI_ROLE_TITLE);
		for (int i = 1; i <= mx->n_impact; i++) {
			int rank = matrix_rank(mx, l, i);
			bool sel = residual == h->residual && l == h->l &&
			    i == h->i;

			snprintf(cell, sizeof cell, "%s %zu%s",
			    matrix_level_at(mx, rank)->name,
			    h->counts[residual][(l - 1) * mx->n_impact + i - 1],
			    sel ? "<" : "");
			draw_text(row, x + HEAT_LABEL + (i - 1) * cw, cw - 1,
			    cell, sel ? UI_ROLE_SELECTED : heat_role(mx, rank));
			if (sel) {
				h->cur_y = row;
				h->cur_x = x + HEAT_LABEL + (i - 1) * cw;
			}
		}
	}
}

static void
heat_draw(struct modal *md, struct app *app)
{
	struct heat *h = (struct heat *)md;
	const struct matrix *mx = h->p->mx;
	int top, hh, gw, y;
	char *line;

	h->cell = heat_cell_width(h, COLS - 4);
	gw = HEAT_LABEL + h->cell * mx->n_impact;
	app_body(&top, &hh);
	draw_box(top, 0, hh, COLS, "Heat maps: open risks per cell");
	heat_grid(h, false, top + 1, 2);
	if (2 + 2 * gw + 4 <= COLS - 1) {        /* side by side */
		heat_grid(h, true, top + 1, 2 + gw + 4);
		y = top + 3 + mx->n_likelihood + 1;
	} else {                                 /* one above the other */
		heat_grid(h, true, top + 3 + mx->n_likelihood, 2);
		y = top + 5 + 2 * mx->n_likelihood;
	}
	line = xasprintf("%s L%d %s x I%d %s = %s: %zu open risk%s; Enter "
	    "lists them, Tab switches", h->residual ? "Residual" : "Inherent",
	    h->l, mx->likelihood[h->l - 1].name, h->i,
	    mx->impact[h->i - 1].name,
	    matrix_level_at(mx, matrix_rank(mx, h->l, h->i))->name,
	    h->counts[h->residual][(h->l - 1) * mx->n_impact + h->i - 1],
	    h->counts[h->residual][(h->l - 1) * mx->n_impact + h->i - 1] == 1 ?
	    "" : "s");
	draw_text(y, 2, COLS - 4, line, UI_ROLE_NORMAL);
	free(line);
	line = xasprintf("Levels above %s exceed the acceptance criterion.",
	    matrix_level_at(mx, mx->acceptance_rank)->name);
	draw_text(y + 1, 2, COLS - 4, line, UI_ROLE_MUTED);
	free(line);
	app_park(app, h->cur_y, h->cur_x);
}

static void
heat_pick(struct heat *h, struct app *app)
{
	struct risk_pane *p = h->p;

	free(p->filter_name);
	p->filter_name = xasprintf("%s L%d I%d", h->residual ? "residual" :
	    "inherent", h->l, h->i);
	p->filter.cell_l = h->l;
	p->filter.cell_i = h->i;
	p->filter.cell_residual = h->residual;
	p->base.t.cursor = 0;
	table_requery(&p->base.t);
	app_message(app, "risks in %s; Esc clears", p->filter_name);
}

static bool
heat_key(struct modal *md, struct app *app, int key)
{
	struct heat *h = (struct heat *)md;
	const struct keymap_binding *b = keymap_find(&keymap_heat, key);
	const struct matrix *mx = h->p->mx;

	if (b == NULL)
		return false;
	switch (b->action) {
	case UI_ACTION_UP: h->l += h->l < mx->n_likelihood; break;
	case UI_ACTION_DOWN: h->l -= h->l > 1; break;
	case UI_ACTION_LEFT: h->i -= h->i > 1; break;
	case UI_ACTION_RIGHT: h->i += h->i < mx->n_impact; break;
	case UI_ACTION_SWITCH: h->residual = !h->residual; break;
	case UI_ACTION_OPEN:
		heat_pick(h, app);
		return true;
	default:
		return true;
	}
	return false;
}

static void
heat_load(struct heat *h, struct app *app)
{
	char *cause = NULL;

	for (int k = 0; k < 2; k++)
		if (risk_heat(app->m, h->p->mx, k == 1, h->counts[k], &cause) !=
		    ISMS_OK) {
			app_fail(app, cause);     /* which frees it */
			cause = NULL;
		}
}

/* Start on the residual cell with the most risks (the top right one when
 * there are none). */
static void
heat_busiest(struct heat *h)
{
	const struct matrix *mx = h->p->mx;
	size_t best = 0;

	h->l = mx->n_likelihood;
	h->i = mx->n_impact;
	for (int l = 1; l <= mx->n_likelihood; l++)
		for (int i = 1; i <= mx->n_impact; i++)
			if (h->counts[1][(l - 1) * mx->n_impact + i - 1] >
			    best) {
				best = h->counts[1][(l - 1) * mx->n_impact +
				    i - 1];
				h->l = l;
				h->i = i;
			}
}

static void
heat_reload(struct modal *md, struct app *app)
{
	heat_load((struct heat *)md, app);
}

static void
heat_free(struct modal *md)
{
	struct heat *h = (struct heat *)md;

	free(h->counts[0]);
	free(h->counts[1]);
	free(h);
}

static const struct modal_ops heat_ops = {
	&keymap_heat, heat_draw, heat_key, heat_free, heat_reload
};

struct modal *
heat_new(struct risk_pane *p)
{
	struct heat *h = xcalloc(1, sizeof *h);
	size_t cells = (size_t)(p->mx->n_likelihood * p->mx->n_impact);

	h->md.ops = &heat_ops;
	h->p = p;
	h->counts[0] = xcalloc(cells, sizeof *h->counts[0]);
	h->counts[1] = xcalloc(cells, sizeof *h->counts[1]);
	h->residual = true;
	heat_load(h, p->base.app);
	heat_busiest(h);
	return &h->md;
}
