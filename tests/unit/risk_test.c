/*
 * risk_test.c - the risk method and register on real ISMSs created from
 * the shipped catalogs: the level of every cell of every shipped matrix
 * (against the catalog file itself), the acceptance criterion, stale
 * acceptance, the link and delete rules, and two writers on one risk.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "isms/catalog/catalog.h"
#include "isms/model/reg.h"
#include "isms/db/db.h"
#include "isms/model/create.h"
#include "../../src/model/isms_db.h"  /* the model's own */
#include "isms/model/matrix.h"
#include "isms/model/risk.h"
#include "isms/model/soa.h"
#include "isms/util/date.h"
#include "isms/util/diag.h"
#include "testutil.h"

struct fixture {
	char *dir;
	char *path;
	struct isms *m;
};

static struct isms *
create(struct fixture *f, const char *matrix)
{
	struct isms_init init = { .org = "Example Ltd", .matrix = matrix };
	char *cause = NULL;

	f->path = test_path(f->dir, matrix);
	if (isms_create(f->path, &init, &f->m, &cause) != ISMS_OK)
		fail_msg("isms_create %s: %s", matrix, cause);
	return f->m;
}

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);

	f->dir = test_tmpdir();
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

static struct catalog *
catalog_of(const char *matrix)
{
	char *file = calloc(1, 64), *path;
	struct catalog *c = NULL;
	struct diag_list dl;

	snprintf(file, 64, "catalogs/risk-matrix-%s.yaml", matrix);
	path = test_path(getenv("ISMS_SRCDIR"), file);
	diag_list_init(&dl);
	assert_int_equal(catalog_load(path, &c, &dl), ISMS_OK);
	diag_list_done(&dl);
	free(path);
	free(file);
	return c;
}

/* Every cell of the matrix in the database has the catalog's level. */
static void
check_matrix(void **state, const char *id)
{
	struct fixture *f = *state;
	struct catalog *c = catalog_of(id);
	const struct catalog_matrix *cm = &c->u.matrix;
	struct matrix *mx;
	char *cause = NULL;

	assert_int_equal(matrix_get(create(f, id), &mx, &cause), ISMS_OK);
	assert_int_equal(mx->n_likelihood, (int)cm->n_likelihood);
	assert_int_equal(mx->n_impact, (int)cm->n_impact);
	assert_int_equal(mx->n_levels, (int)cm->n_levels);
	for (int l = 1; l <= mx->n_likelihood; l++)
		for (int i = 1; i <= mx->n_impact; i++)
			assert_int_equal(matrix_rank(mx, l, i), (int)cm->grid[
			    (l - 1) * cm->n_impact + (i - 1)]);
	for (int r = 0; r < mx->n_levels; r++)
		assert_int_equal(matrix_above(mx, r), r > (int)cm->acceptance);
	assert_int_equal(matrix_rank(mx, 0, 1), -1);
	assert_int_equal(matrix_rank(mx, 1, mx->n_impact + 1), -1);
	matrix_free(mx);
	catalog_free(c);
}

static void test_matrix_3x3(void **state) { check_matrix(state, "3x3"); }
static void test_matrix_4x4(void **state) { check_matrix(state, "4x4"); }
static void test_matrix_5x5(void **state) { check_matrix(state, "5x5"); }

static char *
add(struct isms *m, const char *statement, const char *l, const char *i,
    const char *rl, const char *ri)
{
	struct rec_patch p = { .v = { [RISK_STATEMENT] = statement,
	    [RISK_IL] = l, [RISK_II] = i, [RISK_RL] = rl, [RISK_RI] = ri,
	    [RISK_OWNER] = "Dana", [RISK_REVIEW] = "2099-01-01" } };
	char *ref = NULL, *cause = NULL;

	if (reg_add(m, &reg_risk, &p, &ref, &cause) != ISMS_OK)
		fail_msg("risk_add: %s", cause);
	return ref;
}

