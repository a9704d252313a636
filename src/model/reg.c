/*
 * reg.c - the operations every register shares, from its descriptor and
 * hooks: get, list, add, set and rm, each checked and written under one
 * write lock, with history.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms_db.h"
#include "reg_int.h"
#include "isms/util/xmalloc.h"

const struct rec_desc *
reg_desc(const struct reg *r)
{
	return r->d;
}

int
reg_first_field(const struct reg *r)
{
	return r->first_field;
}

bool
reg_can_add(const struct reg *r)
{
	return r->insert != NULL;
}

bool
reg_can_rm(const struct reg *r)
{
	return r->remove != NULL;
}

enum isms_status
reg_list(struct isms *m, const struct reg *r, const char *text, void **rows,
         size_t *n, char **cause)
{
	return r->list(m, text, rows, n, cause);
}

enum isms_status
reg_get(struct isms *m, const struct reg *r, const char *key, void *row,
        char **cause)
{
	return r->get(m, key, row, cause);
}

void
reg_key(const struct reg *r, const void *row, char *buf, size_t size)
{
	r->key(row, buf, size);
}

/* Run fn in one write transaction of m: commit when it succeeds. */
static enum isms_status
reg_locked(struct isms *m, enum isms_status rc, char **cause)
{
	struct db *db = isms_db(m);

	if (rc == ISMS_OK)
		return db_commit(db, cause);
	db_rollback(db);
	return rc;
}

/* The plan of p for cur (NULL: a new record): values, then what they
 * bring along, then the register's rules.  With stale (the record moved
 * on since it was read) only the values are checked: the write is a
 * conflict, which row_update() reports, and the rules would judge a
 * record the user has not seen. */
static enum isms_status
reg_plan(struct isms *m, const struct reg *r, const char *key,
         const struct rec_patch *p, const void *cur, bool stale,
         bool model, struct plan *plan, char **cause)
{
	enum isms_status rc;

	plan_init(plan, r->d);
	plan->model = model;
	rc = plan_make(plan, m, r->hooks, key, p, cur, cause);
	if (rc == ISMS_OK && !stale && r->amend != NULL)
		rc = r->amend(m, cur, plan, cause);
	if (rc == ISMS_OK && !stale && r->rules != NULL)
		rc = r->rules(m, cur, plan, cause);
	return rc;
}

void
reg_changes_done(struct reg_changes *c)
{
	for (size_t i = 0; i < c->n; i++) {
		free(c->ch[i].was);
		free(c->ch[i].now);
	}
	c->n = 0;
}

/* The changes of plan that alter cur, into out. */
static void
reg_note_changes(const struct reg *r, const void *cur, const struct plan *p,
                 struct reg_changes *out)
{
	for (size_t i = 0; i < p->n && out->n < REC_FIELDS_MAX; i++) {
		char buf[24];
		const char *was = rec_value(r->d, cur, p->ch[i].field, buf,
		    sizeof buf);
		const char *now = p->ch[i].value;

		if (strcmp(was != NULL ? was : "", now != NULL ? now : "") == 0)
			continue;
		out->ch[out->n].field = p->ch[i].field;
		out->ch[out->n].was = xstrdup(was != NULL ? was : "");
		out->ch[out->n++].now = xstrdup(now != NULL ? now : "");
	}
}

/* What a write does besides the patch: the rev it gives (may be NULL),
 * the changes it reports (may be NULL), whether the model writes (then p
 * may set fixed fields and derived terms), and then (may be NULL), run
 * after the write in the same transaction. */
struct reg_write {
	int64_t *new_rev;
	struct reg_changes *out;
	bool model;
	reg_then_fn then;
	void *ctx;
};

static enum isms_status reg_write(struct isms *m, const struct reg *r,
                                  const char *key, const struct rec_patch *p,
                                  int64_t expected_rev,
                                  const struct reg_write *w, char **cause);

enum isms_status
reg_set(struct isms *m, const struct reg *r, const char *key,
        const struct rec_patch *p, int64_t expected_rev, int64_t *new_rev,
        char **cause)
{
	struct reg_write w = { .new_rev = new_rev };

	return reg_write(m, r, key, p, expected_rev, &w, cause);
}

enum isms_status
reg_set_changes(struct isms *m, const struct reg *r, const char *key,
                const struct rec_patch *p, int64_t expected_rev,
                struct reg_changes *out, char **cause)
{
	struct reg_write w = { .out = out };

	return reg_write(m, r, key, p, expected_rev, &w, cause);
}

enum isms_status
reg_set_model(struct isms *m, const struct reg *r, const char *key,
              const struct rec_patch *p, int64_t expected_rev,
              reg_then_fn then, void *ctx, char **cause)
{
	struct reg_write w = { .model = true, .then = then, .ctx = ctx };

	return reg_write(m, r, key, p, expected_rev, &w, cause);
}

