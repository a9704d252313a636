/*
 * version.c - approved versions of the SoA and of the treatment plan:
 * the content is frozen as one value a field of a record (the fields
 * chosen here, read through the register's descriptor), hashed with
 * SHA-256 over a length-prefixed serialisation, stored, and compared
 * record by record.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/store_version.h"
#include "isms/model/document.h"
#include "isms_db.h"
#include "isms/model/person.h"
#include "reg_int.h"
#include "isms/model/version.h"
#include "isms/util/date.h"
#include "isms/util/hash.h"
#include "isms/util/xmalloc.h"

struct version_spec {
	const char *name;             /* register_version.register */
	const char *title;
	const struct reg *reg;
	const size_t *fields;         /* what a version freezes */
	size_t n_fields;
	const char *requirement, *item;  /* its required document */
};

static const size_t soa_fields[] = {
	SOA_APPLICABLE, SOA_REASONS, SOA_RISK_LINKED, SOA_JUSTIFICATION,
	SOA_STATUS, SOA_OWNER,
};

static const size_t treatment_fields[] = {
	ACTION_RISK, ACTION_WHAT, ACTION_CONTROL, ACTION_OWNER, ACTION_DUE,
	ACTION_STATUS, ACTION_DONE,
};

const struct version_spec version_soa = {
	"soa", "SoA", &reg_soa, soa_fields,
	sizeof soa_fields / sizeof *soa_fields, "6.1.3", "d",
};

const struct version_spec version_treatment = {
	"treatment", "treatment plan", &reg_action, treatment_fields,
	sizeof treatment_fields / sizeof *treatment_fields, "6.1.3", "e",
};

const char *
version_title(const struct version_spec *s)
{
	return s->title;
}

/* The register as it stands, as a version would freeze it. */
static enum isms_status
version_now(struct isms *m, const struct version_spec *s,
            struct version_item **items, size_t *n, char **cause)
{
	const struct rec_desc *d = reg_desc(s->reg);
	void *rows = NULL;
	size_t nr = 0, k = 0;
	char num[24], key[64];
	enum isms_status rc = reg_list(m, s->reg, NULL, &rows, &nr, cause);

	*items = NULL;
	*n = 0;
	if (rc != ISMS_OK)
		return rc;
	*items = xcalloc(nr * s->n_fields + 1, sizeof **items);
	for (size_t i = 0; i < nr; i++) {
		const void *row = (char *)rows + i * d->size;

		reg_key(s->reg, row, key, sizeof key);
		for (size_t f = 0; f < s->n_fields; f++, k++) {
			const struct rec_field *fd = &d->fields[s->fields[f]];
			const char *v = rec_value(d, row, s->fields[f], num,
			    sizeof num);

			(*items)[k].ord = (int)i + 1;
			(*items)[k].key = xstrdup(key);
			(*items)[k].field = xstrdup(fd->name);
			(*items)[k].value = xstrdup(v != NULL ? v : "");
		}
	}
	*n = k;
	rec_free(d, rows, nr);
	return ISMS_OK;
}

static void
version_hash_text(struct hash *h, const char *s)
{
	size_t len = s != NULL ? strlen(s) : 0;

	hash_add_u64(h, len);
	hash_add(h, s != NULL ? s : "", len);
}

/* SHA-256 of the frozen content, each string with its length first. */
static void
version_hash(const struct version_spec *s, const struct version_item *items,
             size_t n, char hex[HASH_HEX])
{
	static const char tag[] = "isms register version 1";
	unsigned char sum[HASH_BYTES];
	struct hash h;

	hash_init(&h);
	version_hash_text(&h, tag);
	version_hash_text(&h, s->name);
	hash_add_u64(&h, n);
	for (size_t i = 0; i < n; i++) {
		hash_add_u64(&h, (uint64_t)items[i].ord);
		version_hash_text(&h, items[i].key);
		version_hash_text(&h, items[i].field);
		version_hash_text(&h, items[i].value);
	}
	hash_final(&h, sum);
	hash_to_hex(sum, HASH_BYTES, hex);
}

