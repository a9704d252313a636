/*
 * view_compare_test.c - the views of the risk register as schema 3 runs
 * them (stored ranks walked along their indexes, keyset pages, the
 * trigram index narrowing a text, counts and positions) against the
 * queries they replaced (levels through the matrix grid in the ORDER BY,
 * LIMIT/OFFSET order, LIKE on every row, count(*)), run here as SQL on
 * the same fixture register: every sort in both directions, texts of one
 * to many characters, with and without the index, and case outside ASCII
 * (LIKE folds ASCII letters only; the index folds more but only narrows,
 * so "É" does not find "é" either way), and the row a search finds
 * from several places, both ways.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "isms/db/db.h"
#include "isms/db/store_risk.h"
#include "isms/model/create.h"
#include "isms/model/isms.h"
#include "../../src/model/isms_db.h"  /* the model's own */
#include "isms/model/reg.h"
#include "isms/model/risk.h"
#include "isms/rec/mark.h"
#include "isms/rec/rec.h"
#include "isms/rec/risk.h"
#include "isms/util/xmalloc.h"
#include "testutil.h"

#define RISKS 160
#define PAGE 7                        /* a window, prime to the count */

struct fixture {
	char *dir;
	struct isms *m;
};

/* ---- the fixture register ---- */

static const char *const threats[] = {
	"Ransomware", "Phishing", "Insider misuse", "Supplier compromise",
	"Überschwemmung", "ÉTÉ storm", "été storm", "Power failure",
	"50% outage", "under_score bug", "back\\slash path", "ransomware",
};
static const char *const things[] = {
	"customer records", "the café network", "payroll data", "naïve backups",
	"Source code", "e-mail", "the Data warehouse", "laptops",
};
static const char *const owners[] = {
	"Dana", "dana", "Élodie", "élodie", "CISO", "ciso", "Bo", "",
};
static const char *const treatments[] = {
	NULL, "modify", "retain", "share", "avoid",
};
static const char *const statuses[] = {
	"open", "treating", "monitoring", "closed",
};
static const char *const tiers[] = { "High", "low", "Medium" };

static unsigned long seed = 12;

static unsigned
pick(unsigned n)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((seed >> 33) % n);
}

#define PICK(a) (a[pick(sizeof a / sizeof *a)])

static void
add_risk(struct isms *m, int k)
{
	char statement[160], l[2], i[2], rl[2], ri[2], cl[2], ci[2];
	char review[11];
	struct rec_patch p = { .v = { NULL } };
	char *ref = NULL, *cause = NULL;
	const char *owner = PICK(owners);

	snprintf(statement, sizeof statement, "%s %s %s", PICK(threats),
	    k % 3 ? "exposes" : "EXPOSES", PICK(things));
	snprintf(l, sizeof l, "%u", pick(5) + 1);
	snprintf(i, sizeof i, "%u", pick(5) + 1);
	snprintf(rl, sizeof rl, "%u", pick(5) + 1);
	snprintf(ri, sizeof ri, "%u", pick(5) + 1);
	snprintf(cl, sizeof cl, "%u", pick(5) + 1);
	snprintf(ci, sizeof ci, "%u", pick(5) + 1);
	snprintf(review, sizeof review, "2027-%02u-%02u", pick(12) + 1,
	    pick(28) + 1);
	p.v[RISK_STATEMENT] = statement;
	p.v[RISK_THREAT] = PICK(threats);
	p.v[RISK_VULNERABILITY] = k % 4 ? "flat network" : "Ünpatched_hosts";
	p.v[RISK_OWNER] = owner[0] != '\0' ? owner : NULL;
	if (k % 7 != 0) {                     /* some not scored at all */
		p.v[RISK_IL] = l;
		p.v[RISK_II] = i;
	}
	if (k % 3 == 0) {                     /* some with a residual */
		p.v[RISK_RL] = rl;
		p.v[RISK_RI] = ri;
	}
	if (k % 5 == 1) {                     /* current: scored or a tier */
		p.v[RISK_CL] = cl;
		p.v[RISK_CI] = ci;
	} else if (k % 5 == 2) {
		p.v[RISK_TIER] = PICK(tiers);
	}
	p.v[RISK_TREATMENT] = PICK(treatments);
	p.v[RISK_STATUS] = PICK(statuses);
	p.v[RISK_REVIEW] = k % 6 ? review : "";       /* "": none */
	if (reg_add(m, &reg_risk, &p, &ref, &cause) != ISMS_OK)
		fail_msg("add risk %d: %s", k, cause);
	free(ref);
}

