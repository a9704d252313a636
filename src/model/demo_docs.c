/*
 * demo_docs.c - the people and the documented information of the demo
 * organisation: a small team, and documents and record series in every
 * state an auditor meets (approved, draft, an approval gone stale, records
 * kept for a retention period), through the same model functions as the
 * user's own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/demo.h"
#include "isms/model/document.h"
#include "isms/model/reg.h"

/* name, login, roles, top management */
static const char *const demo_team[][4] = {
	{ "Kari Lunde", "kari", "CEO", "yes" },
	{ "Ingrid Dahl", "ingrid", "ISMS manager", "no" },
	{ "Ola Berg", "ola", "CTO", "yes" },
	{ "Lars Aas", "lars", "CFO", "yes" },
	{ "Nils Haugen", "nils", "Head of Operations", "no" },
	{ "Siri Moen", "siri", "Head of Data", "no" },
	{ "Per Strand", "per", "IT lead", "no" },
	{ "Anne Vik", "anne", "Head of People", "no" },
	{ "Eva Holm", "eva", "Office manager", "no" },
};

struct demo_doc {
	const char *title, *kind, *type, *owner, *approver;
	const char *satisfies;        /* required documents, ","-separated */
	const char *retention;        /* months, or NULL */
	enum { DEMO_DRAFT, DEMO_APPROVE, DEMO_REVIEW } state;
};

static const struct demo_doc demo_docs[] = {
	{ "ISMS scope statement", "document", "other", "Ingrid Dahl",
	  "Kari Lunde", "D-01", NULL, DEMO_APPROVE },
	{ "Information security policy", "document", "policy", "Ingrid Dahl",
	  "Kari Lunde", "D-02,D-19", NULL, DEMO_APPROVE },
	{ "Risk assessment and treatment method", "document", "procedure",
	  "Ingrid Dahl", "Ola Berg", "D-03,D-04", NULL, DEMO_APPROVE },
	{ "Statement of Applicability", "document", "register", "Ingrid Dahl",
	  "Kari Lunde", "D-05", NULL, DEMO_DRAFT },
	{ "Risk treatment plan", "document", "plan", "Ingrid Dahl",
	  "Ola Berg", "D-06", NULL, DEMO_DRAFT },
	{ "Access control policy", "document", "topic-policy", "Per Strand",
	  "Ola Berg", "D-23", NULL, DEMO_APPROVE },
	{ "Internal audit reports", "record", "report", "Ingrid Dahl", NULL,
	  "D-15", "72", DEMO_REVIEW },
	{ "Management review minutes", "record", "minutes", "Ingrid Dahl",
	  NULL, "D-16", "72", DEMO_REVIEW },
};

static enum isms_status
demo_person(struct isms *m, const char *const p[4], char **cause)
{
	struct rec_patch rp = { .v = { [PERSON_NAME] = p[0],
	    [PERSON_LOGIN] = p[1], [PERSON_ROLES] = p[2],
	    [PERSON_TOP] = p[3] } };
	char *key = NULL;
	enum isms_status rc = reg_add(m, &reg_person, &rp, &key, cause);

	free(key);
	return rc;
}

static enum isms_status
demo_doc(struct isms *m, const struct demo_doc *d, char **cause)
{
	struct rec_patch rp = { .v = { [DOC_TITLE] = d->title,
	    [DOC_KIND] = d->kind, [DOC_TYPE] = d->type, [DOC_OWNER] = d->owner,
	    [DOC_APPROVER] = d->approver, [DOC_RETENTION] = d->retention,
	    [DOC_CLASSIFICATION] = "internal" } };
	const char *req[2] = { d->satisfies, strchr(d->satisfies, ',') };
	char first[8];
	struct doc_links l = { .ids = { req }, .n = { req[1] ? 2 : 1 } };
	char *ref = NULL;
	enum isms_status rc = reg_add(m, &reg_document, &rp, &ref, cause);

	if (req[1] != NULL) {             /* "D-03,D-04": two of them */
		snprintf(first, sizeof first, "%.*s", (int)(req[1] - req[0]),
		    req[0]);
		req[0] = first;
		req[1]++;
	}

	if (rc == ISMS_OK)
		rc = document_link(m, ref, &l, false, cause);
	if (rc == ISMS_OK && d->state == DEMO_APPROVE)
		rc = document_approve(m, ref, NULL, NULL, "First issue", NULL,
		    cause);
	if (rc == ISMS_OK && d->state == DEMO_REVIEW)
		rc = document_review(m, ref, d->owner, "Records of the year "
		    "filed", cause);
	free(ref);
	return rc;
}

/* The access control policy was edited after its approval. */
static enum isms_status
demo_stale(struct isms *m, char **cause)
{
	struct rec_patch p = { .v = { [DOC_VERSION] = "1.1" } };

	return reg_set(m, &reg_document, "DOC-006", &p, -1, NULL, cause);
}

enum isms_status
demo_fill_documents(struct isms *m, char **cause)
{
	enum isms_status rc = ISMS_OK;

	for (size_t i = 0; rc == ISMS_OK &&
	    i < sizeof demo_team / sizeof *demo_team; i++)
		rc = demo_person(m, demo_team[i], cause);
	for (size_t i = 0; rc == ISMS_OK &&
	    i < sizeof demo_docs / sizeof *demo_docs; i++)
		rc = demo_doc(m, &demo_docs[i], cause);
	if (rc == ISMS_OK)
		rc = demo_stale(m, cause);
	return rc;
}
