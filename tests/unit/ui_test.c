/*
 * ui_test.c - the pure parts of the full-screen interface: column layout
 * and cell fitting by display width, the line editor, key names, the key
 * tables, the registry of tabs and the tab bar's layout, and the KEY
 * BINDINGS section of isms(1) generated from the key tables.
 */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "isms/ui/keymap.h"
#include "isms/ui/keys.h"
#include "isms/ui/layout.h"
#include "isms/ui/lineedit.h"
#include "isms/ui/table.h"
#include "isms/ui/tabbar.h"
#include "isms/ui/tabs.h"
#include "isms/util/xmalloc.h"
#include "isms/util/utf8.h"
#include "testutil.h"

static const struct layout_col cols[] = {
	{ "Id", 6, 8, 0, false, 0, false },
	{ "Title", 20, 0, 3, false, 0, false },
	{ "Status", 10, 12, 0, false, 0, false },
	{ "Owner", 8, 20, 1, false, 0, false },
};
#define N_COLS (sizeof cols / sizeof *cols)

static int
total(const int *w, size_t n, int gap)
{
	int sum = 0, shown = 0;

	for (size_t i = 0; i < n; i++)
		if (w[i] > 0) {
			sum += w[i];
			shown++;
		}
	return sum + (shown > 1 ? (shown - 1) * gap : 0);
}

static void
test_layout_spare_by_weight(void **state)
{
	int w[N_COLS];

	(void)state;
	layout_columns(cols, N_COLS, 80, 1, w);
	assert_int_equal(w[0], 6);                /* no weight: stays at min */
	assert_int_equal(w[2], 10);
	assert_true(w[3] > 8 && w[3] <= 20);
	assert_true(w[1] > 20);
	assert_int_equal(total(w, N_COLS, 1), 80);
	/* the owner column stops at its max; title takes the rest */
	layout_columns(cols, N_COLS, 200, 1, w);
	assert_int_equal(w[3], 20);
	assert_int_equal(total(w, N_COLS, 1), 200);
}

static void
test_layout_narrow_drops_right(void **state)
{
	int w[N_COLS];

	(void)state;
	layout_columns(cols, N_COLS, 40, 1, w);  /* 6+20+10 +2 gaps = 38 */
	assert_int_equal(w[3], 0);
	assert_true(w[0] > 0 && w[1] > 0 && w[2] > 0);
	assert_true(total(w, N_COLS, 1) <= 40);
	layout_columns(cols, N_COLS, 4, 1, w);   /* first column clipped */
	assert_int_equal(w[0], 4);
	assert_int_equal(w[1], 0);
	for (int width = 0; width < 160; width++) {
		layout_columns(cols, N_COLS, width, 1, w);
		assert_true(total(w, N_COLS, 1) <= width);
	}
}

/* Columns that drop first when not all fit, and columns as wide as their
 * text: a ref, a statement that takes the room, an owner that fits its
 * names, a status that goes before the owner. */
static const struct layout_col pcols[] = {
	{ "Ref", 5, 5, 0, false, 0, false },
	{ "Statement", 20, 0, 3, false, 0, false },
	{ "Inherent", 9, 9, 0, false, 2, false },
	{ "Owner", 10, 18, 1, false, 1, true },
	{ "Status", 10, 10, 0, false, 1, false },
};
#define N_PCOLS (sizeof pcols / sizeof *pcols)

static void
test_layout_drop_and_fit(void **state)
{
	int w[N_PCOLS], want[N_PCOLS] = { 0, 0, 0, 12, 0 };

	(void)state;
	/* 5+20+10+10 +3 gaps = 48: Inherent (drop 2) goes first */
	layout_columns_fit(pcols, N_PCOLS, 50, 1, want, w);
	assert_int_equal(w[2], 0);
	assert_true(w[3] > 0 && w[4] > 0);
	assert_int_equal(total(w, N_PCOLS, 1), 50);
	/* wide: the owner stops at its widest name, the statement takes the
	 * rest */
	layout_columns_fit(pcols, N_PCOLS, 132, 1, want, w);
	assert_int_equal(w[2], 9);
	assert_int_equal(w[3], 12);
	assert_int_equal(w[1], 132 - 5 - 9 - 12 - 10 - 4);
	/* names narrower than the min give the room back */
	want[3] = 6;
	layout_columns_fit(pcols, N_PCOLS, 60, 1, want, w);
	assert_int_equal(w[3], 6);
	/* the choice of columns does not follow the names shown */
	for (int k = 1; k < 30; k++) {
		int v[N_PCOLS];

		want[3] = k;
		layout_columns_fit(pcols, N_PCOLS, 58, 1, want, v);
		assert_int_equal(v[2] > 0, true);   /* 48 + 10 fits 58 */
		assert_true(total(v, N_PCOLS, 1) <= 58);
	}
}

