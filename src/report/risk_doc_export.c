/*
 * risk_doc_export.c - the risk register export (method and legend,
 * inherent and residual heat maps, register, treatment plan) and the
 * treatment plan export, of the register or of the risks a view shows;
 * the register and the plan are streamed from their statements to the
 * writer, row by row.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/reg.h"
#include "isms/model/matrix.h"
#include "isms/model/risk.h"
#include "isms/rec/vocab.h"
#include "isms/report/doc_rec.h"
#include "isms/report/document_doc.h"
#include "isms/report/risk_doc.h"
#include "isms/util/xmalloc.h"

#define MAX_STEPS 16

static void
method_sheet(struct doc *d, const struct matrix *mx)
{
	static const char *const head[] = { "Part", "Value", "Name",
		"Meaning" };
	struct doc_sheet *s = doc_sheet(d, "Method", head, 4);
	char v[16], *meaning;

	s->plain = true;
	for (int k = 0; k < mx->n_likelihood; k++) {
		const char *row[] = { "Likelihood", v, mx->likelihood[k].name,
		    mx->likelihood[k].criteria };

		snprintf(v, sizeof v, "%d", mx->likelihood[k].value);
		doc_row(s, row);
	}
	for (int k = 0; k < mx->n_impact; k++) {
		const char *row[] = { "Impact", v, mx->impact[k].name,
		    mx->impact[k].criteria };

		snprintf(v, sizeof v, "%d", mx->impact[k].value);
		doc_row(s, row);
	}
	for (int k = 0; k < mx->n_levels; k++) {
		const struct matrix_level *lv = &mx->levels[k];
		const char *row[4] = { "Risk level", lv->id, lv->name, NULL };

		meaning = xasprintf("%s; review every %d days; %s", lv->colour,
		    lv->review_days, matrix_above(mx, lv->rank) ?
		    "above the acceptance criterion: treat, or accept "
		    "explicitly" : "may be accepted by the risk owner");
		row[3] = meaning;
		doc_row(s, row);
		free(meaning);
	}
}

/* What the risks an export shows add up to, read in one pass: their
 * open risks per cell of either heat map, and their refs in order (for
 * the actions of the plan), when the export shows only some. */
struct shown {
	const struct matrix *mx;
	size_t *inherent, *residual;  /* per cell, likelihood-major */
	char **refs;                  /* sorted by strcmp */
	size_t n, cap;
};

static void
shown_cell(const struct matrix *mx, size_t *counts, int l, int i)
{
	if (l >= 1 && l <= mx->n_likelihood && i >= 1 && i <= mx->n_impact)
		counts[(l - 1) * mx->n_impact + i - 1]++;
}

static int
shown_each(void *ctx, const void *row)
{
	struct shown *s = ctx;
	const struct risk_row *r = row;

	if (strcmp(r->status, "closed") != 0) {
		shown_cell(s->mx, s->inherent, r->il, r->ii);
		shown_cell(s->mx, s->residual, r->rl, r->ri);
	}
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 64;
		s->refs = xreallocarray(s->refs, s->cap, sizeof *s->refs);
	}
	s->refs[s->n++] = xstrdup(r->ref);
	return 0;
}

static int
ref_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static enum isms_status
shown_read(struct shown *s, struct isms *m, const struct matrix *mx,
           const struct risk_query *q, char **cause)
{
	size_t cells = (size_t)(mx->n_likelihood * mx->n_impact) + 1;
	enum isms_status rc;

	*s = (struct shown){ .mx = mx };
	s->inherent = xcalloc(cells, sizeof *s->inherent);
	s->residual = xcalloc(cells, sizeof *s->residual);
	rc = reg_view_each(m, &reg_risk, q, shown_each, s, NULL, cause);
	if (s->n > 0)
		qsort(s->refs, s->n, sizeof *s->refs, ref_cmp);
	return rc;
}

static bool
shown_has(const struct shown *s, const char *ref)
{
	return bsearch(&ref, s->refs, s->n, sizeof *s->refs, ref_cmp) != NULL;
}

static void
shown_done(struct shown *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->refs[i]);
	free(s->refs);
	free(s->inherent);
	free(s->residual);
}

/* One heat map: likelihood rows from the highest down, impact columns;
 * each cell names its level and counts the open risks in it (those of
 * shown when it is not NULL, else of the register). */
