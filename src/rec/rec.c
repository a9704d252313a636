/*
 * rec.c - generic access to the rows a struct rec_desc describes: where a
 * field lives, its value as text, and releasing a row.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/rec/rec.h"

bool
rec_kind_is_text(enum rec_kind kind)
{
	switch (kind) {
	case REC_RATING:
	case REC_SCORE:
	case REC_NUMBER:
	case REC_FLAG:
		return false;
	default:
		return true;
	}
}

bool
rec_kind_is_int(enum rec_kind kind)
{
	return kind == REC_RATING || kind == REC_SCORE || kind == REC_NUMBER;
}

int
rec_field_index(const struct rec_desc *d, const char *name)
{
	for (size_t i = 0; i < d->n_fields; i++)
		if (strcmp(d->fields[i].name, name) == 0)
			return (int)i;
	return -1;
}

char **
rec_text_slot(const struct rec_desc *d, void *row, size_t i)
{
	return (char **)(void *)((char *)row + d->fields[i].offset);
}

int *
rec_int_slot(const struct rec_desc *d, void *row, size_t i)
{
	return (int *)(void *)((char *)row + d->fields[i].offset);
}

bool *
rec_flag_slot(const struct rec_desc *d, void *row, size_t i)
{
	return (bool *)(void *)((char *)row + d->fields[i].offset);
}

int64_t
rec_id(const struct rec_desc *d, const void *row)
{
	return *(const int64_t *)(const void *)((const char *)row +
	    d->id_offset);
}

int64_t
rec_rev(const struct rec_desc *d, const void *row)
{
	return *(const int64_t *)(const void *)((const char *)row +
	    d->rev_offset);
}

const char *
rec_updated_at(const struct rec_desc *d, const void *row)
{
	return *(char *const *)(const void *)((const char *)row +
	    d->at_offset);
}

const char *
rec_updated_by(const struct rec_desc *d, const void *row)
{
	return *(char *const *)(const void *)((const char *)row +
	    d->by_offset);
}

const char *
rec_value(const struct rec_desc *d, const void *row, size_t i, char *buf,
          size_t size)
{
	enum rec_kind kind = d->fields[i].kind;
	void *r = (void *)(uintptr_t)row;       /* only read */

	if (rec_kind_is_text(kind))
		return *rec_text_slot(d, r, i);
	if (kind == REC_FLAG)
		return *rec_flag_slot(d, r, i) ? "yes" : "no";
	if (*rec_int_slot(d, r, i) == 0 && kind != REC_NUMBER)
		return "";      /* not rated, no score */
	snprintf(buf, size, "%d", *rec_int_slot(d, r, i));
	return buf;
}

void
rec_done(const struct rec_desc *d, void *row)
{
	for (size_t i = 0; i < d->n_fields; i++)
		if (rec_kind_is_text(d->fields[i].kind))
			free(*rec_text_slot(d, row, i));
	free(*(char **)(void *)((char *)row + d->at_offset));
	free(*(char **)(void *)((char *)row + d->by_offset));
	memset(row, 0, d->size);
}

void
rec_free(const struct rec_desc *d, void *rows, size_t n)
{
	for (size_t i = 0; i < n; i++)
		rec_done(d, (char *)rows + i * d->size);
	free(rows);
}

void
rec_patch_put(struct rec_patch *p, const struct rec_desc *d, const char *name,
              const char *value)
{
	int i = rec_field_index(d, name);

	if (i < 0) {
		fprintf(stderr, "isms: %s has no field %s\n", d->entity, name);
		abort();
	}
	p->v[i] = value;
}

bool
rec_patch_empty(const struct rec_patch *p, const struct rec_desc *d)
{
	for (size_t i = 0; i < d->n_fields; i++)
		if (p->v[i] != NULL &&
		    !(d->fields[i].flags & (REC_DERIVED | REC_FIXED)))
			return false;
	return true;
}