static int
setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	struct isms_init init = { .org = "Example Ltd", .matrix = "5x5" };
	char *path, *cause = NULL;

	f->dir = test_tmpdir();
	path = test_path(f->dir, "isms.db");
	if (isms_create(path, &init, &f->m, &cause) != ISMS_OK) {
		fprintf(stderr, "isms_create: %s\n", cause);
		return -1;
	}
	free(path);
	for (int k = 1; k <= RISKS; k++)
		add_risk(f->m, k);
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

/* ---- the old queries ---- */

/* The level of scores l and i through the matrix grid, as before the
 * ranks were stored. */
#define OLD_RANK(l, i) \
	"(SELECT level_rank FROM matrix_cell c WHERE c.matrix_id = " \
	"r.matrix_id AND c.likelihood = r." l " AND c.impact = r." i ")"
#define OLD_TIER \
	"(SELECT lv.rank FROM matrix_level lv WHERE lv.matrix_id = " \
	"r.matrix_id AND (lv.id = trim(r.current_tier) COLLATE NOCASE OR " \
	"lv.name = trim(r.current_tier) COLLATE NOCASE))"

/* The ORDER BY keys of the old view, in the order of enum risk_sort (the
 * current level has none there: the grid's, else the tier's); the
 * treatments and statuses in the order of their workflow, as the views
 * sort them since they are shown in words. */
static const char *const old_keys[RISK_SORT_COUNT] = {
	"r.id",
	"r.statement COLLATE NOCASE",
	"r.owner COLLATE NOCASE",
	"ifnull(" OLD_RANK("inherent_likelihood", "inherent_impact") ", -1)",
	"ifnull(coalesce(" OLD_RANK("residual_likelihood", "residual_impact")
	", " OLD_RANK("inherent_likelihood", "inherent_impact") "), -1)",
	"CASE r.treatment WHEN 'modify' THEN 1 WHEN 'retain' THEN 2 WHEN "
	"'avoid' THEN 3 WHEN 'share' THEN 4 ELSE 0 END",
	"CASE r.status WHEN 'open' THEN 0 WHEN 'treating' THEN 1 WHEN "
	"'monitoring' THEN 2 WHEN 'closed' THEN 3 ELSE 4 END",
	"ifnull(r.next_review, '9999')",
	"coalesce(" OLD_RANK("current_likelihood", "current_impact") ", "
	OLD_TIER ", -1)",
};

#define OLD_TEXT \
	" AND (r.statement LIKE :like ESCAPE '\\' OR r.ref LIKE :like ESCAPE " \
	"'\\' OR r.owner LIKE :like ESCAPE '\\' OR r.threat LIKE :like " \
	"ESCAPE '\\' OR r.vulnerability LIKE :like ESCAPE '\\')"

static char *
old_like(const char *text)
{
	size_t n = strlen(text);
	char *like = xmalloc(2 * n + 3), *o = like;

	*o++ = '%';
	for (; *text != '\0'; text++) {
		if (*text == '%' || *text == '_' || *text == '\\')
			*o++ = '\\';
		*o++ = *text;
	}
	*o++ = '%';
	*o = '\0';
	return like;
}

/* The refs the old query gives for sort, direction and text, in order:
 * ties in id order either way. */
