/*
 * soa_query_test.c - views of the SoA by window: every sort in both
 * directions pages through all 93 controls exactly once, filters select
 * what they say (checked against soa_list(), not against numbers written
 * here), bad members are refused naming the choices, search wraps both
 * ways, positions follow a re-sort, and the summary counts.  Attribute
 * and theme counts are checked against the catalog file itself.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include "isms/catalog/catalog.h"
#include "isms/model/reg.h"
#include "isms/model/create.h"
#include "isms/model/isms.h"
#include "isms/model/risk.h"
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
	struct rec_patch p = { .v = { NULL } };
	char *cause = NULL;

	p.v[SOA_APPLICABLE] = applicable;
	p.v[SOA_STATUS] = status;
	p.v[SOA_OWNER] = owner;
	p.v[SOA_JUSTIFICATION] = why;
	if (reg_set(m, &reg_soa, id, &p, -1, NULL, &cause) != ISMS_OK)
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

/* ---- the view of reg_soa by position, as the tests ask it ---- */

static enum isms_status
soa_count(struct isms *m, const struct soa_query *q, size_t *n, char **cause)
{
	return reg_view_count(m, &reg_soa, q, n, cause);
}

/* Rows offset .. offset+limit-1: read by key from the start (the engine
 * has no OFFSET). */
static enum isms_status
soa_page(struct isms *m, const struct soa_query *q, size_t offset,
         size_t limit, struct soa_row **rows, size_t *n, char **cause)
{
	struct soa_row *all = NULL;
	struct rec_mark *marks = NULL;
	size_t got = 0;
	enum isms_status rc = reg_view_page(m, &reg_soa, q, NULL, 1, false,
	    offset + limit, (void **)&all, &marks, &got, cause);

	*rows = NULL;
	*n = 0;
	rec_marks_free(marks, got);
	if (rc != ISMS_OK)
		return rc;
	*rows = calloc(limit + 1, sizeof **rows);
	for (size_t i = 0; i < got; i++) {
		if (i >= offset)
			(*rows)[(*n)++] = all[i];
		else
			soa_row_done(&all[i]);
	}
	free(all);
	return ISMS_OK;
}

/* The mark of the row at pos ((size_t)-1: none). */
static void
mark_at(struct isms *m, const struct soa_query *q, size_t pos,
        struct rec_mark *mark)
{
	struct soa_row *rows = NULL;
	struct rec_mark *marks = NULL;
	size_t n = 0;

	memset(mark, 0, sizeof *mark);
	if (pos == (size_t)-1)
		return;
	assert_int_equal(reg_view_page(m, &reg_soa, q, NULL, 1, false, pos + 1,
	    (void **)&rows, &marks, &n, NULL), ISMS_OK);
	assert_int_equal(n, pos + 1);
	rec_mark_copy(mark, &marks[pos]);
	rec_marks_free(marks, n);
	soa_rows_free(rows, n);
}

static enum isms_status
soa_find(struct isms *m, const struct soa_query *q, const char *needle,
         size_t from, int dir, size_t *pos, char **cause)
{
	struct rec_mark start, hit = { 0 };
	enum isms_status rc;

	mark_at(m, q, from, &start);
	rc = reg_view_find(m, &reg_soa, q, needle, from == (size_t)-1 ? NULL :
	    &start, dir, SIZE_MAX, pos, &hit, cause);
	rec_mark_done(&start);
	rec_mark_done(&hit);
	return rc;
}

static enum isms_status
soa_position(struct isms *m, const struct soa_query *q, const char *id,
             size_t *pos, char **cause)
{
	struct rec_mark mark = { 0 };
	enum isms_status rc = reg_view_position(m, &reg_soa, q, id, SIZE_MAX,
	    pos, &mark, cause);

	rec_mark_done(&mark);
	return rc;
}

/* All ids of the view, read in pages of size page, each page starting
 * after the mark of the last row of the one before (keyset paging), from
 * the first row forwards (dir > 0) or from the last backwards. */