static void
cell_is(const char *in, int width, bool right, const char *want)
{
	char *s = layout_cell(in, width, right, false);

	assert_string_equal(s, want);
	assert_int_equal((int)utf8_width(s), width);
	free(s);
}

static void
test_layout_cell(void **state)
{
	(void)state;
	cell_is("abc", 5, false, "abc  ");
	cell_is("abc", 5, true, "  abc");
	cell_is(NULL, 3, false, "   ");
	cell_is("abcdefgh", 5, false, "abcd\u2026");
	/* CJK: two columns each; a cut never splits one */
	cell_is("\u65e5\u672c\u8a9e\u30c6\u30ad\u30b9\u30c8", 7, false,
	    "\u65e5\u672c\u8a9e\u2026");
	cell_is("\u65e5\u672c\u8a9e\u30c6\u30ad\u30b9\u30c8", 6, false,
	    "\u65e5\u672c\u2026 ");
	/* a combining accent stays with its letter and takes no column */
	cell_is("Cafe\u0301 au lait", 6, false, "Cafe\u0301 \u2026");
	cell_is("Cafe\u0301", 5, false, "Cafe\u0301 ");
	/* escape sequences are shown, never sent */
	cell_is("a\x1b[31mred", 12, false, "a\\e[31mred  ");
	cell_is("two\nlines", 10, false, "two\\nlines");
}

static void
test_layout_cell_ascii(void **state)
{
	char *s = layout_cell("abcdefgh", 5, false, true);

	(void)state;
	assert_string_equal(s, "abcd~");
	free(s);
}

static void
keys_feed(struct lineedit *e, const char *keys)
{
	for (const char *k = keys; *k != '\0'; k++)
		lineedit_key(e, (unsigned char)*k);
}

static void
test_lineedit_readline_keys(void **state)
{
	struct lineedit e;

	(void)state;
	lineedit_init(&e, "risk owner");
	assert_int_equal(lineedit_cursor_col(&e), 10);
	lineedit_key(&e, KEYS_CTRL('W'));
	assert_string_equal(lineedit_text(&e), "risk ");
	lineedit_key(&e, KEYS_CTRL('A'));
	keys_feed(&e, "the ");
	assert_string_equal(lineedit_text(&e), "the risk ");
	lineedit_key(&e, KEYS_CTRL('K'));
	assert_string_equal(lineedit_text(&e), "the ");
	lineedit_key(&e, KEYS_CTRL('E'));
	lineedit_key(&e, keys_backspace);
	assert_string_equal(lineedit_text(&e), "the");
	lineedit_key(&e, keys_left);
	lineedit_key(&e, KEYS_CTRL('U'));
	assert_string_equal(lineedit_text(&e), "e");
	assert_false(lineedit_key(&e, KEYS_ENTER));
	assert_false(lineedit_key(&e, keys_up));
}

static void
test_lineedit_wide(void **state)
{
	struct lineedit e;

	(void)state;
	lineedit_init(&e, "\u60c5\u5831");        /* two CJK characters */
	assert_int_equal(lineedit_cursor_col(&e), 4);
	lineedit_key(&e, keys_backspace);         /* one character, not a
						     byte */
	assert_string_equal(lineedit_text(&e), "\u60c5");
	lineedit_key(&e, 0x5831);
	lineedit_key(&e, keys_home);
	lineedit_key(&e, keys_dc);
	assert_string_equal(lineedit_text(&e), "\u5831");
	assert_false(lineedit_key(&e, 0x1b));    /* Esc is the caller's */
}

static void
test_keys_names_round_trip(void **state)
{
	char name[32];

	(void)state;
	for (size_t t = 0; t < keymap_all_n; t++)
		for (size_t i = 0; i < keymap_all[t]->n; i++) {
			int key = keymap_all[t]->bindings[i].key;

			keys_name(key, name, sizeof name);
			assert_int_equal(keys_parse(name), key);
		}
	assert_int_equal(keys_parse("^L"), 12);
	assert_int_equal(keys_parse("\u00e9"), 0xe9);
	assert_int_equal(keys_parse("nonsense"), -1);
	assert_int_equal(keys_normalise('\n'), KEYS_ENTER);
}

