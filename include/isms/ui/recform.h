/*
 * recform.h - the detail and edit form of any register's record, built
 * from its descriptor: one form field per field listed, of the form kind
 * its kind asks (a line, long text in $EDITOR, a date, a choice from its
 * vocabulary, several terms, a rating), loaded with reg_get() and saved
 * with reg_set() at the revision read.  What a register adds (read-only
 * lines above the fields, the scales of its scores) comes through the
 * spec's hooks.
 */
#ifndef ISMS_UI_RECFORM_H
#define ISMS_UI_RECFORM_H

#include <stddef.h>

#include "isms/model/reg.h"
#include "isms/rec/vocab.h"
#include "isms/ui/form.h"

struct recform_spec {
	const struct reg *reg;
	const size_t *fields;         /* descriptor indexes, in form order */
	size_t n_fields;
	/* Shorter labels for the form's label column, by form field (NULL,
	 * or a NULL entry: the descriptor's label). */
	const char *const *labels;
	/* The read-only lines shown above the fields, for row (may be NULL):
	 * newly allocated, n in *n. */
	char **(*info)(void *owner, struct app *app, const void *row,
	               size_t *n);
	/* The vocabulary of field i when its kind has none of its own (a
	 * score on the ISMS's matrix); NULL for a plain line. */
	const struct vocab *(*vocab)(void *owner, size_t i);
};

/*
 * Open (push onto app) the form of the record key of spec->reg, titled
 * title; owner is handed to the hooks and becomes the form's owner for
 * its saved callback.  NULL (with the message shown) when the record
 * cannot be read.
 */
struct form *recform_open(struct app *app, const struct recform_spec *spec,
                          const char *key, const char *title, void *owner);

/* The form field that shows descriptor field i, or -1. */
int recform_index(const struct recform_spec *spec, size_t i);

#endif
