/*
 * docs_test.c - people, the documented-information register and the
 * approved versions of the SoA and the treatment plan, on a real ISMS:
 * the one rule that compares people, approval by a second person and its
 * staleness, reviews, hashes, retention and disposal, which required
 * documents are missing, the SoA's exclusion rule, and versions with their
 * differences and the export header.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "isms/model/create.h"
#include "isms/model/document.h"
#include "isms/model/history.h"
#include "isms/model/isms.h"
#include "isms/model/person.h"
#include "isms/model/reg.h"
#include "isms/model/soa.h"
#include "isms/model/version.h"
#include "isms/report/soa_doc.h"
#include "isms/util/date.h"
#include "isms/util/hash.h"
#include "isms/util/user.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"
#include "testutil.h"

struct fixture {
	char *dir;
	struct isms *m;
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct isms_init init = { .org = "Example Ltd" };
	char *path, *cause = NULL;

	f->dir = test_tmpdir();
	path = test_path(f->dir, "isms.db");
	if (isms_create(path, &init, &f->m, &cause) != ISMS_OK) {
		fprintf(stderr, "isms_create: %s\n", cause);
		return -1;
	}
	free(path);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	isms_close(f->m);
	test_rmtree(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

/* got is want, with message as the message. */
static void
expect_fail(enum isms_status got, enum isms_status want, char **cause,
            const char *message)
{
	assert_int_equal(got, want);
	assert_non_null(*cause);
	assert_string_equal(*cause, message);
	free(*cause);
	*cause = NULL;
}

static void
add_person(struct isms *m, const char *name, const char *login)
{
	struct rec_patch p = { .v = { [PERSON_NAME] = name,
	    [PERSON_LOGIN] = login } };
	char *key = NULL;

	assert_int_equal(reg_add(m, &reg_person, &p, &key, NULL), ISMS_OK);
	free(key);
}

/* A new document titled title owned by owner with approver; its
 * reference (caller frees). */
static char *
add_doc(struct isms *m, const char *title, const char *owner,
        const char *approver)
{
	struct rec_patch p = { .v = { [DOC_TITLE] = title,
	    [DOC_OWNER] = owner, [DOC_APPROVER] = approver } };
	char *ref = NULL, *cause = NULL;

	if (reg_add(m, &reg_document, &p, &ref, &cause) != ISMS_OK)
		fail_msg("add %s: %s", title, cause);
	return ref;
}

static void
link_required(struct isms *m, const char *ref, const char *req)
{
	const char *ids[1] = { req };
	struct doc_links l = { .ids = { ids }, .n = { 1 } };
	char *cause = NULL;

	if (document_link(m, ref, &l, false, &cause) != ISMS_OK)
		fail_msg("link %s %s: %s", ref, req, cause);
}

static void
get_doc(struct isms *m, const char *ref, struct document_row *r)
{
	memset(r, 0, sizeof *r);
	assert_int_equal(reg_get(m, &reg_document, ref, r, NULL), ISMS_OK);
}

/* The status of required document id. */
static char *
required_status(struct isms *m, const char *id)
{
	struct required_row *rows;
	size_t n;
	char *st = NULL;

	assert_int_equal(required_list(m, NULL, &rows, &n, NULL), ISMS_OK);
	for (size_t i = 0; i < n; i++)
		if (strcmp(rows[i].ref, id) == 0)
			st = strdup(rows[i].status);
	required_rows_free(rows, n);
	assert_non_null(st);
	return st;
}

static void
assert_required(struct isms *m, const char *id, const char *want)
{
	char *st = required_status(m, id);

	assert_string_equal(st, want);
	free(st);
}

static size_t
missing_count(struct isms *m, bool pending)
{
	struct required_row *rows;
	size_t n;

	assert_int_equal(required_missing(m, pending, &rows, &n, NULL),
	    ISMS_OK);
	required_rows_free(rows, n);
	return n;
}

/* ---- helpers of util ---- */

