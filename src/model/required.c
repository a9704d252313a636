/*
 * required.c - which required documents of the catalog the register
 * satisfies: a clause's always count, a control's while the control is
 * applicable (pending while it is undecided, not required when it is
 * excluded); a document satisfies one when it is approved and the
 * approval not stale, a record series when it has a version or review
 * within its review interval.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isms/db/store_document.h"
#include "isms/model/document_int.h"
#include "isms_db.h"
#include "isms/model/reg.h"
#include "isms/rec/vocab.h"
#include "isms/util/buf.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

/* What the states are judged from: every document and every link. */
struct req_ctx {
	struct document_row *docs;
	size_t n_docs;
	char **targets;
	int64_t *ids;
	size_t n_links;
	char today[11];
};

static void
req_ctx_done(struct req_ctx *c)
{
	rec_free(&rec_document, c->docs, c->n_docs);
	for (size_t i = 0; i < c->n_links; i++)
		free(c->targets[i]);
	free(c->targets);
	free(c->ids);
}

static enum isms_status
req_ctx_load(struct isms *m, struct req_ctx *c, char **cause)
{
	enum isms_status rc;

	memset(c, 0, sizeof *c);
	date_today(c->today);
	/* an older file, read as it is, has no documents: all missing */
	if (isms_schema(m) < ISMS_SCHEMA_DOCUMENTS)
		return ISMS_OK;
	rc = reg_list(m, &reg_document, NULL, (void **)&c->docs, &c->n_docs,
	    cause);
	if (rc == ISMS_OK)
		rc = store_document_required(isms_db(m), &c->targets, &c->ids,
		    &c->n_links, cause);
	return rc;
}

static const struct document_row *
req_doc(const struct req_ctx *c, int64_t id)
{
	for (size_t i = 0; i < c->n_docs; i++)
		if (c->docs[i].id == id)
			return &c->docs[i];
	return NULL;
}

/* Whether r counts at all: a clause's does, a control's by its SoA
 * entry; the status when it does not. */
static const char *
req_needed(const struct required_row *r)
{
	if (strncmp(r->kind, "control-", 8) != 0)
		return NULL;
	if (r->applicable != NULL && strcmp(r->applicable, "yes") == 0)
		return NULL;
	if (r->applicable != NULL && strcmp(r->applicable, "no") == 0)
		return "not-required";
	return "pending-soa-decision";
}

/* The status of r and the documents linked to it, each with why it does
 * not satisfy r when it does not. */
static void
req_judge(const struct req_ctx *c, struct required_row *r)
{
	const char *not = req_needed(r);
	bool present = false;
	struct buf b;

	buf_init(&b);
	for (size_t i = 0; i < c->n_links; i++) {
		const struct document_row *d;
		const char *why;

		if (strcmp(c->targets[i], r->ref) != 0 ||
		    (d = req_doc(c, c->ids[i])) == NULL)
			continue;
		if (document_satisfies(d, r->kind, c->today, &why))
			present = true;
		buf_printf(&b, "%s%s", b.len ? ", " : "", d->ref);
		if (why != NULL)
			buf_printf(&b, " (%s)", why);
	}
	free(r->documents);
	r->documents = buf_take(&b);
	free(r->status);
	r->status = xstrdup(not != NULL ? not : present ? "present" :
	    "missing");
}

/* Whether r belongs to clause or control ref or one of its subclauses. */
static bool
req_under(const struct required_row *r, const char *ref)
{
	size_t len = strlen(ref);

	return strcasecmp(r->requirement, ref) == 0 ||
	    (strncasecmp(r->requirement, ref, len) == 0 &&
	    r->requirement[len] == '.');
}

/* Keep the rows keep() accepts, in order. */
static void
req_filter(struct required_row *rows, size_t *n,
           bool (*keep)(const struct required_row *, const void *),
           const void *arg)
{
	size_t k = 0;

	for (size_t i = 0; i < *n; i++) {
		if (keep(&rows[i], arg))
			rows[k++] = rows[i];
		else
			rec_done(&rec_required, &rows[i]);
	}
	*n = k;
}

static bool
req_keep_under(const struct required_row *r, const void *ref)
{
	return ref == NULL || req_under(r, ref);
}

enum isms_status
required_list(struct isms *m, const char *ref, struct required_row **rows,
              size_t *n, char **cause)
{
	struct req_ctx c;
	enum isms_status rc;

	*rows = NULL;
	*n = 0;
	rc = req_ctx_load(m, &c, cause);
	if (rc == ISMS_OK)
		rc = store_required_list(isms_db(m), rows, n, cause);
	for (size_t i = 0; rc == ISMS_OK && i < *n; i++)
		req_judge(&c, &(*rows)[i]);
	if (rc == ISMS_OK)
		req_filter(*rows, n, req_keep_under, ref);
	req_ctx_done(&c);
	return rc;
}

char *
required_line(const struct required_row *r)
{
	const struct vocab *v = &vocab_required_status;
	bool present = strcmp(r->status, "present") == 0;
	bool docs = r->documents != NULL && r->documents[0] != '\0';

	return xasprintf("%s %s%s%s %s%s: %s%s%s", r->ref, r->requirement,
	    r->item != NULL ? " " : "", r->item != NULL ? r->item : "",
	    r->name, strstr(r->kind, "record") != NULL ? " (record)" : "",
	    present ? "" : vocab_label(v, r->status), !present && docs ? "; " :
	    "", docs ? r->documents : "");
}

static bool
req_keep_missing(const struct required_row *r, const void *pending)
{
	return strcmp(r->status, "missing") == 0 ||
	    (*(const bool *)pending &&
	    strcmp(r->status, "pending-soa-decision") == 0);
}

enum isms_status
required_missing(struct isms *m, bool pending, struct required_row **rows,
                 size_t *n, char **cause)
{
	enum isms_status rc = required_list(m, NULL, rows, n, cause);

	if (rc == ISMS_OK)
		req_filter(*rows, n, req_keep_missing, &pending);
	return rc;
}

enum isms_status
document_for_required(struct isms *m, const char *requirement,
                      const char *item, struct document_row *out,
                      char **cause)
{
	struct required_row *req = NULL;
	struct req_ctx c;
	size_t n = 0;
	enum isms_status rc = req_ctx_load(m, &c, cause);
	const struct document_row *hit = NULL;

	if (rc == ISMS_OK)
		rc = store_required_list(isms_db(m), &req, &n, cause);
	for (size_t i = 0; rc == ISMS_OK && hit == NULL && i < n; i++) {
		const char *it = req[i].item != NULL ? req[i].item : "";

		if (strcmp(req[i].requirement, requirement) != 0 ||
		    strcmp(it, item != NULL ? item : "") != 0)
			continue;
		for (size_t k = 0; hit == NULL && k < c.n_links; k++) {
			const struct document_row *d = req_doc(&c, c.ids[k]);

			if (d == NULL || strcmp(c.targets[k], req[i].ref) != 0)
				continue;
			if (strcmp(d->status, "retired") != 0 &&
			    d->disposed_on == NULL)
				hit = d;
		}
	}
	if (rc == ISMS_OK && hit == NULL)
		rc = ISMS_NOT_FOUND;
	if (hit != NULL)
		rc = reg_get(m, &reg_document, hit->ref, out, cause);
	required_rows_free(req, n);
	req_ctx_done(&c);
	return rc;
}