static void
heat_sheet(struct doc *d, struct isms *m, const struct matrix *mx,
           bool residual, const struct shown *shown)
{
	const char *head[MAX_STEPS + 1];
	size_t *counts = xcalloc((size_t)(mx->n_likelihood * mx->n_impact) + 1,
	    sizeof *counts);
	int ni = mx->n_impact < MAX_STEPS ? mx->n_impact : MAX_STEPS;
	struct doc_sheet *s;
	char *cause = NULL;

	head[0] = "Likelihood \\ Impact";
	for (int i = 0; i < ni; i++)
		head[i + 1] = mx->impact[i].name;
	s = doc_sheet(d, residual ? "Residual heat map" : "Inherent heat map",
	    head, (size_t)ni + 1);
	s->plain = true;
	if (shown != NULL)
		memcpy(counts, residual ? shown->residual : shown->inherent,
		    (size_t)(mx->n_likelihood * mx->n_impact) * sizeof *counts);
	else if (risk_heat(m, mx, residual, counts, &cause) != ISMS_OK)
		free(cause);
	for (int l = mx->n_likelihood; l >= 1; l--) {
		char *cells[MAX_STEPS + 1];

		cells[0] = xasprintf("%d %s", l, mx->likelihood[l - 1].name);
		for (int i = 1; i <= ni; i++)
			cells[i] = xasprintf("%s: %zu", matrix_level_at(mx,
			    matrix_rank(mx, l, i))->name,
			    counts[(l - 1) * mx->n_impact + i - 1]);
		doc_row(s, (const char *const *)cells);
		for (int i = 0; i <= ni; i++)
			free(cells[i]);
	}
	free(counts);
}
static const char *
plan_action(const void *row, void *ctx, char *buf, size_t size)
{
	(void)ctx;
	snprintf(buf, size, "%lld", (long long)((const struct action_row *)
	    row)->id);
	return buf;
}

static const struct doc_col plan_cols[] = {
	{ ACTION_RISK, NULL, 8, NULL },
	{ -1, "Action", 8, plan_action },
	{ ACTION_WHAT, "What", 50, NULL },
	{ ACTION_CONTROL, NULL, 10, NULL },
	{ ACTION_OWNER, NULL, 18, NULL },
	{ ACTION_DUE, NULL, 11, NULL },
	{ ACTION_STATUS, NULL, 12, NULL },
	{ ACTION_DONE, NULL, 11, NULL },
};
#define PLAN_COLS (sizeof plan_cols / sizeof *plan_cols)

/* The treatment plan's rows from the statement to the writer: every
 * action, or those of the risks of shown when it is not NULL. */
struct plan_source {
	struct isms *m;
	const struct shown *shown;
	doc_emit_fn emit;
	void *ectx;
	enum isms_status rc;
	char *cause;
};

static int
plan_each(void *ctx, const void *row)
{
	struct plan_source *src = ctx;
	const struct action_row *a = row;

	if (src->shown != NULL && !shown_has(src->shown, a->risk_ref))
		return 0;
	return doc_rec_emit(&rec_action, plan_cols, PLAN_COLS, row, NULL,
	    src->emit, src->ectx);
}

static int
plan_rows(void *ctx, doc_emit_fn emit, void *ectx)
{
	struct plan_source *src = ctx;
	int stopped = 0;

	src->emit = emit;
	src->ectx = ectx;
	free(src->cause);
	src->cause = NULL;
	src->rc = action_each(src->m, plan_each, src, &stopped, &src->cause);
	return src->rc != ISMS_OK || stopped != 0 ? -1 : 0;
}

static void
plan_sheet(struct doc *d, struct plan_source *src)
{
	struct doc_sheet *s = doc_rec_sheet(d, "Treatment plan", &rec_action,
	    plan_cols, PLAN_COLS);

	doc_sheet_stream(s, plan_rows, src);
}

/* What a streamed sheet could not read wins over the write error it
 * made doc_export() report. */
static enum isms_status
export_result(enum isms_status rc, enum isms_status src_rc, char **src_cause,
              char **cause)
{
	if (rc == ISMS_OK || src_rc == ISMS_OK)
		return rc;
	if (cause != NULL) {
		free(*cause);
		*cause = *src_cause;
		*src_cause = NULL;
	}
	return src_rc;
}

/* The document-control fields; the risk count only when n_risks >= 0,
 * how they were chosen when selection is not NULL, the approved version
 * of v when v is not NULL. */
