/*
 * window_test.c - the window cache of the TUI over a register of a few
 * hundred risks with many ties: every window it holds is exactly the
 * rows of the full list at those positions, whichever way it is reached
 * (scrolling one row at a time down and up, paging, jumping to either
 * end, to a found or a located row), and it reads only what it must: a
 * scroll by one row reads one row.  Also the table-pane base's in-memory
 * order for a register that is not windowed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "isms/model/create.h"
#include "isms/model/reg.h"
#include "isms/model/risk.h"
#include "isms/ui/app.h"
#include "isms/ui/window.h"
#include "testutil.h"

#define N_RISKS 240
#define HEIGHT 20

struct fixture {
	char *dir;
	struct app app;
};

static const char *const owners[] = {
	"CFO", "cfo", "IT lead", "", "Head of Data", "CISO", "Ops",
};

static int
setup_group(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct isms_init init = { .org = "Example Ltd", .matrix = "5x5" };
	char *path, *cause = NULL;

	f->dir = test_tmpdir();
	path = test_path(f->dir, "isms.db");
	if (isms_create(path, &init, &f->app.m, &cause) != ISMS_OK)
		fail_msg("isms_create: %s", cause);
	free(path);
	for (int i = 0; i < N_RISKS; i++) {
		char statement[64], l[4], im[4];
		struct rec_patch p = { .v = { [RISK_STATEMENT] = statement,
		    [RISK_OWNER] = owners[i % 7], [RISK_IL] = l,
		    [RISK_II] = im } };
		char *ref = NULL;

		snprintf(statement, sizeof statement, "Risk %03d %s",
		    (i * 37) % N_RISKS, i % 11 == 0 ? "monitoring" : "");
		snprintf(l, sizeof l, "%d", 1 + i % 5);
		snprintf(im, sizeof im, "%d", 1 + (i / 5) % 5);
		if (reg_add(f->app.m, &reg_risk, &p, &ref, &cause) != ISMS_OK)
			fail_msg("reg_add: %s", cause);
		free(ref);
	}
	*state = f;
	return 0;
}

static int
teardown_group(void **state)
{
	struct fixture *f = *state;

	isms_close(f->app.m);
	test_rmtree(f->dir);
	free(f->dir);
	free(f);
	return 0;
}

/* The refs of the whole view, in its order. */
static char **
all_refs(struct isms *m, const struct risk_query *q, size_t *n)
{
	struct risk_row *rows;
	char **refs;

	assert_int_equal(reg_view_all(m, &reg_risk, q, (void **)&rows, n,
	    NULL), ISMS_OK);
	refs = calloc(*n + 1, sizeof *refs);
	for (size_t i = 0; i < *n; i++)
		refs[i] = strdup(rows[i].ref);
	risk_rows_free(rows, *n);
	return refs;
}

static void
refs_free(char **refs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(refs[i]);
	free(refs);
}

/* The window holds top .. top+HEIGHT-1 as the full list has them. */
static void
check_window(struct window *w, const struct risk_query *q, char **refs,
             size_t n, size_t top)
{
	window_fetch(w, q, top, HEIGHT);
	for (size_t i = top; i < top + HEIGHT && i < n; i++) {
		const struct risk_row *r = window_at(w, q, i);

		assert_non_null(r);
		if (strcmp(r->ref, refs[i]) != 0)
			fail_msg("row %zu: %s, want %s", i, r->ref, refs[i]);
	}
}

static void
walk(struct fixture *f, const struct risk_query *q)
{
	struct window w;
	size_t n, cursor, before;
	char **refs = all_refs(f->app.m, q, &n);

	window_init(&w, &f->app, &reg_risk);
	window_requery(&w, q, true, NULL, &cursor);
	assert_int_equal(w.count, N_RISKS);
	assert_int_equal(w.all, N_RISKS);
	check_window(&w, q, refs, n, 0);
	assert_int_equal(w.fetched, HEIGHT);
	/* scrolling down one row at a time reads one row a step */
	for (size_t top = 1; top + HEIGHT <= n; top++)
		check_window(&w, q, refs, n, top);
	assert_int_equal(w.fetched, n);
	/* and up again */
	before = w.fetched;
	for (size_t top = n - HEIGHT; top-- > 0;)
		check_window(&w, q, refs, n, top);
	assert_int_equal(w.fetched - before, n - HEIGHT);
	/* the end is read from the end, a page down from the window */
	before = w.fetched;
	check_window(&w, q, refs, n, n - HEIGHT);
	assert_int_equal(w.fetched - before, HEIGHT);
	/* a jump with no mark near reads from the nearer end */
	before = w.fetched;
	check_window(&w, q, refs, n, 100);
	assert_int_equal(w.fetched - before, 100 + HEIGHT);
	/* a page down and back up read a page each (and the mark's row) */
	before = w.fetched;
	check_window(&w, q, refs, n, 100 + HEIGHT);
	check_window(&w, q, refs, n, 100);
	assert_true(w.fetched - before <= 2 * HEIGHT + 1);
	window_done(&w);
	refs_free(refs, n);
}

