/*
 * document_act.c - what is done to a document besides editing it:
 * approving it (with a version row), reviewing it without change,
 * recording and checking the hash of its file, disposing of it, linking
 * it, and its versions.  Each is one write of the model through
 * reg_set_model(), so the register's rules judge it as they judge edits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isms/db/store_document.h"
#include "isms/model/clause.h"
#include "isms/model/document_int.h"
#include "isms_db.h"
#include "isms/model/person.h"
#include "reg_int.h"
#include "isms/model/risk.h"
#include "isms/model/soa.h"
#include "isms/util/date.h"
#include "isms/util/hash.h"
#include "isms/util/user.h"
#include "isms/util/xmalloc.h"

static bool
act_empty(const char *s)
{
	return s == NULL || s[0] == '\0';
}

/* The document as it is now, for the checks before a write. */
static enum isms_status
act_get(struct isms *m, const char *key, struct document_row *r,
        char **cause)
{
	memset(r, 0, sizeof *r);
	return reg_get(m, &reg_document, key, r, cause);
}

/* A retired or disposed document is not approved or reviewed again. */
static enum isms_status
act_live(const struct document_row *r, const char *what, char **cause)
{
	if (!act_empty(r->disposed_on))
		return status_fail(cause, ISMS_INVALID, "%s: disposed of on "
		    "%s; it is not %s", r->ref, r->disposed_on, what);
	if (strcmp(r->status, "retired") == 0)
		return status_fail(cause, ISMS_INVALID, "%s: retired; it is "
		    "not %s (set another status first)", r->ref, what);
	return ISMS_OK;
}

/* What a version row keeps of the document after the write: kind, the
 * summary, and who approved or reviewed it. */
struct act_version {
	const char *kind, *summary;
	const char *by;               /* a review's: NULL for the user */
};

static enum isms_status
act_keep_version(struct isms *m, const void *cur, const struct row_author *a,
                 void *ctx, char **cause)
{
	const struct act_version *av = ctx;
	const struct document_row *was = cur;
	struct document_row now;
	char today[11];
	enum isms_status rc = act_get(m, was->ref, &now, cause);
	struct docver_row v = { 0 };

	if (rc != ISMS_OK)
		return rc;
	date_today(today);
	v.kind = (char *)av->kind;
	v.version = now.version;
	v.on_date = today;
	v.summary = (char *)av->summary;
	v.sha256 = now.sha256;
	v.owner = now.owner;
	v.review_months = now.review_months;
	if (strcmp(av->kind, "approval") == 0)
		v.approver = xstrdup(now.approved_by);
	else
		rc = person_canonical(m, av->by != NULL ? av->by : a->who,
		    &v.approver, cause);
	if (rc == ISMS_OK && v.approver == NULL)
		v.approver = xstrdup(av->by != NULL ? av->by : a->who);
	if (rc == ISMS_OK)
		rc = store_docver_insert(isms_db(m), now.id, now.ref, &v, a,
		    cause);
	free(v.approver);
	document_row_done(&now);
	return rc;
}

enum isms_status
document_approve(struct isms *m, const char *key, const char *by,
                 const char *version, const char *summary,
                 const char *exception, char **cause)
{
	struct document_row r;
	struct rec_patch p = { .v = { NULL } };
	struct act_version av = { "approval", summary, NULL };
	char today[11];
	enum isms_status rc = act_get(m, key, &r, cause);

	if (rc == ISMS_OK)
		rc = act_live(&r, "approved", cause);
	if (rc == ISMS_OK && act_empty(by) && act_empty(r.approver))
		rc = status_fail(cause, ISMS_USAGE, "%s: say who approves it "
		    "(--by NAME, or set its approver)", r.ref);
	if (rc == ISMS_OK && strcmp(r.status, "approved") == 0 && !r.stale &&
	    (version == NULL || strcmp(version, r.version) == 0))
		rc = status_fail(cause, ISMS_INVALID, "%s: version %s is "
		    "approved already; give the new --version, or record a "
		    "review without change (isms doc review)", r.ref,
		    r.version);
	date_today(today);
	p.v[DOC_STATUS] = "approved";
	p.v[DOC_APPROVED_BY] = !act_empty(by) ? by : r.approver;
	p.v[DOC_APPROVED_ON] = today;
	p.v[DOC_VERSION] = version;
	p.v[DOC_APPROVED_VERSION] = version != NULL ? version : r.version;
	p.v[DOC_APPROVED_SHA256] = r.sha256;
	p.v[DOC_REVIEWED] = today;
	p.v[DOC_EXCEPTION] = exception;
	if (rc == ISMS_OK)
		rc = reg_set_model(m, &reg_document, r.ref, &p, r.rev,
		    act_keep_version, &av, cause);
	document_row_done(&r);
	return rc;
}

