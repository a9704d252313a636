/*
 * soa_query_test.c - views of the SoA by window: every sort in both
 * directions pages through all 93 controls exactly once, filters select
 * what they say (checked against soa_list(), not against numbers written
 * here), bad members are refused naming the choices, search wraps both
 * ways, positions follow a re-sort, and the summary counts.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include "isms/model/create.h"
#include "isms/model/isms.h"
#include "isms/model/soa.h"
#include "testutil.h"

struct fixture {
	char *dir;
	char *path;
	struct isms *m;
};

static void
set(struct isms *m, const char *id, const char *applicable,
    const char *status, const char *owner, const char *why)
{
	struct soa_patch p = { 0 };
	char *cause = NULL;

	p.applicable = applicable;
	p.status = status;
	p.owner = owner;
	p.justification = why;
	if (soa_set(m, id, &p, -1, NULL, &cause) != ISMS_OK)
		fail_msg("soa_set %s: %s", id, cause);
}

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct isms_init init = { .org = "Example Ltd" };
	char *cause = NULL;

	f->dir = test_tmpdir();
	f->path = test_path(f->dir, "isms.db");
	if (isms_create(f->path, &init, &f->m, &cause) != ISMS_OK) {
		fprintf(stderr, "isms_create: %s\n", cause);
		return -1;
	}
	set(f->m, "A.8.16", "yes", "implemented", "SOC", NULL);
	set(f->m, "A.8.15", "yes", "partial", "ops", NULL);
	set(f->m, "A.5.1", "yes", "implemented", "Board", NULL);
	set(f->m, "A.7.4", "no", NULL, "facilities", "No premises");
	set(f->m, "A.6.3", "yes", "planned", "HR", NULL);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	if (f == NULL)
		return 0;
	isms_close(f->m);
	test_rmtree(f->dir);
	free(f->path);
	free(f->dir);
	free(f);
	return 0;
}

/* All ids of the view, read in pages of size page. */
static size_t
ids_paged(struct isms *m, const struct soa_query *q, size_t page,
          char ids[][8])
{
	size_t total, got = 0;
	char *cause = NULL;

	assert_int_equal(soa_count(m, q, &total, &cause), ISMS_OK);
	for (size_t off = 0; off < total + page; off += page) {
		struct soa_row *rows;
		size_t n;

		assert_int_equal(soa_page(m, q, off, page, &rows, &n, &cause),
		    ISMS_OK);
		for (size_t i = 0; i < n; i++)
			snprintf(ids[got++], 8, "%s", rows[i].id);
		soa_rows_free(rows, n);
	}
	assert_int_equal(got, total);
	return got;
}

static void
test_every_sort_pages_each_control_once(void **state)
{
	struct fixture *f = *state;
	char ids[128][8];

	for (int s = 0; s < SOA_SORT_COUNT; s++)
		for (int d = 0; d < 2; d++) {
			struct soa_query q = { 0 };
			size_t n;

			q.sort = (enum soa_sort)s;
			q.descending = d;
			n = ids_paged(f->m, &q, 7, ids);
			assert_int_equal(n, 93);
			for (size_t i = 0; i < n; i++)
				for (size_t j = i + 1; j < n; j++)
					assert_string_not_equal(ids[i], ids[j]);
		}
}

static void
test_sort_orders(void **state)
{
	struct fixture *f = *state;
	struct soa_query q = { .sort = SOA_SORT_STATUS, .descending = true };
	char ids[128][8];

	ids_paged(f->m, &q, 10, ids);
	/* implemented first, in catalog order, then partial, then planned */
	assert_string_equal(ids[0], "A.5.1");
	assert_string_equal(ids[1], "A.8.16");
	assert_string_equal(ids[2], "A.8.15");
	assert_string_equal(ids[3], "A.6.3");
	q.sort = SOA_SORT_ORDER;
	q.descending = true;
	ids_paged(f->m, &q, 10, ids);
	assert_string_equal(ids[0], "A.8.34");
	assert_string_equal(ids[92], "A.5.1");
}

