/*
 * noxlsx_test.c - the reports of an isms built without libxlsxwriter
 * (configure --without-xlsx), checked in every build: this test links
 * doc_noxlsx.c in place of the workbook writer, so the archive's
 * doc_xlsx.c is never pulled in.  xlsx is refused by name, saying why,
 * and nothing is left where the file would have been; the text formats
 * are untouched.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <unistd.h>

#include <cmocka.h>

#include "isms/report/doc.h"
#include "testutil.h"

/* A one-row Statement of Applicability. */
static void
sample(struct doc *d)
{
	static const char *const heads[] = { "Control", "Owner" };
	static const char *const row[] = { "A.5.1", "ciso" };

	doc_init(d, "Statement of Applicability");
	doc_field(d, "Organisation", "Acme");
	doc_row(doc_sheet(d, "SoA", heads, 2), row);
}

/* How many entries dir holds besides . and .. */
static int
entries(const char *dir)
{
	DIR *dp = opendir(dir);
	struct dirent *e;
	int n = 0;

	assert_non_null(dp);
	while ((e = readdir(dp)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(dp);
	return n;
}

static void
test_format_refused(void **state)
{
	enum doc_format f = DOC_CSV;
	char *cause = NULL;

	(void)state;
	assert_false(doc_xlsx_built);
	assert_false(doc_format_available(DOC_XLSX));
	assert_true(doc_format_available(DOC_HTML));
	assert_int_equal(doc_format_parse("xlsx", &f, &cause), ISMS_USAGE);
	assert_string_equal(cause, "xlsx: this isms was built without xlsx "
	    "support (configure --without-xlsx); use csv, md or html");
	assert_int_equal(f, DOC_CSV);
	free(cause);
	assert_int_equal(doc_format_parse("html", &f, NULL), ISMS_OK);
	assert_int_equal(f, DOC_HTML);
}

/* An xlsx export is refused before any file is made, even a temporary;
 * csv still writes. */
static void
test_export_refused(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "soa.xlsx");
	char *cause = NULL, *warning = NULL;
	struct doc d;

	(void)state;
	sample(&d);
	assert_int_equal(doc_export(&d, DOC_XLSX, path, &warning, &cause),
	    ISMS_USAGE);
	assert_non_null(strstr(cause, "built without xlsx support"));
	assert_null(warning);
	assert_int_equal(entries(dir), 0);
	free(cause);
	cause = NULL;
	assert_int_equal(doc_export(&d, DOC_CSV, path, NULL, &cause), ISMS_OK);
	assert_int_equal(access(path, F_OK), 0);
	doc_done(&d);
	test_rmtree(dir);
	free(path);
	free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format_refused),
		cmocka_unit_test(test_export_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
