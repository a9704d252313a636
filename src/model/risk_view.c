/*
 * risk_view.c - views of the risk register for tables and lists: query
 * members checked and put in stored form for the view engine (the
 * reg_view hooks of reg_risk); and the flags every view shows.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isms/db/store_risk.h"
#include "isms_db.h"
#include "reg_int.h"
#include "isms/model/matrix.h"
#include "isms/model/risk.h"
#include "isms/rec/vocab.h"
#include "isms/util/buf.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

const char *const risk_sort_names[RISK_SORT_COUNT] = {
	"ref", "statement", "owner", "inherent", "residual", "treatment",
	"status", "review", "current",
};

enum isms_status
risk_sort_parse(const char *name, enum risk_sort *out, char **cause)
{
	int i;
	enum isms_status rc = vocab_name_index(risk_sort_names,
	    RISK_SORT_COUNT, "column to sort by", name, &i, cause);

	if (rc == ISMS_OK)
		*out = (enum risk_sort)i;
	return rc;
}

static enum isms_status
view_level(struct isms *m, const char *name, int *rank, char **cause)
{
	struct matrix *mx;
	struct buf b;
	enum isms_status rc;

	*rank = -1;
	if (name == NULL)
		return ISMS_OK;
	if ((rc = matrix_get(m, &mx, cause)) != ISMS_OK)
		return rc;
	if ((*rank = matrix_level_find(mx, name)) < 0) {
		buf_init(&b);
		for (int k = 0; k < mx->n_levels; k++)
			buf_printf(&b, "%s%s", k ? ", " : "", mx->levels[k].id);
		rc = status_fail(cause, ISMS_INVALID, "%s: no such risk level "
		    "(use %s)", name, buf_str(&b));
		buf_done(&b);
	}
	matrix_free(mx);
	return rc;
}

/* The stored form of a query, with today's date it compares with and
 * the query of the text index it may look through. */
struct risk_view {
	struct store_risk_view v;
	char today[11];
	char *match;
};

static enum isms_status
view_make(struct isms *m, const void *query, void *filter,
          struct view_req *req, char **cause)
{
	static const struct risk_query all;
	const struct risk_query *q = query != NULL ? query : &all;
	struct risk_view *w = filter;
	struct store_risk_view *v = &w->v;
	enum isms_status rc;

	date_today(w->today);
	rc = view_level(m, q->level, &v->level_rank, cause);
	if (rc == ISMS_OK)
		rc = vocab_require(&vocab_treatment, q->treatment,
		    &v->treatment,
		    cause);
	if (rc == ISMS_OK)
		rc = vocab_require(&vocab_risk_status, q->status, &v->status,
		    cause);
	v->owner = q->owner;
	v->above = q->above;
	v->flagged = q->flagged;
	v->overdue = q->overdue;
	v->stale = q->stale;
	v->action_late = q->action_late;
	v->text = q->text != NULL && q->text[0] != '\0' ? q->text : NULL;
	if (rc == ISMS_OK)
		rc = store_risk_text_plan(isms_db(m), v->text, &w->match,
		    cause);
	v->match = w->match;
	v->control = q->control;
	v->cell_l = q->cell_l;
	v->cell_i = q->cell_i;
	v->cell_residual = q->cell_residual;
	v->today = w->today;
	req->sort = q->sort >= 0 && q->sort < RISK_SORT_COUNT ?
	    (size_t)q->sort : 0;
	req->descending = q->descending;
	return rc;
}

static void
view_done(void *filter)
{
	struct risk_view *w = filter;

	free(w->match);               /* the other strings are the query's */
}

static bool
view_is_all(const void *filter)
{
	const struct store_risk_view *v = filter;

	return v->level_rank < 0 && v->owner == NULL && v->treatment == NULL &&
	    v->status == NULL && !v->above && !v->flagged && !v->overdue &&
	    !v->stale && !v->action_late && v->text == NULL &&
	    v->control == NULL &&
	    v->cell_l == 0;
}

static enum isms_status
view_total(struct isms *m, size_t *n, char **cause)
{
	return store_risk_total(isms_db(m), n, cause);
}

/* Counting is cheap when the text index names the few risks to look
 * at. */
static bool
view_cheap(const void *filter)
{
	return ((const struct store_risk_view *)filter)->match != NULL;
}

const struct reg_view risk_reg_view = {
	.sql = &store_risk_view_sql,
	.filter_size = sizeof(struct risk_view),
	.make = view_make,
	.done = view_done,
	.is_all = view_is_all,
	.total = view_total,
	.cheap = view_cheap,
};

bool
risk_flagged(const struct risk_row *r, const char *today)
{
	bool valid = r->accepted && !r->stale && (r->accepted_until == NULL ||
	    strcmp(r->accepted_until, today) >= 0);

	return r->above && !valid && strcmp(r->status, "closed") != 0;
}

bool
risk_overdue(const struct risk_row *r, const char *today)
{
	return r->next_review != NULL && strcmp(r->next_review, today) < 0 &&
	    strcmp(r->status, "closed") != 0;
}

bool
risk_action_late(const struct risk_row *r, const char *today)
{
	return r->action_due != NULL && strcmp(r->action_due, today) < 0 &&
	    strcmp(r->status, "closed") != 0;
}

bool
action_late(const struct action_row *a, const char *today)
{
	return a->due != NULL && a->due[0] != '\0' &&
	    strcmp(a->due, today) < 0 && (strcmp(a->status, "planned") == 0 ||
	    strcmp(a->status, "in-progress") == 0);
}

enum isms_status
risk_heat(struct isms *m, const struct matrix *mx, bool residual,
          size_t *counts, char **cause)
{
	return store_risk_heat(isms_db(m), residual, mx->n_likelihood,
	    mx->n_impact, counts, cause);
}

enum isms_status
risk_owners(struct isms *m, char ***owners, size_t *n, char **cause)
{
	return store_risk_owners(isms_db(m), owners, n, cause);
}

enum isms_status
risk_ref_width(struct isms *m, size_t *width, char **cause)
{
	return store_risk_ref_width(isms_db(m), width, cause);
}