static void
test_dates_and_letters(void **state)
{
	char out[11];

	(void)state;
	date_add_months("2026-01-31", 1, out);
	assert_string_equal(out, "2026-02-28");
	date_add_months("2028-01-31", 1, out);
	assert_string_equal(out, "2028-02-29");
	date_add_months("2026-11-15", 14, out);
	assert_string_equal(out, "2028-01-15");
	date_add_months("2026-03-31", 0, out);
	assert_string_equal(out, "2026-03-31");
	assert_int_equal(utf8_lower('Q'), 'q');
	assert_int_equal(utf8_lower(0xC5), 0xE5);       /* Å */
	assert_int_equal(utf8_lower(0xD7), 0xD7);       /* x, the sign */
	assert_int_equal(utf8_lower(0x141), 0x142);     /* Ł */
	assert_int_equal(utf8_lower(0x178), 0xFF);      /* Ÿ */
	assert_int_equal(utf8_lower(0x394), 0x3B4);     /* Δ */
	assert_int_equal(utf8_lower(0x416), 0x436);     /* Ж */
	assert_int_equal(utf8_lower(0x401), 0x451);     /* Ё */
	assert_int_equal(utf8_lower(0x4E2D), 0x4E2D);
}

static void
test_hash_file(void **state)
{
	struct fixture *f = *state;
	char *path = test_path(f->dir, "abc.txt"), hex[HASH_HEX];
	char *cause = NULL;

	assert_int_equal(test_write(path, "abc", 3), 0);
	assert_int_equal(hash_file(path, hex, &cause), ISMS_OK);
	/* the SHA-256 of "abc" (FIPS 180-2, appendix B.1) */
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396"
	    "177a9cb410ff61f20015ad");
	assert_int_equal(hash_file(f->dir, hex, &cause), ISMS_INVALID);
	assert_non_null(strstr(cause, ": not a regular file"));
	free(cause);
	cause = NULL;
	assert_int_equal(test_write(path, "", 0), 0);
	assert_int_equal(hash_file(path, hex, NULL), ISMS_OK);
	assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e464"
	    "9b934ca495991b7852b855");
	free(path);
}

/* ---- people ---- */

static void
test_people_one_rule(void **state)
{
	struct fixture *f = *state;
	char *s = person_fold("  Zo\xC3\x8B \t  \xC3\x85NGSTR\xC3\x96M ");

	assert_string_equal(s, "zo\xC3\xAB \xC3\xA5ngstr\xC3\xB6m");
	free(s);
	add_person(f->m, "Alice Smith", "asmith");
	assert_true(person_same(f->m, "alice  smith", " ALICE SMITH"));
	assert_true(person_same(f->m, "asmith", "Alice Smith"));
	assert_false(person_same(f->m, "asmith", "Bob"));
	assert_false(person_same(f->m, "", ""));
	assert_false(person_same(f->m, NULL, "Alice Smith"));
	/* the person who ran init is there, by login */
	assert_true(person_same(f->m, user_login(), user_login()));
}

static void
test_people_stored_by_name(void **state)
{
	struct fixture *f = *state;
	struct rec_patch p = { .v = { [SOA_OWNER] = "ASMITH" } };
	struct soa_row r = { 0 };
	char *cause = NULL;

	add_person(f->m, "Alice Smith", "asmith");
	assert_int_equal(reg_set(f->m, &reg_soa, "A.5.1", &p, -1, NULL, NULL),
	    ISMS_OK);
	assert_int_equal(soa_get(f->m, "A.5.1", &r, NULL), ISMS_OK);
	assert_string_equal(r.owner, "Alice Smith");
	soa_row_done(&r);
	/* free text that names no one stays as typed */
	p.v[SOA_OWNER] = "ISMS manager";
	assert_int_equal(reg_set(f->m, &reg_soa, "A.5.1", &p, -1, NULL, NULL),
	    ISMS_OK);
	assert_int_equal(soa_get(f->m, "A.5.1", &r, NULL), ISMS_OK);
	assert_string_equal(r.owner, "ISMS manager");
	soa_row_done(&r);
	/* a login names one person */
	add_person(f->m, "Bob Jones", "bob");
	{
		struct rec_patch q = { .v = { [PERSON_LOGIN] = "ASMITH" } };

		expect_fail(reg_set(f->m, &reg_person, "Bob Jones", &q, -1,
		    NULL, &cause), ISMS_INVALID, &cause,
		    "Bob Jones: login ASMITH already names Alice Smith "
		    "(person 2)");
	}
	/* a name two people share names both */
	add_person(f->m, "bob", "robert");
	p.v[SOA_OWNER] = "bob";
	expect_fail(reg_set(f->m, &reg_soa, "A.5.1", &p, -1, NULL, &cause),
	    ISMS_INVALID, &cause, "bob: names both bob and Bob Jones; name one "
	    "by login or number (isms person list)");
}

