/*
 * document.c - the documented-information register (7.5) as a register:
 * a document is found by reference or number and named DOC-001 on, never
 * reused; its next review, disposal date, stale approval and flags are
 * derived here as of today; the rules keep a version major.minor, a
 * retention in months or permanent, an approver other than the owner
 * (or an exception on record), a disposed record as it was, and an
 * approved document from being deleted.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isms/db/store_document.h"
#include "isms/model/document_int.h"
#include "isms_db.h"
#include "isms/model/person.h"
#include "reg_int.h"
#include "isms/util/buf.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

static bool
doc_empty(const char *s)
{
	return s == NULL || s[0] == '\0';
}

/* A date of the row, or NULL when it holds none that is valid. */
static char *
doc_date_after(const char *from, int months)
{
	char out[11];

	if (!date_valid(from) || months < 0)
		return NULL;
	date_add_months(from, months, out);
	return xstrdup(out);
}

/* The date retention counts from. */
static const char *
doc_retention_start(const struct document_row *r)
{
	if (doc_empty(r->retention_from) ||
	    strcmp(r->retention_from, "created") == 0)
		return r->created_on;
	if (strcmp(r->retention_from, "superseded") == 0)
		return r->superseded_on;
	return r->closed_on;
}

static void
doc_flag(struct buf *b, const char *flag)
{
	buf_printf(b, "%s%s", b->len ? ", " : "", flag);
}

void
document_derive(struct document_row *r, const char *today)
{
	bool live = !doc_empty(r->status) && strcmp(r->status, "retired") != 0
	    && doc_empty(r->disposed_on);
	struct buf b;

	r->stale = r->status != NULL && strcmp(r->status, "approved") == 0 &&
	    (strcmp(r->version ? r->version : "", r->approved_version ?
	    r->approved_version : "") != 0 || strcmp(r->sha256 ? r->sha256 :
	    "", r->approved_sha256 ? r->approved_sha256 : "") != 0);
	free(r->next_review);
	r->next_review = live ? doc_date_after(r->reviewed_on,
	    r->review_months) : NULL;
	free(r->dispose_after);
	r->dispose_after = NULL;
	if (!doc_empty(r->retention) && isdigit((unsigned char)r->retention[0]))
		r->dispose_after = doc_date_after(doc_retention_start(r),
		    atoi(r->retention));
	buf_init(&b);
	if (r->stale)
		doc_flag(&b, "approval stale");
	if (r->next_review != NULL && strcmp(r->next_review, today) <= 0)
		doc_flag(&b, "review due");
	if (!doc_empty(r->disposed_on))
		doc_flag(&b, "disposed");
	else if (r->dispose_after != NULL &&
	    strcmp(r->dispose_after, today) <= 0)
		doc_flag(&b, "disposal due");
	free(r->flags);
	r->flags = buf_take(&b);
}

bool
document_satisfies(const struct document_row *r, const char *kind,
                   const char *today, const char **why)
{
	bool record = strstr(kind, "record") != NULL;

	*why = NULL;
	if (!doc_empty(r->disposed_on))
		*why = "disposed";
	else if (strcmp(r->status, "retired") == 0)
		*why = "retired";
	else if (record && (r->next_review == NULL ||
	    strcmp(r->next_review, today) < 0))
		*why = "no version or review within its interval";
	else if (!record && strcmp(r->status, "approved") != 0)
		*why = "not approved";
	else if (!record && r->stale)
		*why = "approval stale";
	return *why == NULL;
}

bool
document_retention(const char *in, char *out, size_t size)
{
	char *end;
	long months;

	while (*in == ' ')
		in++;
	if (*in == '\0' || strcasecmp(in, "permanent") == 0) {
		snprintf(out, size, "%s", *in ? "permanent" : "");
		return true;
	}
	months = strtol(in, &end, 10);
	if (end == in || months < 1 || months > 12000)
		return false;
	while (*end == ' ')
		end++;
	if (*end != '\0' && strcasecmp(end, "months") != 0 &&
	    strcasecmp(end, "month") != 0)
		return false;
	snprintf(out, size, "%ld", months);
	return true;
}

/* ---- the register ---- */

static void
doc_derive_all(struct document_row *rows, size_t n)
{
	char today[11];

	date_today(today);
	for (size_t i = 0; i < n; i++)
		document_derive(&rows[i], today);
}

static enum isms_status
doc_list(struct isms *m, const char *text, void **rows, size_t *n,
         char **cause)
{
	enum isms_status rc = isms_require_schema(m, ISMS_SCHEMA_DOCUMENTS,
	    "documents", cause);

	*rows = NULL;
	*n = 0;
	if (rc == ISMS_OK)
		rc = store_document_list(isms_db(m), text,
		    (struct document_row **)rows, n, cause);

	if (rc == ISMS_OK)
		doc_derive_all(*rows, *n);
	return rc;
}

static enum isms_status
doc_get(struct isms *m, const char *key, void *row, char **cause)
{
	enum isms_status rc = isms_require_schema(m, ISMS_SCHEMA_DOCUMENTS,
	    "documents", cause);

	if (rc == ISMS_OK)
		rc = store_document_get(isms_db(m), key, row, cause);

	if (rc == ISMS_OK)
		doc_derive_all(row, 1);
	return rc;
}