static size_t
ids_paged(struct isms *m, const struct soa_query *q, size_t page, int dir,
          char ids[][8])
{
	struct rec_mark last = { 0 };
	size_t total, got = 0, n;
	char *cause = NULL;

	assert_int_equal(soa_count(m, q, &total, &cause), ISMS_OK);
	do {
		struct soa_row *rows;
		struct rec_mark *marks;

		assert_int_equal(reg_view_page(m, &reg_soa, q, last.set ?
		    &last : NULL, dir, false, page, (void **)&rows, &marks, &n,
		    &cause), ISMS_OK);
		assert_true(got + n <= total);
		for (size_t i = 0; i < n; i++) {
			size_t k = dir > 0 ? i : n - 1 - i;

			snprintf(ids[dir > 0 ? got : total - 1 - got], 8, "%s",
			    rows[k].id);
			got++;
		}
		if (n > 0) {
			rec_mark_done(&last);
			rec_mark_copy(&last, &marks[dir > 0 ? n - 1 : 0]);
		}
		rec_marks_free(marks, n);
		soa_rows_free(rows, n);
	} while (n == page);
	rec_mark_done(&last);
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
			char back[128][8];
			size_t n;

			q.sort = (enum soa_sort)s;
			q.descending = d;

			n = ids_paged(f->m, &q, 7, 1, ids);
			assert_int_equal(n, 93);
			for (size_t i = 0; i < n; i++)
				for (size_t j = i + 1; j < n; j++)
					assert_string_not_equal(ids[i], ids[j]);
			/* backwards by key gives the same order */
			assert_int_equal(ids_paged(f->m, &q, 5, -1, back), 93);
			for (size_t i = 0; i < n; i++)
				assert_string_equal(back[i], ids[i]);
		}
}

static void
test_sort_orders(void **state)
{
	struct fixture *f = *state;
	struct soa_query q = { .sort = SOA_SORT_STATUS, .descending = true };
	char ids[128][8];

	ids_paged(f->m, &q, 10, 1, ids);
	/* excluded (last of the statuses) first, then implemented, in
	 * catalog order, then partial, then planned */
	assert_string_equal(ids[0], "A.7.4");
	assert_string_equal(ids[1], "A.5.1");
	assert_string_equal(ids[2], "A.8.16");
	assert_string_equal(ids[3], "A.8.15");
	assert_string_equal(ids[4], "A.6.3");
	q.sort = SOA_SORT_ORDER;
	q.descending = true;
	ids_paged(f->m, &q, 10, 1, ids);
	assert_string_equal(ids[0], "A.8.34");
	assert_string_equal(ids[92], "A.5.1");
}

static size_t
count(struct isms *m, const struct soa_query *q)
{
	size_t n = 0;
	char *cause = NULL;

	assert_int_equal(soa_count(m, q, &n, &cause), ISMS_OK);
	return n;
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
static bool want_text_premises(const struct soa_row *r)
{ return strcasestr(r->justification, "premises") ||
    strcasestr(r->title, "premises"); }

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
	q = (struct soa_query){ .text = "premises" };   /* justification */
	filter_is(f->m, &q, want_text_premises);
}

static bool want_tech_yes_monitor(const struct soa_row *r)
{ return strcmp(r->theme, "Technological") == 0 && want_applicable(r) &&
    strcasestr(r->title, "monitor") != NULL; }
static bool want_undecided_people(const struct soa_row *r)
{ return strcmp(r->theme, "People") == 0 &&
    strcmp(r->applicable, "undecided") == 0; }
static bool want_no_started(const struct soa_row *r)
{ return strcmp(r->applicable, "no") == 0 &&
    strcmp(r->status, "not-started") == 0; }

static void
test_filter_combinations(void **state)
{
	struct fixture *f = *state;
	struct soa_query q = { .theme = "8", .applicable = "YES",
	    .text = "Monitor" };
	struct soa_row *rows;
	size_t n;

	filter_is(f->m, &q, want_tech_yes_monitor);
	q = (struct soa_query){ .theme = "People controls",
	    .applicable = "undecided" };
	filter_is(f->m, &q, want_undecided_people);
	q = (struct soa_query){ .applicable = "no", .status = "not started" };
	filter_is(f->m, &q, want_no_started);
	/* filters that exclude each other select nothing */
	q = (struct soa_query){ .theme = "A.5",
	    .text = "Monitoring activities" };
	assert_int_equal(count(f->m, &q), 0);
	q = (struct soa_query){ .attribute = "Detective", .status =
	    "implemented", .theme = "technological" };
	assert_int_equal(count(f->m, &q), 1);     /* A.8.16 */
	/* a page past the end is empty, not an error */
	assert_int_equal(soa_page(f->m, &q, 5, 10, &rows, &n, NULL), ISMS_OK);
	assert_int_equal(n, 0);
	soa_rows_free(rows, n);
}

