/*
 * mark.c - copying and releasing the marks of rows in a view and their
 * values.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/rec/mark.h"
#include "isms/util/xmalloc.h"

void
rec_value_done(struct rec_value *v)
{
	if (v == NULL)
		return;
	free(v->s);
	memset(v, 0, sizeof *v);
}

void
rec_value_copy(struct rec_value *dst, const struct rec_value *src)
{
	*dst = *src;
	if (src->s != NULL)
		dst->s = xstrdup(src->s);
}

void
rec_mark_done(struct rec_mark *m)
{
	if (m == NULL)
		return;
	for (size_t k = 0; k < REC_MARK_KEYS; k++)
		free(m->key[k].s);
	memset(m, 0, sizeof *m);
}

void
rec_marks_free(struct rec_mark *m, size_t n)
{
	for (size_t i = 0; i < n; i++)
		rec_mark_done(&m[i]);
	free(m);
}

void
rec_mark_copy(struct rec_mark *dst, const struct rec_mark *src)
{
	*dst = *src;
	for (size_t k = 0; k < REC_MARK_KEYS; k++)
		if (src->key[k].s != NULL)
			dst->key[k].s = xstrdup(src->key[k].s);
}
