/*
 * fsutil.h - files and directories, done carefully.
 */
#ifndef ISMS_UTIL_FSUTIL_H
#define ISMS_UTIL_FSUTIL_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/util/status.h"

/*
 * Read the regular file at path (symbolic links to regular files are
 * followed, devices and directories refused) into a NUL-terminated buffer
 * of at most max bytes.  On success *data (caller frees) and *len are set.
 * Fails with ISMS_IO and a message in *cause naming the file and problem
 * ("is a directory", "larger than 8388608 bytes", strerror).
 */
enum isms_status fs_read_file(const char *path, size_t max, char **data,
                              size_t *len, char **cause);

/* Create dir and its missing parents with mode 0700 (existing ones are left
 * as they are). ISMS_IO with *cause on failure. */
enum isms_status fs_mkdir_p(const char *dir, char **cause);

/* ISMS_NOMEM for ENOMEM (a system call ran out of kernel memory), else
 * ISMS_IO: what a failed file operation reports. */
enum isms_status fs_errno_status(int e);

/* The directory part of path, newly allocated ("." when there is none). */
char *fs_dirname(const char *path);

/* 1 when path exists (any type, symlinks not followed), 0 otherwise. */
int fs_exists(const char *path);

/* path with a leading "~" or "~/" replaced by $HOME, as a shell would
 * (a name typed at a prompt, which no shell expands); a copy of path
 * otherwise, or when HOME is not set.  Caller frees. */
char *fs_expand_home(const char *path);

/* Whether the running program's file is in dir, or with below also in a
 * directory under it: an isms (or a test) run from its build tree.
 * Linux tells through /proc/self/exe; elsewhere it is false. */
bool fs_self_in(const char *dir, bool below);

#endif