/* The framework catalog as shipped, loaded from its file. */
static struct catalog *
framework_catalog(void)
{
	char *path = test_path(getenv("ISMS_SRCDIR"),
	    "catalogs/iso27001-2022.yaml");
	struct catalog *c = NULL;
	struct diag_list dl;

	diag_list_init(&dl);
	assert_int_equal(catalog_load(path, &c, &dl), ISMS_OK);
	diag_list_done(&dl);
	free(path);
	return c;
}

/* Controls of the catalog with value in attribute set set_id. */
static size_t
catalog_count(const struct catalog_framework *fw, const char *set_id,
              const char *value)
{
	size_t n = 0;

	for (size_t i = 0; i < fw->n_reqs; i++)
		for (size_t a = 0; a < fw->reqs[i].n_attrs; a++) {
			const struct catalog_attr *at = &fw->reqs[i].attrs[a];

			if (strcmp(at->set, set_id) != 0)
				continue;
			for (size_t v = 0; v < at->n_values; v++)
				n += strcmp(at->values[v], value) == 0;
		}
	return n;
}

static void
test_attributes_agree_with_catalog(void **state)
{
	struct fixture *f = *state;
	struct catalog *c = framework_catalog();
	const struct catalog_framework *fw = &c->u.framework;
	char **lines, line[256];
	size_t n, k = 0;
	char *cause = NULL;

	assert_int_equal(soa_attribute_values(f->m, &lines, &n, &cause),
	    ISMS_OK);
	for (size_t s = 0; s < fw->n_attr_sets; s++) {
		const struct catalog_attr_set *set = &fw->attr_sets[s];

		for (size_t v = 0; v < set->n_values; v++, k++) {
			struct soa_query q = { .attribute = line };

			snprintf(line, sizeof line, "%s: %s", set->title,
			    set->values[v]);
			assert_true(k < n);
			assert_string_equal(lines[k], line);
			/* the picker's line is itself a valid filter */
			assert_int_equal(count(f->m, &q),
			    catalog_count(fw, set->id, set->values[v]));
		}
	}
	assert_int_equal(k, n);
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
	/* the forms of one value; the catalog says how many are Detective */
	{
		size_t want = catalog_count(fw, "control_type", "Detective");
		const char *forms[] = { "Detective", "#detective",
		    " DETECTIVE ",
		    "Control type:Detective", "control_type: #Detective" };
		struct soa_query q = { 0 };

		assert_true(want > 0);
		for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
			q.attribute = forms[i];
			assert_int_equal(count(f->m, &q), want);
		}
		q.attribute = "asset management";
		assert_int_equal(count(f->m, &q), catalog_count(fw,
		    "operational_capabilities", "Asset_management"));
	}
	catalog_free(c);
}

static void
test_theme_forms(void **state)
{
	struct fixture *f = *state;
	struct catalog *c = framework_catalog();
	const struct catalog_framework *fw = &c->u.framework;
	const char *forms[] = { "Organizational", "organizational", "5", "A.5",
	    "a.5", "Organizational controls" };

	for (size_t t = 0; t < fw->n_themes; t++) {
		size_t want = 0;
		struct soa_query q = { .theme = fw->themes[t].title };

		for (size_t i = 0; i < fw->n_reqs; i++)
			want += fw->reqs[i].theme != NULL &&
			    strcmp(fw->reqs[i].theme, fw->themes[t].id) == 0;
		assert_int_equal(count(f->m, &q), want);
		q.theme = fw->themes[t].id;
		assert_int_equal(count(f->m, &q), want);
	}
	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
		struct soa_query q = { .theme = forms[i] };
		struct soa_row *rows;
		size_t n;

		assert_int_equal(soa_page(f->m, &q, 0, 200, &rows, &n, NULL),
		    ISMS_OK);
		assert_true(n > 0);
		for (size_t k = 0; k < n; k++)
			assert_string_equal(rows[k].theme, "Organizational");
		assert_int_equal(strncmp(rows[0].id, "A.5.", 4), 0);
		soa_rows_free(rows, n);
	}
	/* soa_list() (and so the export) takes the same forms */
	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
		struct soa_row *rows;
		char *id = NULL;
		size_t n;

		assert_int_equal(soa_theme_parse(f->m, forms[i], &id, NULL),
		    ISMS_OK);
		assert_string_equal(id, "Organizational");
		free(id);
		assert_int_equal(soa_list(f->m, forms[i], &rows, &n, NULL),
		    ISMS_OK);
		assert_string_equal(rows[0].id, "A.5.1");
		soa_rows_free(rows, n);
	}
	catalog_free(c);
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

/* Several attribute values: the controls that have every one, whichever
 * comes first; the same value twice is the value once. */
