/*
 * catalog_test.c - unit tests of the catalog layer: the shipped catalogs
 * load, every validation rule reports exactly the located messages it
 * should, hostile files fail with a diagnosis instead of a crash or a hang,
 * and the search path and index behave as path.h promises.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "isms/catalog/catalog.h"
#include "isms/catalog/path.h"
#include "isms/util/xmalloc.h"
#include "testutil.h"

/* --- helpers ---------------------------------------------------------- */

/* The first directory of $ISMS_CATALOG_PATH joined to name. */
static char *
shipped(const char *name)
{
	const char *env = getenv("ISMS_CATALOG_PATH");

	if (env == NULL || env[0] == '\0')
		env = "catalogs";
	return xasprintf("%.*s/%s", (int)strcspn(env, ":"), env, name);
}

/* Load path, which must succeed without any diag. */
static struct catalog *
load_ok(const char *path)
{
	struct diag_list dl;
	struct catalog *c = NULL;
	enum isms_status st;

	diag_list_init(&dl);
	st = catalog_load(path, &c, &dl);
	for (size_t i = 0; i < dl.count; i++) {
		char *s = diag_format(&dl.items[i]);

		print_message("unexpected: %s\n", s);
		free(s);
	}
	assert_int_equal(st, ISMS_OK);
	assert_int_equal(dl.count, 0);
	assert_non_null(c);
	diag_list_done(&dl);
	return c;
}

/*
 * Load path, which must fail with want and exactly the diags given as
 * "LINE: message" (or ": message" for no line) in a NULL-terminated list.
 */
static void
expect_path(const char *path, enum isms_status want, const char *const *exp)
{
	struct diag_list dl;
	struct catalog *c = NULL;
	size_t n = 0;

	while (exp[n] != NULL)
		n++;
	diag_list_init(&dl);
	assert_int_equal(catalog_load(path, &c, &dl), want);
	assert_null(c);
	for (size_t i = 0; i < dl.count || i < n; i++) {
		char *got = i < dl.count ? diag_format(&dl.items[i]) :
		    xstrdup("(nothing)");
		char *w = i < n ? xasprintf("%s%s%s", path,
		    exp[i][0] == ':' ? "" : ":", exp[i]) : xstrdup("(nothing)");

		assert_string_equal(got, w);
		free(got);
		free(w);
	}
	diag_list_done(&dl);
}

/* As expect_path() for tests/data/name, failing with ISMS_CATALOG. */
static void
expect(const char *name, const char *const *exp)
{
	char *path = test_data(name);

	expect_path(path, ISMS_CATALOG, exp);
	free(path);
}

/* A file of n bytes written in a new temporary directory; the directory
 * goes to *dir. */
static char *
write_temp(char **dir, const char *name, const char *data, size_t n)
{
	char *path;

	*dir = test_tmpdir();
	path = test_path(*dir, name);
	assert_int_equal(test_write(path, data, n), 0);
	return path;
}

static unsigned
cell(const struct catalog *c, size_t l, size_t i)
{
	const struct catalog_matrix *m = &c->u.matrix;

	return m->grid[(l - 1) * m->n_impact + (i - 1)];
}

static const char *
cell_id(const struct catalog *c, size_t l, size_t i)
{
	return c->u.matrix.levels[cell(c, l, i)].id;
}

/* --- the shipped catalogs --------------------------------------------- */

