/*
 * recform.c - forms over records from their descriptors: the field kinds
 * of the form chosen from the record's, values read and written by field.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/ui/recform.h"
#include "isms/util/xmalloc.h"

struct recform {
	const struct recform_spec *spec;
	struct app *app;
	char *key;
	void *owner;
};

int
recform_index(const struct recform_spec *spec, size_t i)
{
	for (size_t k = 0; k < spec->n_fields; k++)
		if (spec->fields[k] == i)
			return (int)k;
	return -1;
}

/* The form field for descriptor field i. */
static struct form_field
recform_field(const struct recform_spec *spec, void *owner, size_t k)
{
	size_t i = spec->fields[k];
	const struct rec_field *f = &reg_desc(spec->reg)->fields[i];
	struct form_field ff = { spec->labels != NULL && spec->labels[k] !=
	    NULL ? spec->labels[k] : f->label, FORM_LINE, NULL, NULL, NULL,
	    false };
	const struct vocab *v;

	switch (f->kind) {
	case REC_TEXT:
		ff.kind = FORM_LONG;
		break;
	case REC_DATE:
		ff.kind = FORM_DATE;
		break;
	case REC_TERM:
		ff.kind = FORM_CHOICE;
		ff.vocab = f->vocab;
		break;
	case REC_TERMS:
		ff.kind = FORM_TERMS;
		ff.vocab = f->vocab;
		break;
	case REC_RATING:
		ff.kind = FORM_CHOICE;
		ff.vocab = &vocab_rating;
		break;
	case REC_FLAG:
		ff.kind = FORM_CHOICE;
		ff.vocab = &vocab_yes_no;
		break;
	case REC_PERSON:
		ff.kind = FORM_PERSON;
		break;
	default:
		v = spec->vocab != NULL ? spec->vocab(owner, i) : NULL;
		if (v != NULL) {
			ff.kind = FORM_CHOICE;
			ff.vocab = v;
		}
		break;
	}
	return ff;
}

static bool
recform_load(void *ctx, struct form *f, struct app *app)
{
	struct recform *rf = ctx;
	const struct rec_desc *d = reg_desc(rf->spec->reg);
	void *row = xcalloc(1, d->size);
	char *cause = NULL, buf[24];
	size_t n = 0;

	if (reg_get(app->m, rf->spec->reg, rf->key, row, &cause) != ISMS_OK) {
		app_fail(app, cause);
		free(row);
		return false;
	}
	for (size_t k = 0; k < rf->spec->n_fields; k++)
		form_store(f, k, rec_value(d, row, rf->spec->fields[k], buf,
		    sizeof buf));
	f->rev = rec_rev(d, row);
	if (rf->spec->info != NULL) {
		char **lines = rf->spec->info(rf->owner, app, row, &n);

		form_info(f, lines, n);
	}
	rec_done(d, row);
	free(row);
	return true;
}

static enum isms_status
recform_save(void *ctx, struct form *f, char **cause)
{
	struct recform *rf = ctx;
	struct rec_patch p = { .v = { NULL } };

	for (size_t k = 0; k < rf->spec->n_fields; k++)
		p.v[rf->spec->fields[k]] = form_pending(f, k);
	return reg_set(rf->app->m, rf->spec->reg, rf->key, &p, f->rev, NULL,
	    cause);
}

static void
recform_free(void *ctx)
{
	struct recform *rf = ctx;

	free(rf->key);
	free(rf);
}

static const struct form_ops recform_ops = {
	recform_load, recform_save, recform_free,
};

struct form *
recform_open(struct app *app, const struct recform_spec *spec,
             const char *key, const char *title, void *owner)
{
	struct form_field proto[REC_FIELDS_MAX];
	struct recform *rf = xcalloc(1, sizeof *rf);
	struct form *f;

	rf->spec = spec;
	rf->app = app;
	rf->key = xstrdup(key);
	rf->owner = owner;
	for (size_t k = 0; k < spec->n_fields && k < REC_FIELDS_MAX; k++)
		proto[k] = recform_field(spec, owner, k);
	f = form_new(app, title, proto, spec->n_fields, &recform_ops, rf);
	if (f == NULL)
		return NULL;
	f->owner = owner;
	f->entity = reg_desc(spec->reg)->entity;
	free(f->key);
	f->key = xstrdup(key);
	app_push(app, &f->md);
	return f;
}
