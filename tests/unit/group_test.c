/*
 * group_test.c - group databases on real files, with this process's own
 * group: a new file in a group directory is 0660 of that group and keeps
 * -wal and -shm of the same group and mode (whatever the umask); files
 * others may write are refused before SQLite reads them; an older group
 * database is not migrated by opening it but by schema_upgrade(); and
 * dbgroup_make_dir() / isms_share() keep to directories of their own.
 * Runs as any user; the parts that need another owner run as root only.
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

#include "isms/db/dbgroup.h"
#include "isms/db/schema.h"
#include "isms/model/share.h"
#include "isms/util/user.h"
#include "isms/util/xmalloc.h"
#include "testutil.h"

struct fixture {
	char *tmp;      /* private 0700 */
	char *dir;      /* tmp/acme, a group directory of our group */
	char *path;     /* dir/isms.db */
};

static int
setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);

	f->tmp = test_tmpdir();
	f->dir = test_path(f->tmp, "acme");
	f->path = test_path(f->dir, "isms.db");
	if (mkdir(f->dir, 0700) != 0 || chown(f->dir, (uid_t)-1,
	    getegid()) != 0 || chmod(f->dir, 02770) != 0)
		return -1;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	test_rmtree(f->tmp);
	free(f->path);
	free(f->dir);
	free(f->tmp);
	free(f);
	return 0;
}

static void
assert_mode(const char *path, mode_t mode, gid_t gid)
{
	struct stat st;

	if (stat(path, &st) != 0)
		fail_msg("%s: missing", path);
	if ((st.st_mode & 07777) != mode)
		fail_msg("%s: mode %04o, not %04o", path,
		    (unsigned)(st.st_mode & 07777), (unsigned)mode);
	assert_int_equal(st.st_gid, gid);
}

static char *
companion(const char *path, const char *suffix)
{
	return xasprintf("%s%s", path, suffix);
}

/* Copy the schema version 1 fixture to path with mode. */
static void
copy_v1(const char *path, mode_t mode)
{
	char *src = test_data("isms-v1.db");
	size_t n;
	char *data = test_slurp(src, &n);

	assert_non_null(data);
	assert_int_equal(test_write(path, data, n), 0);
	assert_int_equal(chmod(path, mode), 0);
	free(data);
	free(src);
}

static void
test_create_in_group_dir(void **state)
{
	struct fixture *f = *state;
	mode_t mask = umask(077);
	char *wal = companion(f->path, "-wal"), *shm = companion(f->path,
	    "-shm");
	struct db *db;

	assert_int_equal(schema_open(f->path, DB_OPEN_CREATE, &db, NULL),
	    ISMS_OK);
	assert_true(db_group(db));
	assert_mode(f->path, 0660, getegid());
	assert_mode(wal, 0660, getegid());
	assert_mode(shm, 0660, getegid());
	/* the process's umask is as it was */
	assert_int_equal(umask(077), 077);
	db_close(db);
	/* kept for readers after the last connection closed */
	assert_mode(wal, 0660, getegid());
	assert_mode(shm, 0660, getegid());
	assert_int_equal(schema_open(f->path, DB_OPEN_READONLY, &db, NULL),
	    ISMS_OK);
	assert_true(db_group(db));
	assert_false(db_snapshot(db));
	db_close(db);
	umask(mask);
	free(wal);
	free(shm);
}

static void
test_private_dir_is_not_group(void **state)
{
	struct fixture *f = *state;
	char *path = test_path(f->tmp, "private.db");
	struct db *db;

	assert_int_equal(schema_open(path, DB_OPEN_CREATE, &db, NULL),
	    ISMS_OK);
	assert_false(db_group(db));
	assert_mode(path, 0600, getegid());
	db_close(db);
	free(path);
}

