/*
 * util_test.c - the util layer: UTF-8 width, truncation and escaping,
 * dates, the diagnostic list, string buffers and status codes.
 */
#include <dirent.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "isms/util/buf.h"
#include "isms/util/cleanup.h"
#include "isms/util/date.h"
#include "isms/util/diag.h"
#include "isms/util/fsutil.h"
#include "isms/util/hash.h"
#include "isms/util/status.h"
#include "isms/util/textrule.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"
#include "testutil.h"

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
	assert_int_equal(utf8_width("\xE2\x80\xAE"), 8);     /* <U+202E> */
	assert_int_equal(utf8_width("\xF3\xA0\x81\x81"), 9); /* <U+E0041> */
	/* An invalid byte counts as U+FFFD; joiners take no column. */
	assert_int_equal(utf8_width("\xff"), 1);
	assert_int_equal(utf8_width("a\xE2\x80\x8D"), 1);
}

/* Hostile strings: every refused kind, as test_escape and the width check
 * use them. */
static const char *const util_payloads[] = {
	"\x1b]0;PWN\x07", "\x1b]52;c;SGVsbG8=\x07", "\x1bP1$r\x1b\\",
	"a\bb\rc\x7f", "\xC2\x9B" "6n", "\xC2\x85\xC2\x9D",
	"abc\xE2\x80\xAE" "fed", "\xE2\x81\xA6x\xE2\x81\xA9\xD8\x9C",
	"zero\xE2\x80\x8Bwidth\xEF\xBB\xBF\xE2\x81\xA0",
	"line\xE2\x80\xA8sep\xE2\x80\xA9",
	"tag\xF3\xA0\x80\x81\xF3\xA0\x81\xBF", "bad\xC0\xAF\xFF\x80\xE6\x83",
	"\xE2\x80\x8E\xE2\x80\x8F\xE2\x80\xAA",
};

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
	assert_string_equal(s,
	    "a\\e[31mred\\nnext\\tx\\x7F<U+009B>\xEF\xBF\xBD");
	free(s);
	s = utf8_escape("\x07\x08\x0D\xE2\x80\xAE\xF3\xA0\x81\x81\xEF\xBB\xBF");
	assert_string_equal(s, "\\x07\\x08\\x0D<U+202E><U+E0041><U+FEFF>");
	free(s);
	/* Joiners stay: Persian, Indic scripts and emoji need them. */
	s = utf8_escape(
	    "\xD9\x85\xE2\x80\x8C\xDB\x8C\xF0\x9F\x91\xA9\xE2\x80\x8D");
	assert_string_equal(s,
	    "\xD9\x85\xE2\x80\x8C\xDB\x8C\xF0\x9F\x91\xA9\xE2\x80\x8D");
	free(s);
	/* The multi-line form keeps LF and TAB and nothing else. */
	s = utf8_escape_lines("one\n\ttwo\r\n\x1b[2J");
	assert_string_equal(s, "one\n\ttwo\\x0D\n\\e[2J");
	free(s);
}

/* What is drawn is what is measured, and escaping twice changes nothing:
 * the escaped form holds none of what the rule refuses. */
static void
test_escape_payloads(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof util_payloads / sizeof *util_payloads;
	    i++) {
		const char *p = util_payloads[i];
		char *one = utf8_escape(p), *two = utf8_escape(one);
		char *lines = utf8_escape_lines(p);
		struct textrule_fault f;

		assert_true(utf8_needs_escape(p, false));
		assert_false(utf8_needs_escape(one, false));
		assert_int_equal(utf8_width(p), utf8_width(one));
		assert_string_equal(one, two);
		assert_true(utf8_valid(one, strlen(one)));
		assert_true(textrule_check(one, TEXTRULE_LINE, &f));
		assert_true(textrule_check(lines, TEXTRULE_LINES, &f));
		assert_false(textrule_check(p, TEXTRULE_LINES, &f));
		free(one);
		free(two);
		free(lines);
	}
}

/* expect_rule(s, kind, message): s is refused with message. */
static void
expect_rule(const char *s, enum textrule_kind kind, const char *message)
{
	struct textrule_fault f;
	char *why;

	assert_false(textrule_check(s, kind, &f));
	why = textrule_describe(&f);
	assert_string_equal(why, message);
	free(why);
}

