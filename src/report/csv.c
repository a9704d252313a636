/*
 * csv.c - writing RFC 4180 records that spreadsheets cannot be tricked
 * into evaluating and that show stored control, bidi and invalid
 * characters visibly (utf8_escape_lines()) instead of passing them on.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/report/csv.h"
#include "isms/util/utf8.h"

bool
csv_is_formula(const char *s)
{
	return s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
	    s[0] == '\t' || s[0] == '\r';
}

void
csv_escape_formula(struct buf *b, const char *s)
{
	if (s == NULL)
		s = "";
	if (csv_is_formula(s))
		buf_addc(b, '\'');
	buf_adds(b, s);
}

void
csv_cell(struct buf *b, const char *value)
{
	char *v = utf8_escape_lines(value != NULL ? value : "");
	/* Quoted when RFC 4180 asks, and an escaped formula too. */
	bool quote = strpbrk(v, ",\"\r\n") != NULL || csv_is_formula(v);
	struct buf t;

	buf_init(&t);
	csv_escape_formula(&t, v);
	if (quote)
		buf_addc(b, '"');
	for (const char *s = buf_str(&t); *s != '\0'; s++) {
		if (*s == '"')
			buf_addc(b, '"');
		buf_addc(b, *s);
	}
	if (quote)
		buf_addc(b, '"');
	buf_done(&t);
	free(v);
}

int
csv_row(FILE *out, const char *const *cells, size_t n)
{
	struct buf b;
	int rc;

	buf_init(&b);
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(&b, ',');
		csv_cell(&b, cells[i]);
	}
	buf_adds(&b, "\r\n");
	rc = fwrite(b.data, 1, b.len, out) == b.len ? 0 : -1;
	buf_done(&b);
	return rc;
}