static void
test_window_by_ref(void **state)
{
	struct risk_query q = { 0 };

	walk(*state, &q);
}

/* Owners tie (and "CFO" and "cfo" are the same to NOCASE): the keyset
 * must still give every row once, in both directions. */
static void
test_window_through_ties(void **state)
{
	struct risk_query q = { .sort = RISK_SORT_OWNER };

	walk(*state, &q);
	q.descending = true;
	walk(*state, &q);
	q = (struct risk_query){ .sort = RISK_SORT_RESIDUAL,
	    .descending = true };
	walk(*state, &q);
}

/* A found or located row far from the window is reached from its mark. */
static void
test_window_jumps_by_mark(void **state)
{
	struct fixture *f = *state;
	struct risk_query q = { .sort = RISK_SORT_STATEMENT };
	struct window w;
	size_t n, cursor, pos, before;
	char **refs = all_refs(f->app.m, &q, &n), *cause = NULL;

	window_init(&w, &f->app, &reg_risk);
	window_requery(&w, &q, true, refs[150], &cursor);
	assert_int_equal(cursor, 150);
	before = w.fetched;
	check_window(&w, &q, refs, n, 150);
	assert_int_equal(w.fetched - before, HEIGHT);   /* from the anchor */
	/* search from a row forwards finds the next hit, wrapping */
	assert_true(window_find(&w, &q, "monitoring", 150, 1, &pos, &cause));
	assert_true(pos > 150);
	assert_non_null(strstr(((const struct risk_row *)window_at(&w, &q,
	    pos))->statement, "monitoring"));
	assert_true(window_find(&w, &q, "monitoring", n - 1, 1, &pos, &cause));
	assert_true(pos < 150);
	assert_false(window_find(&w, &q, "no such words", 0, 1, &pos, &cause));
	assert_null(cause);
	/* a key the view does not show */
	assert_false(window_locate(&w, &q, "R-999", &pos));
	window_done(&w);
	refs_free(refs, n);
}

/* A filter the view applies is the count and the rows of the window.  No
 * index counts it: at first the count is the rows read ahead, and the
 * rest is counted when idle. */
static void
test_window_filtered(void **state)
{
	struct fixture *f = *state;
	struct risk_query q = { .owner = "cfo", .sort = RISK_SORT_REF,
	    .descending = true };
	struct window w;
	size_t n, cursor;
	char **refs = all_refs(f->app.m, &q, &n);

	assert_true(n > WINDOW_AHEAD && n < N_RISKS);     /* CFO and cfo */
	window_init(&w, &f->app, &reg_risk);
	window_requery(&w, &q, true, NULL, &cursor);
	assert_false(w.count_exact);
	assert_int_equal(w.count, WINDOW_AHEAD);
	assert_int_equal(w.all, N_RISKS);
	assert_true(window_idle(&w, &q));
	assert_true(w.count_exact);
	assert_false(window_idle(&w, &q));        /* nothing left */
	assert_int_equal(w.count, n);
	for (size_t top = 0; top + HEIGHT <= n; top += 7)
		check_window(&w, &q, refs, n, top);
	/* once the table has a height, a new query reads that page and one
	 * more row, not WINDOW_AHEAD, and that is its first count */
	w.ahead = HEIGHT + 1;
	window_requery(&w, &q, true, NULL, &cursor);
	assert_false(w.count_exact);
	assert_int_equal(w.count, HEIGHT + 1);
	check_window(&w, &q, refs, n, 0);
	window_done(&w);
	refs_free(refs, n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_window_by_ref),
		cmocka_unit_test(test_window_through_ties),
		cmocka_unit_test(test_window_jumps_by_mark),
		cmocka_unit_test(test_window_filtered),
	};

	return cmocka_run_group_tests(tests, setup_group, teardown_group);
}