static void
doc_key(const void *row, char *buf, size_t size)
{
	snprintf(buf, size, "%s", ((const struct document_row *)row)->ref);
}

/* A version is major.minor, both numbers. */
static bool
doc_version_valid(const char *v)
{
	size_t a = strspn(v, "0123456789"), b;

	if (a == 0 || v[a] != '.')
		return false;
	b = strspn(v + a + 1, "0123456789");
	return b > 0 && v[a + 1 + b] == '\0';
}

static enum isms_status
doc_amend(struct isms *m, const void *row, struct plan *p, char **cause)
{
	const struct document_row *cur = row;
	const char *ret = plan_has(p, DOC_RETENTION) ? plan_value(p,
	    DOC_RETENTION, cur, NULL, 0) : NULL;
	const char *status = plan_value(p, DOC_STATUS, cur, NULL, 0);
	char canon[16], today[11];

	(void)m;
	if (ret != NULL && !document_retention(ret, canon, sizeof canon))
		return status_fail(cause, ISMS_INVALID, "%s: retention '%s' is "
		    "neither a number of months nor permanent",
		    cur != NULL ? cur->ref : "new document", ret);
	if (ret != NULL)
		plan_add(p, DOC_RETENTION, canon);
	/* retiring supersedes it, from today unless the date is given */
	if (plan_has(p, DOC_STATUS) && status != NULL &&
	    strcmp(status, "retired") == 0 && !plan_has(p, DOC_SUPERSEDED) &&
	    (cur == NULL || cur->superseded_on == NULL)) {
		date_today(today);
		plan_add(p, DOC_SUPERSEDED, today);
	}
	return ISMS_OK;
}

/* An approval needs a second person, or the exception on record. */
static enum isms_status
doc_rules_people(struct isms *m, const struct document_row *cur,
                 const struct plan *p, const char *key, char **cause)
{
	const char *owner = plan_value(p, DOC_OWNER, cur, NULL, 0);
	const char *approver = plan_value(p, DOC_APPROVER, cur, NULL, 0);
	const char *by = plan_value(p, DOC_APPROVED_BY, cur, NULL, 0);
	const char *exc = plan_value(p, DOC_EXCEPTION, cur, NULL, 0);
	bool named = plan_has(p, DOC_APPROVER) || plan_has(p, DOC_OWNER);
	enum isms_status rc = ISMS_OK;
	bool same = false;

	if (!doc_empty(exc))
		return ISMS_OK;
	if (plan_has(p, DOC_APPROVED_BY))
		rc = person_compare(m, by, owner, &same, cause);
	if (rc != ISMS_OK || same)
		return rc != ISMS_OK ? rc : status_fail(cause, ISMS_INVALID,
		    "%s: %s owns it and cannot approve it too; another person "
		    "approves it, or record why one person may (--exception "
		    "TEXT)", key, by);
	if (named)
		rc = person_compare(m, approver, owner, &same, cause);
	if (rc != ISMS_OK || same)
		return rc != ISMS_OK ? rc : status_fail(cause, ISMS_INVALID,
		    "%s: the approver (%s) is its owner; name another person, "
		    "or record why one person may (--exception TEXT)", key,
		    approver);
	return ISMS_OK;
}

static enum isms_status
doc_rules(struct isms *m, const void *row, const struct plan *p,
          char **cause)
{
	const struct document_row *cur = row;
	const char *key = cur != NULL ? cur->ref : "new document";
	const char *v = plan_value(p, DOC_VERSION, cur, NULL, 0);

	if (cur != NULL && !doc_empty(cur->disposed_on) && !p->model)
		return status_fail(cause, ISMS_INVALID, "%s: disposed of on "
		    "%s; its record is kept as it is", key, cur->disposed_on);
	if (plan_has(p, DOC_VERSION) && v != NULL && !doc_version_valid(v))
		return status_fail(cause, ISMS_INVALID, "%s: version '%s' is "
		    "not major.minor (1.0, 2.3)", key, v);
	return doc_rules_people(m, cur, p, key, cause);
}

static enum isms_status
doc_insert(struct isms *m, const struct rec_patch *rp, const struct plan *p,
           const struct row_author *a, int64_t *id, char **key, char **cause)
{
	char today[11];

	(void)p;
	date_today(today);
	return store_document_insert(isms_db(m), rp->v[DOC_TITLE], today, a,
	    id, key, cause);
}

static enum isms_status
doc_remove(struct isms *m, const void *row, const struct row_author *a,
           char **cause)
{
	const struct document_row *r = row;

	if (strcmp(r->status, "approved") == 0)
		return status_fail(cause, ISMS_CONFLICT, "%s: approved "
		    "documents are not deleted; retire it (--status retired)",
		    r->ref);
	if (!doc_empty(r->disposed_on))
		return status_fail(cause, ISMS_CONFLICT, "%s: disposed of on "
		    "%s; its record is kept", r->ref, r->disposed_on);
	return store_document_delete(isms_db(m), r->id, r->ref, a, cause);
}

const struct reg reg_document = {
	.d = &rec_document,
	.name_field = DOC_TITLE,
	.first_field = DOC_TITLE,
	.list = doc_list,
	.get = doc_get,
	.key = doc_key,
	.amend = doc_amend,
	.rules = doc_rules,
	.insert = doc_insert,
	.remove = doc_remove,
};
