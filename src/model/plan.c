/*
 * plan.c - checking the values of a patch by the kinds of their fields and
 * planning the row changes: the one place that knows what a one-line
 * text, a date, a vocabulary term or a rating may hold.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/person.h"
#include "plan.h"
#include "isms/rec/vocab.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

void
plan_init(struct plan *p, const struct rec_desc *d)
{
	memset(p, 0, sizeof *p);
	p->d = d;
}

void
plan_done(struct plan *p)
{
	for (size_t i = 0; i < REC_FIELDS_MAX; i++)
		free(p->owned[i]);
	memset(p, 0, sizeof *p);
}

/* The slot of field in p: its change, added when missing. */
static struct row_change *
plan_slot(struct plan *p, size_t field)
{
	for (size_t i = 0; i < p->n; i++)
		if (p->ch[i].field == field)
			return &p->ch[i];
	p->ch[p->n].field = field;
	return &p->ch[p->n++];
}

/* Set field to value, which p keeps in its own buffer. */
static void
plan_keep(struct plan *p, size_t field, const char *value)
{
	struct row_change *c = plan_slot(p, field);

	if (value == NULL) {
		c->value = NULL;
		return;
	}
	free(p->owned[field]);
	p->owned[field] = xstrdup(value);
	c->value = p->owned[field];
}

void
plan_add(struct plan *p, size_t field, const char *value)
{
	plan_keep(p, field, value);
}

bool
plan_has(const struct plan *p, size_t field)
{
	for (size_t i = 0; i < p->n; i++)
		if (p->ch[i].field == field)
			return true;
	return false;
}

const char *
plan_value(const struct plan *p, size_t field, const void *cur, char *buf,
           size_t size)
{
	for (size_t i = 0; i < p->n; i++)
		if (p->ch[i].field == field)
			return p->ch[i].value;
	if (cur == NULL)
		return NULL;
	return rec_value(p->d, cur, field, buf, size);
}

/* The field's label as a message names it: "owner", "next review". */
static void
plan_name(const struct rec_field *f, char *out, size_t size)
{
	snprintf(out, size, "%s", f->label);
	out[0] = (char)tolower((unsigned char)out[0]);
}

static enum isms_status
plan_text(struct plan *p, struct isms *m, size_t i, const char *key,
          const char *in, const void *cur, char **cause)
{
	const struct rec_field *f = &p->d->fields[i];
	const char *stored = cur != NULL ? rec_value(p->d, cur, i, NULL, 0) :
	    NULL;
	char name[64], *canon = NULL;
	enum isms_status rc;

	plan_name(f, name, sizeof name);
	rc = isms_text_change(key, name, in, stored, f->kind != REC_TEXT,
	    cause);
	/* A person is stored by the name of the person that a name or
	 * login given names, as typed when no one of the people does. */
	if (rc == ISMS_OK && f->kind == REC_PERSON && m != NULL &&
	    in[0] != '\0')
		rc = person_canonical(m, in, &canon, cause);
	if (rc == ISMS_OK)
		plan_keep(p, i, canon != NULL ? canon : in);
	free(canon);
	return rc;
}

static enum isms_status
plan_date(struct plan *p, size_t i, const char *key, const char *in,
          char **cause)
{
	char name[64];

	plan_name(&p->d->fields[i], name, sizeof name);
	if (in[0] != '\0' && !date_valid(in))
		return status_fail(cause, ISMS_INVALID, "%s: %s '%s' is not a "
		    "calendar date (YYYY-MM-DD)", key, name, in);
	plan_keep(p, i, in[0] != '\0' ? in : NULL);
	return ISMS_OK;
}

/* The term of v whose token is token. */
static const struct vocab_term *
plan_term_of(const struct vocab *v, const char *token)
{
	for (size_t i = 0; i < v->n_terms; i++)
		if (strcmp(v->terms[i].token, token) == 0)
			return &v->terms[i];
	return NULL;
}

static enum isms_status
plan_term(struct plan *p, size_t i, const char *key, const char *in,
          char **cause)
{
	const struct vocab *v = p->d->fields[i].vocab;
	const char *token = vocab_parse(v, in);
	const struct vocab_term *t;
	char *choices;
	enum isms_status rc;

	if (in[0] == '\0') {
		plan_keep(p, i, NULL);
		return ISMS_OK;
	}
	/* A derived term (status approved) only the model's own writes
	 * set: a user asks for what brings it (an approval). */
	if (token != NULL && !p->model &&
	    (t = plan_term_of(v, token))->derived != NULL)
		return status_fail(cause, ISMS_INVALID, "%s: %s %s %s and "
		    "cannot be set by hand", key, v->name, t->token,
		    t->derived);
	if (token != NULL) {
		plan_keep(p, i, token);
		return ISMS_OK;
	}
	choices = vocab_choices(v);
	rc = status_fail(cause, ISMS_INVALID, "%s: unknown %s '%s' (use %s)",
	    key, v->name, in, choices);
	free(choices);
	return rc;
}

