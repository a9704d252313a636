/*
 * export_test.c - the report writers as an auditor receives them: md and
 * html escaping, the csv form as a bare table with formulas defused, and
 * files that appear whole or not at all.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "isms/report/doc.h"
#include "isms/util/xmalloc.h"
#include "testutil.h"

static const char *const heads[] = { "Control", "Owner" };

/* A small document whose cells try every escape. */
static void
sample(struct doc *d, const char *sheet)
{
	static const char *const r1[] = { "A.5.1", "=cmd|' /C calc'!A0" };
	static const char *const r2[] = { "A.5.2", "a|b\\c\r\nd<e>&" };
	static const char *const r3[] = { "A.5.3",
	    "<script>alert(1)</script>" };
	static const char *const r4[] = { "A.5.4",
	    "\x1b]0;PWN\x07 \xE2\x80\xAE\xFF\tx" };
	struct doc_sheet *s;

	doc_init(d, "Statement of Applicability");
	doc_field(d, "Organisation", "Acme <Ltd> & \"Co\" 'x'");
	doc_field(d, "Scope", NULL);
	s = doc_sheet(d, sheet, heads, 2);
	doc_row(s, r1);
	doc_row(s, r2);
	doc_row(s, r3);
	doc_row(s, r4);
}

static char *
capture(int (*fn)(FILE *, const struct doc *), const struct doc *d)
{
	char *data = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&data, &len);

	assert_non_null(f);
	assert_int_equal(fn(f, d), 0);
	fclose(f);
	return data;
}

static void
test_md_escaping(void **state)
{
	struct doc d;
	char *s;

	(void)state;
	sample(&d, "SoA");
	s = capture(doc_md, &d);
	assert_non_null(strstr(s, "# Statement of Applicability\n"));
	assert_non_null(strstr(s, "| Organisation | Acme &lt;Ltd&gt; &amp; "
	    "\"Co\" 'x' |\n"));
	assert_non_null(strstr(s, "| Scope | - |\n"));
	assert_non_null(strstr(s, "\n## SoA\n\n| Control | Owner |\n"
	    "| --- | --- |\n"));
	/* md is not evaluated: the formula stays as typed, pipes escaped. */
	assert_non_null(strstr(s, "| A.5.1 | =cmd\\|' /C calc'!A0 |\n"));
	/* Stored control and bidi characters show visibly, never raw. */
	assert_non_null(strstr(s,
	    "| A.5.2 | a\\|b\\\\c\\\\x0D<br>d&lt;e&gt;&amp; |\n"));
	assert_non_null(strstr(s, "| A.5.4 | \\\\e]0;PWN\\\\x07 &lt;U+202E&gt;"
	    "\xEF\xBF\xBD\tx |\n"));
	assert_null(strchr(s, '\x1b'));
	assert_non_null(strstr(s, "| A.5.3 | &lt;script&gt;alert(1)"
	    "&lt;/script&gt; |\n"));
	assert_null(strstr(s, "<script"));
	free(s);
	doc_done(&d);
}

static void
test_html_escaping(void **state)
{
	struct doc d;
	char *s;

	(void)state;
	sample(&d, "SoA");
	s = capture(doc_html, &d);
	assert_true(strncmp(s, "<!DOCTYPE html>\n<html lang=\"en\">\n", 32) ==
	    0);
	assert_non_null(strstr(s, "<meta charset=\"utf-8\">"));
	assert_non_null(strstr(s, "<td>Acme &lt;Ltd&gt; &amp; &quot;Co&quot; "
	    "&#39;x&#39;</td>"));
	assert_non_null(strstr(s, "<thead>\n<tr><th>Control</th><th>Owner"
	    "</th></tr>\n</thead>"));
	assert_non_null(strstr(s, "<td>a|b\\c\\x0D\nd&lt;e&gt;&amp;</td>"));
	assert_non_null(strstr(s, "<td>\\e]0;PWN\\x07 "
	    "&lt;U+202E&gt;\xEF\xBF\xBD\tx</td>"));
	assert_null(strchr(s, '\x1b'));
	assert_non_null(strstr(s, "<td>&lt;script&gt;alert(1)&lt;/script&gt;"
	    "</td>"));
	assert_non_null(strstr(s, "@media print{\n@page{size:A4 landscape"));
	assert_non_null(strstr(s, "tr{break-inside:avoid"));
	assert_null(strstr(s, "<script"));
	assert_null(strstr(s, "\r"));
	free(s);
	doc_done(&d);
}

static void
test_csv_bare_table(void **state)
{
	struct doc d;
	char *s;

	(void)state;
	sample(&d, "SoA");
	s = capture(doc_csv, &d);
	/* No document-control header: only the header row and the rows. */
	assert_string_equal(s,
	    "Control,Owner\r\n"
	    "A.5.1,\"'=cmd|' /C calc'!A0\"\r\n"
	    "A.5.2,\"a|b\\c\\x0D\nd<e>&\"\r\n"
	    "A.5.3,<script>alert(1)</script>\r\n"
	    "A.5.4,\\e]0;PWN\\x07 <U+202E>\xEF\xBF\xBD\tx\r\n");
	free(s);
	doc_done(&d);
}

