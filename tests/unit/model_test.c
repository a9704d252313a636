/*
 * model_test.c - the model rules on a real ISMS created from the shipped
 * catalogs: SoA and clause rules, closed vocabularies, dates, history in
 * the same transaction, conflicts between two writers, read-only mode and
 * reason RA derived from risk links.
 */
#include <dirent.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "isms/db/schema.h"
#include "isms/model/reg.h"
#include "isms/model/clause.h"
#include "isms/model/document.h"
#include "isms/model/create.h"
#include "isms/model/history.h"
#include "isms/model/isms.h"
#include "isms/model/risk.h"
#include "isms/model/soa.h"
#include "isms/util/user.h"
#include "testutil.h"

struct fixture {
	char *dir;
	char *path;
	struct isms *m;
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct isms_init init = { .org = "Example Ltd", .scope = "All of it" };
	char *cause = NULL;

	f->dir = test_tmpdir();
	f->path = test_path(f->dir, "data/isms.db");
	if (isms_create(f->path, &init, &f->m, &cause) != ISMS_OK) {
		fprintf(stderr, "isms_create: %s\n", cause);
		return -1;
	}
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	isms_close(f->m);
	test_rmtree(f->dir);
	free(f->path);
	free(f->dir);
	free(f);
	return 0;
}

static size_t
changes_of(struct isms *m, const char *entity, const char *key)
{
	struct history_filter f = { .entity = entity, .key = key };
	struct history_row *rows;
	size_t n;

	assert_int_equal(history_list(m, &f, 0, 0, &rows, &n, NULL), ISMS_OK);
	history_rows_free(rows, n);
	return n;
}

/* Takes cause by address: the call that sets it is an argument too, and
 * argument evaluation order is unspecified. */
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
test_create_copies_catalogs(void **state)
{
	struct fixture *f = *state;
	struct clause_row *clauses;
	struct soa_row *soa;
	size_t n;

	assert_string_equal(isms_info(f->m)->org, "Example Ltd");
	assert_string_equal(isms_info(f->m)->framework_id, "iso27001-2022");
	assert_string_equal(isms_info(f->m)->matrix_id, "5x5");
	assert_int_equal(clause_list(f->m, &clauses, &n, NULL), ISMS_OK);
	assert_int_equal(n, 41);
	assert_string_equal(clauses[0].id, "4");
	assert_int_equal(clauses[0].depth, 0);
	assert_string_equal(clauses[12].id, "6.1.2");
	assert_int_equal(clauses[12].depth, 2);
	assert_string_equal(clauses[12].status, "not-started");
	clause_rows_free(clauses, n);
	assert_int_equal(soa_list(f->m, NULL, &soa, &n, NULL), ISMS_OK);
	assert_int_equal(n, 93);
	assert_string_equal(soa[6].id, "A.5.7");
	assert_string_equal(soa[6].applicable, "undecided");
	soa_rows_free(soa, n);
	assert_int_equal(soa_list(f->m, "technological", &soa, &n, NULL),
	    ISMS_OK);
	assert_int_equal(n, 34);
	soa_rows_free(soa, n);
	assert_int_equal(changes_of(f->m, "isms", NULL), 1);
}

static void
test_create_refuses_existing_and_unknown(void **state)
{
	struct fixture *f = *state;
	struct isms_init init = { .matrix = "7x7" };
	char *other = test_path(f->dir, "other.db");
	struct isms *m = NULL;
	char *cause = NULL;
	size_t len1, len2;
	char *before = test_slurp(f->path, &len1), *after;

	assert_int_equal(isms_create(f->path, &init, &m, &cause), ISMS_EXISTS);
	assert_non_null(strstr(cause, "already exists"));
	free(cause);
	cause = NULL;
	after = test_slurp(f->path, &len2);
	assert_int_equal(len1, len2);
	assert_memory_equal(before, after, len1);
	assert_int_equal(isms_create(other, &init, &m, &cause), ISMS_NOT_FOUND);
	assert_non_null(strstr(cause, "7x7: no such risk-matrix catalog "
	    "(available: 3x3, 4x4, 5x5)"));
	assert_int_equal(access(other, F_OK), -1);   /* nothing half-made */
	free(cause);
	free(before);
	free(after);
	free(other);
}

