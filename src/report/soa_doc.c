/*
 * soa_doc.c - the SoA and its document-control header from the model, in
 * the words an auditor reads, streamed entry by entry to the writer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/history.h"
#include "isms/model/reg.h"
#include "isms/model/soa.h"
#include "isms/rec/vocab.h"
#include "isms/report/doc_rec.h"
#include "isms/report/soa_doc.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

/* The longest refs a workbook cell takes (refs are ASCII: one unit a
 * byte; an xlsx cell holds 32,767). */
#define SOA_DOC_CELL 32000

/* Where the streamed sheets of the SoA come from, and what failed. */
struct soa_source {
	struct isms *m;
	const char *theme;
	enum doc_format format;
	doc_emit_fn emit;
	void *ectx;
	enum isms_status rc;
	char *cause;
};

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

/* The refs of the linked risks, or in a workbook, when they are more than
 * a cell holds, how many and where they are listed. */
static const char *
soa_doc_risks(const void *row, void *ctx, char *buf, size_t size)
{
	const struct soa_row *r = row;
	const struct soa_source *src = ctx;

	if (src->format != DOC_XLSX || strlen(r->risks) <= SOA_DOC_CELL)
		return r->risks;
	snprintf(buf, size, "%d risks, listed in the sheet Risk links",
	    r->risk_count);
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
	{ SOA_RISKS, NULL, 14, soa_doc_risks },
	{ SOA_REVIEWED, NULL, 12, NULL },
};
#define SOA_DOC_COLS (sizeof soa_doc_cols / sizeof *soa_doc_cols)

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

static int
soa_doc_each(void *ctx, const void *row)
{
	struct soa_source *src = ctx;

	return doc_rec_emit(&rec_soa, soa_doc_cols, SOA_DOC_COLS, row, src,
	    src->emit, src->ectx);
}

/* The SoA's rows from the statement to the writer, one at a time. */
static int
soa_doc_rows(void *ctx, doc_emit_fn emit, void *ectx)
{
	struct soa_source *src = ctx;
	int stopped = 0;

	src->emit = emit;
	src->ectx = ectx;
	free(src->cause);
	src->cause = NULL;
	src->rc = soa_each(src->m, src->theme, soa_doc_each, src, &stopped,
	    &src->cause);
	return src->rc != ISMS_OK || stopped != 0 ? -1 : 0;
}

/* The refs of a control with more linked risks than its SoA cell holds,
 * in parts of at most SOA_DOC_CELL characters cut at commas, one a row. */
static int
soa_doc_link_parts(void *ctx, const void *row)
{
	const struct soa_row *r = row;
	struct soa_source *src = ctx;
	const char *s = r->risks;
	struct buf part;
	int n = 0, rc = 0;

	if (strlen(s) <= SOA_DOC_CELL)
		return 0;                     /* in its SoA cell */
	buf_init(&part);
	while (rc == 0 && *s != '\0') {
		size_t len = strlen(s);
		char no[16];
		const char *cells[] = { r->id, no, NULL };

		if (len > SOA_DOC_CELL) {  /* up to the last comma that fits */
			len = SOA_DOC_CELL;
			while (len > 0 && s[len] != ',')
				len--;
			if (len == 0)
				len = SOA_DOC_CELL;
		}
		buf_reset(&part);
		buf_add(&part, s, len);
		snprintf(no, sizeof no, "%d", ++n);
		cells[2] = buf_str(&part);
		rc = src->emit(src->ectx, cells);
		s += len;
		if (*s == ',')
			s++;
	}
	buf_done(&part);
	return rc;
}

/* The Risk links sheet: the SoA read a second time, only the controls
 * whose refs outgrow a cell written, in catalog order. */
static int
soa_doc_links(void *ctx, doc_emit_fn emit, void *ectx)
{
	struct soa_source *src = ctx;
	int stopped = 0;

	src->emit = emit;
	src->ectx = ectx;
	free(src->cause);
	src->cause = NULL;
	src->rc = soa_each(src->m, src->theme, soa_doc_link_parts, src,
	    &stopped, &src->cause);
	return src->rc != ISMS_OK || stopped != 0 ? -1 : 0;
}

/* The document: its header, the SoA streamed, and in a workbook the refs
 * of controls with more linked risks than a cell holds (32,767
 * characters; a control may have tens of thousands) on a sheet of their
 * own, in parts. */
static enum isms_status
soa_doc_make(struct isms *m, struct soa_source *src, struct doc *d,
             char **cause)
{
	static const char *const link_head[] = { "Control", "Part",
		"Linked risks" };
	struct soa_query q = { .theme = src->theme };
	struct history_summary h;
	struct doc_sheet *s;
	enum isms_status rc;
	size_t n = 0;

	if ((rc = reg_view_count(m, &reg_soa, &q, &n, cause)) != ISMS_OK)
		return rc;
	if ((rc = history_summarize(m, "soa", &h, cause)) != ISMS_OK)
		return rc;
	soa_doc_header(m, d, &h, src->theme, n);
	history_summary_done(&h);
	s = doc_rec_sheet(d, "SoA", &rec_soa, soa_doc_cols, SOA_DOC_COLS);
	doc_sheet_stream(s, soa_doc_rows, src);
	s = doc_sheet(d, "Risk links", link_head, 3);
	s->xlsx_only = true;
	doc_sheet_stream(s, soa_doc_links, src);
	return ISMS_OK;
}

enum isms_status
soa_export(struct isms *m, enum doc_format f, const char *theme,
           const char *path, char **warning, char **cause)
{
	struct soa_source src = { m, theme, f, NULL, NULL, ISMS_OK, NULL };
	struct doc d;
	enum isms_status rc;

	if (f == DOC_XLSX && path == NULL)
		return doc_export(NULL, f, path, warning, cause);
	doc_init(&d, "Statement of Applicability");
	rc = soa_doc_make(m, &src, &d, cause);
	if (rc == ISMS_OK)
		rc = doc_export(&d, f, path, warning, cause);
	if (rc != ISMS_OK && src.rc != ISMS_OK) {
		/* what could not be read, not the write it stopped */
		rc = src.rc;
		if (cause != NULL) {
			free(*cause);
			*cause = src.cause;
			src.cause = NULL;
		}
	}
	free(src.cause);
	doc_done(&d);
	return rc;
}
