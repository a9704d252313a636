/*
 * doc_md.c - a report as Markdown that renders on a git forge: a
 * document-control table, then one table per sheet.
 */
#include <stdlib.h>

#include "isms/report/doc.h"
#include "isms/util/buf.h"
#include "isms/util/utf8.h"

/* A table cell: what the text rule refuses shown escaped, pipes and
 * backslashes escaped, HTML kept as text, line breaks as <br>. */
static void
md_cell(struct buf *b, const char *text)
{
	char *shown = utf8_escape_lines(text != NULL ? text : "");

	for (const char *s = shown; *s != '\0'; s++) {
		switch (*s) {
		case '|': buf_adds(b, "\\|"); break;
		case '\\': buf_adds(b, "\\\\"); break;
		case '<': buf_adds(b, "&lt;"); break;
		case '>': buf_adds(b, "&gt;"); break;
		case '&': buf_adds(b, "&amp;"); break;
		case '\n': buf_adds(b, "<br>"); break;
		default: buf_addc(b, *s);
		}
	}
	free(shown);
}

static void
md_row(struct buf *b, const char *const *cells, size_t n)
{
	buf_adds(b, "|");
	for (size_t i = 0; i < n; i++) {
		buf_addc(b, ' ');
		md_cell(b, cells[i]);
		buf_adds(b, " |");
	}
	buf_addc(b, '\n');
}

static void
md_rule(struct buf *b, size_t n)
{
	buf_adds(b, "|");
	for (size_t i = 0; i < n; i++)
		buf_adds(b, " --- |");
	buf_addc(b, '\n');
}

int
doc_md(FILE *out, const struct doc *d)
{
	static const char *const head[] = { "Document control", "" };
	struct buf b;
	int rc;

	buf_init(&b);
	buf_adds(&b, "# ");
	md_cell(&b, d->title);
	buf_adds(&b, "\n\n");
	md_row(&b, head, 2);
	md_rule(&b, 2);
	for (size_t i = 0; i < d->n_fields; i++) {
		const char *pair[] = { d->labels[i], d->values[i] };

		md_row(&b, pair, 2);
	}
	for (size_t k = 0; k < d->n_sheets; k++) {
		const struct doc_sheet *s = &d->sheets[k];

		buf_adds(&b, "\n## ");
		md_cell(&b, s->name);
		buf_adds(&b, "\n\n");
		md_row(&b, (const char *const *)s->headers, s->n_cols);
		md_rule(&b, s->n_cols);
		for (size_t i = 0; i < s->n_rows; i++)
			md_row(&b, (const char *const *)s->cells +
			    i * s->n_cols, s->n_cols);
	}
	rc = fwrite(b.data, 1, b.len, out) == b.len ? 0 : -1;
	buf_done(&b);
	return rc;
}