static void
test_keymap_no_key_twice(void **state)
{
	(void)state;
	for (size_t t = 0; t < keymap_all_n; t++) {
		const struct keymap *m = keymap_all[t];

		for (size_t i = 0; i < m->n; i++)
			for (size_t j = i + 1; j < m->n; j++)
				assert_int_not_equal(m->bindings[i].key,
				    m->bindings[j].key);
	}
	/* a pane's keys must not hide the global ones people rely on */
	for (size_t i = 0; i < keymap_global.n; i++) {
		int key = keymap_global.bindings[i].key;

		assert_null(keymap_find(&keymap_table, key));
		for (int t = 0; t < TAB_COUNT; t++)
			if (tabs_all[t].ops->keys != NULL)
				assert_null(keymap_find(tabs_all[t].ops->keys,
				    key));
	}
}

/* The registry: digits in its order (1 to 9, then 0; one may be left
 * for a tab to come), each on one tab and bound to TAB_GOTO; names
 * unique; every tab with a pane and a group. */
static void
test_tabs_registry(void **state)
{
	const char *digits = "1234567890";
	size_t next = 0;

	(void)state;
	for (int t = 0; t < TAB_COUNT; t++) {
		const struct tab *tab = &tabs_all[t];
		const char *at;

		assert_non_null(tab->ops);
		assert_non_null(tab->group);
		assert_int_equal(tabs_by_name(tab->name), t);
		if (tab->key == 0)
			continue;
		at = strchr(digits, tab->key);
		assert_non_null(at);
		assert_true((size_t)(at - digits) >= next);  /* in order */
		next = (size_t)(at - digits) + 1;
		assert_int_equal(tabs_by_key(tab->key), t);
	}
	for (size_t d = 0; d < 10; d++) {
		const struct keymap_binding *b = keymap_find(&keymap_global,
		    digits[d]);

		assert_non_null(b);
		assert_int_equal(b->action, UI_ACTION_TAB_GOTO);
		if (d >= next)
			assert_int_equal(tabs_by_key(digits[d]), -1);
	}
	/* what users and the tests rely on */
	assert_string_equal(tabs_all[0].label, "Clauses");
	assert_int_equal(tabs_by_key('2'), TAB_SOA);
	assert_int_equal(tabs_by_key('3'), TAB_RISKS);
	assert_int_equal(tabs_by_key('4'), TAB_ASSETS);
	assert_int_equal(tabs_by_key('6'), TAB_HISTORY);
	assert_string_equal(tabs_all[TAB_HISTORY].group, "History");
	assert_int_equal(tabs_by_name("SoA"), TAB_SOA);
	assert_int_equal(tabs_by_name("nonsense"), -1);
}

/* A registry of 14 tabs in 4 groups, as the design plans them; the last
 * tabs have no digit but 0. */
static const struct tab many_tabs[] = {
	{ "c", "Clauses", '1', "Plan", NULL },
	{ "s", "SoA", '2', "Plan", NULL },
	{ "r", "Risks", '3', "Plan", NULL },
	{ "a", "Assets", '4', "Plan", NULL },
	{ "d", "Documents", '5', "Operate", NULL },
	{ "u", "Audits", '6', "Operate", NULL },
	{ "n", "Nonconformities", '7', "Operate", NULL },
	{ "i", "Incidents", '8', "Operate", NULL },
	{ "p", "Suppliers", '9', "Operate", NULL },
	{ "o", "Objectives and metrics", 0, "Improve", NULL },
	{ "v", "Reviews", 0, "Improve", NULL },
	{ "h", "Dashboard", '0', "Improve", NULL },
	{ "x", "Interested parties", 0, "Context", NULL },
	{ "l", "Legal requirements", 0, "Context", NULL },
};
#define N_MANY (sizeof many_tabs / sizeof *many_tabs)

/* "[N Label]" of t, or "[Label]" without a digit. */
static char *
active_label(const struct tab *t)
{
	return t->key != 0 ? xasprintf("[%c %s]", t->key, t->label) :
	    xasprintf("[%s]", t->label);
}

static void
check_bar(const struct tab *tabs, size_t active, int width,
          const struct tabbar *bar)
{
	char *want = active_label(&tabs[active]);
	char *at = xstrndup(bar->text + bar->active_at, bar->active_len);

	assert_true(utf8_width(bar->text) <= (size_t)width);
	assert_int_equal(bar->cols, (int)utf8_width(bar->text));
	assert_string_equal(at, want);        /* and where it is said to be */
	assert_non_null(strstr(bar->text, want));
	assert_int_equal(bar->active_w, (int)utf8_width(want));
	assert_true(bar->active_x + bar->active_w <= width);
	free(at);
	free(want);
}