/* ---- comparing ---- */

/* The records of a version: where each starts among its items. */
struct version_rec {
	const char *key;
	size_t at, n;
};

static struct version_rec *
version_recs(const struct version_item *items, size_t n, size_t *nrec)
{
	struct version_rec *r = xcalloc(n + 1, sizeof *r);

	*nrec = 0;
	for (size_t i = 0; i < n; i++) {
		if (*nrec == 0 || items[i].ord != items[r[*nrec - 1].at].ord) {
			r[*nrec].key = items[i].key;
			r[*nrec].at = i;
			(*nrec)++;
		}
		r[*nrec - 1].n++;
	}
	return r;
}

static const struct version_rec *
version_rec_find(const struct version_rec *r, size_t n, const char *key)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(r[i].key, key) == 0)
			return &r[i];
	return NULL;
}

/* Growing the list of changes. */
struct version_changes {
	struct change_row *rows;
	size_t n, cap;
};

static void
version_change(struct version_changes *c, const char *key,
               const char *field, const char *old, const char *new)
{
	struct change_row *r;

	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 16;
		c->rows = xreallocarray(c->rows, c->cap, sizeof *c->rows);
	}
	r = &c->rows[c->n++];
	memset(r, 0, sizeof *r);
	r->id = (int64_t)c->n;
	r->key = xstrdup(key);
	r->field = xstrdup(field);
	r->old_value = old != NULL ? xstrdup(old) : NULL;
	r->new_value = new != NULL ? xstrdup(new) : NULL;
	r->rev = 1;
}

/* The label of stored field name in s's register. */
static const char *
version_label(const struct version_spec *s, const char *name)
{
	int i = rec_field_index(reg_desc(s->reg), name);

	return i >= 0 ? reg_desc(s->reg)->fields[i].label : name;
}

/* The value of field of record r among items, or NULL. */
static const char *
version_value(const struct version_item *items, const struct version_rec *r,
              const char *field)
{
	for (size_t i = r->at; i < r->at + r->n; i++)
		if (strcmp(items[i].field, field) == 0)
			return items[i].value;
	return NULL;
}

static void
version_compare(const struct version_spec *s, const struct version_item *a,
                size_t na, const struct version_item *b, size_t nb,
                struct version_changes *c)
{
	size_t nra, nrb;
	struct version_rec *ra = version_recs(a, na, &nra);
	struct version_rec *rb = version_recs(b, nb, &nrb);

	for (size_t i = 0; i < nrb; i++) {
		const struct version_rec *was = version_rec_find(ra, nra,
		    rb[i].key);

		if (was == NULL) {
			version_change(c, rb[i].key, "Record", NULL, "added");
			continue;
		}
		for (size_t k = rb[i].at; k < rb[i].at + rb[i].n; k++) {
			const char *old = version_value(a, was, b[k].field);

			if (old == NULL || strcmp(old, b[k].value) != 0)
				version_change(c, rb[i].key, version_label(s,
				    b[k].field), old, b[k].value);
		}
	}
	for (size_t i = 0; i < nra; i++)
		if (version_rec_find(rb, nrb, ra[i].key) == NULL)
			version_change(c, ra[i].key, "Record", "present",
			    "removed");
	free(ra);
	free(rb);
}

/* The items of version v (0: the register now). */
static enum isms_status
version_items(struct isms *m, const struct version_spec *s, int v,
              struct version_item **items, size_t *n, char **cause)
{
	enum isms_status rc;

	if (v == 0)
		return version_now(m, s, items, n, cause);
	rc = store_version_items(isms_db(m), s->name, v, items, n, cause);
	if (rc == ISMS_NOT_FOUND)
		rc = status_fail(cause, rc, "%s: there is no version %d "
		    "(isms %s versions lists them)", s->title, v, s->name);
	return rc;
}

