/*
 * draft_test.c - drafts of interrupted edits: the metadata text and its
 * escapes, file names made from it, where drafts live, editor text made
 * field text, and the draft files themselves (private, locked while in
 * use, found again only for their own database).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "isms/ui/draft.h"
#include "isms/ui/draft_meta.h"
#include "isms/ui/editor.h"
#include "testutil.h"

static void
test_meta_round_trip(void **state)
{
	struct draft_meta m = {
		"/home/dana/odd\\dir\nname/isms.db", "SoA", "A.7.4",
		"How implemented", "2026-11-28T09:42:28Z",
	};
	struct draft_meta back;
	char *text = draft_meta_format(&m), *cause = NULL;

	(void)state;
	assert_string_equal(text, "isms draft 1\n"
	    "database: /home/dana/odd\\\\dir\\nname/isms.db\n"
	    "tab: SoA\nkey: A.7.4\nfield: How implemented\n"
	    "started: 2026-11-28T09:42:28Z\n");
	assert_int_equal(draft_meta_parse(text, &back, &cause), ISMS_OK);
	assert_string_equal(back.database, m.database);
	assert_string_equal(back.tab, "SoA");
	assert_string_equal(back.key, "A.7.4");
	assert_string_equal(back.field, "How implemented");
	assert_string_equal(back.started, m.started);
	draft_meta_done(&back);
	assert_null(back.database);
	free(text);
}

static void
test_meta_parse_rules(void **state)
{
	struct draft_meta m;
	char *cause = NULL;

	(void)state;
	/* unknown names are skipped, an empty value is a value */
	assert_int_equal(draft_meta_parse("isms draft 1\ndatabase: /a.db\n"
	    "colour: blue\ntab: Risks\nkey: R-1\nfield: \n"
	    "started: 2026-01-01T00:00:00Z", &m, &cause), ISMS_OK);
	assert_string_equal(m.field, "");
	assert_string_equal(m.key, "R-1");
	draft_meta_done(&m);

	assert_int_equal(draft_meta_parse("isms draft 2\n", &m, &cause),
	    ISMS_INVALID);
	assert_non_null(strstr(cause, "isms draft 1"));
	assert_null(m.database);
	assert_int_equal(draft_meta_parse("isms draft 1\ndatabase: /a.db\n"
	    "tab: SoA\nkey: A.5.1\nstarted: x\n", &m, &cause), ISMS_INVALID);
	assert_non_null(strstr(cause, "no field"));
	assert_int_equal(draft_meta_parse("isms draft 1\ndatabase /a.db\n",
	    &m, &cause), ISMS_INVALID);
	assert_int_equal(draft_meta_parse("isms draft 1\nkey: a\\tb\n", &m,
	    &cause), ISMS_INVALID);
	assert_null(m.key);
	free(cause);
}

static void
test_meta_stem(void **state)
{
	struct draft_meta m = {
		"/a.db", "SoA", "A.7.4", "How implemented",
		"2026-11-28T09:42:28Z",
	};
	char *s;

	(void)state;
	s = draft_meta_stem(&m);
	assert_string_equal(s, "20261128T094228Z-SoA-A.7.4-How_implemented");
	free(s);
	/* nothing that climbs out of the directory or needs quoting */
	m.key = "../../etc/passwd";
	m.field = "Caf\xc3\xa9 notes\n";
	s = draft_meta_stem(&m);
	assert_string_equal(s, "20261128T094228Z-SoA-.._.._etc_passwd-"
	    "Caf___notes_");
	free(s);
	m.key = "0123456789012345678901234567890123456789";
	s = draft_meta_stem(&m);
	assert_non_null(strstr(s, "-01234567890123456789012345678901-"));
	free(s);
}

static void
test_meta_dir(void **state)
{
	char *d;

	(void)state;
	d = draft_meta_dir("/st", "/home/u");
	assert_string_equal(d, "/st/isms/drafts");
	free(d);
	d = draft_meta_dir("", "/home/u");
	assert_string_equal(d, "/home/u/.local/state/isms/drafts");
	free(d);
	d = draft_meta_dir("relative/state", "/home/u");
	assert_string_equal(d, "/home/u/.local/state/isms/drafts");
	free(d);
	d = draft_meta_dir(NULL, NULL);
	assert_null(d);
	assert_null(draft_meta_dir("", "home"));
}