static void
test_shipped_framework(void **state)
{
	char *path = shipped("iso27001-2022.yaml");
	struct catalog *c = load_ok(path);
	const struct catalog_framework *fw = &c->u.framework;
	const struct catalog_requirement *r;
	size_t clauses = 0, controls = 0;

	(void)state;
	assert_int_equal(c->kind, CATALOG_FRAMEWORK);
	assert_string_equal(c->id, "iso27001-2022");
	assert_string_equal(c->path, path);
	assert_string_equal(fw->version, "2022");
	for (size_t i = 0; i < fw->n_reqs; i++) {
		if (strcmp(fw->reqs[i].kind, "clause") == 0)
			clauses++;
		else if (strcmp(fw->reqs[i].kind, "control") == 0)
			controls++;
	}
	assert_int_equal(clauses, 41);
	assert_int_equal(controls, 93);
	assert_int_equal(fw->n_themes, 4);
	assert_int_equal(fw->n_attr_sets, 5);
	r = catalog_requirement_find(c, "4.1");
	assert_non_null(r);
	assert_string_equal(r->parent, "4");
	assert_null(catalog_requirement_find(c, "4")->parent);
	r = catalog_requirement_find(c, "A.5.1");
	assert_non_null(r);
	assert_string_equal(r->theme, "Organizational");
	assert_false(r->is_new);
	assert_int_equal(r->n_attrs, 5);
	assert_string_equal(r->attrs[0].set, "control_type");
	assert_string_equal(r->attrs[0].values[0], "Preventive");
	assert_true(catalog_requirement_find(c, "A.5.7")->is_new);
	assert_non_null(catalog_requirement_find(c, "A.8.34"));
	assert_null(catalog_requirement_find(c, "A.9"));
	assert_null(catalog_requirement_find(NULL, "4"));
	catalog_free(c);
	free(path);
}

static void
test_shipped_documents(void **state)
{
	char *dpath = shipped("iso27001-2022-documents.yaml");
	char *fpath = shipped("iso27001-2022.yaml");
	struct catalog *d = load_ok(dpath), *fw = load_ok(fpath);
	struct diag_list dl;

	(void)state;
	assert_int_equal(d->kind, CATALOG_DOCUMENTS);
	assert_int_equal(d->u.documents.n_docs, 35);
	assert_string_equal(d->u.documents.framework, "iso27001-2022");
	assert_string_equal(d->u.documents.docs[0].id, "D-01");
	assert_string_equal(d->u.documents.docs[0].ref, "4.3");
	assert_null(d->u.documents.docs[0].item);
	diag_list_init(&dl);
	assert_int_equal(catalog_check_documents(d, fw, &dl), ISMS_OK);
	assert_int_equal(dl.count, 0);
	diag_list_done(&dl);
	catalog_free(d);
	catalog_free(fw);
	free(dpath);
	free(fpath);
}

static void
test_shipped_matrices(void **state)
{
	static const struct {
		const char *file;
		size_t n, levels;
		const char *acceptance;
	} m[] = {
		{ "risk-matrix-3x3.yaml", 3, 3, "low" },
		{ "risk-matrix-4x4.yaml", 4, 4, "medium" },
		{ "risk-matrix-5x5.yaml", 5, 4, "medium" },
	};

	(void)state;
	for (size_t i = 0; i < 3; i++) {
		char *path = shipped(m[i].file);
		struct catalog *c = load_ok(path);
		const struct catalog_matrix *mx = &c->u.matrix;

		assert_int_equal(c->kind, CATALOG_MATRIX);
		assert_int_equal(mx->n_likelihood, m[i].n);
		assert_int_equal(mx->n_impact, m[i].n);
		assert_int_equal(mx->n_levels, m[i].levels);
		assert_string_equal(mx->levels[mx->acceptance].id,
		    m[i].acceptance);
		assert_string_equal(cell_id(c, 1, 1), "low");
		for (size_t l = 1; l <= m[i].n; l++)
			for (size_t k = 1; k <= m[i].n; k++)
				assert_true(cell(c, l, k) < mx->n_levels);
		if (i == 0) {
			assert_string_equal(c->id, "3x3");
			assert_string_equal(cell_id(c, 1, 3), "medium");
			assert_string_equal(cell_id(c, 3, 3), "high");
			assert_string_equal(mx->levels[2].colour, "red");
			assert_int_equal(mx->levels[2].review_days, 90);
			assert_string_equal(mx->likelihood[0].abbrev, "L");
		} else if (i == 2) {
			assert_string_equal(c->id, "5x5");
			assert_string_equal(cell_id(c, 5, 1), "medium");
			assert_string_equal(cell_id(c, 3, 3), "medium");
			assert_string_equal(cell_id(c, 5, 5), "critical");
			assert_int_equal(mx->levels[3].review_days, 30);
		}
		catalog_free(c);
		free(path);
	}
}

/* --- small valid catalogs --------------------------------------------- */

