/*
 * doc_csv.c - the main sheet of a report as a bare RFC 4180 table (a
 * header row and one record per row), so that it imports cleanly; the
 * document-control header lives in the md, html and xlsx forms.
 */
#include "isms/report/csv.h"
#include "isms/report/doc.h"

int
doc_csv(FILE *out, const struct doc *d)
{
	const struct doc_sheet *s = &d->sheets[d->main];
	int rc = csv_row(out, (const char *const *)s->headers, s->n_cols);

	for (size_t i = 0; rc == 0 && i < s->n_rows; i++)
		rc = csv_row(out, (const char *const *)s->cells + i * s->n_cols,
		    s->n_cols);
	return rc;
}