static char **
old_refs(struct isms *m, enum risk_sort sort, bool desc, const char *text,
         size_t *n)
{
	struct db_stmt *st;
	char *sql, *like, *cause = NULL, **refs = NULL;

	sql = xasprintf("SELECT r.ref FROM risk r WHERE 1%s ORDER BY %s %s, "
	    "r.id;", text != NULL ? OLD_TEXT : "", old_keys[sort],
	    desc ? "DESC" : "ASC");
	if (db_prepare(isms_db(m), sql, &st, &cause) != ISMS_OK)
		fail_msg("old query: %s", cause);
	free(sql);
	like = text != NULL ? old_like(text) : NULL;
	if (like != NULL)
		db_bind_text(st, ":like", like);
	*n = 0;
	while (db_step(st, &cause) == DB_ROW) {
		refs = xreallocarray(refs, *n + 1, sizeof *refs);
		refs[(*n)++] = xstrdup(db_column_text(st, 0));
	}
	db_finalize(st);
	free(like);
	return refs;
}

static void
refs_free(char **refs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(refs[i]);
	free(refs);
}

/* ---- the new views ---- */

struct walk {
	char **refs;
	size_t n;
};

static int
walk_row(void *ctx, const void *row)
{
	struct walk *w = ctx;

	w->refs = xreallocarray(w->refs, w->n + 1, sizeof *w->refs);
	w->refs[w->n++] = xstrdup(((const struct risk_row *)row)->ref);
	return 0;
}

static void
same_refs(char **want, size_t n_want, char **got, size_t n_got,
          const char *what)
{
	if (n_want != n_got)
		fail_msg("%s: %zu rows, the old query %zu", what, n_got,
		    n_want);
	for (size_t i = 0; i < n_want; i++)
		if (strcmp(want[i], got[i]) != 0)
			fail_msg("%s: row %zu is %s, the old query's %s", what,
			    i, got[i], want[i]);
}

/* Page through the view forward from the start, PAGE rows a window,
 * checking each row's position against its index in old. */
static void
page_forward(struct isms *m, const struct risk_query *q, char **old,
             size_t n_old, const char *what)
{
	struct rec_mark from = { .set = false };
	size_t seen = 0;
	char *cause = NULL;

	for (;;) {
		struct risk_row *rows;
		struct rec_mark *marks;
		size_t n, pos;

		assert_int_equal(reg_view_page(m, &reg_risk, q,
		    seen > 0 ? &from : NULL, 1, false, PAGE, (void **)&rows,
		    &marks, &n, &cause), ISMS_OK);
		for (size_t i = 0; i < n; i++) {
			if (seen + i >= n_old)
				fail_msg("%s: more rows than the old %zu",
				    what, n_old);
			if (strcmp(rows[i].ref, old[seen + i]) != 0)
				fail_msg("%s: paged row %zu is %s, the old "
				    "query's %s", what, seen + i, rows[i].ref,
				    old[seen + i]);
			assert_int_equal(reg_view_rank(m, &reg_risk, q,
			    &marks[i], SIZE_MAX, &pos, &cause), ISMS_OK);
			if (pos != seen + i)
				fail_msg("%s: %s is at %zu, the old query at "
				    "%zu", what, rows[i].ref, pos, seen + i);
			assert_int_equal(reg_view_rank(m, &reg_risk, q,
			    &marks[i], 10, &pos, &cause), ISMS_OK);
			assert_int_equal(pos, seen + i < 10 ? seen + i : 10);
		}
		if (n > 0) {
			rec_mark_done(&from);
			memset(&from, 0, sizeof from);
			rec_mark_copy(&from, &marks[n - 1]);
		}
		seen += n;
		rec_free(&rec_risk, rows, n);
		rec_marks_free(marks, n);
		if (n < PAGE)
			break;
	}
	rec_mark_done(&from);
	assert_int_equal(seen, n_old);
}

