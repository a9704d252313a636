/*
 * fsperm.h - what a database's files may be, decided in one place from
 * what lstat(2) says about them: whether the database is a group
 * database, and whether it is safe to open at all.
 *
 * A group database lives in a directory of its own that is setgid and gives
 * its group read, write and search permission (mode 2770), so that the files
 * SQLite makes there (-wal, -shm) belong to that group whichever member makes
 * them.  Any database, group or not, is refused when someone outside its
 * owner and group could tamper with it: a directory or file that other users
 * may write (in such a directory anyone could plant a -wal file, which SQLite
 * reads as saved changes), or a -wal, -shm or -journal file that is not a
 * regular file or belongs to a user who is neither the database's owner nor
 * in its group (nor the user opening it).  Mode bits only: ACL entries are
 * not read.
 *
 * Pure: the db layer gathers the facts (dbfile.c); the messages name the
 * paths and say how to fix what they find.
 */
#ifndef ISMS_UTIL_FSPERM_H
#define ISMS_UTIL_FSPERM_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

/* The files of one database. */
enum fsperm_part {
	FSPERM_DIR,          /* the directory it is in */
	FSPERM_DB,           /* the database file */
	FSPERM_WAL,          /* FILE-wal */
	FSPERM_SHM,          /* FILE-shm */
	FSPERM_JOURNAL,      /* FILE-journal */
	FSPERM_PARTS
};

/* What lstat(2) said about one file. */
struct fsperm_node {
	char *path;          /* as messages name it; owned */
	bool exists;
	mode_t mode;         /* st_mode, file type bits included */
	uid_t uid;
	gid_t gid;
	char *owner;         /* login name of uid, else its number; owned */
	char *group;         /* name of gid, else its number; owned */
	bool trusted;        /* its owner is this user, the database file's
	                        owner or a member of the database file's
	                        group */
	bool group_inside;   /* (directories above) every member listed in
	                        the database directory's group is in this
	                        directory's group too */
};

struct fsperm_set {
	char *name;                            /* the database path as given */
	struct fsperm_node part[FSPERM_PARTS];
	struct fsperm_node *up;  /* directories above FSPERM_DIR, nearest
	                            first (only for reports; may be none) */
	size_t n_up;
};

/* Release what s owns and clear it; safe on a zeroed set. */
void fsperm_set_done(struct fsperm_set *s);

/* True when s is a group database: its directory is setgid and its group
 * may read, write and search it.  The only definition there is. */
bool fsperm_is_group(const struct fsperm_set *s);

enum fsperm_level {
	FSPERM_REFUSE,       /* not safe to open: refused, read or write */
	FSPERM_WARN,         /* does not fit a group database */
};

struct fsperm_problem {
	enum fsperm_level level;
	char *text;          /* "PATH: what is wrong; how to fix it" */
};

struct fsperm_report {
	struct fsperm_problem *items;
	size_t n;
};

/* Every problem of s into *r (release with fsperm_report_done()):
 * refusals first, then warnings in the order of the files.  A set with
 * no database file (one about to be created) is refused any -wal, -shm
 * or -journal file it has. */
void fsperm_check(const struct fsperm_set *s, struct fsperm_report *r);

/* The first refusal of r, or NULL when r refuses nothing. */
const char *fsperm_refusal(const struct fsperm_report *r);

void fsperm_report_done(struct fsperm_report *r);

/* The permission bits of mode as four octal digits ("2770"). */
void fsperm_mode_str(mode_t mode, char out[8]);

#endif