static void
test_attributes_combine(void **state)
{
	struct fixture *f = *state;
	const char *defence[] = { "Security domains:Defence" };
	const char *both[] = { "Detective", "Security domains:Defence" };
	struct soa_query q = { .attribute = "Detective" };
	size_t detective = count(f->m, &q), d_and_d;

	q.attributes = defence;
	q.n_attributes = 1;
	d_and_d = count(f->m, &q);
	assert_true(d_and_d > 0 && d_and_d < detective);
	q = (struct soa_query){ .attribute = "Security domains:Defence",
	    .attributes = both, .n_attributes = 1 };
	assert_int_equal(count(f->m, &q), d_and_d);
	q = (struct soa_query){ .attribute = "Detective", .attributes = both,
	    .n_attributes = 1 };
	assert_int_equal(count(f->m, &q), detective);
	q = (struct soa_query){ .attribute = "Preventive", .attributes = both,
	    .n_attributes = 2 };
	assert_true(count(f->m, &q) < d_and_d);
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
	refused(f->m, &q, "Telepathic: unknown control attribute");
	refused(f->m, &q, "Control type: Preventive, Detective, Corrective; ");
	refused(f->m, &q, "Security domains: Governance_and_Ecosystem, "
	    "Protection, Defence, Resilience)");
	/* a known set with a value of another: only its own values */
	q = (struct soa_query){
	    .attribute = "Cybersecurity concepts:Detective" };
	refused(f->m, &q, "(use Cybersecurity concepts: Identify, Protect, "
	    "Detect, Respond, Recover)");
	q = (struct soa_query){ .theme = "9" };
	refused(f->m, &q, "9: unknown theme");
	assert_int_equal(soa_sort_parse("colour", &s, &cause), ISMS_INVALID);
	assert_non_null(strstr(cause, "reviewed"));
	free(cause);
	assert_int_equal(soa_sort_parse("Owner", &s, &cause), ISMS_OK);
	assert_int_equal(s, SOA_SORT_OWNER);
	assert_int_equal(soa_sort_parse("id", &s, &cause), ISMS_OK);
	assert_int_equal(s, SOA_SORT_ID);
	assert_int_equal(SOA_SORT_ID, SOA_SORT_ORDER);
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
	assert_int_equal(soa_find(f->m, &q, "no such words", 0, -1, &c,
	    &cause), ISMS_NOT_FOUND);
	/* backwards from before the first wraps to the last hit */
	assert_int_equal(soa_find(f->m, &q, "monitoring", (size_t)-1, -1, &b,
	    &cause), ISMS_OK);
	assert_int_equal(soa_find(f->m, &q, "monitoring", 0, -1, &c, &cause),
	    ISMS_OK);
	assert_int_equal(b, c);
	/* a lone hit (an owner) is found again from itself, both ways */
	assert_int_equal(soa_find(f->m, &q, "BOARD", c, 1, &a, &cause),
	    ISMS_OK);
	assert_int_equal(a, 0);                  /* A.5.1 */
	assert_int_equal(soa_find(f->m, &q, "board", a, 1, &b, &cause),
	    ISMS_OK);
	assert_int_equal(a, b);
	assert_int_equal(soa_find(f->m, &q, "board", a, -1, &b, &cause),
	    ISMS_OK);
	assert_int_equal(a, b);
}

