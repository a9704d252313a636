/*
 * testutil.h - helpers shared by the cmocka unit tests: private temporary
 * directories and file fingerprints.
 */
#ifndef ISMS_TESTUTIL_H
#define ISMS_TESTUTIL_H

#include <stddef.h>

/* A fresh 0700 directory under $TMPDIR (or /tmp); caller frees the path and
 * removes the tree with test_rmtree(). */
char *test_tmpdir(void);

/* rm -rf path. */
void test_rmtree(const char *path);

/* path joined to name, newly allocated. */
char *test_path(const char *dir, const char *name);

/* Newly allocated copy of a whole file's contents (NULL if unreadable);
 * *len receives the size. */
char *test_slurp(const char *path, size_t *len);

/* Write data to path (created 0600, truncated). Returns 0 on success. */
int test_write(const char *path, const char *data, size_t len);

/* $ISMS_TEST_DATA/name (the tests/data directory), newly allocated. */
char *test_data(const char *name);

#endif
