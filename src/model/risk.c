/*
 * risk.c - the rules of the risk register: scores must exist on the
 * ISMS's matrix, vocabularies are closed, dates are real, a new risk gets
 * its review date from its level, and a link that treatment relies on is
 * not removed silently.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/store_risk.h"
#include "isms/model/isms_db.h"
#include "isms/model/matrix.h"
#include "isms/model/risk.h"
#include "isms/model/soa.h"
#include "isms/rec/vocab.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

struct risk_plan {
	struct row_change ch[RISK_FIELDS];
	size_t n;
	char num[6][12];              /* score values as text */
	char review[11], version[12];
	int il, ii, rl, ri;           /* -1: not changed */
};

enum isms_status
risk_get(struct isms *m, const char *ref, struct risk_row *out, char **cause)
{
	return store_risk_get(isms_db(m), ref, out, cause);
}

static void
plan_add(struct risk_plan *p, size_t field, const char *value)
{
	p->ch[p->n++] = (struct row_change){ field, value };
}

static enum isms_status
plan_text(const char *ref, const char *name, const char *value,
          const char *stored, size_t field, bool single, struct risk_plan *p,
          char **cause)
{
	enum isms_status rc;

	if (value == NULL)
		return ISMS_OK;
	rc = isms_text_change(ref, name, value, stored, single, cause);
	if (rc == ISMS_OK)
		plan_add(p, field, value);
	return rc;
}

static enum isms_status
plan_date(const char *ref, const char *name, const char *value, size_t field,
          struct risk_plan *p, char **cause)
{
	if (value == NULL)
		return ISMS_OK;
	if (value[0] != '\0' && !date_valid(value))
		return status_fail(cause, ISMS_INVALID, "%s: %s '%s' is not a "
		    "date (YYYY-MM-DD)", ref, name, value);
	plan_add(p, field, value[0] != '\0' ? value : NULL);
	return ISMS_OK;
}

static enum isms_status
plan_term(const char *ref, const struct vocab *v, const char *value,
          size_t field, struct risk_plan *p, char **cause)
{
	const char *token;
	char *choices;
	enum isms_status rc;

	if (value == NULL)
		return ISMS_OK;
	if (value[0] == '\0' && field == RISK_TREATMENT) {
		plan_add(p, field, NULL);
		return ISMS_OK;
	}
	if ((token = vocab_parse(v, value)) != NULL) {
		plan_add(p, field, token);
		return ISMS_OK;
	}
	choices = vocab_choices(v);
	rc = status_fail(cause, ISMS_INVALID, "%s: unknown %s '%s' (use %s)",
	    ref, v->name, value, choices);
	free(choices);
	return rc;
}

static enum isms_status
plan_score(const struct matrix *mx, const char *ref, const char *axis,
           const char *value, size_t field, int slot, int *out,
           struct risk_plan *p, char **cause)
{
	enum isms_status rc;
	char *why = NULL;

	if (value == NULL)
		return ISMS_OK;
	rc = matrix_parse_value(mx, axis, value, out, &why);
	if (rc != ISMS_OK) {
		rc = status_fail(cause, rc, "%s: %s", ref, why);
		free(why);
		return rc;
	}
	snprintf(p->num[slot], sizeof p->num[slot], "%d", *out);
	plan_add(p, field, *out > 0 ? p->num[slot] : NULL);
	return ISMS_OK;
}

