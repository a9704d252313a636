/*
 * soa_doc_md.c - the SoA as Markdown that renders on a git forge: a
 * document-control table, then one table of every control.
 */
#include "isms/report/soa_doc.h"
#include "isms/util/buf.h"

/* A table cell: pipes and backslashes escaped, HTML kept as text, line
 * breaks as <br>, control characters dropped. */
static void
md_cell(struct buf *b, const char *s)
{
	for (; s != NULL && *s != '\0'; s++) {
		switch (*s) {
		case '|': buf_adds(b, "\\|"); break;
		case '\\': buf_adds(b, "\\\\"); break;
		case '<': buf_adds(b, "&lt;"); break;
		case '>': buf_adds(b, "&gt;"); break;
		case '&': buf_adds(b, "&amp;"); break;
		case '\n': buf_adds(b, "<br>"); break;
		default:
			if ((unsigned char)*s >= 0x20 && *s != 0x7f)
				buf_addc(b, *s);
		}
	}
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
soa_doc_md(FILE *out, const struct soa_doc *doc)
{
	static const char *const head[] = { "Document control", "" };
	struct buf b;
	int rc;

	buf_init(&b);
	buf_adds(&b, "# Statement of Applicability\n\n");
	md_row(&b, head, 2);
	md_rule(&b, 2);
	for (int i = 0; i < SOA_DOC_FIELDS; i++) {
		const char *pair[] = { doc->labels[i], doc->values[i] };

		md_row(&b, pair, 2);
	}
	buf_adds(&b, "\n## Annex A controls\n\n");
	md_row(&b, soa_doc_headers, SOA_DOC_COLS);
	md_rule(&b, SOA_DOC_COLS);
	for (size_t i = 0; i < doc->n; i++)
		md_row(&b, (const char *const *)doc->cells + i * SOA_DOC_COLS,
		    SOA_DOC_COLS);
	rc = b.len == 0 || fwrite(b.data, 1, b.len, out) == b.len ? 0 : -1;
	buf_done(&b);
	return rc;
}