static void
test_exclusion_needs_justification(void **state)
{
	struct fixture *f = *state;
	struct rec_patch p = { .v = { [SOA_APPLICABLE] = "no" } };
	struct soa_row r;
	char *cause = NULL;

	expect_fail(reg_set(f->m, &reg_soa, "A.5.7", &p, -1, NULL, &cause),
	    ISMS_INVALID,
	    &cause, "A.5.7: a justification is required when a control is not "
	    "applicable");
	assert_int_equal(soa_get(f->m, "A.5.7", &r, NULL), ISMS_OK);
	assert_string_equal(r.applicable, "undecided");
	assert_int_equal(r.rev, 1);
	soa_row_done(&r);
	assert_int_equal(changes_of(f->m, "soa", NULL), 0);

	p.v[SOA_JUSTIFICATION] =
	    "No threat intelligence function; covered by MSSP";
	assert_int_equal(reg_set(f->m, &reg_soa, "A.5.7", &p, -1, NULL, NULL),
	    ISMS_OK);
	assert_int_equal(soa_get(f->m, "A.5.7", &r, NULL), ISMS_OK);
	assert_string_equal(r.applicable, "no");
	assert_string_equal(r.status, "excluded");
	assert_int_equal(r.rev, 2);
	assert_string_equal(r.updated_by, user_login());
	soa_row_done(&r);
	/* applicable, justification and the status it brings */
	assert_int_equal(changes_of(f->m, "soa", "A.5.7"), 3);

	/* Clearing the justification of an excluded control is refused. */
	p = (struct rec_patch){ .v = { [SOA_JUSTIFICATION] = "" } };
	cause = NULL;
	expect_fail(reg_set(f->m, &reg_soa, "A.5.7", &p, -1, NULL, &cause),
	    ISMS_INVALID,
	    &cause, "A.5.7: a justification is required when a control is not "
	    "applicable");
}

static void
test_history_rows(void **state)
{
	struct fixture *f = *state;
	struct rec_patch p = { .v = { [SOA_OWNER] = "ciso",
	    [SOA_STATUS] = "Partial" } };
	struct history_row *h;
	size_t n;

	assert_int_equal(reg_set(f->m, &reg_soa, "A.8.8", &p, -1, NULL, NULL),
	    ISMS_OK);
	assert_int_equal(history_list(f->m, &(struct history_filter){
	    .entity = "soa" }, 0, 0, &h, &n, NULL), ISMS_OK);
	assert_int_equal(n, 2);
	/* Newest first; the order within one change follows the fields. */
	assert_string_equal(h[1].field, "status");
	assert_string_equal(h[1].old_value, "not-started");
	assert_string_equal(h[1].new_value, "partial");
	assert_string_equal(h[0].field, "owner");
	assert_string_equal(h[0].old_value, "");
	assert_string_equal(h[0].new_value, "ciso");
	assert_string_equal(h[0].key, "A.8.8");
	assert_string_equal(h[0].who, user_login());
	assert_int_equal(strlen(h[0].at), 20);
	history_rows_free(h, n);
	/* Writing the same values again changes and records nothing. */
	assert_int_equal(reg_set(f->m, &reg_soa, "A.8.8", &p, -1, NULL, NULL),
	    ISMS_OK);
	assert_int_equal(changes_of(f->m, "soa", NULL), 2);
}