/* The view must select exactly the entries soa_list() says match. */
static void
filter_is(struct isms *m, const struct soa_query *q,
          bool (*want)(const struct soa_row *))
{
	struct soa_row *all, *rows;
	size_t n_all, n, k = 0, total;
	char *cause = NULL;

	assert_int_equal(soa_list(m, NULL, &all, &n_all, &cause), ISMS_OK);
	assert_int_equal(soa_count(m, q, &total, &cause), ISMS_OK);
	assert_int_equal(soa_page(m, q, 0, 200, &rows, &n, &cause), ISMS_OK);
	assert_int_equal(n, total);
	for (size_t i = 0; i < n_all; i++)
		if (want(&all[i])) {
			assert_true(k < n);
			assert_string_equal(rows[k++].id, all[i].id);
		}
	assert_int_equal(k, n);
	soa_rows_free(all, n_all);
	soa_rows_free(rows, n);
}

static bool want_physical(const struct soa_row *r)
{ return strcmp(r->theme, "Physical") == 0; }
static bool want_applicable(const struct soa_row *r)
{ return strcmp(r->applicable, "yes") == 0; }
static bool want_implemented_yes(const struct soa_row *r)
{ return want_applicable(r) && strcmp(r->status, "implemented") == 0; }
static bool want_text_ops(const struct soa_row *r)
{ return strcasestr(r->id, "ops") || strcasestr(r->title, "ops") ||
    strcasestr(r->owner, "ops"); }

static void
test_filters(void **state)
{
	struct fixture *f = *state;
	struct soa_query q = { .theme = "physical" };

	filter_is(f->m, &q, want_physical);
	q = (struct soa_query){ .applicable = "Yes" };
	filter_is(f->m, &q, want_applicable);
	q = (struct soa_query){ .applicable = "yes", .status = "implemented" };
	filter_is(f->m, &q, want_implemented_yes);
	q = (struct soa_query){ .text = "OPS" };
	filter_is(f->m, &q, want_text_ops);
}

static size_t
count(struct isms *m, const struct soa_query *q)
{
	size_t n = 0;
	char *cause = NULL;

	assert_int_equal(soa_count(m, q, &n, &cause), ISMS_OK);
	return n;
}

static void
test_attribute_filter(void **state)
{
	struct fixture *f = *state;
	struct soa_query q = { .attribute = "Detective" };
	char **lines = NULL;
	size_t n, detective = 0;
	struct soa_row *all;
	char *cause = NULL;

	/* count the controls whose attribute lines name Detective */
	assert_int_equal(soa_list(f->m, NULL, &all, &n, &cause), ISMS_OK);
	for (size_t i = 0; i < n; i++) {
		size_t k;

		assert_int_equal(soa_attributes(f->m, all[i].id, &lines, &k,
		    &cause), ISMS_OK);
		for (size_t j = 0; j < k; j++) {
			if (strncmp(lines[j], "Control type:", 13) == 0 &&
			    strstr(lines[j], "Detective") != NULL)
				detective++;
			free(lines[j]);
		}
		free(lines);
	}
	soa_rows_free(all, n);
	assert_true(detective > 0);
	assert_int_equal(count(f->m, &q), detective);
	q.attribute = "#detective";
	assert_int_equal(count(f->m, &q), detective);
	q.attribute = "Control type: Detective";
	assert_int_equal(count(f->m, &q), detective);
	q.attribute = "Cybersecurity concepts:Detective";   /* wrong set */
	assert_int_equal(soa_count(f->m, &q, &n, &cause), ISMS_INVALID);
	free(cause);
	q.attribute = "physical security";   /* Physical_security */
	assert_true(count(f->m, &q) > 0);
}

static void
refused(struct isms *m, const struct soa_query *q, const char *needle)
{
	size_t n;
	char *cause = NULL;

	assert_int_equal(soa_count(m, q, &n, &cause), ISMS_INVALID);
	assert_non_null(strstr(cause, needle));
	free(cause);
}