static void
test_text_rule(void **state)
{
	struct textrule_fault f;
	char *s;

	(void)state;
	expect_rule("\xE2\x80\xAE" "evil", TEXTRULE_LINE,
	    "U+202E (right-to-left override) is not allowed");
	expect_rule("a\tb", TEXTRULE_LINE,
	    "U+0009 (tab) is not allowed in a one-line field");
	expect_rule("a\nb", TEXTRULE_LINE,
	    "U+000A (line feed) is not allowed in a one-line field");
	expect_rule("a\r\nb", TEXTRULE_LINES,
	    "U+000D (carriage return) is not allowed");
	expect_rule("\x1b]0;x\x07", TEXTRULE_LINES,
	    "U+001B (escape) is not allowed");
	expect_rule("x\xC2\x9B", TEXTRULE_LINES,
	    "U+009B (control sequence introducer) is not allowed");
	expect_rule("\xC2\x8A", TEXTRULE_LINES,
	    "U+008A (C1 control character) is not allowed");
	expect_rule("\xF3\xA0\x81\x81", TEXTRULE_LINE,
	    "U+E0041 (tag character) is not allowed");
	expect_rule("\xEF\xBB\xBFx", TEXTRULE_LINE,
	    "U+FEFF (zero width no-break space) is not allowed");
	expect_rule("\xD8\x9C", TEXTRULE_LINE,
	    "U+061C (arabic letter mark) is not allowed");
	expect_rule("ok\xC3(", TEXTRULE_LINE,
	    "invalid UTF-8 (byte 0xC3 at byte 3) is not allowed");
	assert_true(textrule_check("a\tb\nc", TEXTRULE_LINES, &f));
	assert_true(textrule_check("caf\xC3\xA9 \xE2\x80\x8C\xE2\x80\x8D",
	    TEXTRULE_LINE, &f));
	/* Limits count code points, not bytes: 500 CJK characters are 1,500
	 * bytes and fit one line; the 501st does not. */
	s = xcalloc(TEXTRULE_LINE_MAX + 1, 3 + 1);
	for (size_t i = 0; i < TEXTRULE_LINE_MAX; i++)
		memcpy(s + 3 * i, "\xE6\x83\x85", 3);
	assert_true(textrule_check(s, TEXTRULE_LINE, &f));
	memcpy(s + 3 * TEXTRULE_LINE_MAX, "x", 2);
	expect_rule(s, TEXTRULE_LINE, "501 characters is too long: a one-line "
	    "field holds at most 500");
	free(s);
	s = xcalloc(TEXTRULE_LINES_MAX + 2, 1);
	memset(s, 'x', TEXTRULE_LINES_MAX);
	assert_true(textrule_check(s, TEXTRULE_LINES, &f));
	s[TEXTRULE_LINES_MAX] = '\n';
	expect_rule(s, TEXTRULE_LINES, "32001 characters is too long: a "
	    "multi-line field holds at most 32000");
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
	assert_true(utf8_valid("caf\xC3\xA9", 5));
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
	setenv("ISMS_TODAY", "2030-06-15", 1);
	date_today(today);
	assert_string_equal(today, "2030-06-15");
	setenv("ISMS_TODAY", "someday", 1);    /* not a date: the clock's */
	date_today(today);
	assert_true(date_valid(today));
	assert_string_not_equal(today, "someday");
	unsetenv("ISMS_TODAY");
}

