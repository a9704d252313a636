/*
 * fsatomic.h - putting a finished file in place: flushed to disk, then
 * given its final name only if nobody has taken that name meanwhile.
 */
#ifndef ISMS_UTIL_FSATOMIC_H
#define ISMS_UTIL_FSATOMIC_H

/*
 * Rename from to to, failing with EEXIST when to exists (any type, a
 * dangling symbolic link too): renameat2(RENAME_NOREPLACE), or where the
 * file system lacks it link(2) and unlink(2), which refuse the same way.
 * Either way two processes racing for the name cannot overwrite each
 * other.  0, or -1 with errno.
 */
int fs_rename_noreplace(const char *from, const char *to);

/* fsync(2) the regular file at path (opened read-only, never followed
 * through a symbolic link).  0, or -1 with errno. */
int fs_sync_file(const char *path);

/* fsync(2) the directory dir, so that names made or renamed in it
 * survive a crash.  0, or -1 with errno. */
int fs_sync_dir(const char *dir);

#endif
