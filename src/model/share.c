/*
 * share.c - group databases: sharing an existing ISMS with a group,
 * migrating one on request, and what its files look like.
 */
#include <stdlib.h>
#include <unistd.h>

#include "isms/db/dbgroup.h"
#include "isms/db/schema.h"
#include "isms/model/share.h"
#include "isms/util/user.h"

enum isms_status
isms_group_resolve(const char *name, gid_t *gid, char **cause)
{
	enum isms_status rc = user_group_find(name, gid, cause);

	if (rc != ISMS_OK)
		return rc;
	if (geteuid() == 0 || user_in_group(*gid))
		return ISMS_OK;
	return status_fail(cause, ISMS_USAGE, "%s: you are not in this group "
	    "(see id(1)); an administrator adds you with 'usermod -aG %s %s', "
	    "then log in again", name, name, user_login());
}

/* Open path for writing and close it again. */
static enum isms_status
isms_touch(const char *path, char **cause)
{
	struct isms *m;
	enum isms_status rc = isms_open(path, false, &m, cause);

	isms_close(m);
	return rc;
}

enum isms_status
isms_share(const char *path, const char *group, char **cause)
{
	gid_t gid;
	enum isms_status rc = isms_group_resolve(group, &gid, cause);

	/* Migrated while still private; then no one waits for an upgrade. */
	if (rc == ISMS_OK)
		rc = isms_touch(path, cause);
	if (rc == ISMS_OK)
		rc = dbgroup_share(path, gid, cause);
	if (rc == ISMS_OK)
		rc = isms_touch(path, cause);
	return rc;
}

enum isms_status
isms_upgrade(const char *path, int64_t *from, int64_t *to, char **cause)
{
	enum isms_status rc = schema_upgrade(path, from, cause);

	*to = SCHEMA_VERSION;
	if (rc == ISMS_NOT_FOUND)
		return status_fail(cause, rc, "%s: no such database", path);
	return rc;
}

enum isms_status
isms_files(const struct isms *m, struct fsperm_set *s,
           struct fsperm_report *r, char **cause)
{
	return dbgroup_files(isms_path(m), s, r, cause);
}
