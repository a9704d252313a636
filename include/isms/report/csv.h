/*
 * csv.h - RFC 4180 CSV output (UTF-8, CRLF line ends, quoted when needed)
 * with formula-injection escaping: a cell that begins with '=', '+', '-',
 * '@', a tab or a carriage return gets a leading apostrophe so spreadsheet
 * programs show it as text instead of evaluating it.
 */
#ifndef ISMS_REPORT_CSV_H
#define ISMS_REPORT_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "isms/util/buf.h"

/* True when a spreadsheet would read s as a formula ('=', '+', '-', '@',
 * tab or carriage return first); such cells get a leading apostrophe in
 * the CSV and xlsx exports. */
bool csv_is_formula(const char *s);

/* Append s (NULL is empty) to b as text a spreadsheet will not evaluate:
 * with a leading apostrophe when csv_is_formula(s).  The one escaping rule
 * of the csv and xlsx exports. */
void csv_escape_formula(struct buf *b, const char *s);

/* Append one cell (escaped and quoted as needed) to b; NULL is empty. */
void csv_cell(struct buf *b, const char *value);

/* s with what the text rule refuses shown escaped (utf8_escape_lines()),
 * caller frees; NULL when s needs nothing (plain ASCII, found in one
 * pass). */
char *csv_shown(const char *s);

/* Write one record of n cells followed by CRLF.  Returns 0, or -1 when
 * the stream reports an error. */
int csv_row(FILE *out, const char *const *cells, size_t n);

#endif