static void
test_bad_members_name_choices(void **state)
{
	struct fixture *f = *state;
	struct soa_query q = { .theme = "Martian" };
	enum soa_sort s;
	char *cause = NULL;

	refused(f->m, &q, "Organizational, People, Physical, Technological");
	q = (struct soa_query){ .status = "done" };
	refused(f->m, &q, "not-started, planned, partial or implemented");
	q = (struct soa_query){ .applicable = "perhaps" };
	refused(f->m, &q, "yes, no or undecided");
	q = (struct soa_query){ .attribute = "Telepathic" };
	refused(f->m, &q, "Telepathic");
	assert_int_equal(soa_sort_parse("colour", &s, &cause), ISMS_INVALID);
	assert_non_null(strstr(cause, "reviewed"));
	free(cause);
	assert_int_equal(soa_sort_parse("Owner", &s, &cause), ISMS_OK);
	assert_int_equal(s, SOA_SORT_OWNER);
}

static void
test_find_wraps(void **state)
{
	struct fixture *f = *state;
	struct soa_query q = { 0 };
	size_t a, b, c;
	char *cause = NULL;

	/* "monitoring" is in A.5.22, A.7.4 and A.8.16 titles */
	assert_int_equal(soa_find(f->m, &q, "monitoring", (size_t)-1, 1, &a,
	    &cause), ISMS_OK);
	assert_int_equal(soa_find(f->m, &q, "monitoring", a, 1, &b, &cause),
	    ISMS_OK);
	assert_true(b > a);
	assert_int_equal(soa_find(f->m, &q, "monitoring", 92, 1, &c, &cause),
	    ISMS_OK);
	assert_int_equal(c, a);                  /* wrapped to the first */
	assert_int_equal(soa_find(f->m, &q, "monitoring", a, -1, &c, &cause),
	    ISMS_OK);
	assert_true(c > b);                      /* wrapped to the last */
	assert_int_equal(soa_find(f->m, &q, "SOC", (size_t)-1, 1, &c, &cause),
	    ISMS_OK);                            /* owners count */
	assert_int_equal(soa_find(f->m, &q, "no such words", 0, 1, &c, &cause),
	    ISMS_NOT_FOUND);
}

static void
test_position_follows_sort(void **state)
{
	struct fixture *f = *state;
	struct soa_query q = { 0 };
	size_t pos;
	char *cause = NULL;

	assert_int_equal(soa_position(f->m, &q, "A.5.1", &pos, &cause),
	    ISMS_OK);
	assert_int_equal(pos, 0);
	q.sort = SOA_SORT_OWNER;               /* "" sorts first; Board is
	                                        * the first named owner */
	assert_int_equal(soa_position(f->m, &q, "A.5.1", &pos, &cause),
	    ISMS_OK);
	assert_int_equal(pos, 88);
	q.applicable = "no";
	assert_int_equal(soa_position(f->m, &q, "A.5.1", &pos, &cause),
	    ISMS_NOT_FOUND);
	free(cause);
}

static void
test_summary(void **state)
{
	struct fixture *f = *state;
	struct soa_summary s;
	char *cause = NULL;

	assert_int_equal(soa_summarize(f->m, &s, &cause), ISMS_OK);
	assert_int_equal(s.total, 93);
	assert_int_equal(s.applicable, 4);
	assert_int_equal(s.excluded, 1);
	assert_int_equal(s.undecided, 88);
	assert_int_equal(s.implemented, 2);
	assert_int_equal(s.by_status[1], 1);     /* planned */
	assert_int_equal(s.by_status[2], 1);     /* partial */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_sort_pages_each_control_once),
		cmocka_unit_test(test_sort_orders),
		cmocka_unit_test(test_filters),
		cmocka_unit_test(test_attribute_filter),
		cmocka_unit_test(test_bad_members_name_choices),
		cmocka_unit_test(test_find_wraps),
		cmocka_unit_test(test_position_follows_sort),
		cmocka_unit_test(test_summary),
	};

	return cmocka_run_group_tests(tests, setup, teardown) != 0;
}
