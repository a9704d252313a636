/*
 * testutil.c - temporary directories and file helpers for unit tests.
 */
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "isms/util/xmalloc.h"
#include "testutil.h"

char *
test_tmpdir(void)
{
	const char *t = getenv("TMPDIR");
	char *tmpl = xasprintf("%s/isms-test.XXXXXX",
	    t != NULL && t[0] == '/' ? t : "/tmp");

	if (mkdtemp(tmpl) == NULL) {
		perror("mkdtemp");
		exit(99);
	}
	return tmpl;
}

static int
test_rm_one(const char *path, const struct stat *sb, int flag,
            struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(path);
}

void
test_rmtree(const char *path)
{
	nftw(path, test_rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

char *
test_path(const char *dir, const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

char *
test_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	size_t cap = 0, n = 0, r;

	if (f == NULL)
		return NULL;
	do {
		if (n == cap) {
			cap = cap ? cap * 2 : 4096;
			data = xreallocarray(data, cap + 1, 1);
		}
		r = fread(data + n, 1, cap - n, f);
		n += r;
	} while (r > 0);
	fclose(f);
	data[n] = '\0';
	if (len != NULL)
		*len = n;
	return data;
}

int
test_write(const char *path, const char *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	ssize_t w;

	if (fd < 0)
		return -1;
	w = write(fd, data, len);
	close(fd);
	return w == (ssize_t)len ? 0 : -1;
}

char *
test_data(const char *name)
{
	const char *d = getenv("ISMS_TEST_DATA");

	return xasprintf("%s/%s", d != NULL ? d : "tests/data", name);
}