static void
test_framework_ok(void **state)
{
	char *path = test_data("catalog-framework-ok.yaml");
	struct catalog *c = load_ok(path);
	const struct catalog_framework *fw = &c->u.framework;
	const struct catalog_requirement *r = &fw->reqs[2];

	(void)state;
	assert_string_equal(catalog_kind_name(c->kind), "framework");
	assert_string_equal(fw->title, "Test framework");
	assert_int_equal(fw->n_reqs, 3);
	assert_string_equal(fw->themes[0].title, "Organizational controls");
	assert_int_equal(fw->attr_sets[0].n_values, 3);
	assert_string_equal(fw->attr_sets[0].values[2], "Corrective");
	assert_string_equal(r->id, "A.5.1");
	assert_true(r->is_new);
	assert_string_equal(r->summary, "Have policies.");
	assert_int_equal(r->attrs[0].n_values, 2);
	assert_string_equal(r->attrs[0].values[1], "Corrective");
	assert_false(fw->reqs[0].is_new);
	assert_null(fw->reqs[0].theme);
	assert_int_equal(fw->reqs[0].n_attrs, 0);
	catalog_free(c);
	catalog_free(NULL);
	free(path);
}

static void
test_documents_check(void **state)
{
	char *fpath = test_data("catalog-framework-ok.yaml");
	char *okpath = test_data("catalog-documents-ok.yaml");
	char *badpath = test_data("catalog-documents-badref.yaml");
	struct catalog *fw = load_ok(fpath), *ok = load_ok(okpath);
	struct catalog *bad = load_ok(badpath);
	struct diag_list dl;
	char *s;

	(void)state;
	assert_string_equal(catalog_kind_name(ok->kind), "documents");
	assert_string_equal(ok->u.documents.docs[1].item, "a");
	diag_list_init(&dl);
	assert_int_equal(catalog_check_documents(ok, fw, &dl), ISMS_OK);
	assert_int_equal(dl.count, 0);
	assert_int_equal(catalog_check_documents(bad, fw, &dl), ISMS_CATALOG);
	assert_int_equal(dl.count, 2);
	s = diag_format(&dl.items[0]);
	assert_true(strstr(s, ":5: document list is for framework "
	    "\"other-fw\", not \"test-fw\"") != NULL);
	free(s);
	s = diag_format(&dl.items[1]);
	assert_true(strstr(s, "catalog-documents-badref.yaml:14: document "
	    "\"D-02\": ref \"4.9\" is not a requirement of test-fw") != NULL);
	free(s);
	assert_int_equal(catalog_check_documents(fw, ok, &dl), ISMS_CATALOG);
	diag_list_done(&dl);
	catalog_free(fw);
	catalog_free(ok);
	catalog_free(bad);
	free(fpath);
	free(okpath);
	free(badpath);
}

static void
test_matrix_ok(void **state)
{
	char *path = test_data("catalog-matrix-ok.yaml");
	struct catalog *c = load_ok(path);
	const struct catalog_matrix *m = &c->u.matrix;

	(void)state;
	assert_string_equal(catalog_kind_name(c->kind), "risk-matrix");
	assert_int_equal(m->n_likelihood, 2);
	assert_int_equal(m->n_impact, 3);
	assert_string_equal(m->impact[2].name, "Big");
	assert_int_equal(m->levels[0].review_days, 365);
	assert_int_equal(m->levels[1].review_days, 30);
	assert_string_equal(cell_id(c, 1, 3), "high");
	assert_string_equal(cell_id(c, 2, 1), "low");
	assert_int_equal(m->acceptance, 0);
	catalog_free(c);
	free(path);
}

/* --- validation rules ------------------------------------------------- */

static void
test_dup_id(void **state)
{
	static const char *const exp[] = {
		"9: theme \"Org\" is defined twice (first on line 7)",
		"20: requirement \"4.1\" is defined twice (first on line 16)",
		"24: requirement \"4\" is defined twice (first on line 12)",
		NULL,
	};

	(void)state;
	expect("catalog-dup-id.yaml", exp);
}

static void
test_parent(void **state)
{
	static const char *const exp[] = {
		"9: requirement \"4.1\": parent \"4\" must come before it "
		    "(it is on line 12)",
		"18: requirement \"A.5.9\": unknown parent \"A.9\"",
		"23: requirement \"5\": parent \"5\" is the requirement itself",
		NULL,
	};

	(void)state;
	expect("catalog-parent.yaml", exp);
}

