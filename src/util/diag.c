/*
 * diag.c - the list of located problems that validators fill.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "isms/util/diag.h"
#include "isms/util/xmalloc.h"

void
diag_list_init(struct diag_list *dl)
{
	dl->items = NULL;
	dl->count = 0;
	dl->cap = 0;
}

void
diag_list_done(struct diag_list *dl)
{
	for (size_t i = 0; i < dl->count; i++) {
		free(dl->items[i].file);
		free(dl->items[i].message);
	}
	free(dl->items);
	diag_list_init(dl);
}

void
diag_add(struct diag_list *dl, const char *file, unsigned line,
         const char *fmt, ...)
{
	va_list ap;
	struct diag *d;

	if (dl->count == dl->cap) {
		dl->cap = dl->cap ? dl->cap * 2 : 8;
		dl->items = xreallocarray(dl->items, dl->cap,
		    sizeof *dl->items);
	}
	d = &dl->items[dl->count++];
	d->file = xstrdup(file);
	d->line = line;
	d->seq = dl->count - 1;
	va_start(ap, fmt);
	d->message = xvasprintf(fmt, ap);
	va_end(ap);
}

static int
diag_cmp(const void *a, const void *b)
{
	const struct diag *x = a, *y = b;
	int c = strcmp(x->file ? x->file : "", y->file ? y->file : "");

	if (c != 0)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void
diag_sort(struct diag_list *dl)
{
	if (dl->count > 1)
		qsort(dl->items, dl->count, sizeof *dl->items, diag_cmp);
}

char *
diag_format(const struct diag *d)
{
	if (d->file != NULL && d->line > 0)
		return xasprintf("%s:%u: %s", d->file, d->line, d->message);
	if (d->file != NULL)
		return xasprintf("%s: %s", d->file, d->message);
	return xstrdup(d->message);
}