static void
test_people_in_use(void **state)
{
	struct fixture *f = *state;
	struct rec_patch p = { .v = { [SOA_OWNER] = "alice smith" } };
	char *cause = NULL;

	add_person(f->m, "Alice Smith", "asmith");
	assert_int_equal(reg_set(f->m, &reg_soa, "A.5.2", &p, -1, NULL, NULL),
	    ISMS_OK);
	expect_fail(reg_rm(f->m, &reg_person, "asmith", false, &cause),
	    ISMS_CONFLICT, &cause, "Alice Smith: named as SoA A.5.2 owner; "
	    "mark the person inactive (--active no) or delete with --force");
	assert_int_equal(reg_rm(f->m, &reg_person, "asmith", true, NULL),
	    ISMS_OK);
}

/* ---- documents ---- */

static void
test_approval_needs_a_second_person(void **state)
{
	struct fixture *f = *state;
	struct rec_patch p = { .v = { [DOC_APPROVER] = "asmith" } };
	struct document_row r;
	char *ref, *cause = NULL;

	add_person(f->m, "Alice Smith", "asmith");
	ref = add_doc(f->m, "Policy", "Alice Smith", NULL);
	expect_fail(reg_set(f->m, &reg_document, ref, &p, -1, NULL, &cause),
	    ISMS_INVALID, &cause, "DOC-001: the approver (Alice Smith) is its "
	    "owner; name another person, or record why one person may "
	    "(--exception TEXT)");
	expect_fail(document_approve(f->m, ref, NULL, NULL, NULL, NULL, &cause),
	    ISMS_USAGE, &cause, "DOC-001: say who approves it (--by NAME, or "
	    "set its approver)");
	expect_fail(document_approve(f->m, ref, " alice  SMITH", NULL, NULL,
	    NULL, &cause), ISMS_INVALID, &cause, "DOC-001: Alice Smith owns it "
	    "and cannot approve it too; another person approves it, or record "
	    "why one person may (--exception TEXT)");
	get_doc(f->m, ref, &r);
	assert_string_equal(r.status, "draft");
	document_row_done(&r);
	/* with the exception on record it may */
	assert_int_equal(document_approve(f->m, ref, "asmith", NULL, NULL,
	    "Sole trader: no second person", NULL), ISMS_OK);
	get_doc(f->m, ref, &r);
	assert_string_equal(r.status, "approved");
	assert_string_equal(r.approved_by, "Alice Smith");
	assert_false(r.stale);
	document_row_done(&r);
	free(ref);
}

