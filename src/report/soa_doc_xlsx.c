/*
 * soa_doc_xlsx.c - the SoA as a workbook (libxlsxwriter): a Cover sheet
 * with the document-control fields, then the SoA sheet with a frozen,
 * filterable header row, wrapped text, set column widths and drop-down
 * lists on the applicability and status columns.  Every cell is written as
 * a string, and one that a spreadsheet would read as a formula gets the
 * same leading apostrophe as in the CSV export.
 */
#include <stdlib.h>
#include <xlsxwriter.h>

#include "isms/model/vocab.h"
#include "isms/report/csv.h"
#include "isms/report/soa_doc.h"
#include "isms/util/xmalloc.h"

/* Column widths in characters, in the order of soa_doc_headers. */
static const double xlsx_widths[SOA_DOC_COLS] = {
	9, 38, 15, 11, 12, 40, 16, 40, 30, 18, 14, 12,
};

struct xlsx {
	lxw_workbook *wb;
	lxw_format *head, *wrap;
	lxw_error err;                /* the first error, LXW_NO_ERROR */
};

static void
xlsx_check(struct xlsx *x, lxw_error err)
{
	if (x->err == LXW_NO_ERROR)
		x->err = err;
}

static void
xlsx_cell(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
          const char *s, lxw_format *fmt)
{
	char *safe;

	if (s == NULL || s[0] == '\0')
		return;
	safe = csv_is_formula(s) ? xasprintf("'%s", s) : NULL;
	xlsx_check(x, worksheet_write_string(ws, row, col, safe ? safe : s,
	    fmt));
	free(safe);
}

static void
xlsx_cover(struct xlsx *x, const struct soa_doc *doc)
{
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, "Cover");

	worksheet_set_column(ws, 0, 0, 18, x->head);
	worksheet_set_column(ws, 1, 1, 70, x->wrap);
	xlsx_cell(x, ws, 0, 0, "Statement of Applicability", x->head);
	for (int i = 0; i < SOA_DOC_FIELDS; i++) {
		xlsx_cell(x, ws, (lxw_row_t)i + 2, 0, doc->labels[i], x->head);
		xlsx_cell(x, ws, (lxw_row_t)i + 2, 1, doc->values[i], x->wrap);
	}
}

/* A drop-down of the labels of v on column col of every control row. */
static void
xlsx_list(struct xlsx *x, lxw_worksheet *ws, lxw_col_t col,
          const struct vocab *v, lxw_row_t last)
{
	char *values[8] = { 0 };
	lxw_data_validation dv = { 0 };

	for (size_t i = 0; i < v->n_terms && i < 7; i++)
		values[i] = (char *)v->terms[i].label;  /* not written to */
	dv.validate = LXW_VALIDATION_TYPE_LIST;
	dv.value_list = values;
	dv.error_title = (char *)"Not in the list";
	dv.error_message = (char *)"Choose one of the values in the list.";
	xlsx_check(x, worksheet_data_validation_range(ws, 1, col, last, col,
	    &dv));
}

static void
xlsx_soa(struct xlsx *x, const struct soa_doc *doc)
{
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, "SoA");
	lxw_row_t last = doc->n > 0 ? (lxw_row_t)doc->n : 1;

	for (lxw_col_t c = 0; c < SOA_DOC_COLS; c++) {
		worksheet_set_column(ws, c, c, xlsx_widths[c], x->wrap);
		xlsx_cell(x, ws, 0, c, soa_doc_headers[c], x->head);
	}
	for (size_t i = 0; i < doc->n; i++)
		for (lxw_col_t c = 0; c < SOA_DOC_COLS; c++)
			xlsx_cell(x, ws, (lxw_row_t)i + 1, c,
			    soa_doc_cell(doc, i, c), x->wrap);
	worksheet_freeze_panes(ws, 1, 0);
	xlsx_check(x, worksheet_autofilter(ws, 0, 0, last, SOA_DOC_COLS - 1));
	xlsx_list(x, ws, 3, &vocab_applicable, last);
	xlsx_list(x, ws, 6, &vocab_soa_status, last);
}

enum isms_status
soa_doc_xlsx(const char *path, const struct soa_doc *doc, char **cause)
{
	struct xlsx x = { 0 };
	lxw_error closed;

	x.wb = workbook_new(path);
	if (x.wb == NULL)
		return status_fail(cause, ISMS_IO, "%s: cannot create the "
		    "workbook", path);
	x.err = LXW_NO_ERROR;
	x.head = workbook_add_format(x.wb);
	format_set_bold(x.head);
	format_set_align(x.head, LXW_ALIGN_VERTICAL_TOP);
	x.wrap = workbook_add_format(x.wb);
	format_set_text_wrap(x.wrap);
	format_set_align(x.wrap, LXW_ALIGN_VERTICAL_TOP);
	xlsx_cover(&x, doc);
	xlsx_soa(&x, doc);
	closed = workbook_close(x.wb);
	xlsx_check(&x, closed);
	if (x.err != LXW_NO_ERROR)
		return status_fail(cause, ISMS_IO, "%s: %s", path,
		    lxw_strerror(x.err));
	return ISMS_OK;
}