enum isms_status
document_review(struct isms *m, const char *key, const char *by,
                const char *note, char **cause)
{
	struct document_row r;
	struct rec_patch p = { .v = { NULL } };
	struct act_version av = { "review", note != NULL ? note :
	    "reviewed, no change", by };
	char today[11];
	enum isms_status rc = act_get(m, key, &r, cause);

	if (rc == ISMS_OK)
		rc = act_live(&r, "reviewed", cause);
	if (rc == ISMS_OK && strcmp(r.kind, "document") == 0 &&
	    strcmp(r.status, "approved") != 0)
		rc = status_fail(cause, ISMS_INVALID, "%s: a document is "
		    "reviewed once it is approved (isms doc approve)", r.ref);
	date_today(today);
	p.v[DOC_REVIEWED] = today;
	if (rc == ISMS_OK)
		rc = reg_set_model(m, &reg_document, r.ref, &p, r.rev,
		    act_keep_version, &av, cause);
	document_row_done(&r);
	return rc;
}

enum isms_status
document_hash(struct isms *m, const char *key, const char *path,
              char hex[65], char **cause)
{
	struct rec_patch p = { .v = { NULL } };
	enum isms_status rc = hash_file(path, hex, cause);

	p.v[DOC_SHA256] = hex;
	if (rc == ISMS_OK)
		rc = reg_set_model(m, &reg_document, key, &p, -1, NULL, NULL,
		    cause);
	return rc;
}

enum isms_status
document_verify(struct isms *m, const char *key, const char *path,
                char **cause)
{
	struct document_row r;
	char hex[65];
	enum isms_status rc = act_get(m, key, &r, cause);

	if (rc == ISMS_OK && act_empty(r.sha256))
		rc = status_fail(cause, ISMS_INVALID, "%s: no hash is recorded "
		    "(isms doc hash %s FILE records one)", r.ref, r.ref);
	if (rc == ISMS_OK)
		rc = hash_file(path, hex, cause);
	if (rc == ISMS_OK && strcmp(hex, r.sha256) != 0)
		rc = status_fail(cause, ISMS_NEGATIVE, "%s: %s is not the file "
		    "recorded (SHA-256 %s, recorded %s)", r.ref, path, hex,
		    r.sha256);
	document_row_done(&r);
	return rc;
}

/* The tombstone: what was disposed of, by whom, when and how; and why
 * it was forced, when it was. */
struct act_dispose {
	const char *method, *reason;
};

static enum isms_status
act_tombstone(struct isms *m, const void *cur, const struct row_author *a,
              void *ctx, char **cause)
{
	const struct document_row *r = cur;
	const struct act_dispose *d = ctx;
	char today[11], *stone;
	enum isms_status rc;

	date_today(today);
	stone = xasprintf("%s \"%s\" (SHA-256 %s) disposed of on %s by %s: %s",
	    r->ref, r->title, act_empty(r->sha256) ? "none recorded" :
	    r->sha256, today, a->who, d->method);
	rc = row_history(isms_db(m), a, "document", r->ref, "disposed", NULL,
	    stone, cause);
	free(stone);
	if (rc == ISMS_OK && d->reason != NULL)
		rc = row_history(isms_db(m), a, "document", r->ref,
		    "disposal forced", r->dispose_after, d->reason, cause);
	return rc;
}

enum isms_status
document_dispose(struct isms *m, const char *key, const char *method,
                 bool force, const char *reason, char **cause)
{
	struct document_row r;
	struct rec_patch p = { .v = { NULL } };
	struct act_dispose d = { method, force ? reason : NULL };
	char today[11];
	enum isms_status rc = act_get(m, key, &r, cause);

	date_today(today);
	if (rc == ISMS_OK && force && act_empty(reason))
		rc = status_fail(cause, ISMS_USAGE, "%s: a forced disposal "
		    "needs the reason the history keeps (--reason TEXT)",
		    r.ref);
	else if (rc == ISMS_OK && !act_empty(r.disposed_on))
		rc = status_fail(cause, ISMS_INVALID, "%s: disposed of "
		    "already, on %s", r.ref, r.disposed_on);
	else if (rc == ISMS_OK && strcmp(r.status, "approved") == 0)
		rc = status_fail(cause, ISMS_INVALID, "%s: approved, so in "
		    "force; retire it first (--status retired)", r.ref);
	else if (rc == ISMS_OK && !force && (r.dispose_after == NULL ||
	    strcmp(r.dispose_after, today) > 0))
		rc = status_fail(cause, ISMS_INVALID, "%s: %s%s; it is kept "
		    "until then (--force --reason TEXT disposes of it now, and "
		    "the history keeps why)", r.ref, r.dispose_after != NULL ?
		    "to be disposed of after " : "no disposal date (retention "
		    "not set or not yet started)", r.dispose_after != NULL ?
		    r.dispose_after : "");
	p.v[DOC_DISPOSED_ON] = today;
	p.v[DOC_DISPOSED_BY] = user_login();
	p.v[DOC_DISPOSAL_METHOD] = method;
	p.v[DOC_STATUS] = "retired";
	if (rc == ISMS_OK)
		rc = reg_set_model(m, &reg_document, r.ref, &p, r.rev,
		    act_tombstone, &d, cause);
	document_row_done(&r);
	return rc;
}

