/*
 * soa_doc.c - gathering the SoA and its document-control header from the
 * model, in the words an auditor reads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/history.h"
#include "isms/model/soa.h"
#include "isms/rec/vocab.h"
#include "isms/report/soa_doc.h"
#include "isms/util/xmalloc.h"

const char *const soa_doc_headers[SOA_DOC_COLS] = {
	"Control", "Title", "Theme", "Applicable", "Reasons", "Justification",
	"Implementation status", "How implemented", "Evidence", "Owner",
	"Linked risks", "Last review",
};

/* Column widths in characters for the xlsx form. */
static const double soa_doc_widths[SOA_DOC_COLS] = {
	9, 38, 15, 11, 12, 40, 16, 40, 30, 18, 14, 12,
};

static void
soa_doc_header(struct isms *m, struct doc *d,
               const struct history_summary *h, const char *theme, size_t n)
{
	const struct isms_info *info = isms_info(m);
	char *s;

	doc_field(d, "Organisation", info->org[0] ? info->org : "(not set)");
	doc_field(d, "Scope", info->scope[0] ? info->scope : "(not set)");
	doc_field(d, "Framework", info->framework_title);
	s = xasprintf("%lld", (long long)h->changes);
	doc_field(d, "SoA revision", s);
	free(s);
	s = h->last_at != NULL ? xasprintf("%s by %s", h->last_at, h->last_by) :
	    xstrdup("never");
	doc_field(d, "Last changed", s);
	free(s);
	s = theme != NULL ? xasprintf("%zu (theme %s)", n, theme) :
	    xasprintf("%zu", n);
	doc_field(d, "Controls", s);
	free(s);
	doc_generated(d, m);
}

static void
soa_doc_row(struct doc_sheet *s, const struct soa_row *r)
{
	char *reasons = vocab_reasons_display(r->reasons, r->risk_linked, " ");
	const char *cells[SOA_DOC_COLS] = {
		r->id, r->title, r->theme,
		vocab_label(&vocab_applicable, r->applicable), reasons,
		r->justification, vocab_label(&vocab_soa_status, r->status),
		r->how, r->evidence, r->owner, r->risks, r->reviewed,
	};

	doc_row(s, cells);
	free(reasons);
}

enum isms_status
soa_doc_load(struct isms *m, const char *theme, struct doc *d, char **cause)
{
	struct history_summary h;
	struct soa_row *rows;
	struct doc_sheet *s;
	enum isms_status rc;
	size_t n;

	doc_init(d, "Statement of Applicability");
	if ((rc = soa_list(m, theme, &rows, &n, cause)) != ISMS_OK)
		return rc;
	if ((rc = history_summarize(m, "soa", &h, cause)) != ISMS_OK) {
		soa_rows_free(rows, n);
		return rc;
	}
	soa_doc_header(m, d, &h, theme, n);
	history_summary_done(&h);
	s = doc_sheet(d, "SoA", soa_doc_headers, SOA_DOC_COLS);
	s->widths = soa_doc_widths;
	s->lists[s->n_lists].col = 3;
	s->lists[s->n_lists++].v = &vocab_applicable;
	s->lists[s->n_lists].col = 6;
	s->lists[s->n_lists++].v = &vocab_soa_status;
	for (size_t i = 0; i < n; i++)
		soa_doc_row(s, &rows[i]);
	soa_rows_free(rows, n);
	return ISMS_OK;
}

enum isms_status
soa_export(struct isms *m, enum doc_format f, const char *theme,
           const char *path, char **warning, char **cause)
{
	struct doc d;
	enum isms_status rc;

	if (f == DOC_XLSX && path == NULL)
		return doc_export(NULL, f, path, warning, cause);
	rc = soa_doc_load(m, theme, &d, cause);
	if (rc == ISMS_OK)
		rc = doc_export(&d, f, path, warning, cause);
	doc_done(&d);
	return rc;
}