static void
test_theme(void **state)
{
	static const char *const exp[] = {
		"12: requirement \"A.5.1\": undeclared theme \"People\"",
		"15: requirement \"A.5.2\": missing required key \"theme\"",
		"20: requirement \"A.5.3\": unknown kind \"contrl\" (expected "
		    "clause or control)",
		NULL,
	};

	(void)state;
	expect("catalog-theme.yaml", exp);
}

static void
test_attributes(void **state)
{
	static const char *const exp[] = {
		"12: attribute set \"control_type\" value \"Preventive\" is "
		    "defined twice (first on line 12)",
		"15: attribute set \"empty_set\": values is empty",
		"24: requirement \"A.5.1\": attribute set control_type has no "
		    "value \"Preventative\"",
		"24: requirement \"A.5.1\": attribute set control_type lists "
		    "\"Detective\" twice",
		"25: requirement \"A.5.1\": unknown attribute set \"colour\"",
		"27: requirement \"A.5.1\": attribute set control_type is "
		    "given twice (first on line 23)",
		"27: requirement \"A.5.1\": attribute set control_type has no "
		    "values",
		NULL,
	};

	(void)state;
	expect("catalog-attributes.yaml", exp);
}

static void
test_missing_keys(void **state)
{
	static const char *const exp[] = {
		"1: missing required key \"id\"",
		"1: missing required key \"title\"",
		"1: missing required key \"version\"",
		"4: requirement \"4\": missing required key \"kind\"",
		"4: requirement \"4\": missing required key \"title\"",
		"6: requirement 2: missing required key \"id\"",
		NULL,
	};

	(void)state;
	expect("catalog-missing.yaml", exp);
}

static void
test_strings(void **state)
{
	static const char *const exp[] = {
		"3: id \"Bad_Id\" is not a valid catalog id (lowercase "
		    "letters, digits, \".\" and \"-\", starting with a letter "
		    "or digit)",
		"4: title: U+0009 (tab) is not allowed in a one-line field",
		"7: requirement 1: id \"4 1\" is not a valid identifier "
		    "(letters, digits, \".\", \"_\" and \"-\", starting with a "
		    "letter or digit)",
		"9: requirement 1: title is empty",
		"10: requirement 1: summary is longer than 400 bytes",
		"11: requirement 1: new must be true or false, not \"maybe\"",
		"14: requirement \"4.2\": title: U+000A (line feed) is not "
		    "allowed in a one-line field",
		"17: requirement \"4.2\": summary: U+0085 (next line) is not "
		    "allowed",
		"20: requirement \"4.3\": title: U+202E (right-to-left "
		    "override) is not allowed",
		"21: requirement \"4.3\": summary: U+E0041 (tag character) is "
		    "not allowed",
		NULL,
	};

	(void)state;
	expect("catalog-strings.yaml", exp);
}

static void
test_grid_rows(void **state)
{
	static const char *const exp[] = {
		"15: grid has 2 rows but likelihood has 3 levels",
		NULL,
	};

	(void)state;
	expect("catalog-grid-rows.yaml", exp);
}

static void
test_grid_cells(void **state)
{
	static const char *const exp[] = {
		"16: grid row 1 has 3 cells but impact has 2 levels",
		"17: grid row 2 cell 2: unknown level \"hgh\"",
		"18: grid row 3 must be a list of level ids",
		NULL,
	};

	(void)state;
	expect("catalog-grid-cells.yaml", exp);
}

static void
test_grid_monotone(void **state)
{
	static const char *const exp[] = {
		"16: grid row 1 cell 2 (\"low\") is lower than row 1 cell 1 "
		    "(\"mid\"); risk must not fall as likelihood or impact "
		    "rises",
		"17: grid row 2 cell 1 (\"low\") is lower than row 1 cell 1 "
		    "(\"mid\"); risk must not fall as likelihood or impact "
		    "rises",
		NULL,
	};

	(void)state;
	expect("catalog-grid-monotone.yaml", exp);
}

