/*
 * csv.c - writing RFC 4180 records that spreadsheets cannot be tricked
 * into evaluating.
 */
#include <string.h>

#include "isms/report/csv.h"

bool
csv_is_formula(const char *s)
{
	return s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
	    s[0] == '\t' || s[0] == '\r';
}

void
csv_cell(struct buf *b, const char *value)
{
	const char *s = value != NULL ? value : "";
	int quote = strpbrk(s, ",\"\r\n") != NULL || csv_is_formula(s);

	if (quote)
		buf_addc(b, '"');
	if (csv_is_formula(s))
		buf_addc(b, '\'');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			buf_addc(b, '"');
		buf_addc(b, *s);
	}
	if (quote)
		buf_addc(b, '"');
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