enum isms_status
version_diff(struct isms *m, const struct version_spec *s, int v1, int v2,
             struct change_row **rows, size_t *n, char **cause)
{
	struct version_item *a = NULL, *b = NULL;
	struct version_changes c = { NULL, 0, 0 };
	size_t na = 0, nb = 0;
	int last = 0;
	enum isms_status rc = isms_require_schema(m, ISMS_SCHEMA_DOCUMENTS,
	    "approved versions", cause);

	if (rc == ISMS_OK)
		rc = store_version_last(isms_db(m), s->name, &last, cause);

	*rows = NULL;
	*n = 0;
	if (rc == ISMS_OK && v1 == 0 && last == 0)
		rc = status_fail(cause, ISMS_NOT_FOUND, "%s: no version is "
		    "approved yet (isms %s approve)", s->title, s->name);
	if (rc == ISMS_OK)
		rc = version_items(m, s, v1 != 0 ? v1 : last, &a, &na, cause);
	if (rc == ISMS_OK)
		rc = version_items(m, s, v2, &b, &nb, cause);
	if (rc == ISMS_OK)
		version_compare(s, a, na, b, nb, &c);
	version_items_free(a, na);
	version_items_free(b, nb);
	*rows = c.rows;
	*n = c.n;
	return rc;
}

/* ---- approving ---- */

/* The next major version of a document approved before ("2.0" after
 * "1.3"); its version as it stands when it never was. */
static void
version_doc_next(const struct document_row *d, char *out, size_t size)
{
	if (d->approved_version == NULL || d->approved_version[0] == '\0')
		snprintf(out, size, "%s", d->version);
	else
		snprintf(out, size, "%d.0", atoi(d->approved_version) + 1);
}

/* Approve the document of the register's required document, when one
 * satisfies it, as holding the frozen content of hash hex. */
static enum isms_status
version_document(struct isms *m, const struct version_spec *s,
                 const char *by, int version, const char *hex, char **cause)
{
	struct document_row d = { 0 };
	struct rec_patch p = { .v = { [DOC_SHA256] = hex } };
	char next[24], *summary;
	enum isms_status rc = document_for_required(m, s->requirement, s->item,
	    &d, cause);

	if (rc == ISMS_NOT_FOUND)
		return ISMS_OK;
	if (rc != ISMS_OK)
		return rc;
	version_doc_next(&d, next, sizeof next);
	summary = xasprintf("%s version %d", s->title, version);
	rc = reg_set_model(m, &reg_document, d.ref, &p, -1, NULL, NULL, cause);
	if (rc == ISMS_OK)
		rc = document_approve(m, d.ref, by, strcmp(next, d.version) !=
		    0 ? next : NULL, summary, NULL, cause);
	free(summary);
	document_row_done(&d);
	return rc;
}

/* Whether the items are those of version last. */
static enum isms_status
version_unchanged(struct isms *m, const struct version_spec *s, int last,
                  const char *hex, bool *same, char **cause)
{
	struct version_row *rows = NULL;
	size_t n = 0;
	enum isms_status rc = ISMS_OK;

	*same = false;
	if (last == 0)
		return ISMS_OK;
	rc = store_version_list(isms_db(m), s->name, &rows, &n, cause);
	if (rc == ISMS_OK && n > 0)
		*same = strcmp(rows[n - 1].sha256, hex) == 0;
	rec_free(&rec_version, rows, n);
	return rc;
}

