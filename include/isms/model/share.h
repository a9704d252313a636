/*
 * share.h - group databases: several logins of one Unix group on one
 * file.  `isms init --group` (create.h) makes a new one, isms_share() an
 * existing file into one, isms_upgrade() migrates one (a group database
 * is never migrated just by opening it), isms_files() reports what its
 * files are for db check.  What makes a group database, and what is
 * refused, is decided in fsperm.h.
 */
#ifndef ISMS_MODEL_SHARE_H
#define ISMS_MODEL_SHARE_H

#include <stdint.h>
#include <sys/types.h>

#include "isms/model/isms.h"
#include "isms/util/fsperm.h"
#include "isms/util/status.h"

/* The group named name (or numbered) into *gid, when this user may give
 * files to it (is a member, or root); ISMS_NOT_FOUND or ISMS_USAGE with a
 * message saying how to become one otherwise. */
enum isms_status isms_group_resolve(const char *name, gid_t *gid,
                                    char **cause);

/*
 * Make the existing ISMS at path, which this user owns, a group database
 * of group: migrated to the current schema first (as any write would),
 * then its directory (holding nothing else) 2770 and setgid, the file and
 * its -wal and -shm 0660, all of that group, and opened once so that the
 * -wal and -shm files are there for readers.
 */
enum isms_status isms_share(const char *path, const char *group,
                            char **cause);

/* Migrate the ISMS at path to the current schema, also a group database
 * (after a backup, by a member); *from and *to are the versions before
 * and after (equal when it was current).  A newer file is ISMS_NEWER. */
enum isms_status isms_upgrade(const char *path, int64_t *from, int64_t *to,
                              char **cause);

/* The files of m with the directories above and what fsperm_check() says
 * about them (release with fsperm_set_done() and fsperm_report_done()). */
enum isms_status isms_files(const struct isms *m, struct fsperm_set *s,
                            struct fsperm_report *r, char **cause);

#endif