static enum isms_status
plan_terms(struct plan *p, size_t i, const char *key, const char *in,
           char **cause)
{
	char *set = NULL;
	enum isms_status rc = vocab_parse_set(p->d->fields[i].vocab, key, in,
	    &set, cause);

	if (rc == ISMS_OK)
		plan_keep(p, i, set);
	free(set);
	return rc;
}

static enum isms_status
plan_rating(struct plan *p, size_t i, const char *key, const char *in,
            char **cause)
{
	char name[64];

	plan_name(&p->d->fields[i], name, sizeof name);
	if (in[0] == '\0') {
		plan_keep(p, i, NULL);
		return ISMS_OK;
	}
	if (in[1] != '\0' || in[0] < '1' || in[0] > '5')
		return status_fail(cause, ISMS_INVALID, "%s: %s must be 1 to 5 "
		    "(or empty), not '%s'", key, name, in);
	plan_keep(p, i, in);
	return ISMS_OK;
}

/* A count: a whole number, stored as its digits. */
static enum isms_status
plan_number(struct plan *p, size_t i, const char *key, const char *in,
            char **cause)
{
	char name[64], *end;
	long v = strtol(in, &end, 10);

	plan_name(&p->d->fields[i], name, sizeof name);
	if (in[0] < '0' || in[0] > '9' || *end != '\0' || v > 999999)
		return status_fail(cause, ISMS_INVALID, "%s: %s must be a "
		    "whole number from 0 to 999999, not '%s'", key, name, in);
	snprintf(p->buf[i], PLAN_TEXT, "%ld", v);
	plan_keep(p, i, p->buf[i]);
	return ISMS_OK;
}

/* Yes or no, stored as 1 or 0. */
static enum isms_status
plan_flag(struct plan *p, size_t i, const char *key, const char *in,
          char **cause)
{
	const char *token = vocab_parse(&vocab_yes_no, in);
	char name[64];

	plan_name(&p->d->fields[i], name, sizeof name);
	if (token == NULL)
		return status_fail(cause, ISMS_INVALID, "%s: %s is yes or no, "
		    "not '%s'", key, name, in);
	plan_keep(p, i, token[0] == 'y' ? "1" : "0");
	return ISMS_OK;
}

/* A kind the register checks: a score on its matrix, a reference. */
static enum isms_status
plan_hooked(struct plan *p, struct isms *m, const struct plan_hooks *h,
            size_t i, const char *key, const char *in, char **cause)
{
	enum isms_status rc;

	if (h == NULL || h->value == NULL) {
		plan_keep(p, i, in[0] != '\0' ? in : NULL);
		return ISMS_OK;
	}
	rc = h->value(m, &p->d->fields[i], key, in, p->buf[i], PLAN_TEXT,
	    cause);
	if (rc == ISMS_OK)
		plan_keep(p, i, p->buf[i][0] != '\0' ? p->buf[i] : NULL);
	return rc;
}

/* An empty value where the field may not be empty. */
static enum isms_status
plan_required(const struct rec_desc *d, size_t i, const char *key,
              char **cause)
{
	char name[64];
	const char *noun = d->noun;
	bool an = strchr("aeiouAEIOU", noun[0]) != NULL;

	plan_name(&d->fields[i], name, sizeof name);
	return status_fail(cause, ISMS_INVALID, "%s: %s %s needs %s %s", key,
	    an ? "an" : "a", noun, strchr("aeiou", name[0]) ? "an" : "a",
	    name);
}

static enum isms_status
plan_field(struct plan *p, struct isms *m, const struct plan_hooks *h,
           size_t i, const char *key, const char *in, const void *cur,
           char **cause)
{
	const struct rec_field *f = &p->d->fields[i];

	if ((f->flags & REC_REQUIRED) && in[0] == '\0')
		return plan_required(p->d, i, key, cause);
	switch (f->kind) {
	case REC_LINE:
	case REC_TEXT:
	case REC_PERSON:
		return plan_text(p, m, i, key, in, cur, cause);
	case REC_DATE:
		return plan_date(p, i, key, in, cause);
	case REC_TERM:
		return plan_term(p, i, key, in, cause);
	case REC_TERMS:
		return plan_terms(p, i, key, in, cause);
	case REC_RATING:
		return plan_rating(p, i, key, in, cause);
	case REC_NUMBER:
		return plan_number(p, i, key, in, cause);
	case REC_FLAG:
		return plan_flag(p, i, key, in, cause);
	case REC_SCORE:
	case REC_REF:
		return plan_hooked(p, m, h, i, key, in, cause);
	default:
		return status_fail(cause, ISMS_INVALID, "%s: %s cannot be set",
		    key, f->label);
	}
}

enum isms_status
plan_make(struct plan *p, struct isms *m, const struct plan_hooks *h,
          const char *key, const struct rec_patch *patch, const void *cur,
          char **cause)
{
	enum isms_status rc = ISMS_OK;

	for (size_t i = 0; rc == ISMS_OK && i < p->d->n_fields; i++) {
		const struct rec_field *f = &p->d->fields[i];

		if (patch->v[i] == NULL || (f->flags & REC_DERIVED) ||
		    ((f->flags & REC_FIXED) && !p->model))
			continue;
		rc = plan_field(p, m, h, i, key, patch->v[i], cur, cause);
	}
	return rc;
}
