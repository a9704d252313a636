/*
 * soa_doc_csv.c - the SoA as a bare RFC 4180 table (a header row and one
 * record per control), so it imports cleanly; the document-control header
 * lives in the md, html and xlsx exports.
 */
#include "isms/report/csv.h"
#include "isms/report/soa_doc.h"

int
soa_doc_csv(FILE *out, const struct soa_doc *doc)
{
	int rc = csv_row(out, soa_doc_headers, SOA_DOC_COLS);

	for (size_t i = 0; rc == 0 && i < doc->n; i++)
		rc = csv_row(out, (const char *const *)doc->cells +
		    i * SOA_DOC_COLS, SOA_DOC_COLS);
	return rc;
}
