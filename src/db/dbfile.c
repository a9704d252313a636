/*
 * dbfile.c - from the path a user gives to the file SQLite opens: the
 * directory resolved, the last component checked (a symbolic link is
 * refused by name), the files gathered for fsperm.h's verdict (refused or
 * not, a group database or not), new files created privately or for the
 * group (under a temporary name when they are built before they are
 * shown), network file systems refused for writing, and the decisions
 * whether a read-only connection must be an immutable snapshot or may tidy
 * up after itself.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "isms/db/dbfile.h"
#include "isms/util/buf.h"
#include "isms/util/cleanup.h"
#include "isms/util/fstype.h"
#include "isms/util/fsutil.h"
#include "isms/util/user.h"
#include "isms/util/xmalloc.h"

static bool dbfile_network_ok;
static const char *(*dbfile_fs_kind)(const char *) = fs_network_kind_of;

/* The bytes an SQLite database file starts with (with the NUL). */
static const char dbfile_magic[16] = "SQLite format 3";

static enum isms_status
dbfile_resolve_dir(struct dbfile *f, char **cause)
{
	char *dir = fs_dirname(f->given);
	struct stat st;
	enum isms_status rc = ISMS_OK;

	f->dir = realpath(dir, NULL);
	if (f->dir == NULL && errno == ENOMEM) {
		rc = status_fail(cause, ISMS_NOMEM, "%s: out of memory",
		    f->given);
	} else if (f->dir == NULL) {
		int e = errno;

		rc = status_fail(cause, e == ENOENT ? ISMS_NOT_FOUND : ISMS_IO,
		    "%s: directory %s: %s", f->given, dir, strerror(e));
	} else if (stat(f->dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		rc = status_fail(cause, ISMS_IO, "%s: %s is not a directory",
		    f->given, dir);
	}
	free(dir);
	return rc;
}

/* The last component of the path, which is never resolved. */
static enum isms_status
dbfile_join(struct dbfile *f, char **cause)
{
	const char *slash = strrchr(f->given, '/');
	const char *base = slash != NULL ? slash + 1 : f->given;
	size_t n = strlen(f->dir);

	if (strcmp(base, "") == 0 || strcmp(base, ".") == 0 ||
	    strcmp(base, "..") == 0)
		return status_fail(cause, ISMS_IO, "%s: names a directory, "
		    "not a database file", f->given);
	f->abs = xasprintf("%s%s%s", f->dir, n > 0 && f->dir[n - 1] == '/' ?
	    "" : "/", base);
	return ISMS_OK;
}

static enum isms_status
dbfile_check(const struct dbfile *f, bool create, char **cause)
{
	struct stat st;

	if (lstat(f->abs, &st) != 0) {
		int e = errno;

		if (e == ENOENT && create)
			return ISMS_OK;
		return status_fail(cause, e == ENOENT ? ISMS_NOT_FOUND :
		    ISMS_IO, "%s: %s", f->given, strerror(e));
	}
	if (create)
		return status_fail(cause, ISMS_EXISTS, "%s: already exists%s",
		    f->given, S_ISLNK(st.st_mode) ? " (a symbolic link)" : "");
	if (S_ISLNK(st.st_mode))
		return status_fail(cause, ISMS_IO, "%s: is a symbolic link; "
		    "isms opens only the database file itself (give the path "
		    "it points to)", f->given);
	if (S_ISDIR(st.st_mode))
		return status_fail(cause, ISMS_IO, "%s: is a directory, not a "
		    "database file", f->given);
	if (!S_ISREG(st.st_mode))
		return status_fail(cause, ISMS_IO, "%s: not a regular file",
		    f->given);
	return ISMS_OK;
}

enum isms_status
dbfile_resolve(const char *path, bool create, struct dbfile *f,
               char **cause)
{
	enum isms_status rc;

	memset(f, 0, sizeof *f);
	f->given = xstrdup(path);
	if ((rc = dbfile_resolve_dir(f, cause)) != ISMS_OK)
		return rc;
	if ((rc = dbfile_join(f, cause)) != ISMS_OK)
		return rc;
	return dbfile_check(f, create, cause);
}

void
dbfile_done(struct dbfile *f)
{
	free(f->given);
	free(f->dir);
	free(f->abs);
	memset(f, 0, sizeof *f);
}

/* Give the new file fd (named abs) the mode of a database, 0600, or for
 * a group database 0660 with the group of its directory (setgid gives it
 * that anyway), whatever the umask made of it, and close it; on failure
 * it is removed. */
static enum isms_status
dbfile_mode(int fd, const struct dbfile *f, bool group, const char *abs,
            char **cause)
{
	struct stat dir;
	int e = 0;

	if (group && (stat(f->dir, &dir) != 0 ||
	    fchown(fd, (uid_t)-1, dir.st_gid) != 0))
		e = errno;
	if (e == 0 && fchmod(fd, group ? 0660 : 0600) != 0)
		e = errno;
	close(fd);
	if (e == 0)
		return ISMS_OK;
	unlink(abs);
	return status_fail(cause, fs_errno_status(e), "%s: %s", f->given,
	    strerror(e));
}

enum isms_status
dbfile_create(const struct dbfile *f, bool group, char **cause)
{
	int fd = open(f->abs, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, group ? 0660 : 0600);

	if (fd < 0 && errno == EEXIST)
		return status_fail(cause, ISMS_EXISTS, "%s: already exists",
		    f->given);
	if (fd < 0)
		return status_fail(cause, fs_errno_status(errno), "%s: %s",
		    f->given, strerror(errno));
	return dbfile_mode(fd, f, group, f->abs, cause);
}

enum isms_status
dbfile_create_temp(const struct dbfile *f, bool group, const char *tag,
                   char **tmp, char **cause)
{
	const char *base = f->abs + strlen(f->dir);
	char *name;
	int fd;

	base += *base == '/';
	name = xasprintf("%s%s.%s.%s-XXXXXX", f->dir, f->dir[strlen(f->dir) -
	    1] == '/' ? "" : "/", base, tag);
	*tmp = NULL;
	if ((fd = cleanup_mkstemp(name, O_CLOEXEC, true)) < 0) {
		int e = errno;

		free(name);
		return status_fail(cause, fs_errno_status(e), "%s: cannot "
		    "create a file beside it: %s", f->given, strerror(e));
	}
	if (dbfile_mode(fd, f, group, name, cause) != ISMS_OK) {
		cleanup_drop(name);
		free(name);
		return ISMS_IO;
	}
	*tmp = name;
	return ISMS_OK;
}

void
dbfile_allow_network(bool allow)
{
	dbfile_network_ok = allow;
}

void
dbfile_set_fs_kind(const char *(*fn)(const char *path))
{
	dbfile_fs_kind = fn != NULL ? fn : fs_network_kind_of;
}

/* The network file system f (or, when it does not exist, its directory)
 * lies on, or NULL. */
static const char *
dbfile_network(const struct dbfile *f, bool exists)
{
	return dbfile_fs_kind(exists ? f->abs : f->dir);
}

enum isms_status
dbfile_local(const struct dbfile *f, bool exists, char **cause)
{
	const char *kind = dbfile_network(f, exists);

	if (kind == NULL || dbfile_network_ok)
		return ISMS_OK;
	return status_fail(cause, ISMS_READONLY, "%s: cannot be %s: it is on "
	    "a network file system (%s), where SQLite's locks cannot keep "
	    "two computers (or two mounts) from corrupting it; read it with "
	    "--read-only, move it to a local disk, or give --allow-network-fs "
	    "if only this computer ever opens it", f->given,
	    exists ? "changed" : "created", kind);
}

enum isms_status
dbfile_writable(const struct dbfile *f, char **why, char **cause)
{
	enum isms_status rc;
	char *dir;
	int e;

	if (access(f->abs, W_OK) != 0) {
		if (why != NULL)
			*why = xasprintf("you cannot write %s", f->given);
		return status_fail(cause, ISMS_READONLY,
		    "%s: cannot be changed: you may not write the file (%s)",
		    f->given, strerror(errno));
	}
	if (access(f->dir, W_OK) == 0)
		return ISMS_OK;
	e = errno;
	if (why != NULL)
		*why = xasprintf("you cannot write the directory of %s",
		    f->given);
	dir = fs_dirname(f->given);
	rc = status_fail(cause, ISMS_READONLY, "%s: cannot be changed: you "
	    "may not write its directory %s (%s), where SQLite keeps its -wal "
	    "and -shm files", f->given, dir, strerror(e));
	free(dir);
	return rc;
}

/* lstat(2) of path into *n, with the names of its owner and group. */
static void
dbfile_node(const char *path, struct fsperm_node *n)
{
	struct stat st;

	n->path = xstrdup(path);
	if (lstat(path, &st) != 0)
		return;
	n->exists = true;
	n->mode = st.st_mode;
	n->uid = st.st_uid;
	n->gid = st.st_gid;
	n->owner = user_name_of(st.st_uid);
	n->group = user_group_name(st.st_gid);
}

/* The directories above dir (of group gid), nearest first, up to the
 * root. */
static void
dbfile_gather_up(const char *dir, gid_t gid, struct fsperm_set *s)
{
	char *p = xstrdup(dir);

	while (strcmp(p, "/") != 0 && strchr(p, '/') != NULL) {
		char *up = fs_dirname(p);
		struct fsperm_node *u;

		free(p);
		p = up;
		s->up = xreallocarray(s->up, s->n_up + 1, sizeof *s->up);
		u = memset(&s->up[s->n_up++], 0, sizeof *s->up);
		dbfile_node(p, u);
		u->group_inside = u->exists && u->gid != gid &&
		    (u->mode & S_IXGRP) && user_members_within(gid, u->gid);
	}
	free(p);
}

void
dbfile_gather(const struct dbfile *f, bool up, struct fsperm_set *s)
{
	static const char *const suffix[FSPERM_PARTS] = {
		[FSPERM_WAL] = "-wal", [FSPERM_SHM] = "-shm",
		[FSPERM_JOURNAL] = "-journal",
	};
	const struct fsperm_node *db = &s->part[FSPERM_DB];

	memset(s, 0, sizeof *s);
	s->name = xstrdup(f->given);
	dbfile_node(f->dir, &s->part[FSPERM_DIR]);
	dbfile_node(f->abs, &s->part[FSPERM_DB]);
	for (int i = FSPERM_WAL; i < FSPERM_PARTS; i++) {
		struct fsperm_node *c = &s->part[i];
		char *p = xasprintf("%s%s", f->abs, suffix[i]);

		dbfile_node(p, c);
		free(p);
		/* one's own files are not planted by someone else */
		c->trusted = c->exists && db->exists && (c->uid == geteuid() ||
		    c->uid == db->uid || user_is_member(c->uid, db->gid));
	}
	if (up)
		dbfile_gather_up(f->dir, s->part[FSPERM_DIR].gid, s);
}

enum isms_status
dbfile_screen(const struct dbfile *f, bool *group, char **cause)
{
	struct fsperm_set s;
	struct fsperm_report r;
	const char *why;
	enum isms_status rc = ISMS_OK;

	dbfile_gather(f, false, &s);
	fsperm_check(&s, &r);
	if ((why = fsperm_refusal(&r)) != NULL)
		rc = status_fail(cause, ISMS_UNSAFE, "%s", why);
	*group = fsperm_is_group(&s);
	fsperm_report_done(&r);
	fsperm_set_done(&s);
	return rc;
}

void
dbfile_settle(const char *abs)
{
	static const char *const suffix[] = { "-wal", "-shm" };
	struct stat db;

	if (stat(abs, &db) != 0)
		return;
	for (size_t i = 0; i < sizeof suffix / sizeof *suffix; i++) {
		char *p = xasprintf("%s%s", abs, suffix[i]);
		int fd = open(p, O_RDONLY | O_NOFOLLOW | O_NONBLOCK |
		    O_CLOEXEC);
		struct stat st;

		free(p);
		if (fd < 0)
			continue;
		/* Only files this user made: SQLite gave them the database's
		 * mode, the setgid directory its group; mend either if not. */
		if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
		    st.st_uid == geteuid()) {
			if (st.st_gid != db.st_gid)
				(void)!fchown(fd, (uid_t)-1, db.st_gid);
			if ((st.st_mode & 0777) != (db.st_mode & 0666))
				(void)!fchmod(fd, db.st_mode & 0666);
		}
		close(fd);
	}
}