static void
test_editor_text_clean(void **state)
{
	char a[] = "one\r\ntwo\r\n", b[] = "lone\rcr\n\n", c[] = "",
	    d[] = "\r\n";

	(void)state;
	editor_text_clean(a);
	assert_string_equal(a, "one\ntwo");
	editor_text_clean(b);
	assert_string_equal(b, "lone\rcr\n");
	editor_text_clean(c);
	assert_string_equal(c, "");
	editor_text_clean(d);
	assert_string_equal(d, "");
}

static mode_t
mode_of(const char *path)
{
	struct stat st;

	assert_int_equal(stat(path, &st), 0);
	return st.st_mode & 07777;
}

/* The number of drafts of database another process would be offered. */
static size_t
listed(const char *database)
{
	struct draft **ds;
	char *cause = NULL;
	size_t n;

	assert_int_equal(draft_list(database, &ds, &n, &cause), ISMS_OK);
	for (size_t i = 0; i < n; i++)
		draft_keep(ds[i]);
	free(ds);
	return n;
}

static void
test_draft_files(void **state)
{
	char *dir = test_tmpdir(), *db = test_path(dir, "isms.db");
	char *other = test_path(dir, "other.db"), *cause = NULL, *text, *d;
	char *real;
	struct draft_origin o = { db, "SoA", "A.7.4", "Justification" };
	struct draft *dr, *dr2, **ds;
	size_t len, n;

	(void)state;
	assert_int_equal(test_write(db, "", 0), 0);
	assert_int_equal(test_write(other, "", 0), 0);
	setenv("XDG_STATE_HOME", dir, 1);
	assert_int_equal(draft_create(&o, "typed", &dr, &cause), ISMS_OK);
	d = draft_dir();
	assert_int_equal(mode_of(d), 0700);
	assert_int_equal(strncmp(draft_path(dr), d, strlen(d)), 0);
	assert_int_equal(mode_of(draft_path(dr)), 0600);
	text = test_slurp(draft_path(dr), &len);
	assert_string_equal(text, "typed\n");
	free(text);
	real = realpath(db, NULL);
	assert_string_equal(draft_info(dr)->database, real);
	assert_string_equal(draft_info(dr)->field, "Justification");
	free(real);

	/* in use by its editor: nobody else is offered it */
	assert_int_equal(listed(db), 0);
	draft_keep(dr);
	assert_int_equal(listed(db), 1);
	assert_int_equal(listed(other), 0);

	o.field = "Evidence";
	assert_int_equal(draft_create(&o, "", &dr2, &cause), ISMS_OK);
	draft_keep(dr2);
	assert_int_equal(draft_list(db, &ds, &n, &cause), ISMS_OK);
	assert_int_equal(n, 2);
	assert_int_equal(listed(db), 0);      /* this process has them now */
	assert_int_equal(mode_of(draft_path(ds[0])), 0600);
	draft_discard(ds[0]);
	draft_keep(ds[1]);
	free(ds);
	assert_int_equal(listed(db), 1);
	assert_int_equal(draft_list(db, &ds, &n, &cause), ISMS_OK);
	assert_int_equal(n, 1);
	draft_discard(ds[0]);
	free(ds);
	assert_int_equal(listed(db), 0);
	assert_int_equal(rmdir(d), 0);        /* nothing left behind */

	unsetenv("XDG_STATE_HOME");
	free(d);
	free(db);
	free(other);
	test_rmtree(dir);
	free(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_meta_round_trip),
		cmocka_unit_test(test_meta_parse_rules),
		cmocka_unit_test(test_meta_stem),
		cmocka_unit_test(test_meta_dir),
		cmocka_unit_test(test_editor_text_clean),
		cmocka_unit_test(test_draft_files),
	};

	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
