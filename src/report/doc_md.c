/*
 * doc_md.c - a report as Markdown that renders on a git forge: a
 * document-control table, then one table per sheet, written row by row.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/report/csv.h"
#include "isms/report/doc.h"
#include "isms/util/buf.h"
#include "isms/util/utf8.h"

/* A table cell: what the text rule refuses shown escaped, pipes and
 * backslashes escaped, HTML kept as text, line breaks as <br>; the plain
 * spans between copied as they are. */
static void
md_cell(struct buf *b, const char *text)
{
	const char *s = text != NULL ? text : "";
	char *own = csv_shown(s);

	if (own != NULL)
		s = own;
	while (*s != '\0') {
		size_t n = strcspn(s, "|\\<>&\n");

		buf_add(b, s, n);
		s += n;
		switch (*s) {
		case '|': buf_adds(b, "\\|"); break;
		case '\\': buf_adds(b, "\\\\"); break;
		case '<': buf_adds(b, "&lt;"); break;
		case '>': buf_adds(b, "&gt;"); break;
		case '&': buf_adds(b, "&amp;"); break;
		case '\n': buf_adds(b, "<br>"); break;
		default: continue;    /* the end */
		}
		s++;
	}
	free(own);
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

/* Write what b holds and empty it. */
static int
md_flush(FILE *out, struct buf *b)
{
	int rc = fwrite(b->data, 1, b->len, out) == b->len ? 0 : -1;

	b->len = 0;
	if (b->data != NULL)
		b->data[0] = '\0';
	return rc;
}

struct md_out {
	FILE *out;
	struct buf b;
	size_t n_cols;
};

static int
md_emit(void *ectx, const char *const *cells)
{
	struct md_out *o = ectx;

	md_row(&o->b, cells, o->n_cols);
	return md_flush(o->out, &o->b);
}

int
doc_md(FILE *out, const struct doc *d)
{
	static const char *const head[] = { "Document control", "" };
	struct md_out o = { out, { 0 }, 0 };
	int rc;

	buf_init(&o.b);
	buf_adds(&o.b, "# ");
	md_cell(&o.b, d->title);
	buf_adds(&o.b, "\n\n");
	md_row(&o.b, head, 2);
	md_rule(&o.b, 2);
	for (size_t i = 0; i < d->n_fields; i++) {
		const char *pair[] = { d->labels[i], d->values[i] };

		md_row(&o.b, pair, 2);
	}
	rc = md_flush(out, &o.b);
	for (size_t k = 0; rc == 0 && k < d->n_sheets; k++) {
		const struct doc_sheet *s = &d->sheets[k];

		if (s->xlsx_only)
			continue;
		buf_adds(&o.b, "\n## ");
		md_cell(&o.b, s->name);
		buf_adds(&o.b, "\n\n");
		md_row(&o.b, (const char *const *)s->headers, s->n_cols);
		md_rule(&o.b, s->n_cols);
		o.n_cols = s->n_cols;
		if ((rc = md_flush(out, &o.b)) == 0)
			rc = doc_sheet_each(s, md_emit, &o);
	}
	buf_done(&o.b);
	return rc;
}