static enum isms_status
plan_scores(const struct matrix *mx, const char *ref,
            const struct risk_patch *r, struct risk_plan *p, char **cause)
{
	enum isms_status rc;

	rc = plan_score(mx, ref, "likelihood", r->likelihood, RISK_IL, 0,
	    &p->il, p, cause);
	if (rc == ISMS_OK)
		rc = plan_score(mx, ref, "impact", r->impact, RISK_II, 1,
		    &p->ii, p, cause);
	if (rc == ISMS_OK)
		rc = plan_score(mx, ref, "likelihood", r->residual_likelihood,
		    RISK_RL, 2, &p->rl, p, cause);
	if (rc == ISMS_OK)
		rc = plan_score(mx, ref, "impact", r->residual_impact,
		    RISK_RI, 3, &p->ri, p, cause);
	if (rc == ISMS_OK && (r->likelihood || r->impact ||
	    r->residual_likelihood || r->residual_impact)) {
		snprintf(p->version, sizeof p->version, "%d", mx->version);
		plan_add(p, RISK_MATRIX_VERSION, p->version);
	}
	return rc;
}

/* Check the text fields of r against the risk as stored (cur; all empty
 * for a new risk) and plan them. */
static enum isms_status
plan_texts(const char *ref, const struct risk_patch *r,
           const struct risk_row *cur, struct risk_plan *p, char **cause)
{
	enum isms_status rc;

	rc = plan_text(ref, "statement", r->statement, cur->statement,
	    RISK_STATEMENT, true, p, cause);
	if (rc == ISMS_OK)
		rc = plan_text(ref, "description", r->description,
		    cur->description, RISK_DESCRIPTION, false, p, cause);
	if (rc == ISMS_OK)
		rc = plan_text(ref, "threat", r->threat, cur->threat,
		    RISK_THREAT, true, p, cause);
	if (rc == ISMS_OK)
		rc = plan_text(ref, "vulnerability", r->vulnerability,
		    cur->vulnerability, RISK_VULNERABILITY, true, p, cause);
	if (rc == ISMS_OK)
		rc = plan_text(ref, "owner", r->owner, cur->owner,
		    RISK_OWNER, true, p, cause);
	if (rc == ISMS_OK)
		rc = plan_text(ref, "tier", r->tier, cur->tier, RISK_TIER,
		    true, p, cause);
	return rc;
}

static enum isms_status
plan_make(const struct matrix *mx, const char *ref,
          const struct risk_patch *r, const struct risk_row *cur,
          struct risk_plan *p, char **cause)
{
	enum isms_status rc = ISMS_OK;

	p->il = p->ii = p->rl = p->ri = -1;
	if (r->statement != NULL && r->statement[0] == '\0')
		return status_fail(cause, ISMS_INVALID, "%s: a risk needs a "
		    "statement", ref);
	rc = plan_texts(ref, r, cur, p, cause);
	if (rc == ISMS_OK)
		rc = plan_date(ref, "identified date", r->identified,
		    RISK_IDENTIFIED, p, cause);
	if (rc == ISMS_OK)
		rc = plan_date(ref, "review date", r->review, RISK_REVIEW,
		    p, cause);
	if (rc == ISMS_OK)
		rc = plan_term(ref, &vocab_treatment, r->treatment,
		    RISK_TREATMENT, p, cause);
	if (rc == ISMS_OK)
		rc = plan_term(ref, &vocab_risk_status, r->status,
		    RISK_STATUS, p, cause);
	if (rc == ISMS_OK)
		rc = plan_scores(mx, ref, r, p, cause);
	return rc;
}

/* The review date a level asks for: today plus its review interval. */
static void
plan_default_review(const struct matrix *mx, int rank, struct risk_plan *p)
{
	const struct matrix_level *lv = matrix_level_at(mx, rank);
	char today[11];

	if (lv == NULL)
		return;
	date_today(today);
	date_add_days(today, lv->review_days, p->review);
	plan_add(p, RISK_REVIEW, p->review);
}

/* The matrix scores are checked on, once the ISMS is known writable; the
 * caller frees *mx. */
static enum isms_status
risk_prepare(struct isms *m, struct matrix **mx, char **cause)
{
	enum isms_status rc;

	*mx = NULL;
	if ((rc = isms_require_writable(m, cause)) != ISMS_OK)
		return rc;
	return matrix_get(m, mx, cause);
}