static void
test_vocabularies(void **state)
{
	struct fixture *f = *state;
	struct rec_patch p = { .v = { NULL } };
	struct soa_row r;
	char *cause = NULL;

	p.v[SOA_REASONS] = "RA";
	expect_fail(reg_set(f->m, &reg_soa, "A.5.1", &p, -1, NULL, &cause),
	    ISMS_INVALID,
	    &cause, "A.5.1: reason for inclusion RA comes from linked risks "
	    "and cannot be set by hand");
	p.v[SOA_REASONS] = "LR,XX";
	cause = NULL;
	expect_fail(reg_set(f->m, &reg_soa, "A.5.1", &p, -1, NULL, &cause),
	    ISMS_INVALID,
	    &cause, "A.5.1: unknown reason for inclusion 'XX' (use LR, CO, BR "
	    "or BP)");
	p.v[SOA_REASONS] = "bp, lr,BP";
	assert_int_equal(reg_set(f->m, &reg_soa, "A.5.1", &p, -1, NULL, NULL),
	    ISMS_OK);
	assert_int_equal(soa_get(f->m, "A.5.1", &r, NULL), ISMS_OK);
	assert_string_equal(r.reasons, "LR,BP");
	soa_row_done(&r);
	p = (struct rec_patch){ .v = { [SOA_STATUS] = "done" } };
	cause = NULL;
	expect_fail(reg_set(f->m, &reg_soa, "A.5.1", &p, -1, NULL, &cause),
	    ISMS_INVALID,
	    &cause, "A.5.1: unknown implementation status 'done' (use "
	    "not-started, planned, partial or implemented)");
	p = (struct rec_patch){ .v = { [SOA_APPLICABLE] = "maybe" } };
	cause = NULL;
	expect_fail(reg_set(f->m, &reg_soa, "A.5.1", &p, -1, NULL, &cause),
	    ISMS_INVALID,
	    &cause, "A.5.1: unknown applicability 'maybe' (use yes, no or "
	    "undecided)");
	p = (struct rec_patch){ .v = { [SOA_REVIEWED] = "2026-02-30" } };
	cause = NULL;
	expect_fail(reg_set(f->m, &reg_soa, "A.5.1", &p, -1, NULL, &cause),
	    ISMS_INVALID,
	    &cause, "A.5.1: last review '2026-02-30' is not a calendar date "
	    "(YYYY-MM-DD)");
	p = (struct rec_patch){ .v = { [SOA_OWNER] = "evil\x1b[2J" } };
	cause = NULL;
	expect_fail(reg_set(f->m, &reg_soa, "A.5.1", &p, -1, NULL, &cause),
	    ISMS_INVALID,
	    &cause, "A.5.1: owner: U+001B (escape) is not allowed");
	p = (struct rec_patch){ .v = { [SOA_OWNER] = "\xE2\x80\xAE" "evil" } };
	cause = NULL;
	expect_fail(reg_set(f->m, &reg_soa, "A.5.1", &p, -1, NULL, &cause),
	    ISMS_INVALID,
	    &cause, "A.5.1: owner: U+202E (right-to-left override) is not "
	    "allowed");
	p = (struct rec_patch){
	    .v = { [SOA_EVIDENCE] = "ok\n\xC2\x9B" "31m" } };
	cause = NULL;
	expect_fail(reg_set(f->m, &reg_soa, "A.5.1", &p, -1, NULL, &cause),
	    ISMS_INVALID,
	    &cause, "A.5.1: evidence: U+009B (control sequence introducer) is "
	    "not allowed");
	p = (struct rec_patch){ .v = { [SOA_OWNER] = "x" } };
	cause = NULL;
	expect_fail(reg_set(f->m, &reg_soa, "A.9.9", &p, -1, NULL, &cause),
	    ISMS_NOT_FOUND, &cause, "A.9.9: no such Annex A control");
}