static void
test_matrix_levels(void **state)
{
	static const char *const exp[] = {
		"5: likelihood has 1 entry (2 to 10 allowed)",
		"6: likelihood level 1: abbrev \"RARE1\" is longer than 4 "
		    "characters",
		"9: impact abbrev \"S\" is defined twice (first on line 8)",
		"11: level \"low\": unknown colour \"purple\" (expected black, "
		    "red, green, yellow, blue, magenta, cyan or white)",
		"11: level \"low\": review_days \"12abc\" is not a whole "
		    "number from 1 to 3650",
		"12: level \"low\": review_days \"0\" is not a whole number "
		    "from 1 to 3650",
		"12: level \"low\" is defined twice (first on line 11)",
		"13: level \"top\": review_days \"0x10\" is not a whole number "
		    "from 1 to 3650",
		"14: level \"max\": review_days \"3651\" is not a whole number "
		    "from 1 to 3650",
		"17: acceptance \"medium\" is not a level id",
		NULL,
	};

	(void)state;
	expect("catalog-matrix-levels.yaml", exp);
}

static void
test_matrix_missing(void **state)
{
	static const char *const exp[] = {
		"1: missing required key \"likelihood\"",
		"1: missing required key \"impact\"",
		"1: missing required key \"levels\"",
		"1: missing required key \"grid\"",
		"1: missing required key \"acceptance\"",
		NULL,
	};

	(void)state;
	expect("catalog-matrix-missing.yaml", exp);
}

static void
test_documents_bad(void **state)
{
	static const char *const exp[] = {
		"1: missing required key \"framework\"",
		"10: document \"D-01\": missing required key \"ref\"",
		"10: document \"D-01\" is defined twice (first on line 6)",
		"11: document \"D-01\": unknown kind \"memo\" (expected "
		    "document, record, control-document or control-record)",
		"13: document 3: missing required key \"id\"",
		NULL,
	};

	(void)state;
	expect("catalog-documents-bad.yaml", exp);
}

/* --- refused before or by libcyaml ------------------------------------ */

static void
test_unknown_kind(void **state)
{
	static const char *const exp[] = {
		"2: unknown kind \"policy\" (expected framework, documents or "
		    "risk-matrix)",
		NULL,
	};

	(void)state;
	expect("catalog-unknown-kind.yaml", exp);
}

static void
test_wrong_kind(void **state)
{
	static const char *const exp[] = {
		"5: unknown key \"likelihood\"",
		NULL,
	};

	(void)state;
	expect("catalog-wrong-kind.yaml", exp);
}

static void
test_unknown_key(void **state)
{
	static const char *const exp[] = {
		"13: unknown key \"tittle\"",
		NULL,
	};

	(void)state;
	expect("catalog-unknown-key.yaml", exp);
}

static void
test_number_junk(void **state)
{
	static const char *const exp[] = {
		"2: unsupported format \"1abc\" (expected 1)",
		NULL,
	};

	(void)state;
	expect("catalog-format-junk.yaml", exp);
}

static void
test_wrong_type(void **state)
{
	static const char *const exp[] = {
		"9: \"title\" must be a single value, not a list",
		NULL,
	};

	(void)state;
	expect("catalog-type.yaml", exp);
}

static void
test_list_overflow(void **state)
{
	static const char *const exp[] = {
		"9: \"values\" has more than 256 entries",
		NULL,
	};

	(void)state;
	expect("catalog-list-overflow.yaml", exp);
}

static void
test_long_string(void **state)
{
	static const char *const exp[] = {
		"4: \"title\" is longer than 4096 bytes",
		NULL,
	};
	size_t n = 5000;
	char *data = xmalloc(n + 64), *dir, *path;
	size_t len = (size_t)snprintf(data, 64, "format: 1\nkind: framework\n"
	    "id: x\ntitle: ");

	(void)state;
	memset(data + len, 'y', n);
	data[len + n] = '\n';
	path = write_temp(&dir, "long.yaml", data, len + n + 1);
	expect_path(path, ISMS_CATALOG, exp);
	test_rmtree(dir);
	free(path);
	free(dir);
	free(data);
}

static void
test_dup_key(void **state)
{
	static const char *const exp[] = {
		"6: key \"title\" appears twice (first on line 4)",
		NULL,
	};

	(void)state;
	expect("catalog-dup-key.yaml", exp);
}

/* --- hostile files ---------------------------------------------------- */

