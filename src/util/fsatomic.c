/*
 * fsatomic.c - rename without replacing, and flushing files and
 * directories to disk.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include "isms/util/fsatomic.h"

int
fs_rename_noreplace(const char *from, const char *to)
{
	if (renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0)
		return 0;
	if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
		return -1;
	/* No RENAME_NOREPLACE here (an old kernel, some network and FUSE
	 * file systems): a hard link refuses an existing name too. */
	if (link(from, to) != 0)
		return -1;
	unlink(from);
	return 0;
}

static int
fs_sync_open(const char *path, int flags)
{
	int fd = open(path, flags | O_CLOEXEC | O_NOFOLLOW);
	int rc, e;

	if (fd < 0)
		return -1;
	rc = fsync(fd);
	e = errno;
	close(fd);
	errno = e;
	return rc;
}

int
fs_sync_file(const char *path)
{
	return fs_sync_open(path, O_RDONLY);
}

int
fs_sync_dir(const char *dir)
{
	return fs_sync_open(dir, O_RDONLY | O_DIRECTORY);
}