/* Page backward from the end: the same rows, last first. */
static void
page_backward(struct isms *m, const struct risk_query *q, char **old,
              size_t n_old, const char *what)
{
	struct rec_mark from = { .set = false };
	size_t seen = 0;
	char *cause = NULL;

	for (;;) {
		struct risk_row *rows;
		struct rec_mark *marks;
		size_t n;

		assert_int_equal(reg_view_page(m, &reg_risk, q,
		    seen > 0 ? &from : NULL, -1, false, PAGE, (void **)&rows,
		    &marks, &n, &cause), ISMS_OK);
		/* in view order: the window ends where the last one began */
		for (size_t i = 0; i < n; i++) {
			size_t at = n_old - seen - n + i;

			if (seen + n > n_old)
				fail_msg("%s: more rows back than %zu", what,
				    n_old);
			if (strcmp(rows[i].ref, old[at]) != 0)
				fail_msg("%s: row %zu paging back is %s, the "
				    "old query's %s", what, at, rows[i].ref,
				    old[at]);
		}
		if (n > 0) {
			rec_mark_done(&from);
			memset(&from, 0, sizeof from);
			rec_mark_copy(&from, &marks[0]);
		}
		seen += n;
		rec_free(&rec_risk, rows, n);
		rec_marks_free(marks, n);
		if (n < PAGE)
			break;
	}
	rec_mark_done(&from);
	assert_int_equal(seen, n_old);
}

/* One view against the old query: the whole order, the count, forward
 * and backward pages and every position. */
static void
compare(struct isms *m, enum risk_sort sort, bool desc, const char *text)
{
	struct risk_query q = { .sort = sort, .descending = desc,
	    .text = text };
	struct walk w = { NULL, 0 };
	char what[120], **old, *cause = NULL;
	size_t n_old, count;
	bool exact;

	snprintf(what, sizeof what, "sort %s %s, text \"%s\"",
	    risk_sort_names[sort], desc ? "down" : "up",
	    text != NULL ? text : "");
	old = old_refs(m, sort, desc, text, &n_old);
	assert_int_equal(reg_view_each(m, &reg_risk, &q, walk_row, &w, NULL,
	    &cause), ISMS_OK);
	same_refs(old, n_old, w.refs, w.n, what);
	assert_int_equal(reg_view_count(m, &reg_risk, &q, &count, &cause),
	    ISMS_OK);
	if (count != n_old)
		fail_msg("%s: counted %zu, the old query %zu", what, count,
		    n_old);
	assert_int_equal(reg_view_count_quick(m, &reg_risk, &q, &count,
	    &exact, &cause), ISMS_OK);
	if (exact && count != n_old)
		fail_msg("%s: quick count %zu, the old query %zu", what, count,
		    n_old);
	page_forward(m, &q, old, n_old, what);
	page_backward(m, &q, old, n_old, what);
	refs_free(w.refs, w.n);
	refs_free(old, n_old);
}

/* ---- the tests ---- */

/* Every sort key both ways, the whole register. */
static void
test_sorts(void **state)
{
	struct fixture *f = *state;

	for (int s = 0; s < RISK_SORT_COUNT; s++) {
		compare(f->m, (enum risk_sort)s, false, NULL);
		compare(f->m, (enum risk_sort)s, true, NULL);
	}
}

/* Texts of three characters and more: the trigram index narrows, LIKE
 * decides; a frequent one (over the index's cap) is read row by row. */
static const char *const long_texts[] = {
	"ransom", "RANSOM", "exposes", "storm", "café", "CAFÉ", "ÉTÉ", "été",
	"überschwemmung", "Überschwemmung", "50%", "under_score", "r_s",
	"back\\slash", "élodie", "R-01", "xyzzy", "\"quoted\"", "e-m",
};
/* One and two characters: no trigram, every row is looked at. */
static const char *const short_texts[] = {
	"a", "E", "é", "É", "%", "_", "\\", "R-", "Ü", "ü", "zq",
};

