/*
 * pane_risks.c - the risk register: the shared table by window over the
 * model's risk views (sortable, filterable by level, treatment, status,
 * appetite, overdue review, stale acceptance, heat-map cell), flags in
 * words, the detail form, linking assets and controls by picking them,
 * accepting residual risk, the heat maps and jumps to the SoA.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/reg.h"
#include "isms/model/matrix.h"
#include "isms/model/risk.h"
#include "isms/model/soa.h"
#include "isms/rec/vocab.h"
#include "isms/report/risk_doc.h"
#include "isms/ui/draw.h"
#include "isms/ui/export.h"
#include "isms/ui/form.h"
#include "isms/ui/panes.h"
#include "isms/ui/prompt.h"
#include "isms/ui/risk_pane.h"
#include "isms/ui/table.h"
#include "isms/util/buf.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

enum { COL_REF, COL_STATEMENT, COL_INHERENT, COL_RESIDUAL, COL_FLAGS,
       COL_OWNER, COL_TREATMENT, COL_REVIEW, COL_STATUS };

static const struct layout_col risk_cols[] = {
	{ "Risk", 6, 7, 0, false },
	{ "Statement", 20, 0, 4, false },
	{ "Inherent", 9, 9, 0, false },
	{ "Residual", 9, 9, 0, false },
	{ "Flags", 14, 22, 1, false },
	{ "Owner", 10, 18, 1, false },
	{ "Treatment", 9, 9, 0, false },
	{ "Review", 11, 11, 0, false },
	{ "Status", 12, 12, 0, false },
};

static const enum risk_sort risk_col_sort[] = {
	RISK_SORT_REF, RISK_SORT_STATEMENT, RISK_SORT_INHERENT,
	RISK_SORT_RESIDUAL, RISK_SORT_RESIDUAL, RISK_SORT_OWNER,
	RISK_SORT_TREATMENT, RISK_SORT_REVIEW, RISK_SORT_STATUS,
};

void
risk_pane_query(const struct risk_pane *p, struct risk_query *q)
{
	*q = p->filter;
	q->text = p->t.filter[0] != '\0' ? p->t.filter : NULL;
	q->sort = risk_col_sort[p->t.sort_col];
	q->descending = p->t.sort_desc;
}

void
risk_pane_drop(struct risk_pane *p)
{
	risk_rows_free(p->win, p->win_n);
	p->win = NULL;
	p->win_n = p->win_top = 0;
}

static void
risk_window(void *ctx, size_t top, size_t n)
{
	struct risk_pane *p = ctx;
	struct risk_query q;
	char *cause = NULL;

	if (p->win != NULL && top >= p->win_top &&
	    top + n <= p->win_top + p->win_n)
		return;
	risk_pane_drop(p);
	risk_pane_query(p, &q);
	if (risk_page(p->app->m, &q, top, n, &p->win, &p->win_n, &cause) !=
	    ISMS_OK) {
		app_fail(p->app, cause);
		p->win_n = 0;
	}
	p->win_top = top;
}

const struct risk_row *
risk_pane_at(struct risk_pane *p, size_t row)
{
	if (row < p->win_top || row >= p->win_top + p->win_n)
		risk_window(p, row, 1);
	if (row < p->win_top || row >= p->win_top + p->win_n)
		return NULL;
	return &p->win[row - p->win_top];
}

static void
risk_query_run(void *ctx, size_t *cursor)
{
	struct risk_pane *p = ctx;
	const struct risk_row *r = p->count > 0 && *cursor != TABLE_NO_ROW ?
	    risk_pane_at(p, *cursor) : NULL;
	char *keep = r != NULL ? xstrdup(r->ref) : NULL, *cause = NULL;
	struct risk_query q, all = { 0 };
	size_t pos;

	risk_pane_drop(p);
	matrix_free(p->mx);
	p->mx = NULL;
	date_today(p->today);
	risk_pane_query(p, &q);
	if (matrix_get(p->app->m, &p->mx, &cause) != ISMS_OK ||
	    (!p->t.sort_only &&
	    risk_count(p->app->m, &q, &p->count, &cause) != ISMS_OK) ||
	    (!p->t.sort_only &&
	    risk_count(p->app->m, &all, &p->all, &cause) != ISMS_OK)) {
		app_fail(p->app, cause);      /* which frees it */
		cause = NULL;
		p->count = 0;
	}
	*cursor = 0;
	if (keep != NULL && risk_position(p->app->m, &q, keep, &pos, &cause) ==
	    ISMS_OK)
		*cursor = pos;
	else
		free(cause);
	free(keep);
}