static enum isms_status
risk_doc_header(struct doc *d, struct isms *m, const struct matrix *mx,
                long n_risks, const char *selection,
                const struct version_spec *v, char **cause)
{
	const struct isms_info *info = isms_info(m);
	const struct matrix_level *acc = matrix_level_at(mx,
	    mx->acceptance_rank);
	char *s;

	doc_field(d, "Organisation", info->org[0] ? info->org : "(not set)");
	doc_field(d, "Scope", info->scope[0] ? info->scope : "(not set)");
	s = xasprintf("%s (version %d)", mx->title, mx->version);
	doc_field(d, "Risk matrix", s);
	free(s);
	s = xasprintf("risks up to %s may be accepted by their owner",
	    acc != NULL ? acc->name : "?");
	doc_field(d, "Acceptance criterion", s);
	free(s);
	if (n_risks >= 0) {
		s = xasprintf("%ld", n_risks);
		doc_field(d, "Risks", s);
		free(s);
	}
	if (selection != NULL)
		doc_field(d, "Selection", selection);
	if (v != NULL) {
		enum isms_status rc = version_doc_fields(m, v, d, cause);

		if (rc != ISMS_OK)
			return rc;
	}
	doc_generated(d, m);
	return ISMS_OK;
}

enum isms_status
risk_export(struct isms *m, enum doc_format f, const char *path,
            char **warning, char **cause)
{
	return risk_export_view(m, NULL, NULL, f, path, warning, cause);
}

/* The sheets of the export once its header is written; the register and
 * the plan stream. */
static enum isms_status
risk_export_sheets(struct doc *d, struct isms *m, const struct matrix *mx,
                   const struct shown *shown, struct risk_doc_source *reg,
                   struct plan_source *plan, enum doc_format f,
                   const char *path, char **warning, char **cause)
{
	enum isms_status rc;

	method_sheet(d, mx);
	heat_sheet(d, m, mx, false, shown);
	heat_sheet(d, m, mx, true, shown);
	risk_doc_register(d, reg);
	plan_sheet(d, plan);
	rc = doc_export(d, f, path, warning, cause);
	rc = export_result(rc, reg->rc, &reg->cause, cause);
	return export_result(rc, plan->rc, &plan->cause, cause);
}

enum isms_status
risk_export_view(struct isms *m, const struct risk_query *q,
                 const char *selection, enum doc_format f, const char *path,
                 char **warning, char **cause)
{
	struct risk_doc_source reg;
	struct plan_source plan = { .m = m };
	struct shown shown = { 0 };
	struct matrix *mx = NULL;
	struct doc d;
	size_t n = 0;
	enum isms_status rc;

	if (f == DOC_XLSX && path == NULL)
		return doc_export(NULL, f, path, warning, cause);
	doc_init(&d, "Risk register");
	rc = matrix_get(m, &mx, cause);
	risk_doc_source_init(&reg, m, mx, q);
	if (rc == ISMS_OK && q != NULL) {
		rc = shown_read(&shown, m, mx, q, cause);
		n = shown.n;
		plan.shown = &shown;
	} else if (rc == ISMS_OK) {
		rc = reg_view_count(m, &reg_risk, NULL, &n, cause);
	}
	if (rc == ISMS_OK)
		rc = risk_doc_header(&d, m, mx, (long)n, selection, NULL,
		    cause);
	if (rc == ISMS_OK)
		rc = risk_export_sheets(&d, m, mx, q != NULL ? &shown : NULL,
		    &reg, &plan, f, path, warning, cause);
	if (q != NULL)
		shown_done(&shown);
	risk_doc_source_done(&reg);
	free(plan.cause);
	matrix_free(mx);
	doc_done(&d);
	return rc;
}

enum isms_status
treatment_export(struct isms *m, enum doc_format f, const char *path,
                 char **warning, char **cause)
{
	struct plan_source plan = { .m = m };
	struct matrix *mx = NULL;
	struct doc d;
	enum isms_status rc;

	if (f == DOC_XLSX && path == NULL)
		return doc_export(NULL, f, path, warning, cause);
	doc_init(&d, "Risk treatment plan");
	rc = matrix_get(m, &mx, cause);
	if (rc == ISMS_OK)
		rc = risk_doc_header(&d, m, mx, -1, NULL, &version_treatment,
		    cause);
	if (rc == ISMS_OK) {
		plan_sheet(&d, &plan);
		rc = doc_export(&d, f, path, warning, cause);
		rc = export_result(rc, plan.rc, &plan.cause, cause);
	}
	free(plan.cause);
	matrix_free(mx);
	doc_done(&d);
	return rc;
}
