/*
 * person.c - the people register and the rule that compares people.  A
 * person is found by number, name or login; a person other registers name
 * is not deleted silently; two people do not share a login.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/store_person.h"
#include "isms_db.h"
#include "isms/model/person.h"
#include "reg_int.h"
#include "isms/util/buf.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

char *
person_fold(const char *s)
{
	size_t len = s != NULL ? strlen(s) : 0, k;
	char *out = xmalloc(len * 2 + 1), *o = out;
	bool blank = false;
	uint32_t c;

	for (size_t i = 0; i < len; i += k) {
		if ((k = utf8_next(s + i, len - i, &c)) == 0) {
			k = 1;
			c = 0xFFFD;
		}
		if (c == ' ' || c == '\t' || c == 0xA0) {
			blank = o != out;
			continue;
		}
		if (blank)
			*o++ = ' ';
		blank = false;
		o += utf8_put(utf8_lower(c), o);
	}
	*o = '\0';
	return out;
}

/* Whether person p is named by folded (its name or its login). */
static bool
person_named(const struct person_row *p, const char *folded)
{
	char *name = person_fold(p->name), *login = person_fold(p->login);
	bool yes = strcmp(name, folded) == 0 ||
	    (login[0] != '\0' && strcmp(login, folded) == 0);

	free(name);
	free(login);
	return yes;
}

enum isms_status
person_find(struct isms *m, const char *in, struct person_row *out,
            char **cause)
{
	struct person_row *all = NULL;
	char *folded = person_fold(in);
	size_t n = 0, hit = SIZE_MAX;
	enum isms_status rc = isms_require_schema(m, ISMS_SCHEMA_DOCUMENTS,
	    "people", cause);

	if (rc == ISMS_OK)
		rc = store_person_list(isms_db(m), NULL, &all, &n, cause);

	for (size_t i = 0; rc == ISMS_OK && i < n; i++) {
		if (folded[0] == '\0' || !person_named(&all[i], folded))
			continue;
		if (hit != SIZE_MAX && strcmp(all[hit].name, all[i].name) != 0)
			rc = status_fail(cause, ISMS_INVALID, "%s: names both "
			    "%s and %s; name one by login or number (isms "
			    "person list)", in, all[hit].name, all[i].name);
		else if (hit == SIZE_MAX)
			hit = i;
	}
	if (rc == ISMS_OK && hit == SIZE_MAX)
		rc = status_fail(cause, ISMS_NOT_FOUND, "%s: no such person",
		    in);
	if (rc == ISMS_OK) {
		*out = all[hit];
		memset(&all[hit], 0, sizeof all[hit]);
	}
	person_rows_free(all, n);
	free(folded);
	return rc;
}

enum isms_status
person_canonical(struct isms *m, const char *in, char **out, char **cause)
{
	struct person_row p = { 0 };
	char *why = NULL;
	enum isms_status rc = person_find(m, in, &p, &why);

	*out = NULL;
	if (rc == ISMS_OK)
		*out = xstrdup(p.name);
	person_row_done(&p);
	if (rc == ISMS_NOT_FOUND) {
		free(why);
		return ISMS_OK;
	}
	if (rc != ISMS_OK && cause != NULL) {
		free(*cause);
		*cause = why;
	} else
		free(why);
	return rc;
}

/* person_find() where naming nobody, or several, is no failure: *found
 * says whether it named one. */
static enum isms_status
person_lookup(struct isms *m, const char *in, struct person_row *out,
              bool *found, char **cause)
{
	enum isms_status rc = person_find(m, in, out, cause);

	*found = rc == ISMS_OK;
	if (rc == ISMS_NOT_FOUND || rc == ISMS_INVALID) {
		if (cause != NULL) {
			free(*cause);
			*cause = NULL;
		}
		rc = ISMS_OK;
	}
	return rc;
}

enum isms_status
person_compare(struct isms *m, const char *a, const char *b, bool *same,
               char **cause)
{
	char *fa = person_fold(a), *fb = person_fold(b);
	struct person_row pa = { 0 }, pb = { 0 };
	bool in_a = false, in_b = false;
	enum isms_status rc = ISMS_OK;

	*same = fa[0] != '\0' && strcmp(fa, fb) == 0;
	if (!*same && fa[0] != '\0' && fb[0] != '\0') {
		rc = person_lookup(m, a, &pa, &in_a, cause);
		if (rc == ISMS_OK && in_a)
			rc = person_lookup(m, b, &pb, &in_b, cause);
		*same = rc == ISMS_OK && in_a && in_b && pa.id == pb.id;
	}
	person_row_done(&pa);
	person_row_done(&pb);
	free(fa);
	free(fb);
	return rc;
}

bool
person_same(struct isms *m, const char *a, const char *b)
{
	char *cause = NULL;
	bool same = false;

	if (person_compare(m, a, b, &same, &cause) != ISMS_OK)
		same = false;
	free(cause);
	return same;
}

/* ---- the register ---- */

