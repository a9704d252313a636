/*
 * soa_doc.c - gathering the SoA and its document-control header (its
 * approved version and whether it changed since) from the model, in the
 * words an auditor reads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/history.h"
#include "isms/model/reg.h"
#include "isms/model/soa.h"
#include "isms/rec/vocab.h"
#include "isms/report/doc_rec.h"
#include "isms/report/document_doc.h"
#include "isms/report/soa_doc.h"
#include "isms/util/xmalloc.h"

/* Reasons as the SoA shows them: the stored ones and RA from risks. */
static const char *
soa_doc_reasons(const void *row, void *ctx, char *buf, size_t size)
{
	const struct soa_row *r = row;
	char *s = vocab_reasons_display(r->reasons, r->risk_linked, " ");

	(void)ctx;
	snprintf(buf, size, "%s", s);
	free(s);
	return buf;
}

static const struct doc_col soa_doc_cols[] = {
	{ SOA_ID, NULL, 9, NULL },
	{ SOA_TITLE, NULL, 38, NULL },
	{ SOA_THEME, NULL, 15, NULL },
	{ SOA_APPLICABLE, NULL, 11, NULL },
	{ SOA_REASONS, NULL, 12, soa_doc_reasons },
	{ SOA_JUSTIFICATION, NULL, 40, NULL },
	{ SOA_STATUS, "Implementation status", 16, NULL },
	{ SOA_HOW, NULL, 40, NULL },
	{ SOA_EVIDENCE, NULL, 30, NULL },
	{ SOA_OWNER, NULL, 18, NULL },
	{ SOA_RISKS, NULL, 14, NULL },
	{ SOA_REVIEWED, NULL, 12, NULL },
};
#define SOA_DOC_COLS (sizeof soa_doc_cols / sizeof *soa_doc_cols)

static enum isms_status
soa_doc_header(struct isms *m, struct doc *d,
               const struct history_summary *h, const char *theme,
               const char *selection, size_t n, char **cause)
{
	const struct isms_info *info = isms_info(m);
	enum isms_status rc;
	char *s;

	doc_field(d, "Organisation", info->org[0] ? info->org : "(not set)");
	doc_field(d, "Scope", info->scope[0] ? info->scope : "(not set)");
	doc_field(d, "Framework", info->framework_title);
	if ((rc = version_doc_fields(m, &version_soa, d, cause)) != ISMS_OK)
		return rc;
	s = h->last_at != NULL ? xasprintf("%s by %s", h->last_at, h->last_by) :
	    xstrdup("never");
	doc_field(d, "Last changed", s);
	free(s);
	s = theme != NULL ? xasprintf("%zu (theme %s)", n, theme) :
	    xasprintf("%zu", n);
	doc_field(d, "Controls", s);
	free(s);
	if (selection != NULL)
		doc_field(d, "Selection", selection);
	doc_generated(d, m);
	return ISMS_OK;
}

/* The SoA of the controls q selects (NULL: of those of theme). */
static enum isms_status
soa_doc_view(struct isms *m, const char *theme, const struct soa_query *q,
             const char *selection, struct doc *d, char **cause)
{
	struct history_summary h;
	struct soa_row *rows;
	struct doc_sheet *s;
	enum isms_status rc;
	size_t n;

	doc_init(d, "Statement of Applicability");
	rc = q != NULL ? reg_view_all(m, &reg_soa, q, (void **)&rows, &n,
	    cause) : soa_list(m, theme, &rows, &n, cause);
	if (rc != ISMS_OK)
		return rc;
	if ((rc = history_summarize(m, "soa", &h, cause)) != ISMS_OK) {
		soa_rows_free(rows, n);
		return rc;
	}
	rc = soa_doc_header(m, d, &h, q != NULL ? q->theme : theme, selection,
	    n, cause);
	history_summary_done(&h);
	if (rc != ISMS_OK) {
		soa_rows_free(rows, n);
		return rc;
	}
	s = doc_rec_sheet(d, "SoA", &rec_soa, soa_doc_cols, SOA_DOC_COLS);
	for (size_t i = 0; i < n; i++)
		doc_rec_row(s, &rec_soa, soa_doc_cols, SOA_DOC_COLS, &rows[i],
		    NULL);
	soa_rows_free(rows, n);
	return ISMS_OK;
}

enum isms_status
soa_doc_load(struct isms *m, const char *theme, struct doc *d, char **cause)
{
	return soa_doc_view(m, theme, NULL, NULL, d, cause);
}

static enum isms_status
soa_export_of(struct isms *m, const char *theme, const struct soa_query *q,
              const char *selection, enum doc_format f, const char *path,
              char **warning, char **cause)
{
	struct doc d;
	enum isms_status rc;

	if (f == DOC_XLSX && path == NULL)
		return doc_export(NULL, f, path, warning, cause);
	rc = soa_doc_view(m, theme, q, selection, &d, cause);
	if (rc == ISMS_OK)
		rc = doc_export(&d, f, path, warning, cause);
	doc_done(&d);
	return rc;
}

enum isms_status
soa_export(struct isms *m, enum doc_format f, const char *theme,
           const char *path, char **warning, char **cause)
{
	return soa_export_of(m, theme, NULL, NULL, f, path, warning, cause);
}

enum isms_status
soa_export_view(struct isms *m, const struct soa_query *q,
                const char *selection, enum doc_format f, const char *path,
                char **warning, char **cause)
{
	return soa_export_of(m, NULL, q, selection, f, path, warning, cause);
}
