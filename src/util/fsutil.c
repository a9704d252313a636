/*
 * fsutil.c - careful reading of files and creation of private directories.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "isms/util/fsutil.h"
#include "isms/util/xmalloc.h"

enum isms_status
fs_errno_status(int e)
{
	return e == ENOMEM ? ISMS_NOMEM : ISMS_IO;
}

static enum isms_status
fs_read_fd(int fd, const char *path, size_t max, char **data, size_t *len,
           char **cause)
{
	size_t cap = 4096, n = 0;
	char *p = xmalloc(cap + 1);

	for (;;) {
		ssize_t r;

		if (n == cap) {
			if (cap > max) {
				free(p);
				return status_fail(cause, ISMS_IO,
				    "%s: larger than %zu bytes", path, max);
			}
			cap *= 2;
			p = xreallocarray(p, cap + 1, 1);
		}
		r = read(fd, p + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int e = errno;

			free(p);
			return status_fail(cause, fs_errno_status(e), "%s: %s",
			    path, strerror(e));
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	if (n > max) {
		free(p);
		return status_fail(cause, ISMS_IO, "%s: larger than %zu bytes",
		    path, max);
	}
	p[n] = '\0';
	*data = p;
	*len = n;
	return ISMS_OK;
}

enum isms_status
fs_read_file(const char *path, size_t max, char **data, size_t *len,
             char **cause)
{
	struct stat st;
	enum isms_status rc;
	int fd;

	*data = NULL;
	*len = 0;
	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return status_fail(cause, fs_errno_status(errno), "%s: %s",
		    path, strerror(errno));
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return status_fail(cause, ISMS_IO, "%s: not a regular file",
		    path);
	}
	if ((unsigned long long)st.st_size > max) {
		close(fd);
		return status_fail(cause, ISMS_IO,
		    "%s: larger than %zu bytes", path, max);
	}
	rc = fs_read_fd(fd, path, max, data, len, cause);
	close(fd);
	return rc;
}

enum isms_status
fs_mkdir_p(const char *dir, char **cause)
{
	char *p = xstrdup(dir);
	enum isms_status rc = ISMS_OK;

	for (char *s = p + 1; ; s++) {
		char c = *s;

		if (c != '/' && c != '\0')
			continue;
		*s = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST) {
			rc = status_fail(cause, ISMS_IO, "cannot create "
			    "directory %s: %s", p, strerror(errno));
			break;
		}
		*s = c;
		if (c == '\0')
			break;
	}
	free(p);
	return rc;
}

char *
fs_dirname(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

int
fs_exists(const char *path)
{
	struct stat st;

	return lstat(path, &st) == 0;
}

char *
fs_expand_home(const char *path)
{
	const char *home = getenv("HOME");

	if (path[0] != '~' || (path[1] != '\0' && path[1] != '/') ||
	    home == NULL || home[0] == '\0')
		return xstrdup(path);
	return xasprintf("%s%s", home, path + 1);
}

bool
fs_self_in(const char *dir, bool below)
{
	char *exe = realpath("/proc/self/exe", NULL);
	char *want = realpath(dir, NULL);
	char *slash = exe != NULL ? strrchr(exe, '/') : NULL;
	size_t n = want != NULL ? strlen(want) : 0;
	bool in = false;

	if (slash != NULL && want != NULL) {
		*slash = '\0';       /* the program's directory */
		in = strncmp(exe, want, n) == 0 && (exe[n] == '\0' ||
		    (below && exe[n] == '/'));
	}
	free(exe);
	free(want);
	return in;
}
