/*
 * csv.c - writing RFC 4180 records that spreadsheets cannot be tricked
 * into evaluating and that show stored control, bidi and invalid
 * characters visibly (utf8_escape_lines()) instead of passing them on;
 * plain ASCII, the common case, is copied in spans, unescaped.
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

char *
csv_shown(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p != '\0';
	    p++)
		if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p >= 0x7f)
			return utf8_escape_lines(s);
	return NULL;
}

void
csv_cell(struct buf *b, const char *value)
{
	const char *v = value != NULL ? value : "";
	char *own = csv_shown(v);
	bool formula, quote;

	if (own != NULL)
		v = own;
	formula = csv_is_formula(v);
	/* Quoted when RFC 4180 asks, and an escaped formula too. */
	quote = formula || strpbrk(v, ",\"\r\n") != NULL;
	if (quote)
		buf_addc(b, '"');
	if (formula)
		buf_addc(b, '\'');
	while (*v != '\0') {             /* in spans between quotes */
		size_t n = strcspn(v, "\"");

		buf_add(b, v, n);
		v += n;
		if (*v == '"') {
			buf_add(b, "\"\"", 2);
			v++;
		}
	}
	if (quote)
		buf_addc(b, '"');
	free(own);
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
