/*
 * doc_csv.c - the main sheet of a report as a bare RFC 4180 table (a
 * header row and one record per row), so that it imports cleanly; the
 * document-control header lives in the md, html and xlsx forms.  Rows are
 * written as they come, one at a time.
 */
#include "isms/report/csv.h"
#include "isms/report/doc.h"

struct csv_out {
	FILE *out;
	size_t n_cols;
};

static int
csv_emit(void *ectx, const char *const *cells)
{
	struct csv_out *o = ectx;

	return csv_row(o->out, cells, o->n_cols);
}

int
doc_csv(FILE *out, const struct doc *d)
{
	const struct doc_sheet *s = &d->sheets[d->main];
	struct csv_out o = { out, s->n_cols };

	if (csv_row(out, (const char *const *)s->headers, s->n_cols) != 0)
		return -1;
	return doc_sheet_each(s, csv_emit, &o);
}