static void
test_malformed(void **state)
{
	static const char *const exp[] = {
		"5: YAML syntax error: did not find expected key (while "
		    "parsing a block mapping on line 1)",
		NULL,
	};

	(void)state;
	expect("catalog-malformed.yaml", exp);
}

static void
test_truncated(void **state)
{
	static const char *const exp[] = {
		"6: YAML syntax error: did not find expected ',' or ']' (while "
		    "parsing a flow sequence on line 6)",
		NULL,
	};

	(void)state;
	expect("catalog-truncated.yaml", exp);
}

static void
test_empty_and_odd_roots(void **state)
{
	static const char *const empty[] = {
		"1: empty file: no catalog found", NULL,
	};
	static const char *const two[] = {
		"3: more than one YAML document", NULL,
	};
	static const char *const list[] = {
		"1: the top level must be a mapping of keys to values", NULL,
	};
	static const char *const nul[] = {
		"4: NUL character in a string", NULL,
	};

	(void)state;
	expect("catalog-empty.yaml", empty);
	expect("catalog-two-docs.yaml", two);
	expect("catalog-list-root.yaml", list);
	expect("catalog-nul-escape.yaml", nul);
}

static void
test_binary(void **state)
{
	static const char data[] = "format: 1\nkind: framework\n\0\1\2\3\n";
	static const char *const exp[] = {
		"3: contains a NUL byte: not a text file", NULL,
	};
	char *dir, *path = write_temp(&dir, "bin.yaml", data, sizeof data);

	(void)state;
	expect_path(path, ISMS_CATALOG, exp);
	test_rmtree(dir);
	free(path);
	free(dir);
}

static void
test_invalid_utf8(void **state)
{
	static const char data[] = "format: 1\nkind: framework\nid: x\n"
	    "title: caf\xe9\n";
	static const char *const exp[] = {
		"4: invalid UTF-8: catalogs must be UTF-8 text", NULL,
	};
	char *dir, *path = write_temp(&dir, "latin1.yaml", data,
	    sizeof data - 1);

	(void)state;
	expect_path(path, ISMS_CATALOG, exp);
	test_rmtree(dir);
	free(path);
	free(dir);
}

static void
test_huge(void **state)
{
	static const char *const exp[] = {
		": larger than 8388608 bytes", NULL,
	};
	size_t n = 9u * 1024 * 1024;
	char *data = xmalloc(n), *dir, *path;

	(void)state;
	memset(data, '#', n);
	path = write_temp(&dir, "huge.yaml", data, n);
	expect_path(path, ISMS_IO, exp);
	test_rmtree(dir);
	free(path);
	free(dir);
	free(data);
}

static void
test_alias_bomb(void **state)
{
	static const char *const exp[] = {
		"5: anchors and aliases are not allowed", NULL,
	};

	(void)state;
	expect("catalog-alias-bomb.yaml", exp);
}

static void
test_deep_nesting(void **state)
{
	static const char *const exp[] = {
		"3: nested more than 64 levels deep", NULL,
	};
	static const char head[] = "format: 1\nkind: framework\nx: ";
	size_t n = 100000, h = sizeof head - 1;
	char *data = xmalloc(h + n + 1), *dir, *path;

	(void)state;
	memcpy(data, head, h);
	memset(data + h, '[', n);
	data[h + n] = '\n';
	path = write_temp(&dir, "deep.yaml", data, h + n + 1);
	expect_path(path, ISMS_CATALOG, exp);
	test_rmtree(dir);
	free(path);
	free(dir);
	free(data);
}

static void
test_too_many_nodes(void **state)
{
	static const char *const exp[] = {
		"3: too large: more than 250000 YAML elements", NULL,
	};
	static const char head[] = "format: 1\nkind: framework\nx: [";
	size_t n = 300000, h = sizeof head - 1;
	char *data = xmalloc(h + 2 * n + 2), *dir, *path;

	(void)state;
	memcpy(data, head, h);
	for (size_t i = 0; i < n; i++)
		memcpy(data + h + 2 * i, "a,", 2);
	memcpy(data + h + 2 * n - 1, "]\n", 2);
	path = write_temp(&dir, "flat.yaml", data, h + 2 * n + 1);
	expect_path(path, ISMS_CATALOG, exp);
	test_rmtree(dir);
	free(path);
	free(dir);
	free(data);
}