static void
test_approval_turns_stale(void **state)
{
	struct fixture *f = *state;
	struct rec_patch v = { .v = { [DOC_VERSION] = "1.1" } };
	struct docver_row *vers;
	struct document_row r;
	size_t n;
	char *ref, *path, hex[65], *cause = NULL;

	ref = add_doc(f->m, "Policy", "Dana", "Erik");
	path = test_path(f->dir, "policy.txt");
	assert_int_equal(test_write(path, "version one\n", 12), 0);
	assert_int_equal(document_hash(f->m, ref, path, hex, NULL), ISMS_OK);
	assert_int_equal(document_approve(f->m, ref, NULL, NULL, "First issue",
	    NULL, NULL), ISMS_OK);
	get_doc(f->m, ref, &r);
	assert_string_equal(r.approved_by, "Erik");
	assert_string_equal(r.approved_sha256, hex);
	assert_false(r.stale);
	assert_non_null(r.next_review);
	assert_string_equal(r.flags, "");
	document_row_done(&r);
	expect_fail(document_approve(f->m, ref, NULL, NULL, NULL, NULL,
	    &cause), ISMS_INVALID, &cause, "DOC-001: version 1.0 is approved "
	    "already; give the new --version, or record a review without "
	    "change (isms doc review)");
	assert_int_equal(document_verify(f->m, ref, path, NULL), ISMS_OK);
	/* the file changes: verify says so, and recording its hash makes
	 * the approval stale */
	assert_int_equal(test_write(path, "version two\n", 12), 0);
	assert_int_equal(document_verify(f->m, ref, path, &cause),
	    ISMS_NEGATIVE);
	free(cause);
	cause = NULL;
	assert_int_equal(document_hash(f->m, ref, path, hex, NULL), ISMS_OK);
	get_doc(f->m, ref, &r);
	assert_true(r.stale);
	assert_string_equal(r.flags, "approval stale");
	document_row_done(&r);
	assert_int_equal(document_approve(f->m, ref, NULL, "1.1", NULL, NULL,
	    NULL), ISMS_OK);
	get_doc(f->m, ref, &r);
	assert_false(r.stale);
	document_row_done(&r);
	/* and so does a new version number */
	v.v[DOC_VERSION] = "2.0";
	assert_int_equal(reg_set(f->m, &reg_document, ref, &v, -1, NULL, NULL),
	    ISMS_OK);
	get_doc(f->m, ref, &r);
	assert_true(r.stale);
	document_row_done(&r);
	v.v[DOC_VERSION] = "two";
	expect_fail(reg_set(f->m, &reg_document, ref, &v, -1, NULL, &cause),
	    ISMS_INVALID, &cause, "DOC-001: version 'two' is not major.minor "
	    "(1.0, 2.3)");
	assert_int_equal(document_versions(f->m, ref, &vers, &n, NULL),
	    ISMS_OK);
	assert_int_equal(n, 2);
	assert_string_equal(vers[0].kind, "approval");
	assert_string_equal(vers[0].summary, "First issue");
	assert_string_equal(vers[1].version, "1.1");
	rec_free(&rec_docver, vers, n);
	free(path);
	free(ref);
}

static void
test_review_and_status(void **state)
{
	struct fixture *f = *state;
	struct rec_patch p = { .v = { [DOC_STATUS] = "approved" } };
	struct document_row r;
	struct docver_row *vers;
	size_t n;
	char *ref = add_doc(f->m, "Procedure", "Dana", "Erik");
	char *cause = NULL;

	expect_fail(reg_set(f->m, &reg_document, ref, &p, -1, NULL, &cause),
	    ISMS_INVALID, &cause, "DOC-001: document status approved comes "
	    "from isms doc approve and cannot be set by hand");
	expect_fail(document_review(f->m, ref, NULL, NULL, &cause),
	    ISMS_INVALID, &cause, "DOC-001: a document is reviewed once it is "
	    "approved (isms doc approve)");
	assert_int_equal(document_approve(f->m, ref, NULL, NULL, NULL, NULL,
	    NULL), ISMS_OK);
	assert_int_equal(document_review(f->m, ref, "Erik", NULL, NULL),
	    ISMS_OK);
	get_doc(f->m, ref, &r);
	assert_string_equal(r.version, "1.0");
	assert_false(r.stale);
	document_row_done(&r);
	assert_int_equal(document_versions(f->m, ref, &vers, &n, NULL),
	    ISMS_OK);
	assert_int_equal(n, 2);
	assert_string_equal(vers[1].kind, "review");
	assert_string_equal(vers[1].summary, "reviewed, no change");
	assert_string_equal(vers[1].approver, "Erik");
	rec_free(&rec_docver, vers, n);
	/* an approved document is not deleted: it is retired */
	expect_fail(reg_rm(f->m, &reg_document, ref, true, &cause),
	    ISMS_CONFLICT, &cause, "DOC-001: approved documents are not "
	    "deleted; retire it (--status retired)");
	p.v[DOC_STATUS] = "retired";
	assert_int_equal(reg_set(f->m, &reg_document, ref, &p, -1, NULL, NULL),
	    ISMS_OK);
	get_doc(f->m, ref, &r);
	assert_non_null(r.superseded_on);
	assert_null(r.next_review);
	document_row_done(&r);
	assert_int_equal(reg_rm(f->m, &reg_document, ref, false, NULL),
	    ISMS_OK);
	free(ref);
	/* references are never used again */
	ref = add_doc(f->m, "Another", NULL, NULL);
	assert_string_equal(ref, "DOC-002");
	free(ref);
}

