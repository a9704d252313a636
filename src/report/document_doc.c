/*
 * document_doc.c - the documented-information register, the required
 * documents and the changes between register versions as report
 * documents, and the version fields of the SoA's and the treatment
 * plan's document-control headers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/document.h"
#include "isms/model/reg.h"
#include "isms/report/doc_rec.h"
#include "isms/report/document_doc.h"
#include "isms/util/xmalloc.h"

static const struct doc_col document_cols[] = {
	{ DOC_REF, NULL, 9, NULL },
	{ DOC_TITLE, NULL, 36, NULL },
	{ DOC_KIND, NULL, 10, NULL },
	{ DOC_TYPE, NULL, 14, NULL },
	{ DOC_OWNER, NULL, 16, NULL },
	{ DOC_APPROVER, NULL, 16, NULL },
	{ DOC_CLASSIFICATION, NULL, 12, NULL },
	{ DOC_AUDIENCE, NULL, 14, NULL },
	{ DOC_LOCATION, NULL, 28, NULL },
	{ DOC_VERSION, NULL, 8, NULL },
	{ DOC_STATUS, NULL, 10, NULL },
	{ DOC_APPROVED_BY, NULL, 16, NULL },
	{ DOC_APPROVED_ON, NULL, 11, NULL },
	{ DOC_EFFECTIVE, NULL, 11, NULL },
	{ DOC_REVIEWED, NULL, 11, NULL },
	{ DOC_NEXT_REVIEW, NULL, 11, NULL },
	{ DOC_RETENTION, NULL, 10, NULL },
	{ DOC_DISPOSE_AFTER, NULL, 11, NULL },
	{ DOC_SATISFIES, NULL, 14, NULL },
	{ DOC_LINKS, NULL, 20, NULL },
	{ DOC_FLAGS, NULL, 20, NULL },
	{ DOC_SHA256, NULL, 20, NULL },
};
#define DOCUMENT_COLS (sizeof document_cols / sizeof *document_cols)

static const struct doc_col required_cols[] = {
	{ REQ_REF, NULL, 8, NULL },
	{ REQ_REQUIREMENT, NULL, 10, NULL },
	{ REQ_ITEM, NULL, 5, NULL },
	{ REQ_KIND, NULL, 16, NULL },
	{ REQ_NAME, NULL, 44, NULL },
	{ REQ_APPLICABLE, NULL, 10, NULL },
	{ REQ_STATUS, NULL, 16, NULL },
	{ REQ_DOCUMENTS, NULL, 24, NULL },
};
#define REQUIRED_COLS (sizeof required_cols / sizeof *required_cols)

static void
document_header(struct isms *m, struct doc *d, size_t n_docs,
                const struct required_row *req, size_t n_req)
{
	const struct isms_info *info = isms_info(m);
	size_t missing = 0, pending = 0;
	char *s;

	for (size_t i = 0; i < n_req; i++) {
		missing += strcmp(req[i].status, "missing") == 0;
		pending += strcmp(req[i].status, "pending-soa-decision") == 0;
	}
	doc_field(d, "Organisation", info->org[0] ? info->org : "(not set)");
	doc_field(d, "Scope", info->scope[0] ? info->scope : "(not set)");
	s = xasprintf("%zu", n_docs);
	doc_field(d, "Documents", s);
	free(s);
	s = xasprintf("%zu missing, %zu pending a SoA decision", missing,
	    pending);
	doc_field(d, "Required documents", s);
	free(s);
	doc_generated(d, m);
}

enum isms_status
document_export(struct isms *m, enum doc_format f, const char *path,
                char **warning, char **cause)
{
	struct document_row *docs = NULL;
	struct required_row *req = NULL;
	struct doc_sheet *s;
	struct doc d;
	size_t n = 0, nr = 0;
	enum isms_status rc;

	if (f == DOC_XLSX && path == NULL)
		return doc_export(NULL, f, path, warning, cause);
	doc_init(&d, "Documented information");
	rc = reg_list(m, &reg_document, NULL, (void **)&docs, &n, cause);
	if (rc == ISMS_OK)
		rc = required_list(m, NULL, &req, &nr, cause);
	if (rc == ISMS_OK) {
		document_header(m, &d, n, req, nr);
		s = doc_rec_sheet(&d, "Documents", &rec_document, document_cols,
		    DOCUMENT_COLS);
		for (size_t i = 0; i < n; i++)
			doc_rec_row(s, &rec_document, document_cols,
			    DOCUMENT_COLS, &docs[i], NULL);
		s = doc_rec_sheet(&d, "Required documents", &rec_required,
		    required_cols, REQUIRED_COLS);
		for (size_t i = 0; i < nr; i++)
			doc_rec_row(s, &rec_required, required_cols,
			    REQUIRED_COLS, &req[i], NULL);
		rc = doc_export(&d, f, path, warning, cause);
	}
	document_rows_free(docs, n);
	required_rows_free(req, nr);
	doc_done(&d);
	return rc;
}

/* ---- versions ---- */