static void
test_format_parse(void **state)
{
	enum doc_format f = DOC_CSV;
	char *cause = NULL;

	(void)state;
	if (doc_xlsx_built) {
		assert_int_equal(doc_format_parse("xlsx", &f, NULL), ISMS_OK);
		assert_int_equal(f, DOC_XLSX);
	} else {   /* built without libxlsxwriter: refused, saying why */
		assert_int_equal(doc_format_parse("xlsx", &f, &cause),
		    ISMS_USAGE);
		assert_string_equal(cause, "xlsx: " DOC_NO_XLSX);
		free(cause);
		cause = NULL;
	}
	assert_true(doc_format_available(DOC_XLSX) == doc_xlsx_built);
	assert_int_equal(doc_format_parse("md", &f, NULL), ISMS_OK);
	assert_int_equal(f, DOC_MD);
	assert_int_equal(doc_format_parse("pdf", &f, &cause), ISMS_USAGE);
	assert_string_equal(cause, "pdf: unknown format (use csv, md, html or "
	    "xlsx)");
	free(cause);
}

/* Names in dir other than . and .., joined by spaces. */
static char *
listing(const char *dir)
{
	DIR *dp = opendir(dir);
	struct dirent *e;
	char *out = calloc(1, 1024);

	assert_non_null(dp);
	while ((e = readdir(dp)) != NULL)
		if (strcmp(e->d_name, ".") != 0 &&
		    strcmp(e->d_name, "..") != 0) {
			strncat(out, e->d_name, 1000 - strlen(out));
			strcat(out, " ");
		}
	closedir(dp);
	return out;
}

static void
test_export_file(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "soa.csv");
	char *data, *names;
	struct stat st;
	struct doc d;
	size_t len;
	mode_t old = umask(022);

	(void)state;
	sample(&d, "SoA");
	assert_int_equal(doc_export(&d, DOC_CSV, path, NULL, NULL), ISMS_OK);
	data = test_slurp(path, &len);
	assert_non_null(data);
	assert_true(strncmp(data, "Control,Owner\r\nA.5.1,", 21) == 0);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0644);
	names = listing(dir);
	assert_string_equal(names, "soa.csv ");
	free(names);
	free(data);
	doc_done(&d);
	umask(old);
	test_rmtree(dir);
	free(path);
	free(dir);
}

static void
test_export_missing_dir(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "none/soa.md");
	char *cause = NULL, *want;
	struct doc d;

	(void)state;
	sample(&d, "SoA");
	assert_int_equal(doc_export(&d, DOC_MD, path, NULL, &cause), ISMS_IO);
	want = malloc(strlen(path) + 40);
	sprintf(want, "%s: No such file or directory", path);
	assert_string_equal(cause, want);
	free(want);
	free(cause);
	doc_done(&d);
	test_rmtree(dir);
	free(path);
	free(dir);
}

/* A workbook that libxlsxwriter refuses (a sheet name with '[') leaves
 * the file it would have replaced as it was, and no temporary behind. */
static void
test_export_xlsx_failure(void **state)
{
	char *dir, *path;
	char *cause = NULL, *data, *names;
	struct doc d;
	size_t len;

	(void)state;
	if (!doc_xlsx_built)
		return;   /* no xlsx: cmocka 1.1.5 makes skip() "not ok" */
	dir = test_tmpdir();
	path = test_path(dir, "soa.xlsx");
	assert_int_equal(test_write(path, "old", 3), 0);
	sample(&d, "bad[name]");
	assert_int_equal(doc_export(&d, DOC_XLSX, path, NULL, &cause), ISMS_IO);
	assert_true(strncmp(cause, path, strlen(path)) == 0);
	assert_non_null(strstr(cause, "invalid characters"));
	data = test_slurp(path, &len);
	assert_string_equal(data, "old");
	names = listing(dir);
	assert_string_equal(names, "soa.xlsx ");
	free(names);
	free(data);
	free(cause);
	doc_done(&d);
	test_rmtree(dir);
	free(path);
	free(dir);
}


/* The name of the first ".isms-export-*" file in dir, or NULL. */
static char *
export_temp_in(const char *dir)
{
	DIR *dp = opendir(dir);
	struct dirent *e;
	char *found = NULL;

	assert_non_null(dp);
	while (found == NULL && (e = readdir(dp)) != NULL)
		if (strncmp(e->d_name, ".isms-export-", 13) == 0)
			found = strdup(e->d_name);
	closedir(dp);
	return found;
}

/* An export ended by a signal (Ctrl-C, kill) or an abort while it writes
 * leaves neither its temporary file nor a part of the target behind. */
