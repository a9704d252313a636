/*
 * user.c - the login name recorded as updated_by and in history, and the
 * group lookups that decide who may share a group database.
 */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "isms/util/user.h"
#include "isms/util/xmalloc.h"

const char *
user_login(void)
{
	static char name[64];
	struct passwd *pw;
	const char *env;

	if (name[0] != '\0')
		return name;
	pw = getpwuid(geteuid());
	if (pw != NULL && pw->pw_name != NULL && pw->pw_name[0] != '\0')
		snprintf(name, sizeof name, "%s", pw->pw_name);
	else if ((env = getenv("USER")) != NULL && env[0] != '\0')
		snprintf(name, sizeof name, "%s", env);
	else if ((env = getenv("LOGNAME")) != NULL && env[0] != '\0')
		snprintf(name, sizeof name, "%s", env);
	else
		snprintf(name, sizeof name, "uid:%lu",
		    (unsigned long)geteuid());
	return name;
}

enum isms_status
user_group_find(const char *name, gid_t *gid, char **cause)
{
	struct group *gr = getgrnam(name);
	char *end;
	unsigned long n;

	if (gr != NULL) {
		*gid = gr->gr_gid;
		return ISMS_OK;
	}
	errno = 0;
	n = strtoul(name, &end, 10);
	if (name[0] >= '0' && name[0] <= '9' && *end == '\0' && errno == 0 &&
	    (gr = getgrgid((gid_t)n)) != NULL) {
		*gid = gr->gr_gid;
		return ISMS_OK;
	}
	return status_fail(cause, ISMS_NOT_FOUND, "%s: no such group", name);
}

bool
user_in_group(gid_t gid)
{
	gid_t *list;
	int n;
	bool found = false;

	if (getegid() == gid)
		return true;
	if ((n = getgroups(0, NULL)) <= 0)
		return false;
	list = xreallocarray(NULL, (size_t)n, sizeof *list);
	n = getgroups(n, list);
	for (int i = 0; i < n && !found; i++)
		found = list[i] == gid;
	free(list);
	return found;
}

bool
user_is_member(uid_t uid, gid_t gid)
{
	struct passwd *pw = getpwuid(uid);
	struct group *gr;
	char *name;
	bool found = false;

	if (pw == NULL)
		return false;
	if (pw->pw_gid == gid)
		return true;
	/* getgrgid() may reuse the storage getpwuid() returned */
	name = xstrdup(pw->pw_name);
	if ((gr = getgrgid(gid)) != NULL)
		for (char **m = gr->gr_mem; m != NULL && *m != NULL && !found;
		    m++)
			found = strcmp(*m, name) == 0;
	free(name);
	return found;
}

bool
user_members_within(gid_t inner, gid_t outer)
{
	struct group *gr = getgrgid(inner);
	char **names = NULL;
	size_t n = 0;
	bool all;

	/* copy: the lookups below may reuse getgrgid()'s storage */
	for (char **m = gr != NULL ? gr->gr_mem : NULL; m != NULL && *m != NULL;
	    m++) {
		names = xreallocarray(names, n + 1, sizeof *names);
		names[n++] = xstrdup(*m);
	}
	all = n > 0;
	for (size_t i = 0; i < n; i++) {
		struct passwd *pw = all ? getpwnam(names[i]) : NULL;

		all = pw != NULL && user_is_member(pw->pw_uid, outer);
		free(names[i]);
	}
	free(names);
	return all;
}

char *
user_name_of(uid_t uid)
{
	struct passwd *pw = getpwuid(uid);

	if (pw != NULL && pw->pw_name != NULL && pw->pw_name[0] != '\0')
		return xstrdup(pw->pw_name);
	return xasprintf("%lu", (unsigned long)uid);
}

char *
user_group_name(gid_t gid)
{
	struct group *gr = getgrgid(gid);

	if (gr != NULL && gr->gr_name != NULL && gr->gr_name[0] != '\0')
		return xstrdup(gr->gr_name);
	return xasprintf("%lu", (unsigned long)gid);
}