static void
test_retention_and_disposal(void **state)
{
	struct fixture *f = *state;
	struct rec_patch p = { .v = { [DOC_KIND] = "record",
	    [DOC_RETENTION] = "36 Months" } };
	struct document_row r;
	struct history_row *h;
	char *ref = add_doc(f->m, "Visitor log", "Dana", NULL);
	char today[11], later[11], *cause = NULL, *want;
	size_t n;
	bool tomb = false, why = false;

	assert_int_equal(reg_set(f->m, &reg_document, ref, &p, -1, NULL, NULL),
	    ISMS_OK);
	date_today(today);
	date_add_months(today, 36, later);
	get_doc(f->m, ref, &r);
	assert_string_equal(r.retention, "36");
	assert_string_equal(r.dispose_after, later);
	document_row_done(&r);
	p = (struct rec_patch){ .v = { [DOC_RETENTION] = "forever" } };
	expect_fail(reg_set(f->m, &reg_document, ref, &p, -1, NULL, &cause),
	    ISMS_INVALID, &cause, "DOC-001: retention 'forever' is neither a "
	    "number of months nor permanent");
	want = xasprintf("DOC-001: to be disposed of after %s; it is kept "
	    "until then (--force --reason TEXT disposes of it now, and the "
	    "history keeps why)", later);
	expect_fail(document_dispose(f->m, ref, "shredded", false, NULL,
	    &cause), ISMS_INVALID, &cause, want);
	free(want);
	expect_fail(document_dispose(f->m, ref, "shredded", true, NULL,
	    &cause), ISMS_USAGE, &cause, "DOC-001: a forced disposal needs the "
	    "reason the history keeps (--reason TEXT)");
	assert_int_equal(document_dispose(f->m, ref, "shredded", true,
	    "Court order 12/2026", NULL), ISMS_OK);
	get_doc(f->m, ref, &r);
	assert_string_equal(r.disposed_on, today);
	assert_string_equal(r.disposal_method, "shredded");
	assert_string_equal(r.status, "retired");
	assert_string_equal(r.flags, "disposed");
	document_row_done(&r);
	assert_int_equal(history_list(f->m, &(struct history_filter){
	    .entity = "document", .key = ref }, 0, 0, &h, &n, NULL), ISMS_OK);
	for (size_t i = 0; i < n; i++) {
		tomb |= strcmp(h[i].field, "disposed") == 0 &&
		    strstr(h[i].new_value, "shredded") != NULL;
		why |= strcmp(h[i].field, "disposal forced") == 0 &&
		    strcmp(h[i].new_value, "Court order 12/2026") == 0;
	}
	history_rows_free(h, n);
	assert_true(tomb);
	assert_true(why);
	/* the tombstone is kept as it is */
	p = (struct rec_patch){ .v = { [DOC_TITLE] = "x" } };
	assert_int_equal(reg_set(f->m, &reg_document, ref, &p, -1, NULL,
	    &cause), ISMS_INVALID);
	free(cause);
	cause = NULL;
	assert_int_equal(reg_rm(f->m, &reg_document, ref, true, &cause),
	    ISMS_CONFLICT);
	free(cause);
	free(ref);
}

/* ---- required documents ---- */

static void
test_missing_required(void **state)
{
	struct fixture *f = *state;
	struct rec_patch yes = { .v = { [SOA_APPLICABLE] = "yes" } };
	struct rec_patch no = { .v = { [SOA_APPLICABLE] = "no",
	    [SOA_JUSTIFICATION] = "No assets of our own" } };
	char *ref;

	/* a new ISMS: every required document of clauses 4-10 */
	assert_int_equal(missing_count(f->m, false), 18);
	assert_int_equal(missing_count(f->m, true), 35);
	assert_required(f->m, "D-21", "pending-soa-decision");
	assert_int_equal(reg_set(f->m, &reg_soa, "A.5.9", &yes, -1, NULL,
	    NULL), ISMS_OK);
	assert_required(f->m, "D-21", "missing");
	assert_int_equal(missing_count(f->m, false), 19);
	/* a document satisfies it once approved */
	ref = add_doc(f->m, "Asset inventory", "Dana", "Erik");
	link_required(f->m, ref, "d-21");
	assert_required(f->m, "D-21", "missing");
	assert_int_equal(document_approve(f->m, ref, NULL, NULL, NULL, NULL,
	    NULL), ISMS_OK);
	assert_required(f->m, "D-21", "present");
	assert_int_equal(missing_count(f->m, false), 18);
	/* and an excluded control's is not required */
	assert_int_equal(reg_set(f->m, &reg_soa, "A.5.9", &no, -1, NULL, NULL),
	    ISMS_OK);
	assert_required(f->m, "D-21", "not-required");
	free(ref);
	/* a record is present with a review within its interval */
	ref = add_doc(f->m, "Audit reports", "Dana", NULL);
	{
		struct rec_patch rec = { .v = { [DOC_KIND] = "record" } };

		assert_int_equal(reg_set(f->m, &reg_document, ref, &rec, -1,
		    NULL, NULL), ISMS_OK);
	}
	link_required(f->m, ref, "D-15");
	assert_required(f->m, "D-15", "missing");
	assert_int_equal(document_review(f->m, ref, NULL, NULL, NULL),
	    ISMS_OK);
	assert_required(f->m, "D-15", "present");
	free(ref);
}

