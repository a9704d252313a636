/*
 * risk_doc_export.c - the risk register export (method and legend,
 * inherent and residual heat maps, register, treatment plan) and the
 * treatment plan export.
 */
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
		    "above the acceptance criterion: treat, or accept explicitly"
		    : "may be accepted by the risk owner");
		row[3] = meaning;
		doc_row(s, row);
		free(meaning);
	}
}

/* The open risks of rows per cell, as risk_heat() counts the register. */
static void
heat_count(const struct matrix *mx, const struct risk_row *rows, size_t n,
           bool residual, size_t *counts)
{
	for (size_t k = 0; k < n; k++) {
		int l = residual ? rows[k].rl : rows[k].il;
		int i = residual ? rows[k].ri : rows[k].ii;

		if (strcmp(rows[k].status, "closed") != 0 && l >= 1 &&
		    l <= mx->n_likelihood && i >= 1 && i <= mx->n_impact)
			counts[(l - 1) * mx->n_impact + i - 1]++;
	}
}

/* One heat map: likelihood rows from the highest down, impact columns;
 * each cell names its level and counts the open risks in it (of the n
 * rows when some, else of the register). */
static void
heat_sheet(struct doc *d, struct isms *m, const struct matrix *mx,
           bool residual, bool some, const struct risk_row *rows, size_t n)
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
	if (some)
		heat_count(mx, rows, n, residual, counts);
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

static int
ref_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The actions of every risk, or with some only of the n_only risks of
 * only. */
static enum isms_status
plan_sheet(struct doc *d, struct isms *m, bool some,
           const struct risk_row *only, size_t n_only, char **cause)
{
	struct action_row *rows;
	struct doc_sheet *s;
	const char **refs = NULL;
	size_t n;
	enum isms_status rc = action_list(m, NULL, &rows, &n, cause);

	if (rc != ISMS_OK)
		return rc;
	if (some) {
		refs = xcalloc(n_only + 1, sizeof *refs);
		for (size_t k = 0; k < n_only; k++)
			refs[k] = only[k].ref;
		qsort(refs, n_only, sizeof *refs, ref_cmp);
	}
	s = doc_rec_sheet(d, "Treatment plan", &rec_action, plan_cols,
	    PLAN_COLS);
	for (size_t i = 0; i < n; i++)
		if (refs == NULL || bsearch(&rows[i].risk_ref, refs, n_only,
		    sizeof *refs, ref_cmp) != NULL)
			doc_rec_row(s, &rec_action, plan_cols, PLAN_COLS,
			    &rows[i], NULL);
	free(refs);
	action_rows_free(rows, n);
	return ISMS_OK;
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

enum isms_status
risk_export_view(struct isms *m, const struct risk_query *q,
                 const char *selection, enum doc_format f, const char *path,
                 char **warning, char **cause)
{
	struct risk_row *rows = NULL;
	struct matrix *mx = NULL;
	struct doc d;
	size_t n = 0;
	enum isms_status rc;

	if (f == DOC_XLSX && path == NULL)
		return doc_export(NULL, f, path, warning, cause);
	doc_init(&d, "Risk register");
	rc = matrix_get(m, &mx, cause);
	if (rc == ISMS_OK)
		rc = reg_view_all(m, &reg_risk, q, (void **)&rows, &n, cause);
	if (rc == ISMS_OK)
		rc = risk_doc_header(&d, m, mx, (long)n, selection, NULL, cause);
	if (rc == ISMS_OK) {
		method_sheet(&d, mx);
		heat_sheet(&d, m, mx, false, q != NULL, rows, n);
		heat_sheet(&d, m, mx, true, q != NULL, rows, n);
		risk_doc_register(&d, mx, rows, n);
		rc = plan_sheet(&d, m, q != NULL, rows, n, cause);
	}
	if (rc == ISMS_OK)
		rc = doc_export(&d, f, path, warning, cause);
	risk_rows_free(rows, n);
	matrix_free(mx);
	doc_done(&d);
	return rc;
}

enum isms_status
treatment_export(struct isms *m, enum doc_format f, const char *path,
                 char **warning, char **cause)
{
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
	if (rc == ISMS_OK)
		rc = plan_sheet(&d, m, false, NULL, 0, cause);
	if (rc == ISMS_OK)
		rc = doc_export(&d, f, path, warning, cause);
	matrix_free(mx);
	doc_done(&d);
	return rc;
}
