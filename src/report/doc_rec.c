/*
 * doc_rec.c - the sheets of doc_rec.h: headers, widths, drop-downs and
 * cells read from a descriptor.
 */
#include <stdlib.h>

#include "isms/rec/vocab.h"
#include "isms/report/doc_rec.h"
#include "isms/util/xmalloc.h"

#define DOC_REC_CELL 256

struct doc_sheet *
doc_rec_sheet(struct doc *d, const char *name, const struct rec_desc *desc,
              const struct doc_col *cols, size_t n)
{
	const char **heads = xcalloc(n + 1, sizeof *heads);
	double *widths = xcalloc(n + 1, sizeof *widths);
	struct doc_sheet *s;

	for (size_t c = 0; c < n; c++) {
		const struct rec_field *f = cols[c].field >= 0 ?
		    &desc->fields[cols[c].field] : NULL;

		heads[c] = cols[c].head != NULL ? cols[c].head :
		    f != NULL ? f->label : "";
		widths[c] = cols[c].width > 0 ? cols[c].width :
		    f != NULL ? f->width : 12;
	}
	s = doc_sheet(d, name, heads, n);
	free(heads);
	s->own_widths = widths;
	s->widths = widths;
	for (size_t c = 0; c < n && s->n_lists < DOC_LISTS; c++) {
		const struct rec_field *f = cols[c].field >= 0 ?
		    &desc->fields[cols[c].field] : NULL;

		if (f != NULL && f->kind == REC_TERM && f->vocab != NULL &&
		    cols[c].cell == NULL) {
			s->lists[s->n_lists].col = c;
			s->lists[s->n_lists++].v = f->vocab;
		}
	}
	return s;
}

/* Field i of row as people read it. */
static const char *
doc_rec_value(const struct rec_desc *desc, const void *row, size_t i,
              char *buf, size_t size)
{
	const struct rec_field *f = &desc->fields[i];
	const char *v = rec_value(desc, row, i, buf, size);

	if (v == NULL)
		return "";
	if (f->kind == REC_TERM && f->vocab != NULL && v[0] != '\0')
		return vocab_label(f->vocab, v);
	return v;
}

/* The cells of row into cells, written where need be into bufs. */
static void
doc_rec_cells(const struct rec_desc *desc, const struct doc_col *cols,
              size_t n, const void *row, void *ctx, const char **cells,
              char (*bufs)[DOC_REC_CELL])
{
	for (size_t c = 0; c < n; c++)
		cells[c] = cols[c].cell != NULL ?
		    cols[c].cell(row, ctx, bufs[c], sizeof bufs[c]) :
		    doc_rec_value(desc, row, (size_t)cols[c].field, bufs[c],
		    sizeof bufs[c]);
}

void
doc_rec_row(struct doc_sheet *s, const struct rec_desc *desc,
            const struct doc_col *cols, size_t n, const void *row, void *ctx)
{
	const char **cells = xcalloc(n + 1, sizeof *cells);
	char (*bufs)[DOC_REC_CELL] = xcalloc(n + 1, sizeof *bufs);

	doc_rec_cells(desc, cols, n, row, ctx, cells, bufs);
	doc_row(s, cells);
	free(bufs);
	free(cells);
}

int
doc_rec_emit(const struct rec_desc *desc, const struct doc_col *cols,
             size_t n, const void *row, void *ctx, doc_emit_fn emit,
             void *ectx)
{
	const char *cells[DOC_REC_COLS];
	char bufs[DOC_REC_COLS][DOC_REC_CELL];

	if (n > DOC_REC_COLS)
		n = DOC_REC_COLS;
	doc_rec_cells(desc, cols, n, row, ctx, cells, bufs);
	return emit(ectx, cells);
}
