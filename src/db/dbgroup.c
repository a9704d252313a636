/*
 * dbgroup.c - the directory and file modes of group databases: making a
 * dedicated setgid directory, sharing an existing file, and reporting
 * what the files are.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "isms/db/dbfile.h"
#include "isms/db/dbgroup.h"
#include "isms/util/fsutil.h"
#include "isms/util/user.h"
#include "isms/util/xmalloc.h"

#define DBGROUP_DIR_MODE  02770
#define DBGROUP_FILE_MODE 0660

/* The first entry of dir other than . and .. and, when base is not NULL,
 * base and its -wal, -shm and -journal files; NULL when there is none or
 * dir cannot be read (*err then is errno). */
static char *
dbgroup_stranger(const char *dir, const char *base, int *err)
{
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };
	DIR *d = opendir(dir);
	struct dirent *e;
	char *found = NULL;

	*err = d == NULL ? errno : 0;
	while (d != NULL && found == NULL && (e = readdir(d)) != NULL) {
		bool ours = strcmp(e->d_name, ".") == 0 ||
		    strcmp(e->d_name, "..") == 0;
		size_t n = base != NULL ? strlen(base) : 0;

		for (size_t i = 0; base != NULL && !ours &&
		    i < sizeof suffix / sizeof *suffix; i++)
			ours = strncmp(e->d_name, base, n) == 0 &&
			    strcmp(e->d_name + n, suffix[i]) == 0;
		if (!ours)
			found = xstrdup(e->d_name);
	}
	if (d != NULL)
		closedir(d);
	return found;
}

/* True when st is a directory that already is a group directory of gid
 * that others may not write. */
static bool
dbgroup_dir_fits(const struct stat *st, gid_t gid)
{
	return S_ISDIR(st->st_mode) && st->st_gid == gid &&
	    (st->st_mode & S_ISGID) && (st->st_mode & S_IRWXG) == S_IRWXG &&
	    !(st->st_mode & S_IWOTH);
}

/* Give dir (this user's) to gid with mode 2770, or accept someone
 * else's that is one already. */
static enum isms_status
dbgroup_set_dir(const char *dir, gid_t gid, char **cause)
{
	struct stat st;
	char *group;
	enum isms_status rc;

	if (stat(dir, &st) != 0)
		return status_fail(cause, ISMS_IO, "%s: %s", dir,
		    strerror(errno));
	if (st.st_uid == geteuid()) {
		if (chown(dir, (uid_t)-1, gid) != 0 ||
		    chmod(dir, DBGROUP_DIR_MODE) != 0)
			return status_fail(cause, ISMS_IO, "%s: %s", dir,
			    strerror(errno));
		return ISMS_OK;
	}
	if (dbgroup_dir_fits(&st, gid))
		return ISMS_OK;
	group = user_group_name(gid);
	rc = status_fail(cause, ISMS_IO, "%s: is not yours to make a group "
	    "directory; its owner (or root) can: chgrp %s %s && chmod 2770 %s",
	    dir, group, dir, dir);
	free(group);
	return rc;
}

/* Create dir, whose parent must exist, privately (it is made a group
 * directory next). */
static enum isms_status
dbgroup_mkdir(const char *dir, char **cause)
{
	char *parent = fs_dirname(dir);
	struct stat st;
	enum isms_status rc = ISMS_OK;

	if (stat(parent, &st) != 0 || !S_ISDIR(st.st_mode))
		rc = status_fail(cause, ISMS_NOT_FOUND, "%s: its parent %s is "
		    "not a directory; create it first, so that the group may "
		    "pass it (an administrator: mkdir -m 0755 %s)", dir, parent,
		    parent);
	else if (mkdir(dir, 0700) != 0)
		rc = status_fail(cause, ISMS_IO, "cannot create directory %s: "
		    "%s", dir, strerror(errno));
	free(parent);
	return rc;
}