/* A name typed at a prompt: ~ is the home directory, as in a shell. */
static void
test_expand_home(void **state)
{
	const char *was = getenv("HOME");
	char *home = was != NULL ? strdup(was) : NULL, *s;

	(void)state;
	setenv("HOME", "/home/dana", 1);
	assert_string_equal(s = fs_expand_home("~/out.csv"),
	    "/home/dana/out.csv");
	free(s);
	assert_string_equal(s = fs_expand_home("~"), "/home/dana");
	free(s);
	assert_string_equal(s = fs_expand_home("~bob/x"), "~bob/x");
	free(s);
	assert_string_equal(s = fs_expand_home("a/~/b"), "a/~/b");
	free(s);
	unsetenv("HOME");
	assert_string_equal(s = fs_expand_home("~/x"), "~/x");
	free(s);
	if (home != NULL)
		setenv("HOME", home, 1);
	free(home);
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


static bool
handler_is_default(int sig)
{
	struct sigaction sa;

	return sigaction(sig, NULL, &sa) == 0 && !(sa.sa_flags & SA_SIGINFO) &&
	    sa.sa_handler == SIG_DFL;
}

static int fatal_calls;

static void
count_fatal(void)
{
	fatal_calls++;
}

/* Registered files go when the process dies of a signal; the handlers
 * exist only while something is registered; an ignored signal stays
 * ignored; the fatal hook runs first, once. */
static void
test_cleanup(void **state)
{
	char *dir = test_tmpdir(), *a = test_path(dir, "a.tmp");
	char *wal = test_path(dir, "a.tmp-wal");
	int status;
	pid_t pid;

	(void)state;
	assert_true(handler_is_default(SIGINT));
	cleanup_add(a, true);
	assert_false(handler_is_default(SIGINT));
	cleanup_drop(a);
	assert_true(handler_is_default(SIGINT));
	assert_true(handler_is_default(SIGTERM));

	/* killed: the file and its companions are removed */
	assert_int_equal(test_write(a, "x", 1), 0);
	assert_int_equal(test_write(wal, "x", 1), 0);
	if ((pid = fork()) == 0) {
		cleanup_add(a, true);
		raise(SIGTERM);
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
	assert_int_equal(access(a, F_OK), -1);
	assert_int_equal(access(wal, F_OK), -1);

	/* an ignored SIGHUP (nohup) is not taken over */
	assert_int_equal(test_write(a, "x", 1), 0);
	if ((pid = fork()) == 0) {
		signal(SIGHUP, SIG_IGN);
		cleanup_add(a, false);
		raise(SIGHUP);
		_exit(access(a, F_OK) == 0 ? 0 : 1);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	assert_int_equal(access(a, F_OK), 0);

	/* a file made by cleanup_mkstemp() is registered as it is made, and
	 * the signal mask is as it was */
	if ((pid = fork()) == 0) {
		char *t = test_path(dir, "made-XXXXXX");
		sigset_t before, after;
		int fd;

		sigprocmask(SIG_SETMASK, NULL, &before);
		fd = cleanup_mkstemp(t, O_CLOEXEC, false);
		sigprocmask(SIG_SETMASK, NULL, &after);
		if (fd < 0 || access(t, F_OK) != 0 ||
		    sigismember(&after, SIGTERM) != sigismember(&before,
		    SIGTERM))
			_exit(3);
		raise(SIGTERM);
		_exit(4);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM);
	{
		DIR *dp = opendir(dir);
		struct dirent *e;

		while ((e = readdir(dp)) != NULL)
			assert_null(strstr(e->d_name, "made-"));
		closedir(dp);
	}

	/* a child that inherits the list removes nothing when it exits */
	cleanup_add(a, false);
	if ((pid = fork()) == 0)
		exit(0);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_int_equal(access(a, F_OK), 0);

	/* the fatal path: hook first, once, then the files */
	cleanup_set_fatal_hook(count_fatal);
	cleanup_fatal();
	cleanup_fatal();
	assert_int_equal(fatal_calls, 1);
	assert_int_equal(access(a, F_OK), -1);
	cleanup_drop(a);
	assert_true(handler_is_default(SIGINT));
	test_rmtree(dir);
	free(a);
	free(wal);
	free(dir);
}

/* The quick digest is BLAKE2b-256 (RFC 7693's vector for "abc"), and
 * not SHA-256, which the history chain keeps. */
static void
test_hash_quick(void **state)
{
	unsigned char out[HASH_BYTES], sha[HASH_BYTES];
	char hex[HASH_HEX];

	(void)state;
	hash_quick("abc", 3, out);
	hash_to_hex(out, HASH_BYTES, hex);
	assert_string_equal(hex, "bddd813c634239723171ef3fee98579b94964e3bb1cb"
	    "3e427262c8c068d52319");
	hash_quick("", 0, out);
	hash_to_hex(out, HASH_BYTES, hex);
	assert_string_equal(hex, "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f"
	    "7787faab45cdf12fe3a8");
	hash_sha256("abc", 3, sha);
	hash_quick("abc", 3, out);
	assert_memory_not_equal(out, sha, HASH_BYTES);
}

/* This test lies below the build tree (build/tests/unit), not in it. */
static void
test_self_in(void **state)
{
	char *unit = xasprintf("%s/tests/unit", ISMS_BUILDDIR);

	(void)state;
	assert_true(fs_self_in(ISMS_BUILDDIR, true));
	assert_false(fs_self_in(ISMS_BUILDDIR, false));
	assert_true(fs_self_in(unit, false));
	assert_false(fs_self_in("/nonexistent", true));
	free(unit);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_width_ascii_cjk_combining),
		cmocka_unit_test(test_truncate),
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_escape_payloads),
		cmocka_unit_test(test_text_rule),
		cmocka_unit_test(test_valid_and_control),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_expand_home),
		cmocka_unit_test(test_diag_sort_and_format),
		cmocka_unit_test(test_buf),
		cmocka_unit_test(test_status),
		cmocka_unit_test(test_cleanup),
		cmocka_unit_test(test_hash_quick),
		cmocka_unit_test(test_self_in),
	};

	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