/* Positions are in the query's order: sorted and filtered. */
static void
test_find_in_sorted_view(void **state)
{
	struct fixture *f = *state;
	struct soa_query q = { .sort = SOA_SORT_TITLE, .descending = true };
	struct soa_row *rows;
	size_t n, pos, at, from = (size_t)-1;
	char *cause = NULL;

	assert_int_equal(soa_page(f->m, &q, 0, 200, &rows, &n, &cause),
	    ISMS_OK);
	/* walking forwards visits each hit in the page's order, then wraps */
	for (size_t i = 0; i < n; i++) {
		if (strcasestr(rows[i].title, "monitoring") == NULL)
			continue;
		assert_int_equal(soa_find(f->m, &q, "Monitoring", from, 1, &pos,
		    &cause), ISMS_OK);
		assert_int_equal(pos, i);
		from = pos;
	}
	soa_rows_free(rows, n);
	q = (struct soa_query){ .theme = "Technological" };
	assert_int_equal(soa_find(f->m, &q, "monitoring", (size_t)-1, 1, &pos,
	    &cause), ISMS_OK);
	assert_int_equal(soa_position(f->m, &q, "a.8.16", &at, &cause),
	    ISMS_OK);
	assert_int_equal(pos, at);                   /* A.8.16, not A.5.22 */
	assert_int_equal(at, 15);
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
	/* a few changes later */
	set(f->m, "A.8.15", NULL, "implemented", NULL, NULL);
	set(f->m, "A.6.3", "no", NULL, NULL, "Handled by the parent company");
	set(f->m, "A.5.2", "yes", NULL, NULL, NULL);
	set(f->m, "A.7.4", "undecided", NULL, NULL, NULL);
	assert_int_equal(soa_summarize(f->m, &s, &cause), ISMS_OK);
	assert_int_equal(s.total, 93);
	assert_int_equal(s.applicable, 4);       /* 5.1, 5.2, 8.15, 8.16 */
	assert_int_equal(s.excluded, 1);         /* 6.3 */
	assert_int_equal(s.undecided, 88);
	assert_int_equal(s.implemented, 3);
	assert_int_equal(s.by_status[0], 1);     /* A.5.2 not started */
	assert_int_equal(s.by_status[1], 0);
	assert_int_equal(s.by_status[2], 0);
	assert_int_equal(s.by_status[3], 3);
	assert_int_equal(s.total, s.applicable + s.excluded + s.undecided);
}

static void
reasons(struct isms *m, const char *id, const char *value)
{
	struct rec_patch p = { .v = { [SOA_REASONS] = value } };
	char *cause = NULL;

	if (reg_set(m, &reg_soa, id, &p, -1, NULL, &cause) != ISMS_OK)
		fail_msg("soa_set %s: %s", id, cause);
}

/* By the stored reasons, then RA (from a risk link), then catalog order. */
static void
test_reasons_sort(void **state)
{
	struct fixture *f = *state;
	struct rec_patch rp = { .v = { [RISK_STATEMENT] = "Phishing" } };
	struct soa_query q = { .sort = SOA_SORT_REASONS };
	char ids[128][8], *ref = NULL, *cause = NULL;

	reasons(f->m, "A.5.2", "LR");
	reasons(f->m, "A.5.3", "LR");
	reasons(f->m, "A.5.4", "BR");
	reasons(f->m, "A.5.6", "CO,LR");         /* stored "LR,CO" */
	assert_int_equal(reg_add(f->m, &reg_risk, &rp, &ref, &cause), ISMS_OK);
	assert_int_equal(risk_link_control(f->m, ref, "A.5.3", false, false,
	    &cause), ISMS_OK);
	assert_int_equal(risk_link_control(f->m, ref, "A.5.5", false, false,
	    &cause), ISMS_OK);
	free(ref);
	ids_paged(f->m, &q, 9, 1, ids);
	assert_string_equal(ids[0], "A.5.1");    /* no reasons, no RA */
	assert_string_equal(ids[88], "A.5.5");   /* RA only */
	assert_string_equal(ids[89], "A.5.4");   /* BR */
	assert_string_equal(ids[90], "A.5.2");   /* LR */
	assert_string_equal(ids[91], "A.5.3");   /* LR + RA */
	assert_string_equal(ids[92], "A.5.6");   /* LR,CO */
	q.descending = true;
	ids_paged(f->m, &q, 9, 1, ids);
	assert_string_equal(ids[0], "A.5.6");
	assert_string_equal(ids[1], "A.5.3");
	assert_string_equal(ids[2], "A.5.2");
	assert_string_equal(ids[3], "A.5.4");
	assert_string_equal(ids[4], "A.5.5");
	assert_string_equal(ids[5], "A.5.1");    /* ties in catalog order */
	assert_string_equal(ids[92], "A.8.34");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_sort_pages_each_control_once),
		cmocka_unit_test(test_sort_orders),
		cmocka_unit_test(test_filters),
		cmocka_unit_test(test_filter_combinations),
		cmocka_unit_test(test_attribute_filter),
		cmocka_unit_test(test_attributes_combine),
		cmocka_unit_test(test_attributes_agree_with_catalog),
		cmocka_unit_test(test_theme_forms),
		cmocka_unit_test(test_bad_members_name_choices),
		cmocka_unit_test(test_find_wraps),
		cmocka_unit_test(test_find_in_sorted_view),
		cmocka_unit_test(test_position_follows_sort),
		/* these two change entries: keep them last */
		cmocka_unit_test(test_summary),
		cmocka_unit_test(test_reasons_sort),
	};

	return cmocka_run_group_tests(tests, setup, teardown) != 0;
}
