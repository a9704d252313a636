/*
 * dbgroup.h - making group databases on disk: the dedicated directory of
 * `isms init --group`, the modes `isms db share` sets, and the files
 * `isms db check` reports.  What a group database is, and what is
 * refused, is fsperm.h's; this only changes owners and modes, always at a
 * user's request (isms never loosens a mode by itself).  Nothing here
 * speaks SQL.
 */
#ifndef ISMS_DB_DBGROUP_H
#define ISMS_DB_DBGROUP_H

#include <stdbool.h>
#include <sys/types.h>

#include "isms/util/fsperm.h"
#include "isms/util/status.h"

/*
 * Make the directory of path a group directory of gid for a new database:
 * it must be missing (then its parent must exist, and it is created) or
 * empty.  This user's directory is given to gid with mode 2770; one of
 * someone else's must be that already.  *made says whether it was
 * created, so that a failed init can remove it.  ISMS_EXISTS for a
 * directory that holds other files, ISMS_NOT_FOUND for a missing parent,
 * ISMS_IO otherwise; every message says how to go on.
 */
enum isms_status dbgroup_make_dir(const char *path, gid_t gid, bool *made,
                                  char **cause);

/*
 * Give the existing database at path to group gid: its directory, which
 * must hold nothing but the database and its -wal, -shm and -journal
 * files, becomes 2770 and setgid, the files 0660, all of group gid.  Only
 * the owner of the file may do this (ISMS_USAGE otherwise).
 */
enum isms_status dbgroup_share(const char *path, gid_t gid, char **cause);

/* The files of the database at path, with the directories above it,
 * into *s (fsperm_set_done() releases it) and fsperm_check()'s report
 * into *r (fsperm_report_done()). */
enum isms_status dbgroup_files(const char *path, struct fsperm_set *s,
                               struct fsperm_report *r, char **cause);

#endif
