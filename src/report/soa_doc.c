/*
 * soa_doc.c - the SoA and its document-control header (its approved
 * version and whether it changed since) from the model, in the words an
 * auditor reads, streamed entry by entry to the writer; of every control
 * or of those a view selects.
 */
#include <stdbool.h>
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
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

/* The longest refs a workbook cell takes (refs are ASCII: one unit a
 * byte; an xlsx cell holds 32,767). */
#define SOA_DOC_CELL 32000

/* Where the streamed sheets of the SoA come from, and what failed. */
struct soa_source {
	struct isms *m;
	const char *theme;
	char **ids;                   /* a view's controls, or NULL: all */
	size_t n_ids;
	bool some;                    /* only the ids */
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

/* Each entry the source selects, in its order, handed to each: the SoA
 * of a theme as soa_each() walks it, or the controls of a view (ids, in
 * the view's order) read one by one with their linked risks. */
static enum isms_status
soa_source_walk(struct soa_source *src, int (*each)(void *, const void *),
                int *stopped, char **cause)
{
	enum isms_status rc = ISMS_OK;

	if (!src->some)
		return soa_each(src->m, src->theme, each, src, stopped, cause);
	for (size_t i = 0; i < src->n_ids && rc == ISMS_OK && !*stopped; i++) {
		struct soa_row r;

		if ((rc = soa_get(src->m, src->ids[i], &r, cause)) != ISMS_OK)
			break;
		*stopped = each(src, &r);
		soa_row_done(&r);
	}
	return rc;
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
	src->rc = soa_source_walk(src, soa_doc_each, &stopped, &src->cause);
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
	src->rc = soa_source_walk(src, soa_doc_link_parts, &stopped,
	    &src->cause);
	return src->rc != ISMS_OK || stopped != 0 ? -1 : 0;
}

/* The ids of the controls q selects, in its order, into src. */
static int
soa_doc_id(void *ctx, const void *row)
{
	struct soa_source *src = ctx;

	src->ids = xreallocarray(src->ids, src->n_ids + 1, sizeof *src->ids);
	src->ids[src->n_ids++] = xstrdup(((const struct soa_row *)row)->id);
	return 0;
}

/* The document: its header, the SoA streamed, and in a workbook the refs
 * of controls with more linked risks than a cell holds (32,767
 * characters; a control may have tens of thousands) on a sheet of their
 * own, in parts.  With q, only the controls q selects, in its order,
 * and selection says how they were chosen. */
static enum isms_status
soa_doc_make(struct isms *m, struct soa_source *src,
             const struct soa_query *q, const char *selection,
             struct doc *d, char **cause)
{
	static const char *const link_head[] = { "Control", "Part",
		"Linked risks" };
	struct soa_query all = { .theme = src->theme };
	struct history_summary h;
	struct doc_sheet *s;
	enum isms_status rc;
	size_t n = 0;

	if (q != NULL)
		src->some = true,
		rc = reg_view_each(m, &reg_soa, q, soa_doc_id, src, NULL,
		    cause);
	else
		rc = reg_view_count(m, &reg_soa, &all, &n, cause);
	if (rc != ISMS_OK)
		return rc;
	if (q != NULL)
		n = src->n_ids;
	if ((rc = history_summarize(m, "soa", &h, cause)) != ISMS_OK)
		return rc;
	rc = soa_doc_header(m, d, &h, q != NULL ? q->theme : src->theme,
	    selection, n, cause);
	history_summary_done(&h);
	if (rc != ISMS_OK)
		return rc;
	s = doc_rec_sheet(d, "SoA", &rec_soa, soa_doc_cols, SOA_DOC_COLS);
	doc_sheet_stream(s, soa_doc_rows, src);
	s = doc_sheet(d, "Risk links", link_head, 3);
	s->xlsx_only = true;
	doc_sheet_stream(s, soa_doc_links, src);
	return ISMS_OK;
}

static enum isms_status
soa_export_of(struct isms *m, const char *theme, const struct soa_query *q,
              const char *selection, enum doc_format f, const char *path,
              char **warning, char **cause)
{
	struct soa_source src = { .m = m, .theme = theme, .format = f };
	struct doc d;
	enum isms_status rc;

	if (f == DOC_XLSX && path == NULL)
		return doc_export(NULL, f, path, warning, cause);
	doc_init(&d, "Statement of Applicability");
	rc = soa_doc_make(m, &src, q, selection, &d, cause);
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
	for (size_t i = 0; i < src.n_ids; i++)
		free(src.ids[i]);
	free(src.ids);
	free(src.cause);
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

enum isms_status
soa_doc_head(struct isms *m, struct doc *d, char **cause)
{
	struct soa_query all = { 0 };
	struct history_summary h;
	enum isms_status rc;
	size_t n = 0;

	doc_init(d, "Statement of Applicability");
	if ((rc = reg_view_count(m, &reg_soa, &all, &n, cause)) != ISMS_OK ||
	    (rc = history_summarize(m, "soa", &h, cause)) != ISMS_OK)
		return rc;
	rc = soa_doc_header(m, d, &h, NULL, NULL, n, cause);
	history_summary_done(&h);
	return rc;
}
