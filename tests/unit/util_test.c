/*
 * util_test.c - the util layer: UTF-8 width, truncation and escaping,
 * dates, the diagnostic list, string buffers and status codes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "isms/util/buf.h"
#include "isms/util/date.h"
#include "isms/util/diag.h"
#include "isms/util/status.h"
#include "isms/util/utf8.h"

static void
test_width_ascii_cjk_combining(void **state)
{
	(void)state;
	assert_int_equal(utf8_width(""), 0);
	assert_int_equal(utf8_width("A.5.7"), 5);
	/* 情報 (two CJK ideographs) take two columns each. */
	assert_int_equal(utf8_width("\xE6\x83\x85\xE5\xA0\xB1"), 4);
	/* e + combining acute accent is one column. */
	assert_int_equal(utf8_width("e\xCC\x81"), 1);
	/* Hangul syllable and fullwidth A are wide. */
	assert_int_equal(utf8_width("\xEA\xB0\x80"), 2);
	assert_int_equal(utf8_width("\xEF\xBC\xA1"), 2);
	/* Control characters count as their escaped form. */
	assert_int_equal(utf8_width("a\x1b"), 3);
	assert_int_equal(utf8_width("\x01"), 4);
	/* An invalid byte counts as \xHH. */
	assert_int_equal(utf8_width("\xff"), 4);
}

static void
test_truncate(void **state)
{
	char *s;

	(void)state;
	s = utf8_truncate("Policies", 20, false);
	assert_string_equal(s, "Policies");
	free(s);
	s = utf8_truncate("Policies for information", 10, false);
	assert_string_equal(s, "Policies \xE2\x80\xA6");
	assert_int_equal(utf8_width(s), 10);
	free(s);
	s = utf8_truncate("Policies for information", 10, true);
	assert_string_equal(s, "Policies ~");
	free(s);
	/* A wide character that does not fit whole is left out. */
	s = utf8_truncate("ab\xE6\x83\x85\xE5\xA0\xB1", 4, false);
	assert_string_equal(s, "ab\xE2\x80\xA6");
	assert_true(utf8_width(s) <= 4);
	free(s);
	/* A combining mark stays with its base. */
	s = utf8_truncate("e\xCC\x81" "abcdef", 3, false);
	assert_string_equal(s, "e\xCC\x81" "a\xE2\x80\xA6");
	free(s);
	s = utf8_truncate("abc", 0, false);
	assert_string_equal(s, "");
	free(s);
}

static void
test_escape(void **state)
{
	char *s;

	(void)state;
	s = utf8_escape("plain \xE6\x83\x85");
	assert_string_equal(s, "plain \xE6\x83\x85");
	free(s);
	s = utf8_escape("a\x1b[31mred\nnext\tx\x7f\xc2\x9b\xff");
	assert_string_equal(s, "a\\e[31mred\\nnext\\tx\\x7F\\u009B\\xFF");
	free(s);
}

static void
test_valid_and_control(void **state)
{
	(void)state;
	assert_true(utf8_valid("ok \xE6\x83\x85", 6));
	assert_false(utf8_valid("\xC0\xAF", 2));           /* overlong */
	assert_false(utf8_valid("\xED\xA0\x80", 3));       /* surrogate */
	assert_false(utf8_valid("\xE6\x83", 2));           /* truncated */
	assert_false(utf8_valid("\xF5\x80\x80\x80", 4));   /* > U+10FFFF */
	assert_true(utf8_has_control("a\nb"));
	assert_true(utf8_has_control("\xC2\x85"));         /* NEL, C1 */
	assert_false(utf8_has_control("caf\xC3\xA9"));
}

static void
test_dates(void **state)
{
	char now[21], today[11];

	(void)state;
	assert_true(date_valid("2026-11-28"));
	assert_true(date_valid("2024-02-29"));
	assert_false(date_valid("2026-02-29"));
	assert_false(date_valid("1900-02-29"));
	assert_true(date_valid("2000-02-29"));
	assert_false(date_valid("2026-13-01"));
	assert_false(date_valid("2026-04-31"));
	assert_false(date_valid("2026-4-01"));
	assert_false(date_valid("2026-04-01x"));
	assert_false(date_valid("tomorrow"));
	assert_false(date_valid(""));
	assert_false(date_valid(NULL));
	date_now_utc(now);
	assert_int_equal(strlen(now), 20);
	assert_int_equal(now[10], 'T');
	assert_int_equal(now[19], 'Z');
	date_today(today);
	assert_true(date_valid(today));
}

static void
test_diag_sort_and_format(void **state)
{
	struct diag_list dl;
	char *s;

	(void)state;
	diag_list_init(&dl);
	diag_add(&dl, "b.yaml", 3, "third");
	diag_add(&dl, "a.yaml", 9, "second");
	diag_add(&dl, "a.yaml", 2, "first %d", 1);
	diag_add(&dl, "a.yaml", 9, "second, later");
	diag_sort(&dl);
	assert_int_equal(dl.count, 4);
	s = diag_format(&dl.items[0]);
	assert_string_equal(s, "a.yaml:2: first 1");
	free(s);
	assert_string_equal(dl.items[1].message, "second");
	assert_string_equal(dl.items[2].message, "second, later");
	assert_string_equal(dl.items[3].file, "b.yaml");
	diag_list_done(&dl);
	assert_int_equal(dl.count, 0);
}

static void
test_buf(void **state)
{
	struct buf b;
	char *s;

	(void)state;
	buf_init(&b);
	assert_string_equal(buf_str(&b), "");
	for (int i = 0; i < 100; i++)
		buf_printf(&b, "%d,", i);
	assert_int_equal(b.len, strlen(buf_str(&b)));
	buf_reset(&b);
	buf_adds(&b, "x");
	buf_addc(&b, 'y');
	s = buf_take(&b);
	assert_string_equal(s, "xy");
	free(s);
	assert_null(b.data);
}

static void
test_status(void **state)
{
	char *cause = NULL;

	(void)state;
	assert_int_equal(isms_status_exit(ISMS_OK), 0);
	assert_int_equal(isms_status_exit(ISMS_CONFLICT), 1);
	assert_int_equal(isms_status_exit(ISMS_INVALID), 2);
	assert_int_equal(isms_status_exit(ISMS_NOT_ISMS), 2);
	assert_string_equal(isms_status_str(ISMS_BUSY),
	    "database is locked by another process");
	assert_int_equal(status_fail(&cause, ISMS_INVALID, "%s: bad", "A.5.7"),
	    ISMS_INVALID);
	assert_string_equal(cause, "A.5.7: bad");
	status_fail(&cause, ISMS_IO, "replaced");
	assert_string_equal(cause, "replaced");
	free(cause);
	assert_int_equal(status_fail(NULL, ISMS_IO, "x"), ISMS_IO);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_width_ascii_cjk_combining),
		cmocka_unit_test(test_truncate),
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_valid_and_control),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_diag_sort_and_format),
		cmocka_unit_test(test_buf),
		cmocka_unit_test(test_status),
	};

	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