static void
texts(struct isms *m, const char *const *t, size_t n)
{
	static const enum risk_sort sorts[] = { RISK_SORT_REF,
		RISK_SORT_STATEMENT, RISK_SORT_RESIDUAL, RISK_SORT_REVIEW };

	for (size_t i = 0; i < n; i++)
		for (size_t s = 0; s < sizeof sorts / sizeof *sorts; s++) {
			compare(m, sorts[s], false, t[i]);
			compare(m, sorts[s], true, t[i]);
		}
}

static void
test_long_texts(void **state)
{
	struct fixture *f = *state;

	texts(f->m, long_texts, sizeof long_texts / sizeof *long_texts);
}

static void
test_short_texts(void **state)
{
	struct fixture *f = *state;

	texts(f->m, short_texts, sizeof short_texts / sizeof *short_texts);
}

/* ---- looking for a needle (/ in a table) ---- */

/* Whether the old way finds needle in the row of ref: its key, statement
 * or owner, ASCII case ignored, every row read. */
static bool
old_hit(struct isms *m, const char *ref, const char *needle)
{
	struct db_stmt *st;
	char *cause = NULL;
	bool hit;

	if (db_prepare(isms_db(m), "SELECT instr(lower(r.ref || char(31) || "
	    "r.statement || char(31) || r.owner), lower(:n)) > 0 FROM risk r "
	    "WHERE r.ref = :ref;", &st, &cause) != ISMS_OK)
		fail_msg("old hit: %s", cause);
	db_bind_text(st, ":n", needle);
	db_bind_text(st, ":ref", ref);
	assert_int_equal(db_step(st, &cause), DB_ROW);
	hit = db_column_int(st, 0) != 0;
	db_finalize(st);
	return hit;
}

/* The mark of the row at pos of the view. */
static void
mark_at(struct isms *m, const struct risk_query *q, size_t pos,
        struct rec_mark *out)
{
	struct risk_row *rows;
	struct rec_mark *marks;
	size_t n;
	char *cause = NULL;

	assert_int_equal(reg_view_page(m, &reg_risk, q, NULL, 1, false, pos + 1,
	    (void **)&rows, &marks, &n, &cause), ISMS_OK);
	assert_int_equal(n, pos + 1);
	memset(out, 0, sizeof *out);
	rec_mark_copy(out, &marks[pos]);
	rec_free(&rec_risk, rows, n);
	rec_marks_free(marks, n);
}

/* From before the first row and from a few rows, both ways: the view
 * finds the row the old way finds, the next along the order, wrapping
 * (the index, when it narrows, only picks the rows looked at). */
static void
find_same(struct isms *m, enum risk_sort sort, bool desc, const char *needle)
{
	struct risk_query q = { .sort = sort, .descending = desc };
	static const size_t froms[] = { SIZE_MAX, 0, 41, RISKS - 1 };
	size_t n_old;
	char **old = old_refs(m, sort, desc, NULL, &n_old);
	bool *hit = xcalloc(n_old, sizeof *hit);
	size_t hits = 0;

	for (size_t i = 0; i < n_old; i++)
		hits += hit[i] = old_hit(m, old[i], needle);
	for (size_t k = 0; k < sizeof froms / sizeof *froms; k++)
		for (int dir = -1; dir <= 1; dir += 2) {
			struct rec_mark from, found;
			size_t start = froms[k], want = SIZE_MAX, pos;
			char *cause = NULL;
			enum isms_status rc;

			for (size_t step = 1; hits > 0 && step <= n_old; step++) {
				size_t base = start == SIZE_MAX ? (dir > 0 ?
				    n_old - 1 : 0) : start;
				size_t j = dir > 0 ? (base + step) % n_old :
				    (base + n_old - step % n_old) % n_old;

				if (hit[j]) {
					want = j;
					break;
				}
			}
			if (start != SIZE_MAX)
				mark_at(m, &q, start, &from);
			rc = reg_view_find(m, &reg_risk, &q, needle, start !=
			    SIZE_MAX ? &from : NULL, dir, SIZE_MAX, &pos,
			    &found, &cause);
			if (start != SIZE_MAX)
				rec_mark_done(&from);
			if (want == SIZE_MAX) {
				if (rc != ISMS_NOT_FOUND)
					fail_msg("\"%s\" from %zu: found at %zu, "
					    "the old way nowhere", needle,
					    start, pos);
				free(cause);
				continue;
			}
			if (rc != ISMS_OK || pos != want)
				fail_msg("\"%s\" sort %s %s from %zu dir %d: "
				    "at %zu, the old way at %zu (%s)", needle,
				    risk_sort_names[sort], desc ? "down" :
				    "up", start, dir, rc == ISMS_OK ? pos :
				    SIZE_MAX, want, old[want]);
			rec_mark_done(&found);
		}
	free(hit);
	refs_free(old, n_old);
}

