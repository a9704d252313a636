/*
 * fsperm_test.c - the pure rules of fsperm.h: which directories make a
 * group database, which modes and owners are refused (world-writable
 * directories and files, sticky or not; -wal, -shm and -journal files of
 * strangers, or not regular files), and the warnings db check gives when
 * a group database's files do not fit it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "isms/util/fsperm.h"
#include "isms/util/xmalloc.h"

#define ALICE 1001
#define MALLORY 1666
#define TEAM 2001
#define STAFF 100

static void
node(struct fsperm_node *n, const char *path, mode_t mode, uid_t uid,
     gid_t gid, bool trusted)
{
	free(n->path);
	free(n->owner);
	free(n->group);
	n->path = xstrdup(path);
	n->exists = true;
	n->mode = mode;
	n->uid = uid;
	n->gid = gid;
	n->owner = xstrdup(uid == ALICE ? "alice" : uid == MALLORY ?
	    "mallory" : "root");
	n->group = xstrdup(gid == TEAM ? "team" : gid == STAFF ? "staff" :
	    "root");
	n->trusted = trusted;
}

/* An absent file still has a path, as dbfile_gather() gives it. */
static void
absent(struct fsperm_node *n, const char *path)
{
	n->path = xstrdup(path);
}

/* /srv/isms/acme (dir_mode, group gid) with isms.db (db_mode), its -wal
 * and -shm (alice's, 0660 of the team), no -journal. */
static void
set_make(struct fsperm_set *s, mode_t dir_mode, mode_t db_mode)
{
	memset(s, 0, sizeof *s);
	s->name = xstrdup("acme/isms.db");
	node(&s->part[FSPERM_DIR], "/srv/isms/acme", S_IFDIR | dir_mode,
	    ALICE, TEAM, false);
	node(&s->part[FSPERM_DB], "acme/isms.db", S_IFREG | db_mode, ALICE,
	    TEAM, false);
	node(&s->part[FSPERM_WAL], "acme/isms.db-wal", S_IFREG | 0660, ALICE,
	    TEAM, true);
	node(&s->part[FSPERM_SHM], "acme/isms.db-shm", S_IFREG | 0660, ALICE,
	    TEAM, true);
	absent(&s->part[FSPERM_JOURNAL], "acme/isms.db-journal");
}

/* Add the directories above: /srv/isms, /srv, / with these modes. */
static void
set_up(struct fsperm_set *s, mode_t isms, gid_t isms_gid)
{
	s->n_up = 3;
	s->up = xcalloc(3, sizeof *s->up);
	node(&s->up[0], "/srv/isms", S_IFDIR | isms, 0, isms_gid, false);
	node(&s->up[1], "/srv", S_IFDIR | 0755, 0, 0, false);
	node(&s->up[2], "/", S_IFDIR | 0755, 0, 0, false);
}

static size_t
count(const struct fsperm_report *r, enum fsperm_level level)
{
	size_t n = 0;

	for (size_t i = 0; i < r->n; i++)
		n += r->items[i].level == level;
	return n;
}

/* True when some problem of level says all of the words. */
static bool
says(const struct fsperm_report *r, enum fsperm_level level,
     const char *a, const char *b)
{
	for (size_t i = 0; i < r->n; i++)
		if (r->items[i].level == level &&
		    strstr(r->items[i].text, a) != NULL &&
		    (b == NULL || strstr(r->items[i].text, b) != NULL))
			return true;
	return false;
}

static void
test_group_definition(void **state)
{
	static const struct { mode_t mode; bool group; } cases[] = {
		{ 02770, true }, { 02775, true }, { 02771, true },
		{ 03770, true },                   /* sticky does not matter */
		{ 00770, false },                  /* not setgid */
		{ 02750, false }, { 02730, false }, { 02760, false },
		{ 02700, false }, { 00700, false }, { 00755, false },
	};
	struct fsperm_set s;

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		set_make(&s, cases[i].mode, 0660);
		assert_int_equal(fsperm_is_group(&s), cases[i].group);
		fsperm_set_done(&s);
	}
	/* a setgid group-writable thing that is not a directory */
	set_make(&s, 02770, 0660);
	s.part[FSPERM_DIR].mode = S_IFREG | 02770;
	assert_false(fsperm_is_group(&s));
	fsperm_set_done(&s);
	/* nothing there */
	memset(&s, 0, sizeof s);
	assert_false(fsperm_is_group(&s));
	fsperm_set_done(&s);
}

