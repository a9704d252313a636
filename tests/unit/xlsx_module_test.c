/*
 * xlsx_module_test.c - the xlsx writer as a module (xlsx_module.h): the
 * one of the build tree loads and writes a workbook; a missing file, a
 * file that is no shared object, one of another isms and one that gives
 * no module are refused, each saying what it is and what to do, and
 * nothing of them is called.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "../../src/report/xlsx_module.h"
#include "isms/util/xmalloc.h"
#include "testutil.h"

#include "config.h"

/* The refusal of the module at path (ISMS_IO), which must hold want. */
static void
assert_refused(const char *path, const char *want)
{
	const struct xlsx_module *m = (const void *)1;
	char *cause = NULL;

	assert_int_equal(xlsx_module_load(path, "out.xlsx", &m, &cause),
	    ISMS_IO);
	assert_null(m);
	assert_non_null(cause);
	if (strstr(cause, want) == NULL || strstr(cause, "out.xlsx: ") !=
	    cause || strstr(cause, "reinstall isms, or use csv, md or "
	    "html") == NULL)
		fail_msg("%s: got \"%s\", want \"%s\"", path, cause, want);
	free(cause);
}

static void
test_build_tree_module(void **state)
{
	char *path = xasprintf("%s/%s", ISMS_BUILDDIR, XLSX_MODULE_FILE);
	char *dir = test_tmpdir();
	char *out = test_path(dir, "module.xlsx");
	static const char *const head[] = { "ID", "Title" };
	static const char *const row[] = { "A.5.1", "=cmd|' /C calc'!A0" };
	const struct xlsx_module *m = NULL;
	struct doc d;
	struct stat sb;
	char *cause = NULL, *warning = NULL;

	(void)state;
	doc_init(&d, "Module");
	doc_field(&d, "Version", "1");
	doc_row(doc_sheet(&d, "Sheet", head, 2), row);
	if (xlsx_module_load(path, "x", &m, &cause) != ISMS_OK)
		fail_msg("%s", cause);
	assert_non_null(m);
	assert_string_equal(m->version, PACKAGE_VERSION);
	/* a workbook with a cover and a sheet, written by the module
	 * through what the program exports to it (rows, escapes) */
	if (m->write(out, "module.xlsx", &d, &warning, &cause) != ISMS_OK)
		fail_msg("%s", cause);
	assert_null(cause);
	assert_null(warning);
	assert_int_equal(stat(out, &sb), 0);
	assert_true(sb.st_size > 0);
	doc_done(&d);
	test_rmtree(dir);
	free(dir);
	free(out);
	free(path);
}

static void
test_refused(void **state)
{
	char *other = xasprintf("%s/tests/unit/xlsx_other.so", ISMS_BUILDDIR);
	char *none = xasprintf("%s/tests/unit/xlsx_none.so", ISMS_BUILDDIR);
	char *dir = test_tmpdir();
	char *text = test_path(dir, "not-a-module.so");

	(void)state;
	assert_int_equal(test_write(text, "not an ELF file\n", 16), 0);
	assert_refused("/nonexistent/isms/xlsx.so", "cannot be loaded "
	    "(/nonexistent/isms/xlsx.so: cannot open shared object file");
	assert_refused(text, "cannot be loaded (");
	assert_refused(other, "xlsx_other.so is not the xlsx writer of this "
	    "isms (isms " PACKAGE_VERSION ")");
	assert_refused(none, "xlsx_none.so is not the xlsx writer of this "
	    "isms");
	test_rmtree(dir);
	free(dir);
	free(text);
	free(other);
	free(none);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_build_tree_module),
		cmocka_unit_test(test_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
