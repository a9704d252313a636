/*
 * risk_form.c - the detail and edit form of one risk: scores are picked
 * from the ISMS's own scales, vocabularies from lists, and the form shows
 * what is linked and how the risk stands against the appetite.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/matrix.h"
#include "isms/model/risk.h"
#include "isms/rec/vocab.h"
#include "isms/report/risk_doc.h"
#include "isms/ui/form.h"
#include "isms/ui/panes.h"
#include "isms/ui/risk_pane.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

enum { F_STATEMENT, F_OWNER, F_THREAT, F_VULNERABILITY, F_IL, F_II,
       F_TREATMENT, F_RL, F_RI, F_STATUS, F_REVIEW, F_IDENTIFIED, F_TIER,
       F_DESCRIPTION, F_COUNT };

/* A scale of the matrix as a vocabulary: "3" shown as "3 Possible", and
 * "" for not scored. */
struct scale_vocab {
	struct vocab v;
	struct vocab_term terms[17];
	char tokens[17][4];
	char labels[17][80];
};

struct risk_form {
	struct risk_pane *p;
	char *ref;
	struct scale_vocab likelihood, impact;
};

static void
scale_make(struct scale_vocab *s, const char *name,
           const struct matrix_step *steps, int n)
{
	int k = 0;

	s->terms[k++] = (struct vocab_term){ "", "not scored" };
	for (int i = 0; i < n && k < 17; i++, k++) {
		snprintf(s->tokens[k], sizeof s->tokens[k], "%d", steps[i].value);
		snprintf(s->labels[k], sizeof s->labels[k], "%d %s",
		    steps[i].value, steps[i].name);
		s->terms[k] = (struct vocab_term){ s->tokens[k], s->labels[k] };
	}
	s->v = (struct vocab){ name, s->terms, (size_t)k };
}

static void
score_store(struct form *f, size_t i, int v)
{
	char buf[8];

	snprintf(buf, sizeof buf, "%d", v);
	form_store(f, i, v > 0 ? buf : "");
}

static void
risk_form_info(struct risk_form *rf, struct form *f, const struct risk_row *r)
{
	char inh[96], res[96], **lines = xcalloc(6, sizeof *lines);
	char *flags = risk_doc_flags(r, rf->p->today);
	size_t n = 0;

	risk_doc_level(rf->p->mx, r->il, r->ii, inh, sizeof inh);
	risk_doc_level(rf->p->mx, r->rl, r->ri, res, sizeof res);
	lines[n++] = xasprintf("Inherent %s, residual %s%s%s",
	    inh[0] ? inh : "not scored", res[0] ? res : "not scored",
	    flags[0] ? "; " : "", flags);
	lines[n++] = xasprintf("Assets: %s (L in the table links them)",
	    r->assets[0] ? r->assets : "none");
	lines[n++] = xasprintf("Controls: %s (l in the table; they give "
	    "reason RA in the SoA)", r->controls[0] ? r->controls : "none");
	lines[n++] = r->accepted ? xasprintf("Acceptance: %s by %s on %.10s%s%s",
	    risk_doc_acceptance(r, rf->p->today), r->accepted_by,
	    r->accepted_at, r->accepted_until ? ", until " : "",
	    r->accepted_until ? r->accepted_until : "") :
	    xstrdup("Acceptance: none (A in the table accepts the residual "
	    "risk)");
	lines[n++] = xasprintf("Revision %lld, last changed %s by %s",
	    (long long)r->rev, r->updated_at, r->updated_by);
	free(flags);
	form_info(f, lines, n);
}

static bool
risk_form_load(void *ctx, struct form *f, struct app *app)
{
	struct risk_form *rf = ctx;
	struct risk_row r = { 0 };
	char *cause = NULL;

	if (risk_get(app->m, rf->ref, &r, &cause) != ISMS_OK) {
		app_fail(app, cause);
		risk_row_done(&r);
		return false;
	}
	form_store(f, F_STATEMENT, r.statement);
	form_store(f, F_OWNER, r.owner);
	form_store(f, F_THREAT, r.threat);
	form_store(f, F_VULNERABILITY, r.vulnerability);
	score_store(f, F_IL, r.il);
	score_store(f, F_II, r.ii);
	form_store(f, F_TREATMENT, r.treatment);
	score_store(f, F_RL, r.rl);
	score_store(f, F_RI, r.ri);
	form_store(f, F_STATUS, r.status);
	form_store(f, F_REVIEW, r.next_review);
	form_store(f, F_IDENTIFIED, r.identified);
	form_store(f, F_TIER, r.tier);
	form_store(f, F_DESCRIPTION, r.description);
	f->rev = r.rev;
	risk_form_info(rf, f, &r);
	risk_row_done(&r);
	return true;
}