static void
test_world_writable_refused(void **state)
{
	static const mode_t modes[] = { 01777, 0777, 02772 };
	struct fixture *f = *state;
	struct db *db = NULL;
	char *cause = NULL;

	for (size_t i = 0; i < sizeof modes / sizeof *modes; i++) {
		assert_int_equal(chmod(f->dir, modes[i]), 0);
		assert_int_equal(schema_open(f->path, DB_OPEN_CREATE, &db,
		    &cause), ISMS_UNSAFE);
		assert_non_null(strstr(cause, "any user may write its "
		    "directory"));
		assert_int_equal(access(f->path, F_OK), -1);
		free(cause);
		cause = NULL;
	}
	assert_int_equal(chmod(f->dir, 02770), 0);
	assert_int_equal(schema_open(f->path, DB_OPEN_CREATE, &db, NULL),
	    ISMS_OK);
	db_close(db);
	/* an existing file in such a directory is not read either */
	assert_int_equal(chmod(f->dir, 01777), 0);
	assert_int_equal(schema_open(f->path, DB_OPEN_READONLY, &db, &cause),
	    ISMS_UNSAFE);
	assert_null(db);
	free(cause);
	cause = NULL;
	assert_int_equal(chmod(f->dir, 02770), 0);
	assert_int_equal(chmod(f->path, 0662), 0);
	assert_int_equal(schema_open(f->path, DB_OPEN_READONLY, &db, &cause),
	    ISMS_UNSAFE);
	assert_non_null(strstr(cause, "chmod o-w"));
	free(cause);
}

static void
test_odd_companions_refused(void **state)
{
	struct fixture *f = *state;
	char *shm = companion(f->path, "-shm");
	char *journal = companion(f->path, "-journal");
	struct db *db = NULL;
	char *cause = NULL;

	assert_int_equal(schema_open(f->path, DB_OPEN_CREATE, &db, NULL),
	    ISMS_OK);
	db_close(db);
	assert_int_equal(symlink("/dev/null", journal), 0);
	assert_int_equal(schema_open(f->path, DB_OPEN_READONLY, &db, &cause),
	    ISMS_UNSAFE);
	assert_non_null(strstr(cause, "its -journal file is not a regular "
	    "file"));
	free(cause);
	cause = NULL;
	assert_int_equal(unlink(journal), 0);
	if (geteuid() == 0) {
		/* a -shm of somebody outside the owner and the group */
		assert_int_equal(chown(shm, 65534, 65534), 0);
		assert_int_equal(schema_open(f->path, 0, &db, &cause),
		    ISMS_UNSAFE);
		assert_non_null(strstr(cause, "its -shm file belongs to"));
		free(cause);
	}
	free(shm);
	free(journal);
}

static void
test_settle(void **state)
{
	struct fixture *f = *state;
	char *wal = companion(f->path, "-wal");
	struct db *db;

	if (geteuid() != 0)
		skip();
	assert_int_equal(schema_open(f->path, DB_OPEN_CREATE, &db, NULL),
	    ISMS_OK);
	db_close(db);
	/* as if a member's process had made it in its own group */
	assert_int_equal(chown(wal, (uid_t)-1, 65534), 0);
	assert_int_equal(chmod(wal, 0600), 0);
	assert_int_equal(schema_open(f->path, 0, &db, NULL), ISMS_OK);
	assert_mode(wal, 0660, getegid());
	db_close(db);
	free(wal);
}

static void
test_older_group_database_waits(void **state)
{
	struct fixture *f = *state;
	size_t before_len, after_len;
	char *before, *after, *cause = NULL;
	struct db *db = NULL;
	int64_t v;

	copy_v1(f->path, 0660);
	before = test_slurp(f->path, &before_len);
	assert_int_equal(schema_open(f->path, 0, &db, &cause), ISMS_READONLY);
	assert_null(db);
	assert_non_null(strstr(cause, "only by 'isms db upgrade'"));
	free(cause);
	cause = NULL;
	/* read-only, saying why */
	assert_int_equal(schema_open(f->path, DB_OPEN_FALLBACK, &db, NULL),
	    ISMS_OK);
	assert_true(db_readonly(db));
	assert_non_null(strstr(db_readonly_why(db), "is a group database of "
	    "schema version 1, read-only until a member runs 'isms db "
	    "upgrade'"));
	db_close(db);
	assert_int_equal(schema_open(f->path, DB_OPEN_READONLY, &db, NULL),
	    ISMS_OK);
	assert_non_null(db_readonly_why(db));
	assert_int_equal(schema_version(db, &v, NULL), ISMS_OK);
	assert_int_equal(v, 1);
	db_close(db);
	after = test_slurp(f->path, &after_len);
	assert_int_equal(before_len, after_len);
	assert_memory_equal(before, after, before_len);
	/* isms db upgrade */
	assert_int_equal(schema_upgrade(f->path, &v, NULL), ISMS_OK);
	assert_int_equal(v, 1);
	assert_int_equal(schema_open(f->path, 0, &db, NULL), ISMS_OK);
	assert_int_equal(schema_version(db, &v, NULL), ISMS_OK);
	assert_int_equal(v, SCHEMA_VERSION);
	assert_null(db_readonly_why(db));
	db_close(db);
	assert_int_equal(schema_upgrade(f->path, &v, NULL), ISMS_OK);
	assert_int_equal(v, SCHEMA_VERSION);
	free(before);
	free(after);
}

