/*
 * text.c - plain-text tables and field lists, aligned by display width.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/report/text.h"
#include "isms/util/buf.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

void
text_table_init(struct text_table *t, const char *const *headers, size_t n)
{
	t->n_cols = n;
	t->cells = NULL;
	t->n_rows = 0;
	t->cap_rows = 0;
	text_table_add(t, headers);
}

void
text_table_done(struct text_table *t)
{
	for (size_t i = 0; i < t->n_rows * t->n_cols; i++)
		free(t->cells[i]);
	free(t->cells);
	t->cells = NULL;
	t->n_rows = 0;
}

void
text_table_add(struct text_table *t, const char *const *cells)
{
	if (t->n_rows == t->cap_rows) {
		t->cap_rows = t->cap_rows ? t->cap_rows * 2 : 64;
		t->cells = xreallocarray(t->cells, t->cap_rows * t->n_cols,
		    sizeof *t->cells);
	}
	for (size_t c = 0; c < t->n_cols; c++)
		t->cells[t->n_rows * t->n_cols + c] =
		    utf8_escape(cells[c] != NULL ? cells[c] : "");
	t->n_rows++;
}

int
text_table_print(const struct text_table *t, FILE *out)
{
	size_t *width = xcalloc(t->n_cols, sizeof *width);
	int rc = 0;

	for (size_t r = 0; r < t->n_rows; r++)
		for (size_t c = 0; c < t->n_cols; c++) {
			size_t w = utf8_width(t->cells[r * t->n_cols + c]);

			if (w > width[c])
				width[c] = w;
		}
	for (size_t r = 0; r < t->n_rows; r++) {
		struct buf line;

		buf_init(&line);
		for (size_t c = 0; c < t->n_cols; c++) {
			const char *cell = t->cells[r * t->n_cols + c];

			buf_adds(&line, cell);
			if (c + 1 < t->n_cols)
				buf_printf(&line, "%*s",
				    (int)(width[c] - utf8_width(cell) + 2), "");
		}
		/* No trailing blanks when the last cells are empty. */
		while (line.len > 0 && line.data[line.len - 1] == ' ')
			line.data[--line.len] = '\0';
		fputs(buf_str(&line), out);
		fputc('\n', out);
		buf_done(&line);
	}
	if (ferror(out))
		rc = -1;
	free(width);
	return rc;
}

int
text_fields_print(FILE *out, const char *const *labels,
                  const char *const *values, size_t n)
{
	size_t lw = 0;

	for (size_t i = 0; i < n; i++)
		if (utf8_width(labels[i]) > lw)
			lw = utf8_width(labels[i]);
	for (size_t i = 0; i < n; i++) {
		const char *v = values[i] != NULL ? values[i] : "";
		size_t pad = lw - utf8_width(labels[i]);

		fprintf(out, "%s:", labels[i]);
		if (v[0] != '\0')
			fprintf(out, "%*s ", (int)pad, "");
		/* Print line by line so multi-line text stays readable. */
		for (;;) {
			size_t len = strcspn(v, "\n");
			char *line = xstrndup(v, len);
			char *esc = utf8_escape_lines(line);

			fputs(esc, out);
			fputc('\n', out);
			free(esc);
			free(line);
			if (v[len] == '\0')
				break;
			v += len + 1;
			fprintf(out, "%*s", (int)(lw + 2), "");
		}
	}
	return ferror(out) ? -1 : 0;
}

int
text_vprintf(FILE *out, const char *fmt, va_list ap)
{
	char *all = xvasprintf(fmt, ap);
	const char *p = all;
	struct buf b;
	int rc;

	buf_init(&b);
	for (;;) {
		size_t len = strcspn(p, "\n");
		char *line = xstrndup(p, len), *esc = utf8_escape(line);

		buf_adds(&b, esc);
		free(esc);
		free(line);
		if (p[len] == '\0')
			break;
		buf_addc(&b, '\n');
		p += len + 1;
	}
	rc = fwrite(b.data != NULL ? b.data : "", 1, b.len, out) == b.len &&
	    !ferror(out) ? 0 : -1;
	buf_done(&b);
	free(all);
	return rc;
}

int
text_printf(FILE *out, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = text_vprintf(out, fmt, ap);
	va_end(ap);
	return rc;
}

int
text_vline(FILE *out, const char *fmt, va_list ap)
{
	char *all = xvasprintf(fmt, ap), *esc = utf8_escape(all);
	int rc = fputs(esc, out) == EOF || fputc('\n', out) == EOF ? -1 : 0;

	free(esc);
	free(all);
	return rc;
}

int
text_line(FILE *out, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = text_vline(out, fmt, ap);
	va_end(ap);
	return rc;
}
