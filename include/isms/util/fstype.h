/*
 * fstype.h - which file systems SQLite cannot keep a database safe on.
 *
 * SQLite's locks are POSIX advisory locks, and a WAL database shares an
 * mmapped -shm index between the processes that have it open.  On a
 * network or FUSE file system the same file can be reached from two lock
 * domains (two NFS clients, two mounts of one share, a FUSE daemon that
 * forwards elsewhere): the locks do not see each other, the -shm is not
 * shared, and concurrent writers corrupt the file (SQLite's "How To
 * Corrupt", section 2; "Use Over A Network").
 */
#ifndef ISMS_UTIL_FSTYPE_H
#define ISMS_UTIL_FSTYPE_H

/*
 * The name of the network, cluster or FUSE file system whose statfs(2)
 * f_type is type ("NFS", "CIFS/SMB", "FUSE", "9p", ...), or NULL for one
 * that is local to this machine.  Pure: a table of Linux magic numbers.
 */
const char *fs_network_kind(unsigned long type);

/*
 * fs_network_kind() of the file system holding path (which must exist),
 * through statfs(2); NULL for a local one, and when it cannot be told
 * (statfs failing is left to the open that follows).
 */
const char *fs_network_kind_of(const char *path);

#endif