static void
test_upgrade_private(void **state)
{
	struct fixture *f = *state;
	char *path = test_path(f->tmp, "private.db");
	int64_t from, to;

	copy_v1(path, 0600);
	assert_int_equal(isms_upgrade(path, &from, &to, NULL), ISMS_OK);
	assert_int_equal(from, 1);
	assert_int_equal(to, SCHEMA_VERSION);
	assert_int_equal(isms_upgrade(path, &from, &to, NULL), ISMS_OK);
	assert_int_equal(from, SCHEMA_VERSION);
	free(path);
}

static void
test_make_dir(void **state)
{
	struct fixture *f = *state;
	char *fresh = test_path(f->tmp, "fresh/isms.db");
	char *orphan = test_path(f->tmp, "no/such/isms.db");
	char *freshdir = test_path(f->tmp, "fresh");
	char *cause = NULL, *other = test_path(f->dir, "notes.txt");
	bool made;

	assert_int_equal(dbgroup_make_dir(fresh, getegid(), &made, NULL),
	    ISMS_OK);
	assert_true(made);
	assert_mode(freshdir, 02770, getegid());
	/* an empty directory of one's own is fine too */
	assert_int_equal(dbgroup_make_dir(fresh, getegid(), &made, NULL),
	    ISMS_OK);
	assert_false(made);
	assert_int_equal(dbgroup_make_dir(orphan, getegid(), &made, &cause),
	    ISMS_NOT_FOUND);
	assert_non_null(strstr(cause, "create it first"));
	free(cause);
	cause = NULL;
	assert_int_equal(test_write(other, "x", 1), 0);
	assert_int_equal(dbgroup_make_dir(f->path, getegid(), &made, &cause),
	    ISMS_EXISTS);
	assert_non_null(strstr(cause, "already holds other files (notes.txt)"));
	free(cause);
	free(fresh);
	free(freshdir);
	free(orphan);
	free(other);
}

static void
test_share(void **state)
{
	struct fixture *f = *state;
	char *dir = test_path(f->tmp, "solo");
	char *path = test_path(dir, "isms.db");
	char *wal = companion(path, "-wal"), *shm = companion(path, "-shm");
	char *group = user_group_name(getegid());
	char *other = test_path(dir, "notes.txt"), *cause = NULL;
	struct isms *m;

	assert_int_equal(mkdir(dir, 0700), 0);
	copy_v1(path, 0600);
	assert_int_equal(test_write(other, "x", 1), 0);
	assert_int_equal(isms_share(path, group, &cause), ISMS_EXISTS);
	assert_non_null(strstr(cause, "holds other files too (notes.txt)"));
	free(cause);
	cause = NULL;
	assert_int_equal(unlink(other), 0);
	assert_int_equal(isms_share(path, "no-such-group-isms", &cause),
	    ISMS_NOT_FOUND);
	free(cause);
	cause = NULL;
	assert_int_equal(isms_share(path, group, &cause), ISMS_OK);
	assert_mode(dir, 02770, getegid());
	assert_mode(path, 0660, getegid());
	assert_mode(wal, 0660, getegid());
	assert_mode(shm, 0660, getegid());
	/* migrated while it was private, so nobody has to wait */
	assert_int_equal(isms_open_as(path, ISMS_OPEN_AUTO, &m, NULL),
	    ISMS_OK);
	assert_true(isms_group(m));
	assert_false(isms_readonly(m));
	assert_false(isms_upgrade_pending(m));
	isms_close(m);
	free(dir);
	free(path);
	free(wal);
	free(shm);
	free(group);
	free(other);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_create_in_group_dir, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_private_dir_is_not_group,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_world_writable_refused,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_odd_companions_refused,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_settle, setup, teardown),
		cmocka_unit_test_setup_teardown(test_older_group_database_waits,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_upgrade_private, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_make_dir, setup, teardown),
		cmocka_unit_test_setup_teardown(test_share, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