static bool
dbfile_companion(const struct dbfile *f, const char *suffix)
{
	char *p = xasprintf("%s%s", f->abs, suffix);
	struct stat st;
	bool found = lstat(p, &st) == 0;

	free(p);
	return found;
}

/* True when the header of the file at path says WAL mode (the read and
 * write format versions at offsets 18 and 19 are 2). */
static bool
dbfile_is_wal(const char *path)
{
	unsigned char h[100];
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return false;
	n = pread(fd, h, sizeof h, 0);
	close(fd);
	return n == (ssize_t)sizeof h &&
	    memcmp(h, dbfile_magic, sizeof dbfile_magic) == 0 &&
	    (h[18] == 2 || h[19] == 2);
}

bool
dbfile_read_tidily(const struct dbfile *f)
{
	return access(f->abs, W_OK) == 0 && access(f->dir, W_OK) == 0 &&
	    dbfile_network(f, true) == NULL;
}

/* Too little free space in f's directory for the -shm file a WAL reader
 * makes (32 KiB), as statvfs(3) tells it. */
static bool
dbfile_no_room(const struct dbfile *f)
{
	struct statvfs vfs;

	return statvfs(f->dir, &vfs) == 0 &&
	    (unsigned long long)vfs.f_bavail * vfs.f_frsize < 64 * 1024;
}

bool
dbfile_needs_snapshot(const struct dbfile *f)
{
	if (access(f->dir, W_OK) == 0 && !dbfile_no_room(f))
		return false;
	if (dbfile_companion(f, "-wal") || dbfile_companion(f, "-shm"))
		return false;
	return dbfile_is_wal(f->abs);
}

char *
dbfile_snapshot_uri(const struct dbfile *f)
{
	static const char keep[] = "-._~/";
	struct buf b;

	buf_init(&b);
	buf_adds(&b, "file://");
	for (const unsigned char *p = (const unsigned char *)f->abs; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || strchr(keep, *p) != NULL)
			buf_addc(&b, (char)*p);
		else
			buf_printf(&b, "%%%02X", *p);
	}
	buf_adds(&b, "?immutable=1");
	return buf_take(&b);
}