static void
test_clean_sets_are_quiet(void **state)
{
	struct fsperm_set s;
	struct fsperm_report r;

	(void)state;
	/* a private database: 0700 directory, 0600 file */
	set_make(&s, 0700, 0600);
	s.part[FSPERM_WAL].mode = S_IFREG | 0600;
	s.part[FSPERM_SHM].mode = S_IFREG | 0600;
	fsperm_check(&s, &r);
	assert_int_equal(r.n, 0);
	assert_null(fsperm_refusal(&r));
	fsperm_report_done(&r);
	fsperm_set_done(&s);
	/* a group database as init --group makes it, reachable */
	set_make(&s, 02770, 0660);
	set_up(&s, 0755, 0);
	fsperm_check(&s, &r);
	assert_int_equal(r.n, 0);
	fsperm_report_done(&r);
	fsperm_set_done(&s);
	/* others may read (the second-group recipe): not a problem */
	set_make(&s, 02775, 0664);
	set_up(&s, 0750, TEAM);
	fsperm_check(&s, &r);
	assert_int_equal(r.n, 0);
	fsperm_report_done(&r);
	fsperm_set_done(&s);
}

static void
test_world_writable_is_refused(void **state)
{
	static const mode_t dirs[] = { 01777, 00777, 02772, 00703, 03777 };
	struct fsperm_set s;
	struct fsperm_report r;

	(void)state;
	for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
		set_make(&s, dirs[i], 0600);
		fsperm_check(&s, &r);
		assert_non_null(fsperm_refusal(&r));
		assert_true(says(&r, FSPERM_REFUSE, "acme/isms.db: any user "
		    "may write its directory /srv/isms/acme", "plant a -wal"));
		assert_true(says(&r, FSPERM_REFUSE, "chmod o-w /srv/isms/acme",
		    NULL));
		fsperm_report_done(&r);
		fsperm_set_done(&s);
	}
	set_make(&s, 02770, 0666);
	fsperm_check(&s, &r);
	assert_string_equal(fsperm_refusal(&r), "acme/isms.db: any user may "
	    "write the database file (mode 0666); take the others' write "
	    "permission away (chmod o-w acme/isms.db)");
	fsperm_report_done(&r);
	fsperm_set_done(&s);
	/* also when nothing else is wrong with a private file */
	set_make(&s, 0700, 0602);
	fsperm_check(&s, &r);
	assert_int_equal(count(&r, FSPERM_REFUSE), 1);
	fsperm_report_done(&r);
	fsperm_set_done(&s);
}