static enum isms_status
version_store(struct isms *m, const struct version_spec *s, const char *by,
              const char *note, int *version, char **cause)
{
	struct version_item *items = NULL;
	struct version_row v = { 0 };
	struct row_author a;
	char hex[HASH_HEX], today[11], at[21], *name = NULL;
	size_t n = 0;
	int last = 0;
	bool same = false;
	enum isms_status rc = store_version_last(isms_db(m), s->name, &last,
	    cause);

	if (rc == ISMS_OK)
		rc = version_now(m, s, &items, &n, cause);
	if (rc == ISMS_OK)
		version_hash(s, items, n, hex);
	if (rc == ISMS_OK)
		rc = version_unchanged(m, s, last, hex, &same, cause);
	if (rc == ISMS_OK && same)
		rc = status_fail(cause, ISMS_INVALID, "%s: nothing changed "
		    "since version %d", s->title, last);
	if (rc == ISMS_OK)
		rc = person_canonical(m, by, &name, cause);
	date_today(today);
	isms_author(&a, at);
	v.version = *version = last + 1;
	v.approved_by = name != NULL ? name : (char *)by;
	v.approved_on = today;
	v.note = (char *)note;
	v.sha256 = hex;
	if (rc == ISMS_OK)
		rc = store_version_insert(isms_db(m), s->name, &v, items, n, &a,
		    cause);
	if (rc == ISMS_OK)
		rc = version_document(m, s, v.approved_by, v.version, hex,
		    cause);
	free(name);
	version_items_free(items, n);
	return rc;
}

enum isms_status
version_approve(struct isms *m, const struct version_spec *s, const char *by,
                const char *note, int *version, char **cause)
{
	struct db *db = isms_db(m);
	enum isms_status rc;

	*version = 0;
	if (by == NULL || by[0] == '\0')
		return status_fail(cause, ISMS_USAGE, "%s: say who approves it "
		    "(--by NAME)", s->title);
	if ((rc = isms_require_writable(m, cause)) != ISMS_OK ||
	    (rc = isms_text_check(s->title, "approver", by, true, cause)) !=
	    ISMS_OK || (note != NULL && (rc = isms_text_check(s->title,
	    "note", note, true, cause)) != ISMS_OK) ||
	    (rc = db_begin(db, cause)) != ISMS_OK)
		return rc;
	rc = version_store(m, s, by, note, version, cause);
	if (rc == ISMS_OK)
		return db_commit(db, cause);
	db_rollback(db);
	*version = 0;
	return rc;
}

enum isms_status
version_list(struct isms *m, const struct version_spec *s,
             struct version_row **rows, size_t *n, char **cause)
{
	*rows = NULL;
	*n = 0;
	/* an older file, read as it is, has no versions */
	if (isms_schema(m) < ISMS_SCHEMA_DOCUMENTS)
		return ISMS_OK;
	return store_version_list(isms_db(m), s->name, rows, n, cause);
}

/* ---- where it stands ---- */

void
version_state_done(struct version_state *st)
{
	for (size_t i = 0; i < st->n_keys; i++)
		free(st->keys[i]);
	free(st->keys);
	free(st->approved_by);
	free(st->approved_on);
	memset(st, 0, sizeof *st);
}

enum isms_status
version_state(struct isms *m, const struct version_spec *s,
              struct version_state *out, char **cause)
{
	struct version_row *rows = NULL;
	struct change_row *ch = NULL;
	size_t n = 0, nc = 0;
	enum isms_status rc = version_list(m, s, &rows, &n, cause);

	memset(out, 0, sizeof *out);
	if (rc == ISMS_OK && n > 0) {
		out->last = rows[n - 1].version;
		out->approved_by = xstrdup(rows[n - 1].approved_by);
		out->approved_on = xstrdup(rows[n - 1].approved_on);
		rc = version_diff(m, s, out->last, 0, &ch, &nc, cause);
	}
	out->keys = xcalloc(nc + 1, sizeof *out->keys);
	for (size_t i = 0; rc == ISMS_OK && i < nc; i++)
		if (!version_state_changed(out, ch[i].key))
			out->keys[out->n_keys++] = xstrdup(ch[i].key);
	rec_free(&rec_change, ch, nc);
	rec_free(&rec_version, rows, n);
	if (rc != ISMS_OK)
		version_state_done(out);
	return rc;
}

bool
version_state_changed(const struct version_state *st, const char *key)
{
	for (size_t i = 0; i < st->n_keys; i++)
		if (strcmp(st->keys[i], key) == 0)
			return true;
	return false;
}