static struct risk_row
get(struct isms *m, const char *ref)
{
	struct risk_row r = { 0 };
	char *cause = NULL;

	assert_int_equal(risk_get(m, ref, &r, &cause), ISMS_OK);
	return r;
}

/* 5x5 accepts up to medium: a high residual is flagged until accepted. */
static void
test_acceptance_criterion(void **state)
{
	struct fixture *f = *state;
	struct isms *m = create(f, "5x5");
	char *low = add(m, "Low one", "1", "1", "1", "1");
	char *high = add(m, "High one", "5", "5", "4", "4");
	struct risk_row a = get(m, low), b = get(m, high);

	assert_false(a.above);
	assert_false(risk_flagged(&a, "2026-01-01"));
	assert_true(b.above);
	assert_true(risk_flagged(&b, "2026-01-01"));
	risk_row_done(&a);
	risk_row_done(&b);
	free(low);
	free(high);
}

static void
test_stale_acceptance(void **state)
{
	struct fixture *f = *state;
	struct isms *m = create(f, "5x5");
	char *ref = add(m, "Phishing", "4", "4", "3", "4"), *cause = NULL;
	struct rec_patch more = { .v = { [RISK_RL] = "4" } };
	struct rec_patch same = { .v = { [RISK_OWNER] = "Someone else" } };
	struct rec_patch treat = { .v = { [RISK_TREATMENT] = "transfer" } };
	const char *ctl[] = { "A.6.3" };
	struct risk_row r;

	assert_int_equal(risk_accept(m, ref, "Dana", NULL, "ok", &cause),
	    ISMS_OK);
	r = get(m, ref);
	assert_true(r.accepted);
	assert_false(r.stale);
	assert_false(risk_flagged(&r, "2026-01-01"));
	risk_row_done(&r);
	/* the owner is not part of what was accepted */
	assert_int_equal(reg_set(m, &reg_risk, ref, &same, -1, NULL, &cause),
	    ISMS_OK);
	r = get(m, ref);
	assert_false(r.stale);
	risk_row_done(&r);
	/* residual scores, treatment and controls are */
	assert_int_equal(reg_set(m, &reg_risk, ref, &more, -1, NULL, &cause),
	    ISMS_OK);
	r = get(m, ref);
	assert_true(r.stale);
	assert_true(risk_flagged(&r, "2026-01-01"));
	risk_row_done(&r);
	assert_int_equal(risk_accept(m, ref, "Dana", NULL, NULL, &cause),
	    ISMS_OK);
	assert_int_equal(reg_set(m, &reg_risk, ref, &treat, -1, NULL, &cause),
	    ISMS_OK);
	r = get(m, ref);
	assert_true(r.stale);
	risk_row_done(&r);
	assert_int_equal(risk_accept(m, ref, "Dana", NULL, NULL, &cause),
	    ISMS_OK);
	assert_int_equal(risk_link(m, ref, NULL, 0, ctl, 1, false, false,
	    &cause), ISMS_OK);
	r = get(m, ref);
	assert_true(r.stale);
	risk_row_done(&r);
	free(ref);
}

/* A new risk gets a review date from its level, or from the highest
 * level (the shortest interval) while it is not scored: it is never left
 * without one, so it can become overdue. */
static void
test_new_risk_review(void **state)
{
	struct fixture *f = *state;
	struct isms *m = create(f, "5x5");
	struct rec_patch bare = { .v = { [RISK_STATEMENT] = "Not scored" } };
	struct rec_patch low = { .v = { [RISK_STATEMENT] = "Low",
	    [RISK_IL] = "1", [RISK_II] = "1" } };
	char *a = NULL, *b = NULL, *cause = NULL;
	struct risk_row ra, rb;

	setenv("ISMS_TODAY", "2026-11-01", 1);
	assert_int_equal(reg_add(m, &reg_risk, &bare, &a, &cause), ISMS_OK);
	assert_int_equal(reg_add(m, &reg_risk, &low, &b, &cause), ISMS_OK);
	unsetenv("ISMS_TODAY");
	ra = get(m, a);
	rb = get(m, b);
	assert_string_equal(ra.identified, "2026-11-01");
	assert_non_null(ra.next_review);
	assert_string_equal(ra.next_review, "2026-12-01");  /* Critical: 30 */
	assert_string_equal(rb.next_review, "2027-11-01");  /* Low: 365 */
	risk_row_done(&ra);
	risk_row_done(&rb);
	free(a);
	free(b);
}

