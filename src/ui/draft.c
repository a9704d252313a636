/*
 * draft.c - draft files: made private and locked, found again by
 * database, kept or deleted.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "isms/ui/draft.h"
#include "isms/util/date.h"
#include "isms/util/fsutil.h"
#include "isms/util/xmalloc.h"

#define DRAFT_META_MAX (64 * 1024)

struct draft {
	char *path;                   /* STEM.txt */
	char *meta_path;              /* STEM.meta */
	int lock;                     /* the metadata file, flocked */
	struct draft_meta meta;
	struct timespec made;         /* when the metadata was written */
};

char *
draft_dir(void)
{
	return draft_meta_dir(getenv("XDG_STATE_HOME"), getenv("HOME"));
}

/* The name drafts record a database by: its real path when it has one. */
static char *
draft_database(const char *path)
{
	char *real = realpath(path, NULL);

	return real != NULL ? real : xstrdup(path);
}

/* The drafts directory, created when missing; it must be a directory of
 * ours (not a symbolic link to one). */
static enum isms_status
draft_dir_ready(char **dir, char **cause)
{
	struct stat st;
	enum isms_status rc;

	if ((*dir = draft_dir()) == NULL)
		return status_fail(cause, ISMS_IO, "no place for drafts: "
		    "neither XDG_STATE_HOME nor HOME is an absolute path");
	if ((rc = fs_mkdir_p(*dir, cause)) != ISMS_OK)
		return rc;
	if (lstat(*dir, &st) != 0 || !S_ISDIR(st.st_mode) ||
	    st.st_uid != geteuid())
		return status_fail(cause, ISMS_IO, "%s: not a directory of "
		    "yours; drafts are not kept there", *dir);
	return ISMS_OK;
}

static bool
draft_write_all(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, s, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		s += w;
		n -= (size_t)w;
	}
	return true;
}

/* The text file, from mkostemps (mode 0600, close-on-exec). */
static enum isms_status
draft_write_text(struct draft *d, const char *dir, const char *text,
                 char **cause)
{
	char *stem = draft_meta_stem(&d->meta);
	size_t len = text != NULL ? strlen(text) : 0;
	bool ok;
	int fd;

	d->path = xasprintf("%s/%s-XXXXXX.txt", dir, stem);
	free(stem);
	if ((fd = mkostemps(d->path, 4, O_CLOEXEC)) < 0) {
		status_fail(cause, ISMS_IO, "%s: %s", d->path, strerror(errno));
		free(d->path);
		d->path = NULL;
		return ISMS_IO;
	}
	ok = draft_write_all(fd, text != NULL ? text : "", len) &&
	    (len == 0 || text[len - 1] == '\n' || draft_write_all(fd, "\n", 1));
	if (close(fd) != 0)
		ok = false;
	if (!ok)
		return status_fail(cause, ISMS_IO, "%s: %s", d->path,
		    strerror(errno ? errno : EIO));
	return ISMS_OK;
}

/* The metadata file, written under a temporary name while locked and then
 * renamed, so it is never seen unlocked while it is in use. */
static enum isms_status
draft_write_meta(struct draft *d, char **cause)
{
	size_t n = strlen(d->path) - 4;
	char *tmp, *text = draft_meta_format(&d->meta);
	bool ok;

	d->meta_path = xasprintf("%.*s.meta", (int)n, d->path);
	tmp = xasprintf("%s.tmp", d->meta_path);
	d->lock = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, 0600);
	ok = d->lock >= 0 && flock(d->lock, LOCK_EX | LOCK_NB) == 0 &&
	    draft_write_all(d->lock, text, strlen(text)) &&
	    rename(tmp, d->meta_path) == 0;
	if (!ok)
		status_fail(cause, ISMS_IO, "%s: %s", d->meta_path,
		    strerror(errno ? errno : EIO));
	if (!ok && d->lock >= 0)
		unlink(tmp);
	free(tmp);
	free(text);
	return ok ? ISMS_OK : ISMS_IO;
}

enum isms_status
draft_create(const struct draft_origin *o, const char *text,
             struct draft **out, char **cause)
{
	struct draft *d = xcalloc(1, sizeof *d);
	char *dir = NULL, now[21];
	enum isms_status rc;

