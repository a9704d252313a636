/*
 * doc_html.c - a report as one self-contained HTML page: no scripts, no
 * external resources, a stylesheet for the screen and one for print (A4
 * landscape, header rows repeated on every page, rows never split),
 * written row by row.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/report/csv.h"
#include "isms/report/doc.h"
#include "isms/util/buf.h"
#include "isms/util/utf8.h"

static const char html_style[] =
"<style>\n"
"body{font:13px/1.4 system-ui,sans-serif;margin:2em;color:#111}\n"
"h1{font-size:1.5em}\nh2{font-size:1.2em;break-after:avoid}\n"
"table{border-collapse:collapse;width:100%;margin-bottom:2em}\n"
"th,td{border:1px solid #999;padding:.3em .5em;text-align:left;"
"vertical-align:top}\n"
"th{background:#e8e8e8}\n"
"table.control{width:auto}\n"
"table.control th{width:12em}\n"
"td{white-space:pre-wrap}\n"
"@media print{\n"
"@page{size:A4 landscape;margin:12mm}\n"
"body{margin:0;font-size:9pt}\n"
"thead{display:table-header-group}\n"
"tr{break-inside:avoid;page-break-inside:avoid}\n"
"th{background:none;border-bottom:2px solid #000}\n"
"}\n"
"</style>\n";

/* Text with what the text rule refuses shown escaped and & < > " ' as
 * entities. */
static void
html_text(struct buf *b, const char *text)
{
	const char *s = text != NULL ? text : "";
	char *own = csv_shown(s);

	if (own != NULL)
		s = own;
	while (*s != '\0') {             /* plain spans copied whole */
		size_t n = strcspn(s, "&<>\"'");

		buf_add(b, s, n);
		s += n;
		switch (*s) {
		case '&': buf_adds(b, "&amp;"); break;
		case '<': buf_adds(b, "&lt;"); break;
		case '>': buf_adds(b, "&gt;"); break;
		case '"': buf_adds(b, "&quot;"); break;
		case '\'': buf_adds(b, "&#39;"); break;
		default: continue;    /* the end */
		}
		s++;
	}
	free(own);
}

static void
html_row(struct buf *b, const char *tag, const char *const *cells, size_t n)
{
	buf_adds(b, "<tr>");
	for (size_t i = 0; i < n; i++) {
		buf_printf(b, "<%s>", tag);
		html_text(b, cells[i]);
		buf_printf(b, "</%s>", tag);
	}
	buf_adds(b, "</tr>\n");
}

static void
html_control(struct buf *b, const struct doc *d)
{
	buf_adds(b, "<table class=\"control\">\n<caption hidden>Document "
	    "control</caption>\n");
	for (size_t i = 0; i < d->n_fields; i++) {
		buf_adds(b, "<tr><th scope=\"row\">");
		html_text(b, d->labels[i]);
		buf_adds(b, "</th><td>");
		html_text(b, d->values[i]);
		buf_adds(b, "</td></tr>\n");
	}
	buf_adds(b, "</table>\n");
}

/* Write what b holds and empty it. */
static int
html_flush(FILE *out, struct buf *b)
{
	int rc = fwrite(b->data, 1, b->len, out) == b->len ? 0 : -1;

	b->len = 0;
	if (b->data != NULL)
		b->data[0] = '\0';
	return rc;
}

struct html_out {
	FILE *out;
	struct buf b;
	size_t n_cols;
};

static int
html_emit(void *ectx, const char *const *cells)
{
	struct html_out *o = ectx;

	html_row(&o->b, "td", cells, o->n_cols);
	return html_flush(o->out, &o->b);
}

static int
html_sheet(struct html_out *o, const struct doc_sheet *s)
{
	int rc;

	buf_adds(&o->b, "<h2>");
	html_text(&o->b, s->name);
	buf_adds(&o->b, "</h2>\n<table>\n<thead>\n");
	html_row(&o->b, "th", (const char *const *)s->headers, s->n_cols);
	buf_adds(&o->b, "</thead>\n<tbody>\n");
	o->n_cols = s->n_cols;
	if ((rc = html_flush(o->out, &o->b)) == 0)
		rc = doc_sheet_each(s, html_emit, o);
	buf_adds(&o->b, "</tbody>\n</table>\n");
	return rc;
}

int
doc_html(FILE *out, const struct doc *d)
{
	struct html_out o = { out, { 0 }, 0 };
	int rc = 0;

	buf_init(&o.b);
	buf_adds(&o.b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<title>");
	html_text(&o.b, d->title);
	buf_adds(&o.b, " \xe2\x80\x94 ");
	html_text(&o.b, d->n_fields > 0 ? d->values[0] : "");
	buf_printf(&o.b, "</title>\n%s</head>\n<body>\n<h1>", html_style);
	html_text(&o.b, d->title);
	buf_adds(&o.b, "</h1>\n");
	html_control(&o.b, d);
	for (size_t k = 0; rc == 0 && k < d->n_sheets; k++)
		if (!d->sheets[k].xlsx_only)
			rc = html_sheet(&o, &d->sheets[k]);
	buf_adds(&o.b, "</body>\n</html>\n");
	if (rc == 0)
		rc = html_flush(out, &o.b);
	buf_done(&o.b);
	return rc;
}
