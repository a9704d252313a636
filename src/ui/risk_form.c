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
#include "isms/ui/actionlist.h"
#include "isms/ui/form.h"
#include "isms/ui/recform.h"
#include "isms/ui/risk_pane.h"
#include "isms/ui/tabs.h"
#include "isms/util/buf.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

static const size_t risk_form_fields[] = {
	RISK_STATEMENT, RISK_OWNER, RISK_THREAT, RISK_VULNERABILITY, RISK_IL,
	RISK_II, RISK_CL, RISK_CI, RISK_TREATMENT, RISK_RL, RISK_RI,
	RISK_STATUS, RISK_REVIEW, RISK_IDENTIFIED, RISK_DESCRIPTION,
};

/* The form's label column is narrow. */
static const char *const risk_form_labels[] = {
	NULL, NULL, NULL, NULL, "Likelihood", "Impact", "Current L",
	"Current I", NULL, "Residual L", "Residual I", NULL, NULL, NULL, NULL,
};

static void
scale_make(struct scale_vocab *s, const char *name,
           const struct matrix_step *steps, int n)
{
	int k = 0;

	s->terms[k++] = (struct vocab_term){ "", "not scored", NULL };
	for (int i = 0; i < n && k < 17; i++, k++) {
		snprintf(s->tokens[k], sizeof s->tokens[k], "%d",
		    steps[i].value);
		snprintf(s->labels[k], sizeof s->labels[k], "%d %s",
		    steps[i].value, steps[i].name);
		s->terms[k] = (struct vocab_term){ s->tokens[k], s->labels[k],
		    NULL };
	}
	s->v = (struct vocab){ name, s->terms, (size_t)k, false };
}

/* "Actions: 3, 2 open, overdue: 4 due 2026-10-31 Restore test" and the
 * key that lists them (the date before the text, so a cut line keeps it). */
static char *
risk_form_actions(struct app *app, const struct risk_row *r,
                  const char *today)
{
	struct action_row *rows = NULL;
	size_t n = 0, open = 0;
	char *cause = NULL, *line;
	struct buf late;

	if (action_list(app->m, r->ref, &rows, &n, &cause) != ISMS_OK) {
		free(cause);
		return xstrdup("Actions: cannot be read");
	}
	buf_init(&late);
	for (size_t i = 0; i < n; i++) {
		open += strcmp(rows[i].status, "planned") == 0 ||
		    strcmp(rows[i].status, "in-progress") == 0;
		if (action_late(&rows[i], today))
			buf_printf(&late, "%s%lld due %s %s",
			    late.len ? "; " : "", (long long)rows[i].id,
			    rows[i].due, rows[i].what);
	}
	line = n == 0 ? xstrdup("Actions: none (T lists and adds them)") :
	    xasprintf("Actions: %zu, %zu open%s%s (T lists, edits and deletes "
	    "them)", n, open, late.len ? ", overdue: " : "", buf_str(&late));
	buf_done(&late);
	action_rows_free(rows, n);
	return line;
}

/* The read-only lines: levels and flags, links, actions, acceptance,
 * revision. */
static char **
risk_form_info(void *owner, struct app *app, const void *row, size_t *out)
{
	struct risk_pane *p = owner;
	const struct risk_row *r = row;
	char inh[96], cur[96], res[96], **lines = xcalloc(7, sizeof *lines);
	char *flags = risk_doc_flags(r, p->today);
	size_t n = 0;

	risk_doc_level(p->mx, r->il, r->ii, inh, sizeof inh);
	risk_doc_current(p->mx, r, cur, sizeof cur);
	risk_doc_level(p->mx, r->rl, r->ri, res, sizeof res);
	lines[n++] = xasprintf("Inherent %s, %s%s%sresidual %s%s%s",
	    inh[0] ? inh : "not scored", cur[0] ? "current " : "", cur,
	    cur[0] ? ", " : "", res[0] ? res : "not scored", flags[0] ? "; " :
	    "", flags);
	lines[n++] = xasprintf("Assets: %s (L in the table links them)",
	    r->assets[0] ? r->assets : "none");
	lines[n++] = xasprintf("Controls: %s (l in the table; they give "
	    "reason RA in the SoA)", r->controls[0] ? r->controls : "none");
	lines[n++] = risk_form_actions(app, r, p->today);
	lines[n++] = r->accepted ? xasprintf("Acceptance: %s by %s on "
	    "%.10s%s%s", risk_doc_acceptance(r, p->today), r->accepted_by,
	    r->accepted_at, r->accepted_until ? ", until " : "",
	    r->accepted_until ? r->accepted_until : "") :
	    xstrdup("Acceptance: none (A in the table accepts the residual "
	    "risk)");
	lines[n++] = xasprintf("Revision %lld, last changed %s by %s",
	    (long long)r->rev, r->updated_at, r->updated_by);
	free(flags);
	*out = n;
	return lines;
}

/* The scales of the matrix for the score fields. */
static const struct vocab *
risk_form_vocab(void *owner, size_t i)
{
	struct risk_pane *p = owner;

	if (i == RISK_IL || i == RISK_CL || i == RISK_RL)
		return &p->likelihood.v;
	if (i == RISK_II || i == RISK_CI || i == RISK_RI)
		return &p->impact.v;
	return NULL;
}

static const struct recform_spec risk_form_spec = {
	.reg = &reg_risk,
	.fields = risk_form_fields,
	.n_fields = sizeof risk_form_fields / sizeof *risk_form_fields,
	.labels = risk_form_labels,
	.info = risk_form_info,
	.vocab = risk_form_vocab,
};

/* After a save, what the appetite says about the risk as it stands. */
static void
risk_form_saved(void *owner, struct app *app)
{
	struct risk_pane *p = owner;
	char *w = p->form_ref != NULL ? reg_warning(app->m, &reg_risk,
	    p->form_ref) : NULL;

	table_requery(&p->base.t);
	if (w != NULL)
		app_error(app, "saved; %s", w);
	free(w);
}

/* T in a risk's form: its treatment actions. */
static bool
risk_form_extra(void *owner, struct form *f, struct app *app,
                enum ui_action a)
{
	(void)owner;
	if (a != UI_ACTION_ACTIONS || f->key == NULL)
		return false;
	actionlist_open(app, f->key);
	return true;
}

struct form *
risk_form_open(struct risk_pane *p, const char *ref, bool edit)
{
	char *title;
	struct form *f;

	if (p->mx == NULL)
		return NULL;
	scale_make(&p->likelihood, "likelihood", p->mx->likelihood,
	    p->mx->n_likelihood);
	scale_make(&p->impact, "impact", p->mx->impact, p->mx->n_impact);
	title = xasprintf("Risk %s", ref);
	f = recform_open(p->base.app, &risk_form_spec, ref, title, p);
	free(title);
	if (f == NULL)
		return NULL;
	f->saved = risk_form_saved;
	f->extra = risk_form_extra;
	free(p->form_ref);
	p->form_ref = xstrdup(ref);
	form_origin(f, TAB_RISKS, ref);
	if (edit)
		form_edit_field(f, p->base.app, 0);
	return f;
}