static enum isms_status
reg_write(struct isms *m, const struct reg *r, const char *key,
          const struct rec_patch *p, int64_t expected_rev,
          const struct reg_write *w, char **cause)
{
	void *cur = xcalloc(1, r->d->size);
	struct row_author author;
	struct plan plan;
	char at[21], name[64];
	enum isms_status rc;

	if (w->out != NULL)
		memset(w->out, 0, sizeof *w->out);
	plan_init(&plan, r->d);
	if ((rc = isms_require_writable(m, cause)) != ISMS_OK ||
	    (rc = db_begin(isms_db(m), cause)) != ISMS_OK) {
		free(cur);
		return rc;
	}
	rc = r->get(m, key, cur, cause);
	if (rc == ISMS_OK) {
		r->key(cur, name, sizeof name);
		/* A stale rev is row_update()'s conflict; the rules look at the
		 * record as it stands now. */
		rc = reg_plan(m, r, name, p, cur, expected_rev >= 0 &&
		    expected_rev != rec_rev(r->d, cur), w->model, &plan, cause);
	}
	if (rc == ISMS_OK) {
		isms_author(&author, at);
		rc = row_update(isms_db(m), r->d, rec_id(r->d, cur), name,
		    expected_rev >= 0 ? expected_rev : rec_rev(r->d, cur),
		    plan.ch, plan.n, &author, w->new_rev, cause);
	}
	if (rc == ISMS_OK && r->written != NULL)
		rc = r->written(m, rec_id(r->d, cur), &plan, cause);
	if (rc == ISMS_OK && w->then != NULL)
		rc = w->then(m, cur, &author, w->ctx, cause);
	if (rc == ISMS_OK && w->out != NULL) {
		snprintf(w->out->key, sizeof w->out->key, "%s", name);
		reg_note_changes(r, cur, &plan, w->out);
	}
	plan_done(&plan);
	rec_done(r->d, cur);
	free(cur);
	return reg_locked(m, rc, cause);
}

/* How messages name a record that has no key yet. */
static void
reg_new_name(const struct reg *r, const struct rec_patch *p, char *buf,
             size_t size)
{
	if (r->name_field >= 0 && p->v[r->name_field] != NULL &&
	    p->v[r->name_field][0] != '\0')
		snprintf(buf, size, "%s", p->v[r->name_field]);
	else
		snprintf(buf, size, "new %s", r->d->noun);
}

/* Every required field is given. */
static enum isms_status
reg_required(const struct reg *r, const struct rec_patch *p,
             const char *name, char **cause)
{
	for (size_t i = 0; i < r->d->n_fields; i++) {
		const struct rec_field *f = &r->d->fields[i];

		/* terms, counts and flags have their defaults */
		if ((f->flags & REC_REQUIRED) && f->kind != REC_TERM &&
		    f->kind != REC_NUMBER && f->kind != REC_FLAG &&
		    !(f->flags & (REC_DERIVED | REC_FIXED)) &&
		    p->v[i] == NULL) {
			struct rec_patch empty = { .v = { NULL } };
			struct plan plan;
			enum isms_status rc;

			empty.v[i] = "";
			plan_init(&plan, r->d);
			rc = plan_make(&plan, NULL, NULL, name, &empty, NULL,
			    cause);
			plan_done(&plan);
			return rc;
		}
	}
	return ISMS_OK;
}

enum isms_status
reg_add(struct isms *m, const struct reg *r, const struct rec_patch *p,
        char **key, char **cause)
{
	struct row_author author;
	struct plan plan;
	char at[21], name[64];
	int64_t id = 0;
	enum isms_status rc;

	*key = NULL;
	if (r->insert == NULL)
		return status_fail(cause, ISMS_USAGE, "records of the %s are "
		    "not added one by one", r->d->noun);
	if ((rc = isms_require_writable(m, cause)) != ISMS_OK)
		return rc;
	reg_new_name(r, p, name, sizeof name);
	plan_init(&plan, r->d);
	if ((rc = reg_required(r, p, name, cause)) == ISMS_OK)
		rc = reg_plan(m, r, name, p, NULL, false, false, &plan, cause);
	if (rc == ISMS_OK && (rc = db_begin(isms_db(m), cause)) == ISMS_OK) {
		isms_author(&author, at);
		rc = r->insert(m, p, &plan, &author, &id, key, cause);
		if (rc == ISMS_OK)
			rc = row_fill(isms_db(m), r->d, id, *key, plan.ch,
			    plan.n, &author, cause);
		if (rc == ISMS_OK && r->written != NULL)
			rc = r->written(m, id, &plan, cause);
		rc = reg_locked(m, rc, cause);
	}
	plan_done(&plan);
	if (rc != ISMS_OK) {
		free(*key);
		*key = NULL;
	}
	return rc;
}

char *
reg_warning(struct isms *m, const struct reg *r, const char *key)
{
	void *row;
	char *cause = NULL, *w = NULL;

	if (r->warn == NULL)
		return NULL;
	row = xcalloc(1, r->d->size);
	if (r->get(m, key, row, &cause) == ISMS_OK)
		w = r->warn(m, row);
	free(cause);
	rec_done(r->d, row);
	free(row);
	return w;
}

enum isms_status
reg_rm(struct isms *m, const struct reg *r, const char *key, bool force,
       char **cause)
{
	void *cur;
	struct row_author author;
	char at[21];
	enum isms_status rc;

	if (r->remove == NULL)
		return status_fail(cause, ISMS_USAGE, "records of the %s are "
		    "not deleted", r->d->noun);
	if ((rc = isms_require_writable(m, cause)) != ISMS_OK ||
	    (rc = db_begin(isms_db(m), cause)) != ISMS_OK)
		return rc;
	cur = xcalloc(1, r->d->size);
	rc = r->get(m, key, cur, cause);
	if (rc == ISMS_OK && !force && r->in_use != NULL)
		rc = r->in_use(m, cur, cause);
	if (rc == ISMS_OK) {
		isms_author(&author, at);
		rc = r->remove(m, cur, &author, cause);
	}
	rec_done(r->d, cur);
	free(cur);
	return reg_locked(m, rc, cause);
}