static void
test_clause_rules(void **state)
{
	struct fixture *f = *state;
	struct rec_patch p = { .v = { [CLAUSE_STATUS] = "In Progress",
	    [CLAUSE_OWNER] = "Dana", [CLAUSE_DUE] = "2027-01-31",
	    [CLAUSE_NOTES] = "two\nlines" } };
	struct clause_row r;
	struct required_row *docs;
	size_t n;
	char *cause = NULL;
	bool soa_doc = false;

	assert_int_equal(reg_set(f->m, &reg_clause, "6.1.3", &p, -1, NULL,
	    NULL), ISMS_OK);
	assert_int_equal(clause_get(f->m, "6.1.3", &r, NULL), ISMS_OK);
	assert_string_equal(r.status, "in-progress");
	assert_string_equal(r.due, "2027-01-31");
	assert_string_equal(r.notes, "two\nlines");
	clause_row_done(&r);
	p = (struct rec_patch){ .v = { [CLAUSE_DUE] = "31/01/2027" } };
	expect_fail(reg_set(f->m, &reg_clause, "6.1.3", &p, -1, NULL, &cause),
	    ISMS_INVALID, &cause, "6.1.3: due date '31/01/2027' is not a "
	    "calendar date (YYYY-MM-DD)");
	p = (struct rec_patch){ .v = { [CLAUSE_STATUS] = "finished" } };
	cause = NULL;
	expect_fail(reg_set(f->m, &reg_clause, "6.1.3", &p, -1, NULL, &cause),
	    ISMS_INVALID, &cause, "6.1.3: unknown clause status 'finished' "
	    "(use not-started, in-progress, implemented or verified)");
	p = (struct rec_patch){ .v = { [CLAUSE_DUE] = "" } };
	assert_int_equal(reg_set(f->m, &reg_clause, "6.1.3", &p, -1, NULL,
	    NULL), ISMS_OK);
	assert_int_equal(clause_get(f->m, "6.1.3", &r, NULL), ISMS_OK);
	assert_null(r.due);
	clause_row_done(&r);
	cause = NULL;
	expect_fail(clause_get(f->m, "11", &r, &cause), ISMS_NOT_FOUND, &cause,
	    "11: no such clause");
	assert_int_equal(required_list(f->m, "6", &docs, &n, NULL), ISMS_OK);
	for (size_t i = 0; i < n; i++)
		if (strcmp(docs[i].name, "Statement of Applicability") == 0 &&
		    strcmp(docs[i].item, "d") == 0)
			soa_doc = true;
	assert_true(soa_doc);
	required_rows_free(docs, n);
}

static void
test_conflict_between_writers(void **state)
{
	struct fixture *f = *state;
	struct isms *second;
	struct soa_row a, b, now;
	struct rec_patch pa = { .v = { [SOA_OWNER] = "alice" } };
	struct rec_patch pb = { .v = { [SOA_OWNER] = "bob" } };
	char *cause = NULL;
	int64_t rev;

	assert_int_equal(isms_open(f->path, false, &second, NULL), ISMS_OK);
	assert_int_equal(soa_get(f->m, "A.5.15", &a, NULL), ISMS_OK);
	assert_int_equal(soa_get(second, "A.5.15", &b, NULL), ISMS_OK);
	assert_int_equal(a.rev, b.rev);
	assert_int_equal(reg_set(f->m, &reg_soa, "A.5.15", &pa, a.rev, &rev,
	    NULL), ISMS_OK);
	assert_int_equal(rev, a.rev + 1);
	assert_int_equal(reg_set(second, &reg_soa, "A.5.15", &pb, b.rev, NULL,
	    &cause),
	    ISMS_CONFLICT);
	assert_non_null(strstr(cause, "A.5.15: changed by"));
	assert_non_null(strstr(cause, "nothing was written"));
	free(cause);
	assert_int_equal(soa_get(second, "A.5.15", &now, NULL), ISMS_OK);
	assert_string_equal(now.owner, "alice");
	assert_int_equal(now.rev, rev);
	assert_int_equal(changes_of(second, "soa", "A.5.15"), 1);
	/* Having re-read, the second writer may go ahead. */
	assert_int_equal(reg_set(second, &reg_soa, "A.5.15", &pb, now.rev, NULL,
	    NULL),
	    ISMS_OK);
	soa_row_done(&a);
	soa_row_done(&b);
	soa_row_done(&now);
	isms_close(second);
}

static void
test_read_only(void **state)
{
	struct fixture *f = *state;
	struct isms *ro;
	struct rec_patch p = { .v = { [SOA_OWNER] = "x" } };
	char *cause = NULL;

	assert_int_equal(isms_open(f->path, true, &ro, NULL), ISMS_OK);
	assert_true(isms_readonly(ro));
	assert_int_equal(reg_set(ro, &reg_soa, "A.5.1", &p, -1, NULL, &cause),
	    ISMS_READONLY);
	assert_non_null(strstr(cause, "read-only"));
	free(cause);
	isms_close(ro);
}