/* ---- the SoA ---- */

static void
test_exclusion_clears(void **state)
{
	struct fixture *f = *state;
	struct rec_patch in = { .v = { [SOA_APPLICABLE] = "yes",
	    [SOA_REASONS] = "LR,BR", [SOA_STATUS] = "implemented" } };
	struct rec_patch out = { .v = { [SOA_APPLICABLE] = "no",
	    [SOA_JUSTIFICATION] = "No premises" } };
	struct rec_patch reasons = { .v = { [SOA_REASONS] = "LR" } };
	struct soa_row r = { 0 };
	char *cause = NULL;

	assert_int_equal(reg_set(f->m, &reg_soa, "A.7.4", &in, -1, NULL, NULL),
	    ISMS_OK);
	assert_int_equal(reg_set(f->m, &reg_soa, "A.7.4", &out, -1, NULL,
	    NULL), ISMS_OK);
	assert_int_equal(soa_get(f->m, "A.7.4", &r, NULL), ISMS_OK);
	assert_string_equal(r.reasons, "");
	assert_string_equal(r.status, "excluded");
	soa_row_done(&r);
	expect_fail(reg_set(f->m, &reg_soa, "A.7.4", &reasons, -1, NULL,
	    &cause), ISMS_INVALID, &cause, "A.7.4: an excluded control has no "
	    "reasons for inclusion (make it applicable first)");
	reasons = (struct rec_patch){ .v = { [SOA_STATUS] = "planned" } };
	expect_fail(reg_set(f->m, &reg_soa, "A.7.4", &reasons, -1, NULL,
	    &cause), ISMS_INVALID, &cause, "A.7.4: an excluded control has no "
	    "implementation status (make it applicable first)");
	reasons = (struct rec_patch){ .v = { [SOA_STATUS] = "excluded" } };
	expect_fail(reg_set(f->m, &reg_soa, "A.7.4", &reasons, -1, NULL,
	    &cause), ISMS_INVALID, &cause, "A.7.4: implementation status "
	    "excluded follows from applicability no and cannot be set by hand");
	in = (struct rec_patch){ .v = { [SOA_APPLICABLE] = "undecided" } };
	assert_int_equal(reg_set(f->m, &reg_soa, "A.7.4", &in, -1, NULL, NULL),
	    ISMS_OK);
	assert_int_equal(soa_get(f->m, "A.7.4", &r, NULL), ISMS_OK);
	assert_string_equal(r.status, "not-started");
	soa_row_done(&r);
}

/* The value of document-control field label of d. */
static const char *
doc_value(const struct doc *d, const char *label)
{
	for (size_t i = 0; i < d->n_fields; i++)
		if (strcmp(d->labels[i], label) == 0)
			return d->values[i];
	return NULL;
}