/* A revocation ends an acceptance, stale or not, without touching it:
 * the risk is flagged again, the stale view no longer lists it, and it
 * can be accepted anew. */
static void
test_revoke(void **state)
{
	struct fixture *f = *state;
	struct isms *m = create(f, "5x5");
	char *ref = add(m, "DDoS", "4", "4", "4", "4"), *cause = NULL;
	struct rec_patch more = { .v = { [RISK_RL] = "5" } };
	struct risk_query stale = { .stale = true };
	size_t n = 9;
	struct risk_row r;

	assert_int_equal(risk_revoke(m, ref, NULL, NULL, &cause),
	    ISMS_INVALID);              /* nothing to revoke */
	free(cause);
	cause = NULL;
	assert_int_equal(risk_accept(m, ref, "Dana", NULL, NULL, &cause),
	    ISMS_OK);
	assert_int_equal(reg_set(m, &reg_risk, ref, &more, -1, NULL, &cause),
	    ISMS_OK);
	assert_int_equal(reg_view_count(m, &reg_risk, &stale, &n, &cause),
	    ISMS_OK);
	assert_int_equal(n, 1);
	assert_int_equal(risk_revoke(m, ref, "CISO", "no longer true",
	    &cause), ISMS_OK);
	r = get(m, ref);
	assert_false(r.accepted);
	assert_false(r.stale);
	assert_null(r.accepted_by);
	assert_true(risk_flagged(&r, "2026-01-01"));
	risk_row_done(&r);
	assert_int_equal(reg_view_count(m, &reg_risk, &stale, &n, &cause),
	    ISMS_OK);
	assert_int_equal(n, 0);
	assert_int_equal(risk_accept(m, ref, "Dana", NULL, NULL, &cause),
	    ISMS_OK);
	r = get(m, ref);
	assert_true(r.accepted);
	assert_false(r.stale);
	risk_row_done(&r);
	free(ref);
}

static void
test_expired_acceptance_flags(void **state)
{
	struct fixture *f = *state;
	struct isms *m = create(f, "5x5");
	char *ref = add(m, "DDoS", "4", "4", "4", "4"), *cause = NULL;
	struct risk_row r;

	assert_int_equal(risk_accept(m, ref, "Dana", "2099-01-01", NULL,
	    &cause), ISMS_OK);
	r = get(m, ref);
	assert_false(risk_flagged(&r, "2098-12-31"));
	assert_true(risk_flagged(&r, "2099-01-02"));   /* expired by then */
	risk_row_done(&r);
	free(ref);
}

