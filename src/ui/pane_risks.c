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
#include "isms/ui/prompt.h"
#include "isms/ui/risk_pane.h"
#include "isms/util/buf.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

enum { COL_REF, COL_STATEMENT, COL_INHERENT, COL_RESIDUAL, COL_FLAGS,
       COL_OWNER, COL_TREATMENT, COL_REVIEW, COL_STATUS };

/* At 80 columns the ref, statement, residual level, flags, owner and
 * status stay (drop 0 and 1), then the inherent level; at 100 all fit.
 * Flags and owner are as wide as what they show; the statement takes the
 * rest.  The ref column is as wide as the widest ref (risk_requeried). */
static const struct layout_col risk_cols[] = {
	{ "Risk", 5, 5, 0, false, 0, false },
	{ "Statement", 20, 0, 3, false, 0, false },
	{ "Inherent", 9, 9, 0, false, 2, false },
	{ "Residual", 9, 9, 0, false, 0, false },
	{ "Flags", 8, 24, 1, false, 1, true },
	{ "Owner", 10, 18, 1, false, 1, true },
	{ "Treatment", 9, 9, 0, false, 3, false },
	{ "Review", 10, 10, 0, false, 3, false },
	{ "Status", 10, 10, 0, false, 1, false },
};

static const enum risk_sort risk_col_sort[] = {
	RISK_SORT_REF, RISK_SORT_STATEMENT, RISK_SORT_INHERENT,
	RISK_SORT_RESIDUAL, RISK_SORT_RESIDUAL, RISK_SORT_OWNER,
	RISK_SORT_TREATMENT, RISK_SORT_REVIEW, RISK_SORT_STATUS,
};

const void *
risk_pane_query(void *pane)
{
	struct risk_pane *p = pane;

	p->q = p->filter;
	p->q.text = p->base.t.filter[0] != '\0' ? p->base.t.filter : NULL;
	p->q.sort = risk_col_sort[p->base.t.sort_col];
	p->q.descending = p->base.t.sort_desc;
	return &p->q;
}

/* The matrix and today's date the cells are drawn with, read with the
 * counts; after a change of the data, the width of the widest ref. */
static void
risk_requeried(void *pane)
{
	struct risk_pane *p = pane;
	char *cause = NULL;
	size_t w = 0;

	matrix_free(p->mx);
	p->mx = NULL;
	date_today(p->today);
	if (matrix_get(p->base.app->m, &p->mx, &cause) != ISMS_OK)
		app_fail(p->base.app, cause);
	if (p->refs_changed && risk_ref_width(p->base.app->m, &w, &cause) ==
	    ISMS_OK) {
		tpane_col_width(&p->base, COL_REF, (int)w);
		p->refs_changed = false;
	} else if (p->refs_changed)
		app_fail(p->base.app, cause);
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
 * acceptance) or accepted, stale, overdue (the review), late (an action
 * past its due date), excluded (a linked control the SoA excludes). */
static void
risk_flags_cell(struct risk_pane *p, const struct risk_row *r,
                struct table_cell *out)
{
	bool flagged = risk_flagged(r, p->today);
	bool stale = r->accepted && r->stale;
	bool late = risk_overdue(r, p->today);
	bool action = risk_action_late(r, p->today);
	bool excl = r->excluded != NULL && r->excluded[0] != '\0';
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
	if (action)
		buf_printf(&b, "%slate", b.len ? " " : "");
	if (excl)
		buf_printf(&b, "%sexcluded", b.len ? " " : "");
	snprintf(p->base.cell, sizeof p->base.cell, "%s", buf_str(&b));
	buf_done(&b);
	out->text = p->base.cell;
	out->role = flagged || stale || late || action || excl ?
	    UI_ROLE_OVERDUE : UI_ROLE_NORMAL;
}

static void
risk_cell(void *pane, const void *row, size_t col, struct table_cell *out)
{
	struct risk_pane *p = pane;
	const struct risk_row *r = row;

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
	case COL_TREATMENT:
		out->text = r->treatment ? vocab_label(&vocab_treatment,
		    r->treatment) : "-";
		break;
	case COL_REVIEW: out->text = r->next_review; break;
	case COL_STATUS:
		out->text = vocab_label(&vocab_risk_status, r->status);
		break;
	}
}

const struct tpane_spec risk_spec = {
	.reg = &reg_risk,
	.cols = risk_cols,
	.n_cols = sizeof risk_cols / sizeof *risk_cols,
	.cell = risk_cell,
	.query = risk_pane_query,
	.requeried = risk_requeried,
};