static void
test_export_killed_leaves_nothing(void **state)
{
	static const int sigs[] = { SIGTERM, SIGINT, SIGHUP, SIGABRT };
	char *dir, *path;
	struct doc d;
	struct doc_sheet *s;
	char ref[16], text[96];
	const char *cells[2] = { ref, text };

	(void)state;
	if (!doc_xlsx_built)
		return;   /* no xlsx: cmocka 1.1.5 makes skip() "not ok" */
	dir = test_tmpdir();
	path = test_path(dir, "soa.xlsx");
	doc_init(&d, "Statement of Applicability");
	s = doc_sheet(&d, "SoA", heads, 2);
	for (int i = 0; i < 60000; i++) {
		snprintf(ref, sizeof ref, "A.%d", i);
		snprintf(text, sizeof text, "row %d of a register long enough "
		    "to be killed while it is written", i);
		doc_row(s, cells);
	}
	for (size_t k = 0; k < sizeof sigs / sizeof *sigs; k++) {
		struct timespec nap = { 0, 1000000 };
		char *tmp = NULL, *names;
		int status, tries;
		pid_t pid = fork();

		assert_true(pid >= 0);
		if (pid == 0) {
			signal(SIGABRT, SIG_DFL);
			doc_export(&d, DOC_XLSX, path, NULL, NULL);
			_exit(0);
		}
		for (tries = 0; tries < 5000 && tmp == NULL; tries++) {
			nanosleep(&nap, NULL);
			tmp = export_temp_in(dir);
		}
		assert_non_null(tmp);
		kill(pid, sigs[k]);
		assert_int_equal(waitpid(pid, &status, 0), pid);
		if (WIFEXITED(status))
			fail_msg("the export finished before signal %d",
			    sigs[k]);
		assert_true(WIFSIGNALED(status) && WTERMSIG(status) == sigs[k]);
		names = listing(dir);
		assert_string_equal(names, "");
		free(names);
		free(tmp);
	}
	doc_done(&d);
	test_rmtree(dir);
	free(path);
	free(dir);
}

static void
test_export_xlsx_stdout(void **state)
{
	char *cause = NULL;
	struct doc d;

	(void)state;
	if (!doc_xlsx_built)
		return;   /* no xlsx: cmocka 1.1.5 makes skip() "not ok" */
	sample(&d, "SoA");
	assert_int_equal(doc_export(&d, DOC_XLSX, NULL, NULL, &cause),
	    ISMS_USAGE);
	assert_non_null(strstr(cause, "-o FILE"));
	free(cause);
	doc_done(&d);
}

/* A cell longer than xlsx holds (32,767 UTF-16 units) is cut with a
 * marker, the export succeeds and the warning says how many and where;
 * one that just fits is left whole. */
static void
test_export_xlsx_long_cells(void **state)
{
	char *dir, *path;
	char *cause = NULL, *warning = NULL, *fits, *over, *emoji;
	const char *r1[2], *r2[2], *r3[2];
	struct doc_sheet *sh;
	struct doc d;

	(void)state;
	if (!doc_xlsx_built)
		return;   /* no xlsx: cmocka 1.1.5 makes skip() "not ok" */
	dir = test_tmpdir();
	path = test_path(dir, "long.xlsx");
	fits = xcalloc(32768, 1);
	memset(fits, 'x', 32767);
	over = xcalloc(100001, 1);
	memset(over, 'y', 100000);
	emoji = xcalloc(4 * 16384 + 1, 1);       /* 32,768 UTF-16 units */
	for (size_t i = 0; i < 16384; i++)
		memcpy(emoji + 4 * i, "\xF0\x9F\x94\x92", 4);
	doc_init(&d, "Long");
	sh = doc_sheet(&d, "SoA", heads, 2);
	r1[0] = "A.5.1", r1[1] = fits;
	r2[0] = "A.5.2", r2[1] = over;
	r3[0] = "A.5.3", r3[1] = emoji;
	doc_row(sh, r1);
	doc_row(sh, r2);
	doc_row(sh, r3);
	assert_int_equal(doc_export(&d, DOC_XLSX, path, &warning, &cause),
	    ISMS_OK);
	assert_non_null(warning);
	assert_non_null(strstr(warning, "2 cells longer than the 32767 "));
	assert_non_null(strstr(warning, "(the first is SoA!B3)"));
	assert_true(strncmp(warning, path, strlen(path)) == 0);
	free(warning);
	warning = NULL;
	doc_done(&d);
	/* Without long cells there is no warning. */
	sample(&d, "SoA");
	assert_int_equal(doc_export(&d, DOC_XLSX, path, &warning, &cause),
	    ISMS_OK);
	assert_null(warning);
	doc_done(&d);
	free(fits);
	free(over);
	free(emoji);
	test_rmtree(dir);
	free(path);
	free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_md_escaping),
		cmocka_unit_test(test_html_escaping),
		cmocka_unit_test(test_csv_bare_table),
		cmocka_unit_test(test_format_parse),
		cmocka_unit_test(test_export_file),
		cmocka_unit_test(test_export_missing_dir),
		cmocka_unit_test(test_export_xlsx_failure),
		cmocka_unit_test(test_export_xlsx_stdout),
		cmocka_unit_test(test_export_xlsx_long_cells),
		cmocka_unit_test(test_export_killed_leaves_nothing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
