/*
 * doc_rec.h - a sheet of a report from a register's descriptor (rec.h):
 * the columns name fields, whose labels are the headers, whose width
 * hints the widths and whose values as people read them (a vocabulary
 * term by its label) the cells; a column may compute its cell instead
 * (a level through the matrix, the flags).  Every vocabulary column gets
 * its xlsx drop-down.
 */
#ifndef ISMS_REPORT_DOC_REC_H
#define ISMS_REPORT_DOC_REC_H

#include <stddef.h>

#include "isms/rec/rec.h"
#include "isms/report/doc.h"

struct doc_col {
	int field;                    /* index into the descriptor, or -1 */
	const char *head;             /* NULL: the field's label */
	double width;                 /* 0: the field's width hint */
	/* A cell computed from the row (and the caller's ctx): borrowed, or
	 * written into buf.  NULL: the field's value. */
	const char *(*cell)(const void *row, void *ctx, char *buf,
	                    size_t size);
};

/* Add a sheet with the columns' headers, widths and drop-downs. */
struct doc_sheet *doc_rec_sheet(struct doc *d, const char *name,
                                const struct rec_desc *desc,
                                const struct doc_col *cols, size_t n);

/* A sheet has at most this many columns from a descriptor. */
#define DOC_REC_COLS 32

/* Hand the row of record row (desc's row struct) to emit: for a streamed
 * sheet (doc_sheet_stream()); emit's return. */
int doc_rec_emit(const struct rec_desc *desc, const struct doc_col *cols,
                 size_t n, const void *row, void *ctx, doc_emit_fn emit,
                 void *ectx);

/* Add the row of record row (desc's row struct). */
void doc_rec_row(struct doc_sheet *s, const struct rec_desc *desc,
                 const struct doc_col *cols, size_t n, const void *row,
                 void *ctx);

#endif