static void
test_link_and_delete_rules(void **state)
{
	struct fixture *f = *state;
	struct isms *m = create(f, "3x3");
	struct rec_patch ap = { .v = { [ASSET_NAME] = "Mail server",
	    [ASSET_TYPE] = "hardware" } };
	char *key = NULL;
	struct rec_patch act = { .v = { [ACTION_WHAT] = "Patch monthly",
	    [ACTION_CONTROL] = "A.8.8" } };
	const char *assets[] = { "Mail server" }, *ctl[] = { "A.8.8" };
	const char *bad[] = { "A.8.8", "A.9.9" };
	char *ref = add(m, "Mail server compromised", "2", "3", "", ""),
	    *cause = NULL;
	int64_t id, action;
	struct soa_row s = { 0 };
	struct risk_row r;

	assert_int_equal(reg_add(m, &reg_asset, &ap, &key, &cause), ISMS_OK);
	id = strtoll(key, NULL, 10);
	assert_true(id > 0);
	free(key);
	/* all or nothing */
	assert_int_equal(risk_link(m, ref, assets, 1, bad, 2, false, false,
	    &cause), ISMS_NOT_FOUND);
	free(cause);
	cause = NULL;
	r = get(m, ref);
	assert_string_equal(r.assets, "");
	assert_string_equal(r.controls, "");
	risk_row_done(&r);
	assert_int_equal(risk_link(m, ref, assets, 1, ctl, 1, false, false,
	    &cause), ISMS_OK);
	assert_int_equal(soa_get(m, "A.8.8", &s, &cause), ISMS_OK);
	assert_true(s.risk_linked);
	assert_string_equal(s.risks, ref);
	soa_row_done(&s);
	/* the asset is in use */
	assert_int_equal(reg_rm(m, &reg_asset, "Mail server", false, &cause),
	    ISMS_CONFLICT);
	assert_non_null(strstr(cause, ref));
	free(cause);
	cause = NULL;
	/* the control link is named by an action */
	act.v[ACTION_RISK] = ref;
	assert_int_equal(reg_add(m, &reg_action, &act, &key, &cause),
	    ISMS_OK);
	action = strtoll(key, NULL, 10);
	assert_true(action > 0);
	free(key);
	assert_int_equal(risk_link(m, ref, NULL, 0, ctl, 1, true, false,
	    &cause), ISMS_CONFLICT);
	free(cause);
	cause = NULL;
	assert_int_equal(risk_link(m, ref, NULL, 0, ctl, 1, true, true,
	    &cause), ISMS_OK);
	assert_int_equal(reg_rm(m, &reg_asset, "Mail server", true, &cause),
	    ISMS_OK);
	r = get(m, ref);
	assert_string_equal(r.assets, "");
	risk_row_done(&r);
	free(ref);
}

static void
test_concurrent_edits_of_one_risk(void **state)
{
	struct fixture *f = *state;
	struct isms *m = create(f, "5x5"), *other;
	char *ref = add(m, "Insider fraud", "2", "4", "", ""), *cause = NULL;
	struct rec_patch mine = { .v = { [RISK_OWNER] = "CFO" } };
	struct rec_patch theirs = { .v = { [RISK_OWNER] = "HR" } };
	struct risk_row r = get(m, ref);

	assert_int_equal(isms_open(f->path, false, &other, &cause), ISMS_OK);
	assert_int_equal(reg_set(other, &reg_risk, ref, &theirs, r.rev, NULL,
	    &cause),
	    ISMS_OK);
	assert_int_equal(reg_set(m, &reg_risk, ref, &mine, r.rev, NULL, &cause),
	    ISMS_CONFLICT);
	assert_non_null(strstr(cause, "since it was read"));
	free(cause);
	cause = NULL;
	risk_row_done(&r);
	r = get(m, ref);
	assert_string_equal(r.owner, "HR");          /* nothing overwritten */
	risk_row_done(&r);
	isms_close(other);
	free(ref);
}

/* The refs a view selects, joined by spaces. */
static char *
refs_of(struct isms *m, const struct risk_query *q)
{
	struct risk_row *rows;
	size_t n;
	char *out = calloc(1, 1024);

	assert_int_equal(reg_view_all(m, &reg_risk, q, (void **)&rows, &n,
	    NULL), ISMS_OK);
	for (size_t i = 0; i < n; i++) {
		strcat(out, rows[i].ref);
		strcat(out, " ");
	}
	risk_rows_free(rows, n);
	return out;
}

/* The refs of every risk the C rule says yes to, joined by spaces. */
static char *
refs_where(struct isms *m, const char *today,
           bool (*rule)(const struct risk_row *, const char *))
{
	struct risk_row *rows;
	size_t n;
	char *out = calloc(1, 1024);

	assert_int_equal(reg_view_all(m, &reg_risk, NULL, (void **)&rows, &n,
	    NULL), ISMS_OK);
	for (size_t i = 0; i < n; i++)
		if (rule(&rows[i], today)) {
			strcat(out, rows[i].ref);
			strcat(out, " ");
		}
	risk_rows_free(rows, n);
	return out;
}

