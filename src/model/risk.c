/*
 * risk.c - the risk register as a register: what is special about it is
 * that scores must exist on the ISMS's matrix (and record its version),
 * and that a new risk is identified today and gets its review date from
 * its level (the highest level's when it is not scored).  Links and
 * acceptance are risk_link.c, actions risk_action.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/store_risk.h"
#include "isms_db.h"
#include "reg_int.h"
#include "isms/model/matrix.h"
#include "isms/model/risk.h"
#include "isms/model/soa.h"
#include "isms/rec/vocab.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

enum isms_status
risk_get(struct isms *m, const char *ref, struct risk_row *out, char **cause)
{
	return store_risk_get(isms_db(m), ref, out, cause);
}

/* A score on the ISMS's matrix: a number, or a step's abbreviation or
 * name, stored as its number. */
static enum isms_status
risk_score(struct isms *m, const struct rec_field *f, const char *key,
           const char *in, char *out, size_t size, char **cause)
{
	bool likelihood = strstr(f->name, "likelihood") != NULL;
	struct matrix *mx = NULL;
	char *why = NULL;
	int v = 0;
	enum isms_status rc;

	out[0] = '\0';
	if ((rc = matrix_get(m, &mx, cause)) != ISMS_OK)
		return rc;
	rc = matrix_parse_value(mx, likelihood ? "likelihood" : "impact", in,
	    &v, &why);
	matrix_free(mx);
	if (rc != ISMS_OK) {
		rc = status_fail(cause, rc, "%s: %s", key, why);
		free(why);
		return rc;
	}
	if (v > 0)
		snprintf(out, size, "%d", v);
	return ISMS_OK;
}

static const struct plan_hooks risk_hooks = { risk_score };

static bool
risk_scored(const struct plan *p)
{
	return plan_has(p, RISK_IL) || plan_has(p, RISK_II) ||
	    plan_has(p, RISK_CL) || plan_has(p, RISK_CI) ||
	    plan_has(p, RISK_RL) || plan_has(p, RISK_RI);
}

/* The score field will have, as a number (0: none). */
static int
risk_after(const struct plan *p, size_t field, const void *cur)
{
	char buf[24];
	const char *v = plan_value(p, field, cur, buf, sizeof buf);

	return v != NULL && v[0] != '\0' ? atoi(v) : 0;
}

/* A new risk is identified today and reviewed when its level asks; one
 * not scored yet as soon as the highest level asks, so it comes back to
 * be assessed instead of never being due. */
static void
risk_defaults(const struct matrix *mx, struct plan *p)
{
	int rl = risk_after(p, RISK_RL, NULL), ri = risk_after(p, RISK_RI,
	    NULL);
	const struct matrix_level *lv = matrix_level_at(mx, matrix_rank(mx,
	    rl > 0 ? rl : risk_after(p, RISK_IL, NULL),
	    ri > 0 ? ri : risk_after(p, RISK_II, NULL)));
	char today[11], review[11];

	if (lv == NULL && mx->n_levels > 0)     /* levels are in rank order */
		lv = &mx->levels[mx->n_levels - 1];

	date_today(today);
	if (!plan_has(p, RISK_IDENTIFIED))
		plan_add(p, RISK_IDENTIFIED, today);
	if (!plan_has(p, RISK_REVIEW) && lv != NULL) {
		date_add_days(today, lv->review_days, review);
		plan_add(p, RISK_REVIEW, review);
	}
}

/* Scores record the version of the matrix they were given on; a current
 * score replaces the tier that named the current level before it was
 * scored; a new risk gets its dates. */
static enum isms_status
risk_amend(struct isms *m, const void *cur, struct plan *p, char **cause)
{
	struct matrix *mx = NULL;
	char version[16];
	enum isms_status rc;

	if (cur != NULL && !risk_scored(p))
		return ISMS_OK;
	if ((rc = matrix_get(m, &mx, cause)) != ISMS_OK)
		return rc;
	if (risk_scored(p)) {
		snprintf(version, sizeof version, "%d", mx->version);
		plan_add(p, RISK_MATRIX_VERSION, version);
	}
	if (plan_has(p, RISK_CL) || plan_has(p, RISK_CI))
		plan_add(p, RISK_TIER, NULL);
	if (cur == NULL)
		risk_defaults(mx, p);
	matrix_free(mx);
	return ISMS_OK;
}

static enum isms_status
risk_reg_list(struct isms *m, const char *text, void **rows, size_t *n,
              char **cause)
{
	struct risk_query q = { .text = text };

	return reg_view_all(m, &reg_risk, &q, rows, n, cause);
}

static enum isms_status
risk_reg_get(struct isms *m, const char *key, void *row, char **cause)
{
	return risk_get(m, key, row, cause);
}

static void
risk_key(const void *row, char *buf, size_t size)
{
	snprintf(buf, size, "%s", ((const struct risk_row *)row)->ref);
}

static enum isms_status
risk_insert(struct isms *m, const struct rec_patch *rp, const struct plan *p,
            const struct row_author *a, int64_t *id, char **key,
            char **cause)
{
	struct matrix *mx = NULL;
	enum isms_status rc = matrix_get(m, &mx, cause);

	(void)p;
	if (rc == ISMS_OK)
		rc = store_risk_insert(isms_db(m), rp->v[RISK_STATEMENT],
		    mx->id, mx->version, a, key, id, cause);
	matrix_free(mx);
	return rc;
}

/* The stored levels follow the scores, in the transaction that wrote
 * them. */
static enum isms_status
risk_written(struct isms *m, int64_t id, const struct plan *p, char **cause)
{
	if (!risk_scored(p) && !plan_has(p, RISK_TIER))
		return ISMS_OK;
	return store_risk_rank(isms_db(m), id, cause);
}

static enum isms_status
risk_remove(struct isms *m, const void *row, const struct row_author *a,
            char **cause)
{
	const struct risk_row *r = row;

	return store_risk_delete(isms_db(m), r->id, r->ref, a, cause);
}

/* A risk the appetite does not allow as it stands: its residual level
 * (once scored; before treatment a high inherent level is expected) above
 * the acceptance criterion with no valid acceptance. */
static char *
risk_warn(struct isms *m, const void *row)
{
	const struct risk_row *r = row;
	const struct matrix_level *lv, *acc;
	struct matrix *mx = NULL;
	char today[11], *cause = NULL, *w = NULL;

	date_today(today);
	if (r->residual_rank < 0 || !risk_flagged(r, today) ||
	    matrix_get(m, &mx, &cause) != ISMS_OK) {
		free(cause);
		return NULL;
	}
	lv = matrix_level_at(mx, r->residual_rank);
	acc = matrix_level_at(mx, mx->acceptance_rank);
	w = xasprintf("%s: residual risk %s is above the acceptance criterion "
	    "(up to %s) and %s: treat it further, or have its owner accept it "
	    "(isms risk accept %s --by NAME)", r->ref, lv != NULL ? lv->name :
	    "?", acc != NULL ? acc->name : "?", !r->accepted ?
	    "not accepted" : r->stale ? "its acceptance is stale" :
	    "its acceptance has expired", r->ref);
	matrix_free(mx);
	return w;
}

const struct reg reg_risk = {
	.d = &rec_risk,
	.view = &risk_reg_view,
	.hooks = &risk_hooks,
	.name_field = -1,
	.first_field = RISK_STATEMENT,
	.list = risk_reg_list,
	.get = risk_reg_get,
	.key = risk_key,
	.amend = risk_amend,
	.insert = risk_insert,
	.written = risk_written,
	.remove = risk_remove,
	.warn = risk_warn,
};