static void
test_soa_versions(void **state)
{
	struct fixture *f = *state;
	struct rec_patch a = { .v = { [SOA_STATUS] = "planned" } };
	struct rec_patch b = { .v = { [SOA_OWNER] = "Ops" } };
	struct change_row *ch;
	struct version_row *vers;
	struct document_row r;
	struct doc d;
	size_t n;
	int v = 0;
	char *ref, *cause = NULL;

	ref = add_doc(f->m, "Statement of Applicability", "Dana", "Erik");
	link_required(f->m, ref, "D-05");
	expect_fail(version_diff(f->m, &version_soa, 0, 0, &ch, &n, &cause),
	    ISMS_NOT_FOUND, &cause, "SoA: no version is approved yet (isms soa "
	    "approve)");
	assert_int_equal(version_approve(f->m, &version_soa, "Erik", "First",
	    &v, NULL), ISMS_OK);
	assert_int_equal(v, 1);
	expect_fail(version_approve(f->m, &version_soa, "Erik", NULL, &v,
	    &cause), ISMS_INVALID, &cause, "SoA: nothing changed since version "
	    "1");
	assert_int_equal(reg_set(f->m, &reg_soa, "A.5.3", &a, -1, NULL, NULL),
	    ISMS_OK);
	assert_int_equal(reg_set(f->m, &reg_soa, "A.8.8", &b, -1, NULL, NULL),
	    ISMS_OK);
	assert_int_equal(version_approve(f->m, &version_soa, "Erik", NULL, &v,
	    NULL), ISMS_OK);
	assert_int_equal(v, 2);
	assert_int_equal(version_diff(f->m, &version_soa, 1, 2, &ch, &n, NULL),
	    ISMS_OK);
	assert_int_equal(n, 2);
	assert_string_equal(ch[0].key, "A.5.3");
	assert_string_equal(ch[0].field, "Status");
	assert_string_equal(ch[0].old_value, "not-started");
	assert_string_equal(ch[0].new_value, "planned");
	assert_string_equal(ch[1].key, "A.8.8");
	assert_string_equal(ch[1].field, "Owner");
	rec_free(&rec_change, ch, n);
	assert_int_equal(version_list(f->m, &version_soa, &vers, &n, NULL),
	    ISMS_OK);
	assert_int_equal(n, 2);
	assert_int_equal(vers[0].items, 93);
	assert_int_equal(strlen(vers[1].sha256), 64);
	assert_string_equal(vers[1].undecided + strlen(vers[1].undecided) - 6,
	    "A.8.34");
	/* the SoA's document was approved with each version */
	get_doc(f->m, ref, &r);
	assert_string_equal(r.version, "2.0");
	assert_string_equal(r.status, "approved");
	assert_string_equal(r.approved_sha256, vers[1].sha256);
	document_row_done(&r);
	rec_free(&rec_version, vers, n);
	/* the export's header names the version, and its draft */
	assert_int_equal(soa_doc_head(f->m, &d, NULL), ISMS_OK);
	assert_string_equal(doc_value(&d, "Status"), "approved");
	assert_non_null(strstr(doc_value(&d, "Version"), "2, approved by "
	    "Erik on "));
	doc_done(&d);
	b.v[SOA_OWNER] = "Security";
	assert_int_equal(reg_set(f->m, &reg_soa, "A.8.8", &b, -1, NULL, NULL),
	    ISMS_OK);
	assert_int_equal(soa_doc_head(f->m, &d, NULL), ISMS_OK);
	assert_string_equal(doc_value(&d, "Status"), "draft, changed since "
	    "version 2");
	doc_done(&d);
	/* the approver may not own the SoA's document */
	b.v[SOA_OWNER] = "Audit";
	assert_int_equal(reg_set(f->m, &reg_soa, "A.8.8", &b, -1, NULL, NULL),
	    ISMS_OK);
	expect_fail(version_approve(f->m, &version_soa, "dana", NULL, &v,
	    &cause), ISMS_INVALID, &cause, "DOC-001: dana owns it and cannot "
	    "approve it too; another person approves it, or record why one "
	    "person may (--exception TEXT)");
	assert_int_equal(version_list(f->m, &version_soa, &vers, &n, NULL),
	    ISMS_OK);
	assert_int_equal(n, 2);
	rec_free(&rec_version, vers, n);
	free(ref);
}

int
main(void)
{
#define T(t) cmocka_unit_test_setup_teardown(t, setup, teardown)
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dates_and_letters),
		T(test_hash_file),
		T(test_people_one_rule),
		T(test_people_stored_by_name),
		T(test_people_in_use),
		T(test_approval_needs_a_second_person),
		T(test_approval_turns_stale),
		T(test_review_and_status),
		T(test_retention_and_disposal),
		T(test_missing_required),
		T(test_exclusion_clears),
		T(test_soa_versions),
	};
#undef T
	return cmocka_run_group_tests(tests, NULL, NULL);
}