static bool
rule_stale(const struct risk_row *r, const char *today)
{
	(void)today;
	return r->accepted && r->stale;
}

static bool
rule_above(const struct risk_row *r, const char *today)
{
	(void)today;
	return r->above;
}

/* The view's filters select what the C rules decide, one by one: flagged
 * (above without a valid acceptance), overdue, stale and above, over a
 * register with every combination of level, status, review date and
 * acceptance (none, valid, expired, stale). */
static void
test_view_filters_agree_with_rules(void **state)
{
	struct fixture *f = *state;
	struct isms *m = create(f, "5x5");
	char today[11], past[11], future[11], *cause = NULL, sql[160];
	const char *scores[][2] = { { "5", "5" }, { "1", "1" } };
	struct { struct risk_query q; bool (*rule)(const struct risk_row *,
	    const char *); } cases[] = {
		{ { .flagged = true }, risk_flagged },
		{ { .overdue = true }, risk_overdue },
		{ { .stale = true }, rule_stale },
		{ { .above = true }, rule_above },
	};

	date_today(today);
	date_add_days(today, -3, past);
	date_add_days(today, 30, future);
	for (int k = 0; k < 48; k++) {
		const char *review = k % 3 == 0 ? past : k % 3 == 1 ? future :
		    "";
		char *ref = add(m, "r", scores[k / 24][0], scores[k / 24][1],
		    scores[k / 24][0], scores[k / 24][1]);
		struct rec_patch p = { .v = { [RISK_REVIEW] = review,
		    [RISK_STATUS] = (k / 12) % 2 ? "closed" : "open" } };
		int acc = (k / 3) % 4;  /* none, valid, expired, stale */

		assert_int_equal(reg_set(m, &reg_risk, ref, &p, -1, NULL,
		    &cause), ISMS_OK);
		if (acc > 0)
			assert_int_equal(risk_accept(m, ref, "Dana", future,
			    NULL, &cause), ISMS_OK);
		if (acc == 2) {           /* expired: planted, isms refuses */
			snprintf(sql, sizeof sql, "UPDATE risk_acceptance SET "
			    "until = '%s' WHERE risk_id = (SELECT id FROM risk "
			    "WHERE ref = '%s');", past, ref);
			assert_int_equal(db_exec(isms_db(m), sql, &cause),
			    ISMS_OK);
		}
		if (acc == 3) {
			p = (struct rec_patch){ .v = { [RISK_RL] = "4" } };
			assert_int_equal(reg_set(m, &reg_risk, ref, &p, -1,
			    NULL, &cause), ISMS_OK);
		}
		free(ref);
	}
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *sqlside = refs_of(m, &cases[i].q);
		char *cside = refs_where(m, today, cases[i].rule);

		assert_string_equal(sqlside, cside);
		assert_true(strlen(cside) > 0);               /* some ... */
		assert_true(strlen(cside) < 48 * 6);          /* ... not all */
		free(sqlside);
		free(cside);
	}
}