static const struct doc_col change_cols[] = {
	{ CHANGE_KEY, NULL, 10, NULL },
	{ CHANGE_FIELD, NULL, 18, NULL },
	{ CHANGE_OLD, NULL, 36, NULL },
	{ CHANGE_NEW, NULL, 36, NULL },
};
#define CHANGE_COLS (sizeof change_cols / sizeof *change_cols)

/* "version 2, approved by NAME on DATE", or what v is. */
static char *
version_words(const struct version_row *rows, size_t n, int v,
              const char *title)
{
	for (size_t i = 0; i < n; i++)
		if (rows[i].version == v)
			return xasprintf("version %d, approved by %s on %s", v,
			    rows[i].approved_by, rows[i].approved_on);
	return v == 0 ? xasprintf("the %s as it stands", title) :
	    xasprintf("version %d", v);
}

enum isms_status
version_diff_doc(struct isms *m, const struct version_spec *s, int v1,
                 int v2, struct doc *d, char **cause)
{
	struct version_row *vers = NULL;
	struct change_row *ch = NULL;
	struct doc_sheet *sheet;
	size_t nv = 0, n = 0;
	char *t = xasprintf("Changes to the %s", version_title(s)), *w;
	enum isms_status rc;

	doc_init(d, t);
	free(t);
	rc = version_list(m, s, &vers, &nv, cause);
	if (rc == ISMS_OK)
		rc = version_diff(m, s, v1, v2, &ch, &n, cause);
	if (rc == ISMS_OK) {
		w = version_words(vers, nv, v1 != 0 ? v1 : nv > 0 ?
		    vers[nv - 1].version : 0, version_title(s));
		doc_field(d, "From", w);
		free(w);
		w = version_words(vers, nv, v2, version_title(s));
		doc_field(d, "To", w);
		free(w);
		w = xasprintf("%zu", n);
		doc_field(d, "Changes", w);
		free(w);
		doc_generated(d, m);
		sheet = doc_rec_sheet(d, "Changes", &rec_change, change_cols,
		    CHANGE_COLS);
		for (size_t i = 0; i < n; i++)
			doc_rec_row(sheet, &rec_change, change_cols,
			    CHANGE_COLS, &ch[i], NULL);
	}
	rec_free(&rec_change, ch, n);
	rec_free(&rec_version, vers, nv);
	return rc;
}

enum isms_status
version_doc_fields(struct isms *m, const struct version_spec *s,
                   struct doc *d, char **cause)
{
	struct version_state st;
	enum isms_status rc = version_state(m, s, &st, cause);
	char *v;

	if (rc != ISMS_OK)
		return rc;
	if (st.last == 0) {
		doc_field(d, "Version", "none approved yet");
		doc_field(d, "Status", "draft, never approved");
	} else {
		v = xasprintf("%d, approved by %s on %s", st.last,
		    st.approved_by, st.approved_on);
		doc_field(d, "Version", v);
		free(v);
		v = st.n_keys == 0 ? xstrdup("approved") : xasprintf("draft, "
		    "changed since version %d", st.last);
		doc_field(d, "Status", v);
		free(v);
	}
	version_state_done(&st);
	return ISMS_OK;
}