/* The four tabs of today fit: the flat bar, exactly as it always was. */
static void
test_tabbar_flat(void **state)
{
	struct tabbar bar;

	(void)state;
	tabbar_layout(many_tabs, 4, 0, 80, false, &bar);
	assert_false(bar.grouped);
	assert_string_equal(bar.text,
	    "[1 Clauses]  2 SoA   3 Risks   4 Assets ");
	assert_int_equal(bar.active_x, 0);
	tabbar_done(&bar);
	tabbar_layout(many_tabs, 4, 2, 80, false, &bar);
	assert_string_equal(bar.text,
	    " 1 Clauses   2 SoA  [3 Risks]  4 Assets ");
	assert_int_equal(bar.active_x, 20);
	check_bar(many_tabs, 2, 80, &bar);
	tabbar_done(&bar);
	/* every label there, when all of 14 fit a wide screen */
	tabbar_layout(many_tabs, N_MANY, 5, 300, false, &bar);
	assert_false(bar.grouped);
	for (size_t i = 0; i < N_MANY; i++)
		assert_non_null(strstr(bar.text, many_tabs[i].label));
	tabbar_done(&bar);
}

/* 14 tabs at 80 and 100 columns, each active in turn: grouped, within the
 * width, the active tab always shown as [N Label], its group named. */
static void
test_tabbar_grouped(void **state)
{
	static const int widths[] = { 80, 100 };
	struct tabbar bar;

	(void)state;
	for (size_t w = 0; w < 2; w++)
		for (size_t a = 0; a < N_MANY; a++) {
			char *group = xasprintf("%s: ", many_tabs[a].group);

			tabbar_layout(many_tabs, N_MANY, a, widths[w], false,
			    &bar);
			assert_true(bar.grouped);
			check_bar(many_tabs, a, widths[w], &bar);
			assert_non_null(strstr(bar.text, group));
			free(group);
			tabbar_done(&bar);
		}
	/* the design's example */
	tabbar_layout(many_tabs, N_MANY, 0, 80, false, &bar);
	assert_string_equal(bar.text, "Plan: [1 Clauses] 2 SoA 3 Risks "
	    "4 Assets | Operate | Improve | Context");
	tabbar_done(&bar);
	tabbar_layout(many_tabs, N_MANY, 11, 80, false, &bar);
	assert_string_equal(bar.text, "Plan | Operate | Improve: Objectives "
	    "and metrics Reviews [0 Dashboard] | Context");
	tabbar_done(&bar);
}

/* Too narrow for a whole group: the tabs nearest the active one, an
 * ellipsis for the others; narrower still, the active tab alone. */
static void
test_tabbar_narrow(void **state)
{
	struct tabbar bar;

	(void)state;
	tabbar_layout(many_tabs, N_MANY, 6, 80, false, &bar);
	assert_string_equal(bar.text, "Plan | Operate: \u2026 6 Audits "
	    "[7 Nonconformities] 8 Incidents \u2026 | Improve | Context");
	tabbar_done(&bar);
	tabbar_layout(many_tabs, N_MANY, 6, 80, true, &bar);
	assert_non_null(strstr(bar.text, "Operate: ~ 6 Audits"));
	tabbar_done(&bar);
	for (int width = 0; width <= 60; width++)
		for (size_t a = 0; a < N_MANY; a++) {
			tabbar_layout(many_tabs, N_MANY, a, width, false, &bar);
			assert_true(utf8_width(bar.text) <= (size_t)width);
			if (width >= 40)
				check_bar(many_tabs, a, width, &bar);
			tabbar_done(&bar);
		}
}

/* Keys that follow each other are listed as a range. */
static void
test_keymap_keys_ranges(void **state)
{
	char buf[128];

	(void)state;
	assert_string_equal(keymap_keys(&keymap_global, UI_ACTION_TAB_GOTO,
	    buf, sizeof buf), "1-9, 0");
	assert_string_equal(keymap_keys(&keymap_global, UI_ACTION_HELP, buf,
	    sizeof buf), "?, F1");
}

/* The KEY BINDINGS section of the man page, from .Sh to the next .Sh. */
static char *
man_section(const char *man)
{
	const char *start = strstr(man, ".Sh KEY BINDINGS\n"), *end;

	if (start == NULL)
		return NULL;
	start = strchr(start, '\n') + 1;
	end = strstr(start, "\n.Sh ");
	return strndup(start, end != NULL ? (size_t)(end - start + 1) :
	    strlen(start));
}