static enum isms_status
person_list(struct isms *m, const char *text, void **rows, size_t *n,
            char **cause)
{
	enum isms_status rc = isms_require_schema(m, ISMS_SCHEMA_DOCUMENTS,
	    "people", cause);

	*rows = NULL;
	*n = 0;
	if (rc != ISMS_OK)
		return rc;
	return store_person_list(isms_db(m), text, (struct person_row **)rows,
	    n, cause);
}

static enum isms_status
person_get(struct isms *m, const char *key, void *row, char **cause)
{
	char *end;
	long long id = strtoll(key, &end, 10);
	enum isms_status rc;

	if (key[0] == '\0' || *end != '\0')
		return person_find(m, key, row, cause);
	if ((rc = isms_require_schema(m, ISMS_SCHEMA_DOCUMENTS, "people",
	    cause)) != ISMS_OK)
		return rc;
	rc = store_person_get(isms_db(m), id, row, cause);
	if (rc == ISMS_NOT_FOUND)
		rc = status_fail(cause, rc, "%s: no such person", key);
	return rc;
}

static void
person_key(const void *row, char *buf, size_t size)
{
	snprintf(buf, size, "%lld", (long long)((const struct person_row *)
	    row)->id);
}

/* No two people share a login: it would name both. */
static enum isms_status
person_rules(struct isms *m, const void *row, const struct plan *p,
             char **cause)
{
	const struct person_row *cur = row;
	const char *login = plan_value(p, PERSON_LOGIN, cur, NULL, 0);
	struct person_row other = { 0 };
	enum isms_status rc = ISMS_OK;
	bool found = false;

	if (!plan_has(p, PERSON_LOGIN) || login == NULL || login[0] == '\0')
		return ISMS_OK;
	rc = person_lookup(m, login, &other, &found, cause);
	if (rc == ISMS_OK && found && (cur == NULL || other.id != cur->id))
		rc = status_fail(cause, ISMS_INVALID, "%s: login %s already "
		    "names %s (person %lld)", cur != NULL ? cur->name :
		    plan_value(p, PERSON_NAME, NULL, NULL, 0), login,
		    other.name, (long long)other.id);
	person_row_done(&other);
	return rc;
}

static enum isms_status
person_insert(struct isms *m, const struct rec_patch *rp,
              const struct plan *p, const struct row_author *a, int64_t *id,
              char **key, char **cause)
{
	char buf[24];
	enum isms_status rc;

	(void)p;
	rc = store_person_insert(isms_db(m), rp->v[PERSON_NAME], a, id, cause);
	snprintf(buf, sizeof buf, "%lld", (long long)*id);
	*key = rc == ISMS_OK ? xstrdup(buf) : NULL;
	return rc;
}

/* A person the registers name is not deleted without --force. */
static enum isms_status
person_in_use(struct isms *m, const void *row, char **cause)
{
	const struct person_row *p = row;
	char **places = NULL, **names = NULL, *name = person_fold(p->name);
	char *login = person_fold(p->login);
	size_t n = 0, hits = 0;
	struct buf b;
	enum isms_status rc = store_person_named(isms_db(m), &places, &names,
	    &n, cause);

	buf_init(&b);
	for (size_t i = 0; i < n; i++) {
		char *f = person_fold(names[i]);

		bool named = strcmp(f, name) == 0 ||
		    (login[0] != '\0' && strcmp(f, login) == 0);

		if (named && hits < 3)
			buf_printf(&b, "%s%s", hits ? ", " : "", places[i]);
		hits += named;
		free(f);
		free(places[i]);
		free(names[i]);
	}
	if (hits > 3)
		buf_printf(&b, " and %zu more", hits - 3);
	if (rc == ISMS_OK && hits > 0)
		rc = status_fail(cause, ISMS_CONFLICT, "%s: named as %s; mark "
		    "the person inactive (--active no) or delete with --force",
		    p->name, buf_str(&b));
	free(places);
	free(names);
	free(name);
	free(login);
	buf_done(&b);
	return rc;
}

static enum isms_status
person_remove(struct isms *m, const void *row, const struct row_author *a,
              char **cause)
{
	char key[24];

	person_key(row, key, sizeof key);
	return row_delete(isms_db(m), &rec_person, ((const struct person_row *)
	    row)->id, key, a, cause);
}

const struct reg reg_person = {
	.d = &rec_person,
	.name_field = PERSON_NAME,
	.first_field = PERSON_NAME,
	.list = person_list,
	.get = person_get,
	.key = person_key,
	.rules = person_rules,
	.insert = person_insert,
	.in_use = person_in_use,
	.remove = person_remove,
};

enum isms_status
person_add_login(struct isms *m, const char *login, char **cause)
{
	struct person_row p = { 0 };
	struct rec_patch rp = { .v = { [PERSON_NAME] = login,
	    [PERSON_LOGIN] = login } };
	char *key = NULL;
	bool found = false;
	enum isms_status rc = person_lookup(m, login, &p, &found, cause);

	person_row_done(&p);
	if (rc != ISMS_OK || found)
		return rc;
	rc = reg_add(m, &reg_person, &rp, &key, cause);
	free(key);
	return rc;
}