static size_t
risk_count_rows(void *ctx)
{
	return ((struct risk_pane *)ctx)->count;
}

static size_t
risk_all_rows(void *ctx)
{
	return ((struct risk_pane *)ctx)->all;
}

static const char *
risk_level_name(const struct risk_pane *p, int rank)
{
	const struct matrix_level *lv = p->mx != NULL ?
	    matrix_level_at(p->mx, rank) : NULL;

	return lv != NULL ? lv->name : "-";
}

static enum ui_role
risk_level_role(const struct risk_pane *p, int rank)
{
	if (rank < 0 || p->mx == NULL)
		return UI_ROLE_MUTED;
	return matrix_above(p->mx, rank) ? UI_ROLE_OVERDUE : UI_ROLE_DONE;
}

/* What needs attention, in words: above (the appetite, without a valid
 * acceptance) or accepted, stale, overdue. */
static void
risk_flags_cell(struct risk_pane *p, const struct risk_row *r,
                struct table_cell *out)
{
	bool flagged = risk_flagged(r, p->today);
	bool stale = r->accepted && r->stale;
	bool late = risk_overdue(r, p->today);
	struct buf b;

	buf_init(&b);
	if (flagged)
		buf_adds(&b, "above");
	else if (r->accepted && !stale)
		buf_adds(&b, "accepted");
	if (stale)
		buf_printf(&b, "%sstale", b.len ? " " : "");
	if (late)
		buf_printf(&b, "%soverdue", b.len ? " " : "");
	snprintf(p->cell, sizeof p->cell, "%s", buf_str(&b));
	buf_done(&b);
	out->text = p->cell;
	out->role = flagged || stale || late ? UI_ROLE_OVERDUE : UI_ROLE_NORMAL;
}

static void
risk_cell(void *ctx, size_t row, size_t col, struct table_cell *out)
{
	struct risk_pane *p = ctx;
	const struct risk_row *r = risk_pane_at(p, row);

	out->role = UI_ROLE_NORMAL;
	out->text = "";
	if (r == NULL)
		return;
	switch (col) {
	case COL_REF: out->text = r->ref; break;
	case COL_STATEMENT: out->text = r->statement; break;
	case COL_INHERENT:
		out->text = risk_level_name(p, r->inherent_rank);
		out->role = risk_level_role(p, r->inherent_rank);
		break;
	case COL_RESIDUAL:
		out->text = risk_level_name(p, r->residual_rank);
		out->role = risk_level_role(p, r->residual_rank);
		break;
	case COL_FLAGS: risk_flags_cell(p, r, out); break;
	case COL_OWNER: out->text = r->owner; break;
	case COL_TREATMENT: out->text = r->treatment ? r->treatment : "-";
		break;
	case COL_REVIEW: out->text = r->next_review; break;
	case COL_STATUS:
		out->text = vocab_label(&vocab_risk_status, r->status);
		break;
	}
}

static bool
risk_find_row(void *ctx, const char *needle, size_t from, int dir,
              size_t *pos, char **cause)
{
	struct risk_pane *p = ctx;
	struct risk_query q;
	enum isms_status rc;

	risk_pane_query(p, &q);
	rc = risk_find(p->app->m, &q, needle, from, dir, pos, cause);
	if (rc == ISMS_NOT_FOUND) {   /* none matches: not an error */
		free(*cause);
		*cause = NULL;
	}
	return rc == ISMS_OK;
}

const struct table_source risk_source = {
	risk_query_run, risk_count_rows, risk_all_rows, risk_window, risk_cell,
	risk_find_row,
};

const struct layout_col *const risk_pane_cols = risk_cols;
const size_t risk_pane_n_cols = sizeof risk_cols / sizeof *risk_cols;