static void
test_ra_from_risk_links(void **state)
{
	struct fixture *f = *state;
	struct soa_row r;
	sqlite3 *h;

	/* The risk register arrives later; link a risk the way it will. */
	assert_int_equal(sqlite3_open(f->path, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, "INSERT INTO risk (id, ref, "
	    "statement, matrix_id, matrix_version, updated_at, updated_by) "
	    "VALUES (1, 'R-001', 'Unpatched servers', '5x5', 1, 't', 'u');"
	    "INSERT INTO risk_control VALUES (1, 'iso27001-2022', 'A.8.8');",
	    NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	assert_int_equal(soa_get(f->m, "A.8.8", &r, NULL), ISMS_OK);
	assert_true(r.risk_linked);
	assert_string_equal(r.risks, "R-001");
	soa_row_done(&r);
	assert_int_equal(soa_get(f->m, "A.8.9", &r, NULL), ISMS_OK);
	assert_false(r.risk_linked);
	assert_string_equal(r.risks, "");
	soa_row_done(&r);
}

static void
test_isms_set(void **state)
{
	struct fixture *f = *state;
	char *cause = NULL;

	assert_int_equal(isms_set(f->m, "Example Group", NULL, -1, NULL),
	    ISMS_OK);
	assert_string_equal(isms_info(f->m)->org, "Example Group");
	assert_string_equal(isms_info(f->m)->scope, "All of it");
	assert_int_equal(isms_info(f->m)->rev, 2);
	assert_int_equal(isms_set(f->m, "Stale", NULL, 1, &cause),
	    ISMS_CONFLICT);
	free(cause);
	assert_string_equal(isms_info(f->m)->org, "Example Group");
}

static void
test_open_without_isms_record(void **state)
{
	struct fixture *f = *state;
	char *bare = test_path(f->dir, "bare.db");
	struct isms *m = NULL;
	struct db *db;
	char *cause = NULL;

	/* An isms schema with no ISMS in it: 'init' never finished. */
	assert_int_equal(schema_open(bare, DB_OPEN_CREATE, &db, NULL), ISMS_OK);
	db_close(db);
	assert_int_equal(isms_open(bare, false, &m, &cause), ISMS_CORRUPT);
	assert_null(m);
	assert_non_null(strstr(cause, "has no ISMS record"));
	free(cause);
	free(bare);
}

/* Only what a write changes is checked: a value stored before the rule
 * (or by another program) does not block other edits of the record, nor
 * writing it back unchanged; a new value is checked. */
static void
test_only_changes_checked(void **state)
{
	struct fixture *f = *state;
	struct rec_patch p = { .v = { [SOA_STATUS] = "planned" } };
	char *cause = NULL, *sql, *old = malloc(602), *longer = malloc(502);
	sqlite3 *h;

	memset(old, 'o', 600);
	old[600] = '\0';
	memset(longer, 'n', 501);
	longer[501] = '\0';
	sql = sqlite3_mprintf("UPDATE soa_entry SET owner = '%q\x1b' WHERE "
	    "control_id = 'A.5.1';", old);
	assert_int_equal(sqlite3_open(f->path, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	sqlite3_free(sql);
	assert_int_equal(reg_set(f->m, &reg_soa, "A.5.1", &p, -1, NULL, &cause),
	    ISMS_OK);
	strcat(old, "\x1b");
	p = (struct rec_patch){ .v = { [SOA_OWNER] = old,
	    [SOA_HOW] = "Reviewed yearly" } };
	assert_int_equal(reg_set(f->m, &reg_soa, "A.5.1", &p, -1, NULL, &cause),
	    ISMS_OK);
	p = (struct rec_patch){ .v = { [SOA_OWNER] = longer } };
	expect_fail(reg_set(f->m, &reg_soa, "A.5.1", &p, -1, NULL, &cause),
	    ISMS_INVALID,
	    &cause, "A.5.1: owner: 501 characters is too long: a one-line "
	    "field holds at most 500");
	free(old);
	free(longer);
}

/* A $HOME reached through a link: the ISMS is created in, and opened
 * from, the real directory. */
static void
test_create_through_linked_directory(void **state)
{
	struct fixture *f = *state;
	char *link = test_path(f->dir, "home");
	char *via = test_path(f->dir, "home/new/isms.db");
	char *real = test_path(f->dir, "data/new/isms.db");
	struct isms_init init = { 0 };
	struct isms *m = NULL;
	char *cause = NULL;

	assert_int_equal(symlink("data", link), 0);
	assert_int_equal(isms_create(via, &init, &m, &cause), ISMS_OK);
	assert_string_equal(isms_path(m), via);
	isms_close(m);
	assert_int_equal(access(real, F_OK), 0);
	assert_int_equal(isms_open(via, true, &m, &cause), ISMS_OK);
	assert_false(isms_snapshot(m));
	assert_false(isms_poll(m));
	isms_close(m);
	free(link);
	free(via);
	free(real);
}

/* A create that fails after the file was made (here: the file-size
 * limit cuts a write) leaves no database, -wal, -shm or -journal. */
static void
test_failed_create_leaves_nothing(void **state)
{
	static const rlim_t limits[] = { 8192, 65536, 262144 };
	struct fixture *f = *state;
	char *dir = test_path(f->dir, "failed");
	char *path = test_path(dir, "isms.db");
	struct isms_init init = { 0 };
	struct rlimit old, lim;
	void (*was)(int) = signal(SIGXFSZ, SIG_IGN);

	assert_int_equal(mkdir(dir, 0700), 0);
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	for (size_t i = 0; i < sizeof limits / sizeof *limits; i++) {
		struct isms *m = NULL;
		char *cause = NULL;
		enum isms_status rc;
		DIR *d;
		struct dirent *e;
		int entries = 0;

		lim = old;
		lim.rlim_cur = limits[i];
		assert_int_equal(setrlimit(RLIMIT_FSIZE, &lim), 0);
		rc = isms_create(path, &init, &m, &cause);
		assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
		assert_int_not_equal(rc, ISMS_OK);
		assert_null(m);
		assert_non_null(strstr(cause, path));
		free(cause);
		assert_non_null(d = opendir(dir));
		while ((e = readdir(d)) != NULL)
			if (strcmp(e->d_name, ".") != 0 &&
			    strcmp(e->d_name, "..") != 0) {
				fprintf(stderr, "# left behind: %s\n",
				    e->d_name);
				entries++;
			}
		closedir(d);
		assert_int_equal(entries, 0);
	}
	signal(SIGXFSZ, was);
	free(dir);
	free(path);
}

/* path holds nothing, or a whole demo ISMS: 93 SoA entries and risks. */
static void
assert_whole_or_absent(const char *path, int *whole)
{
	struct soa_query sq;
	struct risk_query rq;
	struct isms *m = NULL;
	char *cause = NULL;
	size_t controls = 0, risks = 0;

	if (access(path, F_OK) != 0)
		return;
	if (isms_open(path, true, &m, &cause) != ISMS_OK)
		fail_msg("a half-made database was left: %s", cause);
	memset(&sq, 0, sizeof sq);
	memset(&rq, 0, sizeof rq);
	assert_int_equal(reg_view_count(m, &reg_soa, &sq, &controls, NULL),
	    ISMS_OK);
	assert_int_equal(reg_view_count(m, &reg_risk, &rq, &risks, NULL),
	    ISMS_OK);
	assert_int_equal(controls, 93);
	assert_true(risks > 0);
	assert_string_equal(isms_info(m)->org, "Kill Test");
	isms_close(m);
	(*whole)++;
}

/* Names in dir that start with a dot (temporary files). */
static int
dot_files(const char *dir, bool remove)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] != '.' || strcmp(e->d_name, ".") == 0 ||
		    strcmp(e->d_name, "..") == 0)
			continue;
		n++;
		if (remove) {
			char *p = test_path(dir, e->d_name);

			unlink(p);
			free(p);
		}
	}
	closedir(d);
	return n;
}

