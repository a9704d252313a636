/*
 * doc_xlsx.c - a report as a workbook (libxlsxwriter): a Cover sheet with
 * the document-control fields, then one sheet per table, each with a
 * frozen, filterable header row, wrapped text, set column widths and
 * drop-down lists on its vocabulary columns (small grids such as heat
 * maps stay plain).  Every cell is a string, with what the text rule
 * refuses shown escaped as everywhere else (so each part is well-formed
 * XML); one that a spreadsheet would read as a formula gets the same
 * leading apostrophe as in the CSV form, and one longer than a cell holds
 * is cut with a visible marker and counted, for a warning.  The workbook
 * is written in constant memory: each row leaves for a temporary file as
 * the next one starts.  Built only with libxlsxwriter, into the module
 * xlsx.so that xlsx_load.c opens (xlsx_module.h); doc_noxlsx.c stands in
 * for both otherwise.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "isms/report/csv.h"
#include "isms/report/doc.h"
#include "isms/util/buf.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

#include "config.h"
#include "xlsx_module.h"

/* What an xlsx cell holds, counted as Excel counts: UTF-16 units. */
#define XLSX_CELL_MAX 32767

struct xlsx {
	lxw_workbook *wb;
	lxw_format *head, *wrap;
	lxw_error err;                /* the first error */
	bool nomem;                   /* ... and memory had run out then */
	const char *sheet;            /* the sheet being written */
	size_t cut;                   /* cells cut to fit */
	char first_cut[160];          /* where the first one was */
};

/* UTF-16 units of the first len bytes of s (valid UTF-8). */
static size_t
xlsx_units(const char *s, size_t len, size_t *points)
{
	size_t units = 0, off = 0;

	*points = 0;
	while (off < len) {
		uint32_t c;
		size_t n = utf8_next(s + off, len - off, &c);

		if (n == 0)
			n = 1;
		units += n == 4 ? 2 : 1;
		(*points)++;
		off += n;
	}
	return units;
}

/* s cut to fit a cell, ended by a marker saying how long it was; NULL
 * when it fits.  Caller frees. */
static char *
xlsx_fit(const char *s)
{
	size_t len = strlen(s), points, off = 0, units = 0;
	char *marker, *out;

	if (len <= XLSX_CELL_MAX || xlsx_units(s, len, &points) <=
	    XLSX_CELL_MAX)
		return NULL;
	marker = xasprintf("\xE2\x80\xA6 [cut by isms: %zu characters in all]",
	    points);
	for (size_t room = XLSX_CELL_MAX - strlen(marker); off < len;) {
		uint32_t c;
		size_t n = utf8_next(s + off, len - off, &c);
		size_t u = n == 4 ? 2 : 1;

		if (n == 0)
			n = 1;
		if (units + u > room)
			break;
		units += u;
		off += n;
	}
	out = xasprintf("%.*s%s", (int)off, s, marker);
	free(marker);
	return out;
}

static void
xlsx_check(struct xlsx *x, lxw_error err)
{
	if (x->err != LXW_NO_ERROR || err == LXW_NO_ERROR)
		return;
	x->err = err;
	/* libxlsxwriter names a failed allocation only sometimes; zlib and
	 * its file calls leave ENOMEM in errno. */
	x->nomem = err == LXW_ERROR_MEMORY_MALLOC_FAILED || errno == ENOMEM;
}

static void
xlsx_note_cut(struct xlsx *x, lxw_row_t row, lxw_col_t col)
{
	char cell[LXW_MAX_CELL_NAME_LENGTH];

	if (x->cut++ > 0)
		return;
	lxw_rowcol_to_cell(cell, row, col);
	snprintf(x->first_cut, sizeof x->first_cut, "%s!%s", x->sheet, cell);
}

static void
xlsx_cell(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
          const char *s, lxw_format *fmt)
{
	struct buf safe;
	char *shown, *fit;

	if (s == NULL || s[0] == '\0')
		return;
	shown = utf8_escape_lines(s);
	buf_init(&safe);
	csv_escape_formula(&safe, shown);
	if ((fit = xlsx_fit(buf_str(&safe))) != NULL)
		xlsx_note_cut(x, row, col);
	xlsx_check(x, worksheet_write_string(ws, row, col, fit != NULL ? fit :
	    buf_str(&safe), fmt));
	buf_done(&safe);
	free(shown);
	free(fit);
}

/* A new sheet, or NULL with the reason in x->err (a name too long, with
 * characters a sheet name cannot hold, or used twice). */
static lxw_worksheet *
xlsx_worksheet(struct xlsx *x, const char *name)
{
	lxw_error err = workbook_validate_sheet_name(x->wb, name);
	lxw_worksheet *ws = NULL;

	if (err == LXW_NO_ERROR &&
	    (ws = workbook_add_worksheet(x->wb, name)) == NULL)
		err = LXW_ERROR_MEMORY_MALLOC_FAILED;
	xlsx_check(x, err);
	x->sheet = name;
	return ws;
}

static void
xlsx_cover(struct xlsx *x, const struct doc *d)
{
	lxw_worksheet *ws = xlsx_worksheet(x, "Cover");

	if (ws == NULL)
		return;
	xlsx_check(x, worksheet_set_column(ws, 0, 0, 18, x->head));
	xlsx_check(x, worksheet_set_column(ws, 1, 1, 70, x->wrap));
	xlsx_cell(x, ws, 0, 0, d->title, x->head);
	for (size_t i = 0; i < d->n_fields; i++) {
		xlsx_cell(x, ws, (lxw_row_t)i + 2, 0, d->labels[i], x->head);
		xlsx_cell(x, ws, (lxw_row_t)i + 2, 1, d->values[i], x->wrap);
	}
}

