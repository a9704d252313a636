/*
 * report_test.c - CSV quoting and formula escaping, and text tables
 * aligned by display width with stored text escaped.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "isms/report/csv.h"
#include "isms/report/doc.h"
#include "isms/report/text.h"
#include "isms/util/buf.h"

static char *
cell(const char *in)
{
	struct buf b;

	buf_init(&b);
	csv_cell(&b, in);
	return buf_take(&b);
}

static void
test_csv_quoting(void **state)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "plain", "plain" },
		{ "", "" },
		{ "a,b", "\"a,b\"" },
		{ "say \"hi\"", "\"say \"\"hi\"\"\"" },
		{ "two\nlines", "\"two\nlines\"" },
		{ "=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"" },
		{ "+1", "\"'+1\"" },
		{ "-2", "\"'-2\"" },
		{ "@SUM(A1)", "\"'@SUM(A1)\"" },
		{ "\tx", "\"'\tx\"" },
		{ "a=b", "a=b" },
		{ "\xE6\x83\x85\xE5\xA0\xB1", "\xE6\x83\x85\xE5\xA0\xB1" },
	};
	char *s;

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		s = cell(cases[i].in);
		assert_string_equal(s, cases[i].out);
		free(s);
	}
	s = cell(NULL);
	assert_string_equal(s, "");
	free(s);
}

/* The escaping rule csv and xlsx share, without csv quoting. */
static void
test_csv_escape_formula(void **state)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "=1+2", "'=1+2" },
		{ "+1 555 0100", "'+1 555 0100" },
		{ "-lead", "'-lead" },
		{ "@SUM(A1:A9)", "'@SUM(A1:A9)" },
		{ "\tx", "'\tx" },
		{ "\rx", "'\rx" },
		{ "x=1", "x=1" },
		{ "'quoted", "'quoted" },
		{ "", "" },
	};
	struct buf b;

	(void)state;
	buf_init(&b);
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		buf_reset(&b);
		csv_escape_formula(&b, cases[i].in);
		assert_string_equal(buf_str(&b), cases[i].out);
	}
	buf_reset(&b);
	csv_escape_formula(&b, NULL);
	assert_string_equal(buf_str(&b), "");
	buf_done(&b);
}

static char *
capture(int (*fn)(FILE *, const void *), const void *arg)
{
	char *data = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&data, &len);

	assert_non_null(f);
	assert_int_equal(fn(f, arg), 0);
	fclose(f);
	return data;
}

static int
row_writer(FILE *f, const void *arg)
{
	static const char *const cells[] = { "A.5.7", "Threat, intel", NULL };

	(void)arg;
	return csv_row(f, cells, 3);
}

static void
test_csv_row_crlf(void **state)
{
	char *s;

	(void)state;
	s = capture(row_writer, NULL);
	assert_string_equal(s, "A.5.7,\"Threat, intel\",\r\n");
	free(s);
}

static int
table_writer(FILE *f, const void *arg)
{
	return text_table_print(arg, f);
}

static void
test_text_table_alignment(void **state)
{
	static const char *const head[] = { "ID", "TITLE", "OWNER" };
	static const char *const r1[] = { "A.5.1", "\xE6\x83\x85\xE5\xA0\xB1",
	    "ciso" };
	static const char *const r2[] = { "A.5.10", "e\xCC\x81t\xC3\xA9",
	    NULL };
	static const char *const r3[] = { "A.8.1", "bell\x07", "x\x1b[2J" };
	struct text_table t;
	char *s;

	(void)state;
	text_table_init(&t, head, 3);
	text_table_add(&t, r1);
	text_table_add(&t, r2);
	text_table_add(&t, r3);
	s = capture(table_writer, &t);
	/* TITLE column is 8 wide ("bell\\x07" escaped); CJK counts 2 per
	 * glyph, the combining accent 0; no trailing blanks. */
	assert_string_equal(s,
	    "ID      TITLE     OWNER\n"
	    "A.5.1   \xE6\x83\x85\xE5\xA0\xB1      ciso\n"
	    "A.5.10  e\xCC\x81t\xC3\xA9\n"
	    "A.8.1   bell\\x07  x\\e[2J\n");
	free(s);
	text_table_done(&t);
}

static int
fields_writer(FILE *f, const void *arg)
{
	static const char *const labels[] = { "Control", "How implemented" };
	static const char *const values[] = { "A.5.7", "line one\nline two" };

	(void)arg;
	return text_fields_print(f, labels, values, 2);
}

static void
test_text_fields(void **state)
{
	char *s;

	(void)state;
	s = capture(fields_writer, NULL);
	assert_string_equal(s,
	    "Control:         A.5.7\n"
	    "How implemented: line one\n"
	    "                 line two\n");
	free(s);
}

/* The format a file name's extension names, for the warning an export
 * gives when it writes another. */
static void
test_format_of_name(void **state)
{
	enum doc_format f = DOC_FORMATS;

	(void)state;
	assert_true(doc_format_of_name("soa.md", &f));
	assert_int_equal(f, DOC_MD);
	assert_true(doc_format_of_name("/tmp/x.y/Risks.XLSX", &f));
	assert_int_equal(f, DOC_XLSX);
	assert_true(doc_format_of_name("page.htm", &f));
	assert_int_equal(f, DOC_HTML);
	assert_true(doc_format_of_name("notes.markdown", &f));
	assert_int_equal(f, DOC_MD);
	assert_false(doc_format_of_name("report", &f));
	assert_false(doc_format_of_name("dir.csv/report", &f));
	assert_false(doc_format_of_name(".csv", &f));
	assert_false(doc_format_of_name("out.pdf", &f));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csv_quoting),
		cmocka_unit_test(test_csv_escape_formula),
		cmocka_unit_test(test_csv_row_crlf),
		cmocka_unit_test(test_text_table_alignment),
		cmocka_unit_test(test_text_fields),
		cmocka_unit_test(test_format_of_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