static void
test_companions_of_strangers_are_refused(void **state)
{
	struct fsperm_set s;
	struct fsperm_report r;

	(void)state;
	/* a -wal planted by someone outside the owner and the group */
	set_make(&s, 02770, 0660);
	s.part[FSPERM_WAL].uid = MALLORY;
	free(s.part[FSPERM_WAL].owner);
	s.part[FSPERM_WAL].owner = xstrdup("mallory");
	s.part[FSPERM_WAL].trusted = false;
	fsperm_check(&s, &r);
	assert_string_equal(fsperm_refusal(&r), "acme/isms.db: its -wal file "
	    "belongs to mallory, who is neither the owner of the database "
	    "(alice) nor in its group team, and could have planted changes in "
	    "it; if nobody has the database open, remove acme/isms.db-wal");
	fsperm_report_done(&r);
	fsperm_set_done(&s);
	/* a member's -shm is fine, also when the member is not the owner */
	set_make(&s, 02770, 0660);
	s.part[FSPERM_SHM].uid = 1002;
	fsperm_check(&s, &r);
	assert_null(fsperm_refusal(&r));
	fsperm_report_done(&r);
	fsperm_set_done(&s);
	/* a -journal that is a symbolic link */
	set_make(&s, 0700, 0600);
	node(&s.part[FSPERM_JOURNAL], "acme/isms.db-journal", S_IFLNK | 0777,
	    ALICE, TEAM, true);
	fsperm_check(&s, &r);
	assert_true(says(&r, FSPERM_REFUSE, "its -journal file is not a "
	    "regular file but a symbolic link", "remove acme/isms.db-journal"));
	fsperm_report_done(&r);
	fsperm_set_done(&s);
	/* a world-writable -shm, though a member's */
	set_make(&s, 02770, 0660);
	s.part[FSPERM_SHM].mode = S_IFREG | 0666;
	fsperm_check(&s, &r);
	assert_true(says(&r, FSPERM_REFUSE, "any user may write its -shm file "
	    "(mode 0666)", "chmod o-w acme/isms.db-shm"));
	fsperm_report_done(&r);
	fsperm_set_done(&s);
	/* leftovers where a database is about to be created */
	set_make(&s, 02770, 0660);
	free(s.part[FSPERM_DB].owner);
	free(s.part[FSPERM_DB].group);
	s.part[FSPERM_DB].owner = s.part[FSPERM_DB].group = NULL;
	s.part[FSPERM_DB].exists = false;
	fsperm_check(&s, &r);
	assert_int_equal(count(&r, FSPERM_REFUSE), 2);
	assert_true(says(&r, FSPERM_REFUSE, "a -wal file is there without the "
	    "database", NULL));
	assert_int_equal(count(&r, FSPERM_WARN), 0);
	fsperm_report_done(&r);
	fsperm_set_done(&s);
}

static void
test_group_warnings(void **state)
{
	struct fsperm_set s;
	struct fsperm_report r;

	(void)state;
	/* the file in another group than its directory, not group-writable */
	set_make(&s, 02770, 0640);
	s.part[FSPERM_DB].gid = STAFF;
	free(s.part[FSPERM_DB].group);
	s.part[FSPERM_DB].group = xstrdup("staff");
	fsperm_check(&s, &r);
	assert_null(fsperm_refusal(&r));
	assert_true(says(&r, FSPERM_WARN, "belongs to group staff, its "
	    "directory to team", "chgrp team acme/isms.db"));
	assert_true(says(&r, FSPERM_WARN, "may not read and write it (mode "
	    "0640)", "chmod g+rw acme/isms.db"));
	fsperm_report_done(&r);
	fsperm_set_done(&s);
	/* a -wal of a member whose process did not give it the group */
	set_make(&s, 02770, 0660);
	s.part[FSPERM_WAL].gid = STAFF;
	s.part[FSPERM_WAL].mode = S_IFREG | 0600;
	free(s.part[FSPERM_WAL].group);
	s.part[FSPERM_WAL].group = xstrdup("staff");
	fsperm_check(&s, &r);
	assert_int_equal(r.n, 1);
	assert_string_equal(r.items[0].text, "acme/isms.db: its -wal file is "
	    "alice:staff mode 0600, so other members may fail to open the "
	    "database; chgrp team acme/isms.db-wal && chmod g+rw "
	    "acme/isms.db-wal");
	fsperm_report_done(&r);
	fsperm_set_done(&s);
	/* no -wal and -shm left for readers */
	set_make(&s, 02770, 0660);
	free(s.part[FSPERM_SHM].owner);
	free(s.part[FSPERM_SHM].group);
	s.part[FSPERM_SHM].owner = s.part[FSPERM_SHM].group = NULL;
	s.part[FSPERM_SHM].exists = false;
	fsperm_check(&s, &r);
	assert_true(says(&r, FSPERM_WARN, "-wal and -shm files are missing",
	    "see a snapshot"));
	fsperm_report_done(&r);
	fsperm_set_done(&s);
}