enum isms_status
risk_add(struct isms *m, const struct risk_patch *r, char **ref,
         char **cause)
{
	struct risk_plan plan = { .n = 0 };
	const struct risk_row none = { .ref = NULL };
	struct row_author author;
	struct matrix *mx;
	struct db *db = isms_db(m);
	char at[21], today[11];
	int64_t id;
	enum isms_status rc;

	*ref = NULL;
	if (r->statement == NULL || r->statement[0] == '\0')
		return status_fail(cause, ISMS_INVALID, "a risk needs a "
		    "statement");
	rc = risk_prepare(m, &mx, cause);
	if (rc == ISMS_OK)
		rc = plan_make(mx, "new risk", r, &none, &plan, cause);
	if (rc == ISMS_OK && r->identified == NULL) {
		date_today(today);
		plan_add(&plan, RISK_IDENTIFIED, today);
	}
	if (rc == ISMS_OK && r->review == NULL)
		plan_default_review(mx, matrix_rank(mx,
		    plan.rl > 0 ? plan.rl : plan.il,
		    plan.ri > 0 ? plan.ri : plan.ii), &plan);
	if (rc == ISMS_OK && (rc = db_begin(db, cause)) == ISMS_OK) {
		isms_author(&author, at);
		rc = store_risk_insert(db, r->statement, mx->id, mx->version,
		    &author, ref, &id, cause);
		if (rc == ISMS_OK)
			rc = row_fill(db, &rec_risk, id, *ref, plan.ch,
			    plan.n, &author, cause);
		if (rc == ISMS_OK)
			rc = db_commit(db, cause);
		else
			db_rollback(db);
	}
	matrix_free(mx);
	if (rc != ISMS_OK) {
		free(*ref);
		*ref = NULL;
	}
	return rc;
}

enum isms_status
risk_set(struct isms *m, const char *ref, const struct risk_patch *r,
         int64_t expected_rev, char **cause)
{
	struct risk_plan plan = { .n = 0 };
	struct risk_row cur = { 0 };
	struct row_author author;
	struct matrix *mx;
	struct db *db = isms_db(m);
	char at[21];
	enum isms_status rc;

	if ((rc = risk_prepare(m, &mx, cause)) != ISMS_OK)
		return rc;
	if ((rc = db_begin(db, cause)) != ISMS_OK) {
		matrix_free(mx);
		return rc;
	}
	/* Read, check and write under one write lock, so that the rev read
	 * is the rev written against. */
	rc = risk_get(m, ref, &cur, cause);
	if (rc == ISMS_OK)
		rc = plan_make(mx, cur.ref, r, &cur, &plan, cause);
	if (rc == ISMS_OK) {
		isms_author(&author, at);
		rc = row_update(db, &rec_risk, cur.id, cur.ref,
		    expected_rev >= 0 ? expected_rev : cur.rev, plan.ch, plan.n,
		    &author, NULL, cause);
	}
	risk_row_done(&cur);
	matrix_free(mx);
	if (rc == ISMS_OK)
		return db_commit(db, cause);
	db_rollback(db);
	return rc;
}

enum isms_status
risk_rm(struct isms *m, const char *ref, char **cause)
{
	struct risk_row cur = { 0 };
	struct row_author author;
	char at[21];
	enum isms_status rc;

	if ((rc = isms_require_writable(m, cause)) != ISMS_OK)
		return rc;
	if ((rc = db_begin(isms_db(m), cause)) != ISMS_OK)
		return rc;
	if ((rc = risk_get(m, ref, &cur, cause)) == ISMS_OK) {
		isms_author(&author, at);
		rc = store_risk_delete(isms_db(m), cur.id, cur.ref, &author,
		    cause);
	}
	risk_row_done(&cur);
	if (rc == ISMS_OK)
		return db_commit(isms_db(m), cause);
	db_rollback(isms_db(m));
	return rc;
}