/* `isms init --demo` killed at any moment leaves no database, or a whole
 * one, never a half one that is then refused ("no ISMS record") while
 * init says it exists; on SIGTERM it leaves no temporary file either. */
static void
test_create_killed_is_all_or_nothing(void **state)
{
	struct fixture *f = *state;
	char *dir = test_path(f->dir, "kill");
	char *path = test_path(dir, "isms.db");
	struct isms_init init = { .org = "Kill Test", .demo = true };
	int whole = 0, absent = 0;

	struct timespec t0, t1;
	struct isms *m = NULL;
	long ns;

	assert_int_equal(mkdir(dir, 0700), 0);
	/* kill at 20 moments spread over twice as long as a create takes */
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_int_equal(isms_create(path, &init, &m, NULL), ISMS_OK);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	isms_close(m);
	unlink(path);
	ns = (t1.tv_sec - t0.tv_sec) * 1000000000L + t1.tv_nsec - t0.tv_nsec;
	for (int i = 0; i < 40; i++) {
		int sig = i % 2 ? SIGTERM : SIGKILL, status;
		long at = ns / 8 * (i / 2);
		struct timespec nap = { at / 1000000000L, at % 1000000000L };
		pid_t pid = fork();

		assert_true(pid >= 0);
		if (pid == 0) {
			isms_create(path, &init, &m, NULL);
			_exit(0);
		}
		nanosleep(&nap, NULL);
		kill(pid, sig);
		assert_int_equal(waitpid(pid, &status, 0), pid);
		if (access(path, F_OK) != 0)
			absent++;
		assert_whole_or_absent(path, &whole);
		if (WIFSIGNALED(status) && sig == SIGTERM &&
		    dot_files(dir, false) != 0)
			fail_msg("SIGTERM after %ld ms left a temporary file",
			    nap.tv_nsec / 1000000);
		dot_files(dir, true);         /* what SIGKILL cannot help */
		unlink(path);
	}
	assert_true(whole > 0);
	assert_true(absent > 0);
	free(path);
	free(dir);
}