/* ---- links ---- */

static const char *const act_link_kinds[DOC_LINK_KINDS] = {
	"required", "clause", "control", "risk",
};

/* The canonical id of target of kind k, or a failure naming it. */
static enum isms_status
act_canonical(struct isms *m, enum doc_link_kind k, const char *target,
              char **out, char **cause)
{
	struct required_row *req = NULL;
	struct clause_row c = { 0 };
	struct risk_row r = { 0 };
	size_t n = 0;
	enum isms_status rc = ISMS_OK;

	*out = NULL;
	switch (k) {
	case DOC_LINK_REQUIRED:
		rc = required_list(m, NULL, &req, &n, cause);
		for (size_t i = 0; rc == ISMS_OK && i < n && *out == NULL; i++)
			if (strcasecmp(req[i].ref, target) == 0)
				*out = xstrdup(req[i].ref);
		required_rows_free(req, n);
		if (rc == ISMS_OK && *out == NULL)
			rc = status_fail(cause, ISMS_NOT_FOUND, "%s: no such "
			    "required document (isms doc missing --all lists "
			    "them)", target);
		return rc;
	case DOC_LINK_CLAUSE:
		if ((rc = clause_get(m, target, &c, cause)) == ISMS_OK)
			*out = xstrdup(c.id);
		clause_row_done(&c);
		return rc;
	case DOC_LINK_CONTROL:
		return soa_control_id(m, target, out, cause);
	default:
		if ((rc = risk_get(m, target, &r, cause)) == ISMS_OK)
			*out = xstrdup(r.ref);
		risk_row_done(&r);
		return rc;
	}
}

static enum isms_status
act_links(struct isms *m, const struct document_row *r,
          const struct doc_links *l, bool remove, char **cause)
{
	struct row_author a;
	char at[21];
	enum isms_status rc = ISMS_OK;

	isms_author(&a, at);
	for (int k = 0; rc == ISMS_OK && k < DOC_LINK_KINDS; k++)
		for (size_t i = 0; rc == ISMS_OK && i < l->n[k]; i++) {
			char *id = NULL;

			rc = act_canonical(m, (enum doc_link_kind)k,
			    l->ids[k][i], &id, cause);
			if (rc == ISMS_OK)
				rc = store_document_link(isms_db(m), r->id,
				    r->ref, act_link_kinds[k], id, !remove, &a,
				    cause);
			free(id);
		}
	return rc;
}

enum isms_status
document_link(struct isms *m, const char *key, const struct doc_links *l,
              bool remove, char **cause)
{
	struct document_row r;
	struct db *db = isms_db(m);
	enum isms_status rc;

	if ((rc = isms_require_writable(m, cause)) != ISMS_OK ||
	    (rc = db_begin(db, cause)) != ISMS_OK)
		return rc;
	rc = act_get(m, key, &r, cause);
	if (rc == ISMS_OK && !act_empty(r.disposed_on))
		rc = status_fail(cause, ISMS_INVALID, "%s: disposed of on %s; "
		    "its record is kept as it is", r.ref, r.disposed_on);
	if (rc == ISMS_OK)
		rc = act_links(m, &r, l, remove, cause);
	document_row_done(&r);
	if (rc == ISMS_OK)
		return db_commit(db, cause);
	db_rollback(db);
	return rc;
}

enum isms_status
document_versions(struct isms *m, const char *key, struct docver_row **rows,
                  size_t *n, char **cause)
{
	struct document_row r;
	enum isms_status rc = act_get(m, key, &r, cause);

	*rows = NULL;
	*n = 0;
	if (rc == ISMS_OK)
		rc = store_docver_list(isms_db(m), r.id, rows, n, cause);
	document_row_done(&r);
	return rc;
}
