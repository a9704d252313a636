/*
 * dbfile.h - which file a database path names, and how it may be opened.
 *
 * The rule: symbolic links in the directory part of a path are followed
 * (a $HOME reached through a link is common), but the database file itself
 * must not be one.  dbfile_resolve() turns a path into the absolute name
 * SQLite is given, so SQLITE_OPEN_NOFOLLOW still guards the last component
 * and the name never reads as a URI.  Messages name the path as given.
 * Used by db.c only; nothing here speaks SQL.
 */
#ifndef ISMS_DB_DBFILE_H
#define ISMS_DB_DBFILE_H

#include <stdbool.h>

#include "isms/util/fsperm.h"
#include "isms/util/status.h"

struct dbfile {
	char *given;          /* the path as the user gave it, for messages */
	char *dir;            /* its directory, resolved by realpath(3) */
	char *abs;            /* dir plus the last component of given */
};

/*
 * Resolve path into *f (release with dbfile_done(), also after a
 * failure).  With create the file must not exist (ISMS_EXISTS); without
 * it, it must (ISMS_NOT_FOUND).  A missing directory is ISMS_NOT_FOUND; a
 * directory part that is not a directory, a last component that is a
 * symbolic link, a directory or not a regular file are ISMS_IO.  Every
 * message starts with the path as given.
 */
enum isms_status dbfile_resolve(const char *path, bool create,
                                struct dbfile *f, char **cause);
void dbfile_done(struct dbfile *f);

/* Create f->abs (O_EXCL, O_NOFOLLOW) with mode 0600, or for a group
 * database 0660 with the group of its directory, whatever the umask. */
enum isms_status dbfile_create(const struct dbfile *f, bool group,
                               char **cause);

/*
 * Create a new empty file beside f->abs, named ".BASE.TAG-XXXXXX" in the
 * same directory (so it can be renamed onto f->abs), with the mode
 * dbfile_create() gives (for a group database with group), and register it and
 * its SQLite companions for removal should the process die first (cleanup.h).
 * *tmp is its absolute name: the caller frees it, and calls cleanup_drop() once
 * the file is renamed into place or removed.
 */
enum isms_status dbfile_create_temp(const struct dbfile *f, bool group,
                                    const char *tag, char **tmp,
                                    char **cause);

/*
 * ISMS_OK when f may be written where it lies; ISMS_READONLY saying why
 * when that is a network or FUSE file system (fstype.h), unless
 * dbfile_allow_network(true).  exists: whether f->abs exists (else the
 * directory it would be made in is looked at).
 */
enum isms_status dbfile_local(const struct dbfile *f, bool exists,
                              char **cause);

/* Allow writing on network file systems (--allow-network-fs). */
void dbfile_allow_network(bool allow);

/* For tests: the function that names the network file system a path lies
 * on (default fs_network_kind_of()); NULL restores the default. */
void dbfile_set_fs_kind(const char *(*fn)(const char *path));

/*
 * True when a read of f may go through a read-write connection that never
 * writes (query_only): this user may write f and its directory, and f is
 * on a local file system.  Closing the last such connection removes the
 * -wal and -shm files a read of a WAL database makes, which a read-only
 * connection cannot.
 */
bool dbfile_read_tidily(const struct dbfile *f);

/* ISMS_OK when this user may write f->abs and its directory (SQLite makes
 * its -wal and -shm files there); else ISMS_READONLY saying which not,
 * and, when why is not NULL, *why (newly allocated) a phrase such as "you
 * cannot write PATH" for a read-only mode. */
enum isms_status dbfile_writable(const struct dbfile *f, char **why,
                                 char **cause);

/* What lstat(2) says about f's directory, file, -wal, -shm and -journal
 * (and with up the directories above it) into *s, for fsperm.h's rules;
 * release with fsperm_set_done(). */
void dbfile_gather(const struct dbfile *f, bool up, struct fsperm_set *s);

/* ISMS_UNSAFE with fsperm_check()'s first refusal when f may not be
 * opened (also when it is about to be created); *group says whether f is
 * a group database (fsperm_is_group()). */
enum isms_status dbfile_screen(const struct dbfile *f, bool *group,
                               char **cause);

/* For the group database at abs (a resolved dbfile's abs): give a -wal
 * or -shm file this user made the database file's group and mode (as
 * SQLite means to).  Best effort; what cannot be mended db check reports. */
void dbfile_settle(const char *abs);

/*
 * True when a read-only connection to f can only be a snapshot: f is a
 * database in WAL mode, in a directory this user cannot write (or on a
 * disk with no room left), with no -wal or -shm file beside it, so SQLite
 * could not create the -shm file a WAL reader needs.  Opened immutable, such a
 * connection sees the file as it is and takes no locks; changes others make
 * afterwards are not seen.
 */
bool dbfile_needs_snapshot(const struct dbfile *f);

/* The "file:" URI of f->abs with immutable=1, every byte outside
 * [A-Za-z0-9-._~/] percent-encoded (so '?', '#' and '%' in names are
 * data, never URI syntax).  Newly allocated. */
char *dbfile_snapshot_uri(const struct dbfile *f);

#endif