static void
test_views(void **state)
{
	struct fixture *f = *state;
	struct isms *m = create(f, "5x5");
	struct risk_query q = { .level = "critical" };
	char *a = add(m, "a", "5", "5", "", ""), *b = add(m, "b", "1", "1", "",
	    ""), *c = add(m, "c", "3", "3", "", ""), *cause = NULL;
	struct rec_mark mark = { 0 }, hit = { 0 };
	size_t n, pos;

	assert_int_equal(reg_view_count(m, &reg_risk, &q, &n, &cause), ISMS_OK);
	assert_int_equal(n, 1);
	q = (struct risk_query){ .sort = RISK_SORT_INHERENT,
	    .descending = true };
	assert_int_equal(reg_view_position(m, &reg_risk, &q, b, SIZE_MAX, &pos,
	    &mark, &cause), ISMS_OK);
	assert_int_equal(pos, 2);
	assert_int_equal(reg_view_find(m, &reg_risk, &q, "c", NULL, 1, SIZE_MAX,
	    &pos, &hit, &cause), ISMS_OK);
	assert_int_equal(pos, 1);
	rec_mark_done(&hit);
	/* from the last row (b) forwards wraps to a, backwards finds c */
	assert_int_equal(reg_view_find(m, &reg_risk, &q, "a", &mark, 1,
	    SIZE_MAX, &pos, &hit, &cause), ISMS_OK);
	assert_int_equal(pos, 0);
	rec_mark_done(&hit);
	assert_int_equal(reg_view_find(m, &reg_risk, &q, "c", &mark, -1,
	    SIZE_MAX, &pos, &hit, &cause), ISMS_OK);
	assert_int_equal(pos, 1);
	rec_mark_done(&hit);
	rec_mark_done(&mark);
	q = (struct risk_query){ .level = "purple" };
	assert_int_equal(reg_view_count(m, &reg_risk, &q, &n, &cause),
	    ISMS_INVALID);
	free(cause);
	cause = NULL;
	free(a);
	free(b);
	free(c);
}

/* Moving 5x5 scores to 3x3 needs a map for 4 and 5; with one, every
 * score moves, levels come from the new grid and nothing is clamped. */
static void
test_remap(void **state)
{
	struct fixture *f = *state;
	struct isms *m = create(f, "5x5");
	char *a = add(m, "a", "5", "2", "4", "1"), *b = add(m, "b", "1", "3",
	    "", ""), *cause = NULL;
	const char *partial[] = { "likelihood:4=3,5=3" };
	const char *bad[] = { "colour:1=2" };
	struct matrix *mx;
	struct risk_row r;
	size_t n;

	assert_int_equal(matrix_switch(m, "3x3", NULL, 0, &n, &cause),
	    ISMS_INVALID);
	assert_non_null(strstr(cause, "likelihood 4 (1 score)"));
	assert_non_null(strstr(cause, "likelihood 5 (1 score)"));
	free(cause);
	cause = NULL;
	assert_int_equal(matrix_switch(m, "3x3", bad, 1, &n, &cause),
	    ISMS_INVALID);
	free(cause);
	cause = NULL;
	/* impact 2 and 3 are in use and fit; likelihood needs the map */
	assert_int_equal(matrix_switch(m, "3x3", partial, 1, &n, &cause),
	    ISMS_OK);
	assert_int_equal(n, 2);
	r = get(m, a);
	assert_int_equal(r.il, 3);
	assert_int_equal(r.ii, 2);
	assert_int_equal(r.rl, 3);
	assert_int_equal(r.ri, 1);
	assert_string_equal(r.matrix_id, "3x3");
	assert_int_equal(matrix_get(m, &mx, &cause), ISMS_OK);
	assert_int_equal(r.inherent_rank, matrix_rank(mx, 3, 2));
	matrix_free(mx);
	risk_row_done(&r);
	assert_string_equal(isms_info(m)->matrix_id, "3x3");
	/* and back: 3x3 values all exist on 5x5, no map needed */
	assert_int_equal(matrix_switch(m, "5x5", NULL, 0, &n, &cause),
	    ISMS_OK);
	r = get(m, b);
	assert_int_equal(r.il, 1);
	assert_int_equal(r.ii, 3);
	risk_row_done(&r);
	free(a);
	free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_matrix_3x3, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_matrix_4x4, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_matrix_5x5, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_acceptance_criterion,
		    setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_stale_acceptance, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_expired_acceptance_flags,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_new_risk_review, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_revoke, setup, teardown),
		cmocka_unit_test_setup_teardown(test_link_and_delete_rules,
		    setup,
		    teardown),
		cmocka_unit_test_setup_teardown(
		    test_concurrent_edits_of_one_risk, setup, teardown),
		cmocka_unit_test_setup_teardown(test_views, setup, teardown),
		cmocka_unit_test_setup_teardown(
		    test_view_filters_agree_with_rules, setup, teardown),
		cmocka_unit_test_setup_teardown(test_remap, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