static void
test_reach(void **state)
{
	struct fsperm_set s;
	struct fsperm_report r;

	(void)state;
	/* in a home directory of mode 0700 (Debian's default) */
	set_make(&s, 02770, 0660);
	set_up(&s, 0700, 0);
	fsperm_check(&s, &r);
	assert_int_equal(r.n, 1);
	assert_string_equal(r.items[0].text, "acme/isms.db: members of team "
	    "may not reach it: /srv/isms is root:root mode 0700 (home "
	    "directories often are); keep group databases in a directory such "
	    "as /srv/isms/NAME");
	fsperm_report_done(&r);
	fsperm_set_done(&s);
	/* search permission for others, or for the group, will do */
	set_make(&s, 02770, 0660);
	set_up(&s, 0711, 0);
	fsperm_check(&s, &r);
	assert_int_equal(r.n, 0);
	fsperm_report_done(&r);
	fsperm_set_done(&s);
	set_make(&s, 02770, 0660);
	set_up(&s, 0750, TEAM);
	fsperm_check(&s, &r);
	assert_int_equal(r.n, 0);
	fsperm_report_done(&r);
	fsperm_set_done(&s);
	/* but not the group search bit of another group */
	set_make(&s, 02770, 0660);
	set_up(&s, 0750, STAFF);
	fsperm_check(&s, &r);
	assert_int_equal(count(&r, FSPERM_WARN), 1);
	fsperm_report_done(&r);
	fsperm_set_done(&s);
	/* unless every member is in it too (the second-group recipe) */
	set_make(&s, 02770, 0660);
	set_up(&s, 0750, STAFF);
	s.up[0].group_inside = true;
	fsperm_check(&s, &r);
	assert_int_equal(r.n, 0);
	fsperm_report_done(&r);
	fsperm_set_done(&s);
	/* a private database is not told where to live */
	set_make(&s, 0700, 0600);
	set_up(&s, 0700, 0);
	fsperm_check(&s, &r);
	assert_int_equal(r.n, 0);
	fsperm_report_done(&r);
	fsperm_set_done(&s);
}

static void
test_shared_by_hand(void **state)
{
	struct fsperm_set s;
	struct fsperm_report r;

	(void)state;
	set_make(&s, 0770, 0660);
	fsperm_check(&s, &r);
	assert_int_equal(r.n, 1);
	assert_int_equal(r.items[0].level, FSPERM_WARN);
	assert_true(says(&r, FSPERM_WARN, "is not a group directory (setgid, "
	    "mode 2770)", "isms db share GROUP"));
	fsperm_report_done(&r);
	fsperm_set_done(&s);
}

static void
test_refusals_come_first(void **state)
{
	struct fsperm_set s;
	struct fsperm_report r;

	(void)state;
	set_make(&s, 02777, 0640);
	fsperm_check(&s, &r);
	assert_true(r.n >= 2);
	assert_int_equal(r.items[0].level, FSPERM_REFUSE);
	assert_int_equal(r.items[r.n - 1].level, FSPERM_WARN);
	assert_ptr_equal(fsperm_refusal(&r), r.items[0].text);
	fsperm_report_done(&r);
	assert_int_equal(r.n, 0);
	fsperm_set_done(&s);
}

static void
test_mode_str(void **state)
{
	char m[8];

	(void)state;
	fsperm_mode_str(S_IFDIR | 02770, m);
	assert_string_equal(m, "2770");
	fsperm_mode_str(S_IFREG | 0600, m);
	assert_string_equal(m, "0600");
	fsperm_mode_str(S_IFDIR | 01777, m);
	assert_string_equal(m, "1777");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_group_definition),
		cmocka_unit_test(test_clean_sets_are_quiet),
		cmocka_unit_test(test_world_writable_is_refused),
		cmocka_unit_test(test_companions_of_strangers_are_refused),
		cmocka_unit_test(test_group_warnings),
		cmocka_unit_test(test_reach),
		cmocka_unit_test(test_shared_by_hand),
		cmocka_unit_test(test_refusals_come_first),
		cmocka_unit_test(test_mode_str),
	};

	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