/* Two inits racing for one path: one wins, the other is told it exists,
 * and the file is the winner's, whole. */
static void
test_create_race(void **state)
{
	struct fixture *f = *state;
	char *path = test_path(f->dir, "race.db");
	int go[2], status[2], won = 0, whole = 0;
	pid_t pid[2];

	for (int round = 0; round < 3; round++) {
		assert_int_equal(pipe(go), 0);
		for (int k = 0; k < 2; k++) {
			if ((pid[k] = fork()) == 0) {
				struct isms_init init = { .org = "Kill Test",
				    .demo = true };
				struct isms *m = NULL;
				char c;
				enum isms_status rc;

				close(go[1]);
				if (read(go[0], &c, 1) != 0)
					_exit(3);
				rc = isms_create(path, &init, &m, NULL);
				isms_close(m);
				_exit(rc == ISMS_OK ? 0 : rc == ISMS_EXISTS ?
				    1 : 2);
			}
		}
		close(go[0]);
		close(go[1]);                 /* both start now */
		won = 0;
		for (int k = 0; k < 2; k++) {
			assert_int_equal(waitpid(pid[k], &status[k], 0),
			    pid[k]);
			assert_true(WIFEXITED(status[k]));
			assert_true(WEXITSTATUS(status[k]) <= 1);
			won += WEXITSTATUS(status[k]) == 0;
		}
		assert_int_equal(won, 1);
		assert_whole_or_absent(path, &whole);
		assert_int_equal(dot_files(f->dir, false), 0);
		unlink(path);
	}
	assert_int_equal(whole, 3);
	free(path);
}

int
main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_create_copies_catalogs),
		T(test_create_refuses_existing_and_unknown),
		T(test_exclusion_needs_justification),
		T(test_history_rows),
		T(test_vocabularies),
		T(test_clause_rules),
		T(test_conflict_between_writers),
		T(test_read_only),
		T(test_ra_from_risk_links),
		T(test_isms_set),
		T(test_open_without_isms_record),
		T(test_only_changes_checked),
		T(test_create_through_linked_directory),
		T(test_failed_create_leaves_nothing),
		T(test_create_killed_is_all_or_nothing),
		T(test_create_race),
	};
#undef T

	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