static void
test_not_a_file(void **state)
{
	static const char *const isdir[] = {
		": not a regular file", NULL,
	};
	static const char *const missing[] = {
		": No such file or directory", NULL,
	};
	char *dir = test_tmpdir(), *path = test_path(dir, "nonexistent.yaml");

	(void)state;
	expect_path(dir, ISMS_IO, isdir);
	expect_path(path, ISMS_IO, missing);
	test_rmtree(dir);
	free(path);
	free(dir);
}

/* Nothing in the catalog layer writes to stderr, even for broken input. */
static void
test_silent(void **state)
{
	static const char *const names[] = {
		"catalog-unknown-key.yaml", "catalog-type.yaml",
		"catalog-malformed.yaml", "catalog-alias-bomb.yaml",
		"catalog-list-overflow.yaml", "catalog-strings.yaml",
	};
	char *dir = test_tmpdir(), *log = test_path(dir, "stderr");
	struct stat st;
	int saved = dup(2), fd;

	(void)state;
	assert_true(saved >= 0);
	fflush(stderr);
	assert_non_null(freopen(log, "w", stderr));
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		char *path = test_data(names[i]);
		struct catalog *c = NULL;
		struct diag_list dl;

		diag_list_init(&dl);
		catalog_load(path, &c, &dl);
		catalog_load(path, &c, NULL);
		diag_list_done(&dl);
		free(path);
	}
	fflush(stderr);
	fd = dup2(saved, 2);
	close(saved);
	assert_int_equal(fd, 2);
	assert_int_equal(stat(log, &st), 0);
	assert_int_equal(st.st_size, 0);
	test_rmtree(dir);
	free(log);
	free(dir);
}

/* --- search path and index -------------------------------------------- */

static void
test_dirs_order(void **state)
{
	struct catalog_dirs d;
	bool found;

	(void)state;
	setenv("ISMS_CATALOG_PATH", "/a::rel/b:", 1);
	setenv("XDG_DATA_HOME", "relative", 1);
	setenv("HOME", "/home/u", 1);
	setenv("XDG_DATA_DIRS", "relative:/opt/x::/a", 1);
	catalog_dirs_init(&d);
	assert_int_equal(d.count, 6);
	assert_string_equal(d.dirs[0], "/a");
	assert_string_equal(d.dirs[1], "rel/b");
	assert_string_equal(d.dirs[2], "/home/u/.local/share/isms/catalogs");
	assert_string_equal(d.dirs[3], "/opt/x/isms/catalogs");
	assert_string_equal(d.dirs[4], "/a/isms/catalogs");
	assert_string_equal(d.dirs[5], PKGDATADIR "/catalogs");
	catalog_dirs_done(&d);

	setenv("XDG_DATA_HOME", "/data", 1);
	unsetenv("ISMS_CATALOG_PATH");
	setenv("XDG_DATA_DIRS", "", 1);
	catalog_dirs_init(&d);
	assert_true(d.count >= 3);
	assert_string_equal(d.dirs[0], "/data/isms/catalogs");
	assert_string_equal(d.dirs[1], "/usr/local/share/isms/catalogs");
	found = false;
	for (size_t i = 0; i < d.count; i++) {
		found |= strcmp(d.dirs[i], PKGDATADIR "/catalogs") == 0;
		for (size_t j = 0; j < i; j++)
			assert_string_not_equal(d.dirs[i], d.dirs[j]);
	}
	assert_true(found);
	catalog_dirs_done(&d);
}

/* Copy tests/data/name to dir/as. */
static void
copy_data(const char *dir, const char *name, const char *as)
{
	char *src = test_data(name), *dst = test_path(dir, as);
	size_t len;
	char *data = test_slurp(src, &len);

	assert_non_null(data);
	assert_int_equal(test_write(dst, data, len), 0);
	free(data);
	free(src);
	free(dst);
}