	*out = NULL;
	d->lock = -1;
	date_now_utc(now);
	d->meta.database = draft_database(o->database);
	d->meta.tab = xstrdup(o->tab != NULL ? o->tab : "");
	d->meta.key = xstrdup(o->key != NULL ? o->key : "");
	d->meta.field = xstrdup(o->field != NULL ? o->field : "");
	d->meta.started = xstrdup(now);
	rc = draft_dir_ready(&dir, cause);
	if (rc == ISMS_OK)
		rc = draft_write_text(d, dir, text, cause);
	if (rc == ISMS_OK)
		rc = draft_write_meta(d, cause);
	free(dir);
	if (rc != ISMS_OK) {
		draft_discard(d);
		return rc;
	}
	*out = d;
	return ISMS_OK;
}

/* Open and lock d's metadata file: a regular file of ours that no other
 * process has locked. */
static bool
draft_lock_meta(struct draft *d)
{
	struct stat st;

	d->lock = open(d->meta_path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK |
	    O_CLOEXEC);
	if (d->lock < 0 || fstat(d->lock, &st) != 0 || !S_ISREG(st.st_mode) ||
	    st.st_uid != geteuid())
		return false;
	d->made = st.st_mtim;
	return flock(d->lock, LOCK_EX | LOCK_NB) == 0;
}

/* The draft whose metadata file is dir/name, when it is one of database's
 * and no other process has it; NULL otherwise. */
static struct draft *
draft_open(const char *dir, const char *name, const char *database)
{
	struct draft *d = xcalloc(1, sizeof *d);
	char *text = NULL, *cause = NULL;
	struct stat st;
	size_t len;
	bool ok;

	d->meta_path = xasprintf("%s/%s", dir, name);
	d->path = xasprintf("%.*s.txt", (int)(strlen(d->meta_path) - 5),
	    d->meta_path);
	ok = draft_lock_meta(d) &&
	    fs_read_file(d->meta_path, DRAFT_META_MAX, &text, &len, &cause) ==
	    ISMS_OK && draft_meta_parse(text, &d->meta, &cause) == ISMS_OK &&
	    strcmp(d->meta.database, database) == 0 &&
	    lstat(d->path, &st) == 0 && S_ISREG(st.st_mode);
	free(text);
	free(cause);
	if (!ok) {
		draft_keep(d);
		return NULL;
	}
	return d;
}

static int
draft_cmp(const void *a, const void *b)
{
	const struct draft *x = *(struct draft *const *)a;
	const struct draft *y = *(struct draft *const *)b;
	int c = strcmp(x->meta.started, y->meta.started);

	if (c == 0 && x->made.tv_sec != y->made.tv_sec)
		c = x->made.tv_sec < y->made.tv_sec ? -1 : 1;
	if (c == 0 && x->made.tv_nsec != y->made.tv_nsec)
		c = x->made.tv_nsec < y->made.tv_nsec ? -1 : 1;
	return c != 0 ? c : strcmp(x->path, y->path);
}

static bool
draft_is_meta(const char *name)
{
	size_t n = strlen(name);

	return name[0] != '.' && n > 5 && strcmp(name + n - 5, ".meta") == 0;
}

enum isms_status
draft_list(const char *database, struct draft ***out, size_t *n,
           char **cause)
{
	char *dir = draft_dir(), *db;
	struct dirent *de;
	struct draft *d;
	DIR *dp;

	*out = NULL;
	*n = 0;
	if (dir == NULL)
		return ISMS_OK;
	if ((dp = opendir(dir)) == NULL) {
		enum isms_status rc = errno == ENOENT ? ISMS_OK :
		    status_fail(cause, ISMS_IO, "%s: %s", dir, strerror(errno));

		free(dir);
		return rc;
	}
	db = draft_database(database);
	while ((de = readdir(dp)) != NULL) {
		if (!draft_is_meta(de->d_name) ||
		    (d = draft_open(dir, de->d_name, db)) == NULL)
			continue;
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		(*out)[(*n)++] = d;
	}
	closedir(dp);
	free(db);
	free(dir);
	if (*n > 1)
		qsort(*out, *n, sizeof **out, draft_cmp);
	return ISMS_OK;
}

const char *
draft_path(const struct draft *d)
{
	return d->path;
}

const struct draft_meta *
draft_info(const struct draft *d)
{
	return &d->meta;
}

void
draft_keep(struct draft *d)
{
	if (d == NULL)
		return;
	if (d->lock >= 0)
		close(d->lock);
	draft_meta_done(&d->meta);
	free(d->path);
	free(d->meta_path);
	free(d);
}

void
draft_discard(struct draft *d)
{
	if (d == NULL)
		return;
	/* the metadata first: a text without it is never offered */
	if (d->meta_path != NULL)
		unlink(d->meta_path);
	if (d->path != NULL)
		unlink(d->path);
	draft_keep(d);
}