static enum isms_status
risk_form_save(void *ctx, struct form *f, char **cause)
{
	struct risk_form *rf = ctx;
	struct risk_patch p = {
		.statement = form_pending(f, F_STATEMENT),
		.owner = form_pending(f, F_OWNER),
		.threat = form_pending(f, F_THREAT),
		.vulnerability = form_pending(f, F_VULNERABILITY),
		.likelihood = form_pending(f, F_IL),
		.impact = form_pending(f, F_II),
		.treatment = form_pending(f, F_TREATMENT),
		.residual_likelihood = form_pending(f, F_RL),
		.residual_impact = form_pending(f, F_RI),
		.status = form_pending(f, F_STATUS),
		.review = form_pending(f, F_REVIEW),
		.identified = form_pending(f, F_IDENTIFIED),
		.tier = form_pending(f, F_TIER),
		.description = form_pending(f, F_DESCRIPTION),
	};

	return risk_set(rf->p->app->m, rf->ref, &p, f->rev, cause);
}

static void
risk_form_free(void *ctx)
{
	struct risk_form *rf = ctx;

	free(rf->ref);
	free(rf);
}

static const struct form_ops risk_form_ops = {
	risk_form_load, risk_form_save, risk_form_free,
};

static void
risk_form_saved(void *owner, struct app *app)
{
	struct risk_pane *p = owner;

	(void)app;
	table_requery(&p->t);
}

/* The form of rf's risk; the scale vocabularies live in rf. */
static struct form *
risk_form_new(struct risk_pane *p, const char *title, struct risk_form *rf)
{
	const struct form_field fields[F_COUNT] = {
		{ "Statement", FORM_LINE, NULL, NULL, NULL, false },
		{ "Owner", FORM_LINE, NULL, NULL, NULL, false },
		{ "Threat", FORM_LINE, NULL, NULL, NULL, false },
		{ "Vulnerability", FORM_LINE, NULL, NULL, NULL, false },
		{ "Likelihood", FORM_CHOICE, &rf->likelihood.v, NULL, NULL,
		    false },
		{ "Impact", FORM_CHOICE, &rf->impact.v, NULL, NULL, false },
		{ "Treatment", FORM_CHOICE, &vocab_treatment, NULL, NULL,
		    false },
		{ "Residual L", FORM_CHOICE, &rf->likelihood.v, NULL, NULL,
		    false },
		{ "Residual I", FORM_CHOICE, &rf->impact.v, NULL, NULL, false },
		{ "Status", FORM_CHOICE, &vocab_risk_status, NULL, NULL, false },
		{ "Next review", FORM_DATE, NULL, NULL, NULL, false },
		{ "Identified", FORM_DATE, NULL, NULL, NULL, false },
		{ "Current tier", FORM_LINE, NULL, NULL, NULL, false },
		{ "Description", FORM_LONG, NULL, NULL, NULL, false },
	};

	return form_new(p->app, title, fields, F_COUNT, &risk_form_ops, rf);
}

struct form *
risk_form_open(struct risk_pane *p, const char *ref, bool edit)
{
	struct risk_form *rf;
	char *title;
	struct form *f;

	if (p->mx == NULL)
		return NULL;
	rf = xcalloc(1, sizeof *rf);
	rf->p = p;
	rf->ref = xstrdup(ref);
	scale_make(&rf->likelihood, "likelihood", p->mx->likelihood,
	    p->mx->n_likelihood);
	scale_make(&rf->impact, "impact", p->mx->impact, p->mx->n_impact);
	title = xasprintf("Risk %s", ref);
	f = risk_form_new(p, title, rf);
	free(title);
	if (f == NULL)
		return NULL;
	f->saved = risk_form_saved;
	f->owner = p;
	form_origin(f, pane_risks_ops.name, rf->ref);
	app_push(p->app, &f->md);
	if (edit)
		form_edit_field(f, p->app, F_STATEMENT);
	return f;
}