static void
test_man_page_lists_every_binding(void **state)
{
	const char *srcdir = getenv("ISMS_SRCDIR");
	char *path, *man, *section, *want = NULL;
	size_t len;
	FILE *out;

	(void)state;
	assert_non_null(srcdir);
	path = test_path(srcdir, "man/isms.1");
	man = test_slurp(path, &len);
	assert_non_null(man);
	section = man_section(man);
	assert_non_null(section);
	out = open_memstream(&want, &len);
	keymap_write_mdoc(out);
	fclose(out);
	if (strstr(section, want) == NULL) {
		fprintf(stderr, "# man/isms.1 KEY BINDINGS must contain:\n%s",
		    want);
		fail_msg("the man page misses or misstates key bindings");
	}
	/* and every action of every table is in it */
	for (size_t t = 0; t < keymap_all_n; t++)
		for (size_t i = 0; i < keymap_all[t]->n; i++)
			assert_non_null(strstr(section, keymap_action_help(
			    keymap_all[t]->bindings[i].action)));
	free(want);
	free(section);
	free(man);
	free(path);
}

/* A source of three rows whose search finds row 2, finds nothing, or
 * fails (as a query does when memory runs out). */
enum search_mode { SEARCH_HIT, SEARCH_NONE, SEARCH_FAILS };

static void
src_query(void *ctx, size_t *cursor)
{
	(void)ctx;
	*cursor = 0;
}

static size_t
src_count(void *ctx)
{
	(void)ctx;
	return 3;
}

static void
src_window(void *ctx, size_t top, size_t n)
{
	(void)ctx;
	(void)top;
	(void)n;
}

static void
src_cell(void *ctx, size_t row, size_t col, struct table_cell *out)
{
	(void)ctx;
	(void)row;
	(void)col;
	out->text = "";
	out->role = UI_ROLE_NORMAL;
}

static bool
src_find(void *ctx, const char *needle, size_t from, int dir, size_t *pos,
         char **cause)
{
	(void)needle;
	(void)from;
	(void)dir;
	switch (*(enum search_mode *)ctx) {
	case SEARCH_HIT:
		*pos = 2;
		return true;
	case SEARCH_FAILS:
		*cause = xstrdup("t.db: out of memory");
		return false;
	default:
		return false;
	}
}

static const struct table_source search_source = {
	src_query, src_count, src_count, src_window, src_cell, src_find,
	NULL, NULL, NULL,
};

/* A search that fails says why; only one that ran says "not found". */
static void
test_table_search_failure_is_not_not_found(void **state)
{
	enum search_mode mode = SEARCH_HIT;
	struct app app;
	struct table t;

	(void)state;
	memset(&app, 0, sizeof app);
	table_init(&t, cols, N_COLS, &search_source, &mode);
	table_requery(&t);
	snprintf(t.search, sizeof t.search, "A.5.1");
	assert_true(table_handle(&t, &app, UI_ACTION_SEARCH_NEXT));
	assert_int_equal(t.cursor, 2);
	assert_string_equal(app.message, "/A.5.1");
	mode = SEARCH_NONE;
	table_handle(&t, &app, UI_ACTION_SEARCH_NEXT);
	assert_string_equal(app.message, "not found: A.5.1");
	assert_true(app.message_error);
	mode = SEARCH_FAILS;
	table_handle(&t, &app, UI_ACTION_SEARCH_NEXT);
	assert_string_equal(app.message, "t.db: out of memory");
	assert_true(app.message_error);
	assert_int_equal(t.cursor, 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_layout_spare_by_weight),
		cmocka_unit_test(test_layout_narrow_drops_right),
		cmocka_unit_test(test_layout_drop_and_fit),
		cmocka_unit_test(test_layout_cell),
		cmocka_unit_test(test_layout_cell_ascii),
		cmocka_unit_test(test_lineedit_readline_keys),
		cmocka_unit_test(test_lineedit_wide),
		cmocka_unit_test(test_keys_names_round_trip),
		cmocka_unit_test(test_keymap_no_key_twice),
		cmocka_unit_test(test_tabs_registry),
		cmocka_unit_test(test_keymap_keys_ranges),
		cmocka_unit_test(test_tabbar_flat),
		cmocka_unit_test(test_tabbar_grouped),
		cmocka_unit_test(test_tabbar_narrow),
		cmocka_unit_test(test_man_page_lists_every_binding),
		cmocka_unit_test(test_table_search_failure_is_not_not_found),
	};

	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		setlocale(LC_ALL, "");
	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