static void
test_find(void **state)
{
	static const enum risk_sort sorts[] = { RISK_SORT_REF,
		RISK_SORT_STATEMENT, RISK_SORT_RESIDUAL };
	struct fixture *f = *state;

	for (size_t s = 0; s < sizeof sorts / sizeof *sorts; s++)
		for (int d = 0; d < 2; d++) {
			for (size_t i = 0; i < sizeof long_texts /
			    sizeof *long_texts; i++)
				find_same(f->m, sorts[s], d, long_texts[i]);
			for (size_t i = 0; i < sizeof short_texts /
			    sizeof *short_texts; i++)
				find_same(f->m, sorts[s], d, short_texts[i]);
		}
}

/* The fixture has what the comparisons need to mean something: a text
 * the index finds in a few risks, one in every risk, and case outside
 * ASCII kept apart. */
static void
test_fixture_is_telling(void **state)
{
	struct fixture *f = *state;
	size_t n;
	char **r;

	r = old_refs(f->m, RISK_SORT_REF, false, "ÉTÉ", &n);
	assert_true(n > 0 && n < RISKS / 4);
	refs_free(r, n);
	r = old_refs(f->m, RISK_SORT_REF, false, "été", &n);
	assert_true(n > 0 && n < RISKS / 4);
	refs_free(r, n);
	r = old_refs(f->m, RISK_SORT_REF, false, "ransom", &n);
	assert_true(n > 0 && n < RISKS / 2);
	refs_free(r, n);
	r = old_refs(f->m, RISK_SORT_REF, false, "exposes", &n);
	assert_int_equal(n, RISKS);
	refs_free(r, n);
}

/* How a text is looked for: through the index with every trigram of it
 * (fewer are only counted), for each text anew; kept plans are copies. */
static void
test_text_plan(void **state)
{
	static const struct { const char *text, *match; } cases[] = {
		{ "exposes", "\"exp\" \"xpo\" \"pos\" \"ose\" \"ses\"" },
		{ "ransom", "\"ran\" \"ans\" \"nso\" \"som\"" },
		{ "exposes", "\"exp\" \"xpo\" \"pos\" \"ose\" \"ses\"" },
		{ "ex", NULL },
		{ "ransom", "\"ran\" \"ans\" \"nso\" \"som\"" },
	};
	struct fixture *f = *state;

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *match = NULL;

		assert_int_equal(store_risk_text_plan(isms_db(f->m),
		    cases[i].text, &match, NULL), ISMS_OK);
		if (cases[i].match == NULL)
			assert_null(match);
		else
			assert_string_equal(match, cases[i].match);
		free(match);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixture_is_telling),
		cmocka_unit_test(test_sorts),
		cmocka_unit_test(test_long_texts),
		cmocka_unit_test(test_short_texts),
		cmocka_unit_test(test_text_plan),
		cmocka_unit_test(test_find),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