static void
test_index(void **state)
{
	char *top = test_tmpdir(), *a = test_path(top, "a");
	char *b = test_path(top, "b"), *env;
	static const char shadow[] = "format: 1\nkind: framework\n"
	    "id: test-fw\ntitle: Shadowed\nversion: \"2\"\nrequirements:\n"
	    "  - {id: \"1\", kind: clause, title: One, summary: One.}\n";
	struct catalog_dirs dirs;
	struct catalog_index idx;
	const struct catalog_entry *e;
	char *bpath = test_path(b, "a-shadow.yaml");

	(void)state;
	assert_int_equal(mkdir(a, 0700), 0);
	assert_int_equal(mkdir(b, 0700), 0);
	copy_data(a, "catalog-framework-ok.yaml", "z-framework.yaml");
	copy_data(a, "catalog-dup-id.yaml", "broken.yaml");
	copy_data(a, "catalog-matrix-ok.yaml", "notes.txt");
	copy_data(a, "catalog-matrix-ok.yaml", ".hidden.yaml");
	copy_data(b, "catalog-matrix-ok.yaml", "matrix.yaml");
	assert_int_equal(test_write(bpath, shadow, sizeof shadow - 1), 0);
	env = xasprintf("%s:%s:%s/missing", a, b, top);
	setenv("ISMS_CATALOG_PATH", env, 1);
	catalog_dirs_init(&dirs);
	assert_string_equal(dirs.dirs[0], a);
	catalog_index_build(&idx, &dirs);

	assert_int_equal(idx.count, 2);
	assert_int_equal(idx.entries[0].kind, CATALOG_FRAMEWORK);
	assert_string_equal(idx.entries[0].id, "test-fw");
	assert_string_equal(idx.entries[0].title, "Test framework");
	assert_true(strstr(idx.entries[0].path, "/a/z-framework.yaml") != NULL);
	assert_int_equal(idx.entries[1].kind, CATALOG_MATRIX);
	assert_string_equal(idx.entries[1].id, "test-2x3");
	assert_true(strstr(idx.entries[1].path, "/b/matrix.yaml") != NULL);
	assert_int_equal(idx.problems.count, 3);
	assert_true(strstr(idx.problems.items[0].file, "/a/broken.yaml") !=
	    NULL);
	assert_int_equal(idx.problems.items[0].line, 9);

	e = catalog_index_find(&idx, "test-fw", -1);
	assert_non_null(e);
	assert_int_equal(e->kind, CATALOG_FRAMEWORK);
	assert_non_null(catalog_index_find(&idx, "test-fw", CATALOG_FRAMEWORK));
	assert_null(catalog_index_find(&idx, "test-fw", CATALOG_MATRIX));
	assert_non_null(catalog_index_find(&idx, "test-2x3", CATALOG_MATRIX));
	assert_null(catalog_index_find(&idx, "nope", -1));

	catalog_index_done(&idx);
	catalog_dirs_done(&dirs);
	unsetenv("ISMS_CATALOG_PATH");
	test_rmtree(top);
	free(bpath);
	free(env);
	free(a);
	free(b);
	free(top);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shipped_framework),
		cmocka_unit_test(test_shipped_documents),
		cmocka_unit_test(test_shipped_matrices),
		cmocka_unit_test(test_framework_ok),
		cmocka_unit_test(test_documents_check),
		cmocka_unit_test(test_matrix_ok),
		cmocka_unit_test(test_dup_id),
		cmocka_unit_test(test_parent),
		cmocka_unit_test(test_theme),
		cmocka_unit_test(test_attributes),
		cmocka_unit_test(test_missing_keys),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_grid_rows),
		cmocka_unit_test(test_grid_cells),
		cmocka_unit_test(test_grid_monotone),
		cmocka_unit_test(test_matrix_levels),
		cmocka_unit_test(test_matrix_missing),
		cmocka_unit_test(test_documents_bad),
		cmocka_unit_test(test_unknown_kind),
		cmocka_unit_test(test_wrong_kind),
		cmocka_unit_test(test_unknown_key),
		cmocka_unit_test(test_number_junk),
		cmocka_unit_test(test_wrong_type),
		cmocka_unit_test(test_list_overflow),
		cmocka_unit_test(test_long_string),
		cmocka_unit_test(test_dup_key),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_empty_and_odd_roots),
		cmocka_unit_test(test_binary),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_huge),
		cmocka_unit_test(test_alias_bomb),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_too_many_nodes),
		cmocka_unit_test(test_not_a_file),
		cmocka_unit_test(test_silent),
		cmocka_unit_test(test_dirs_order),
		cmocka_unit_test(test_index),
	};

	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