enum isms_status
dbgroup_make_dir(const char *path, gid_t gid, bool *made, char **cause)
{
	char *dir = fs_dirname(path);
	char *other = NULL;
	struct stat st;
	enum isms_status rc = ISMS_OK;
	int err = 0;

	*made = false;
	if (stat(dir, &st) != 0 && errno == ENOENT) {
		if ((rc = dbgroup_mkdir(dir, cause)) == ISMS_OK)
			*made = true;
	} else if ((other = dbgroup_stranger(dir, NULL, &err)) != NULL) {
		rc = status_fail(cause, ISMS_EXISTS, "%s: already holds other "
		    "files (%s); a group database needs a directory of its "
		    "own, such as /srv/isms/NAME/", dir, other);
	} else if (err != 0) {
		rc = status_fail(cause, ISMS_IO, "%s: %s", dir, strerror(err));
	}
	if (rc == ISMS_OK && (rc = dbgroup_set_dir(dir, gid, cause)) !=
	    ISMS_OK && *made) {
		rmdir(dir);
		*made = false;
	}
	free(other);
	free(dir);
	return rc;
}

/* Give the file at path, when it exists, to gid with mode 0660. */
static enum isms_status
dbgroup_set_file(const char *path, gid_t gid, char **cause)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	enum isms_status rc = ISMS_OK;

	if (fd < 0 && errno == ENOENT)
		return ISMS_OK;
	if (fd < 0 || fchown(fd, (uid_t)-1, gid) != 0 ||
	    fchmod(fd, DBGROUP_FILE_MODE) != 0)
		rc = status_fail(cause, ISMS_IO, "%s: cannot give it to the "
		    "group: %s", path, strerror(errno));
	if (fd >= 0)
		close(fd);
	return rc;
}

/* The file f->abs is this user's, in a directory of its own. */
static enum isms_status
dbgroup_share_check(const struct dbfile *f, char **cause)
{
	const char *base = strrchr(f->abs, '/') + 1;
	struct stat st;
	enum isms_status rc = ISMS_OK;
	char *other, *owner;
	int err;

	if (lstat(f->abs, &st) != 0)
		return status_fail(cause, ISMS_IO, "%s: %s", f->given,
		    strerror(errno));
	if (st.st_uid != geteuid()) {
		owner = user_name_of(st.st_uid);
		rc = status_fail(cause, ISMS_USAGE, "%s: belongs to %s; only "
		    "its owner can share it", f->given, owner);
		free(owner);
		return rc;
	}
	if ((other = dbgroup_stranger(f->dir, base, &err)) != NULL)
		rc = status_fail(cause, ISMS_EXISTS, "%s: its directory %s "
		    "holds other files too (%s); move the database into a "
		    "directory of its own, such as /srv/isms/NAME/, and share "
		    "it there", f->given, f->dir, other);
	else if (err != 0)
		rc = status_fail(cause, ISMS_IO, "%s: %s", f->dir,
		    strerror(err));
	free(other);
	return rc;
}

enum isms_status
dbgroup_share(const char *path, gid_t gid, char **cause)
{
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };
	struct dbfile f;
	enum isms_status rc = dbfile_resolve(path, false, &f, cause);

	if (rc == ISMS_OK)
		rc = dbgroup_share_check(&f, cause);
	if (rc == ISMS_OK)
		rc = dbgroup_set_dir(f.dir, gid, cause);
	for (size_t i = 0; rc == ISMS_OK && i < sizeof suffix / sizeof *suffix;
	    i++) {
		char *p = xasprintf("%s%s", f.abs, suffix[i]);

		rc = dbgroup_set_file(p, gid, cause);
		free(p);
	}
	dbfile_done(&f);
	return rc;
}

enum isms_status
dbgroup_files(const char *path, struct fsperm_set *s,
              struct fsperm_report *r, char **cause)
{
	struct dbfile f;
	enum isms_status rc = dbfile_resolve(path, false, &f, cause);

	memset(s, 0, sizeof *s);
	memset(r, 0, sizeof *r);
	if (rc == ISMS_OK) {
		dbfile_gather(&f, true, s);
		fsperm_check(s, r);
	}
	dbfile_done(&f);
	return rc;
}