/* A drop-down of the labels of v on column col of every data row. */
static void
xlsx_list(struct xlsx *x, lxw_worksheet *ws, lxw_col_t col,
          const struct vocab *v, lxw_row_t last)
{
	char *values[16] = { 0 };
	lxw_data_validation dv = { 0 };

	for (size_t i = 0; i < v->n_terms && i < 15; i++)
		values[i] = (char *)v->terms[i].label;   /* only read */
	dv.validate = LXW_VALIDATION_TYPE_LIST;
	dv.value_list = values;
	dv.error_title = (char *)"Not in the list";
	dv.error_message = (char *)"Choose one of the values in the list.";
	xlsx_check(x, worksheet_data_validation_range(ws, 1, col, last, col,
	    &dv));
}

/* The rows of a sheet as they come, one at a time. */
struct xlsx_rows {
	struct xlsx *x;
	lxw_worksheet *ws;
	const struct doc_sheet *s;
	lxw_row_t row;                /* the last written */
};

static int
xlsx_emit(void *ectx, const char *const *cells)
{
	struct xlsx_rows *r = ectx;

	r->row++;
	for (lxw_col_t c = 0; c < r->s->n_cols; c++)
		xlsx_cell(r->x, r->ws, r->row, c, cells[c], c == 0 &&
		    r->s->plain ? r->x->head : r->x->wrap);
	return r->x->err != LXW_NO_ERROR ? -1 : 0;
}

/* One sheet: its rows first (in constant memory, each row goes to disk
 * as the next one starts), then what needs to know how many there were. */
static int
xlsx_sheet(struct xlsx *x, const struct doc_sheet *s)
{
	lxw_worksheet *ws = xlsx_worksheet(x, s->name);
	struct xlsx_rows r = { x, ws, s, 0 };
	lxw_row_t last;
	int rc;

	if (ws == NULL)
		return -1;
	for (lxw_col_t c = 0; c < s->n_cols; c++) {
		xlsx_check(x, worksheet_set_column(ws, c, c,
		    s->widths ? s->widths[c] : 14, x->wrap));
		xlsx_cell(x, ws, 0, c, s->headers[c], x->head);
	}
	rc = doc_sheet_each(s, xlsx_emit, &r);
	last = r.row > 0 ? r.row : 1;
	if (s->plain)
		return rc;
	worksheet_freeze_panes(ws, 1, 0);
	xlsx_check(x, worksheet_autofilter(ws, 0, 0, last,
	    (lxw_col_t)s->n_cols - 1));
	for (size_t k = 0; k < s->n_lists; k++)
		xlsx_list(x, ws, (lxw_col_t)s->lists[k].col, s->lists[k].v,
		    last);
	return rc;
}

static enum isms_status
xlsx_write(const char *path, const char *name, const struct doc *d,
           char **warning, char **cause)
{
	lxw_workbook_options opt = { .constant_memory = LXW_TRUE };
	struct xlsx x = { 0 };
	int rows = 0;

	errno = 0;
	/* constant memory: rows go to temporary files as they are written,
	 * strings inline, so a sheet of any length costs one row */
	x.wb = workbook_new_opt(path, &opt);
	/* Its failures are allocations; one (the copy of the file name) it
	 * does not report; and a format it cannot allocate is NULL. */
	if (x.wb != NULL && x.wb->filename != NULL) {
		x.head = workbook_add_format(x.wb);
		x.wrap = workbook_add_format(x.wb);
	}
	if (x.head == NULL || x.wrap == NULL) {
		if (x.wb != NULL)
			lxw_workbook_free(x.wb);
		return status_fail(cause, ISMS_NOMEM, "%s: out of memory "
		    "creating the workbook", name);
	}
	x.err = LXW_NO_ERROR;
	format_set_bold(x.head);
	format_set_align(x.head, LXW_ALIGN_VERTICAL_TOP);
	format_set_text_wrap(x.wrap);
	format_set_align(x.wrap, LXW_ALIGN_VERTICAL_TOP);
	xlsx_cover(&x, d);
	for (size_t k = 0; rows == 0 && k < d->n_sheets; k++)
		rows = xlsx_sheet(&x, &d->sheets[k]);
	xlsx_check(&x, workbook_close(x.wb));
	if (rows != 0 && x.err == LXW_NO_ERROR)      /* the rows failed */
		return status_fail(cause, ISMS_IO, "%s: the rows could not be "
		    "read; nothing was written", name);
	if (x.nomem)
		return status_fail(cause, ISMS_NOMEM, "%s: out of memory",
		    name);
	if (x.err != LXW_NO_ERROR)
		return status_fail(cause, ISMS_IO, "%s: %s", name,
		    lxw_strerror(x.err));
	if (x.cut > 0 && warning != NULL)
		*warning = xasprintf("%s: %zu cell%s longer than the %d "
		    "characters an xlsx cell holds %s cut, ending \"[cut by "
		    "isms: ...]\" (the first is %s)", name, x.cut, x.cut == 1 ?
		    "" : "s", XLSX_CELL_MAX, x.cut == 1 ? "was" : "were",
		    x.first_cut);
	return ISMS_OK;
}

const struct xlsx_module xlsx_module = {
	PACKAGE_VERSION, sizeof(struct doc), sizeof(struct doc_sheet),
	xlsx_write
};
