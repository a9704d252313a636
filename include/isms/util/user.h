/*
 * user.h - who is making a change, and which groups people are in.
 */
#ifndef ISMS_UTIL_USER_H
#define ISMS_UTIL_USER_H

#include <stdbool.h>
#include <sys/types.h>

#include "isms/util/status.h"

/* The OS login name of the effective user (from the password database,
 * else $USER / $LOGNAME, else "uid:N"). Static storage, never NULL. */
const char *user_login(void);

/* The group named name (or a number, "1234") into *gid; ISMS_NOT_FOUND
 * with "GROUP: no such group" otherwise. */
enum isms_status user_group_find(const char *name, gid_t *gid, char **cause);

/* True when this process may act as a member of gid: it is its effective
 * group or one of its supplementary groups. */
bool user_in_group(gid_t gid);

/* True when the user uid is a member of gid: it is the user's primary
 * group, or the group database lists the user's name. */
bool user_is_member(uid_t uid, gid_t gid);

/* True when every user the group database lists as a member of inner is
 * a member of outer too (false when it lists none). */
bool user_members_within(gid_t inner, gid_t outer);

/* The login name of uid, else its number; the group name of gid, else
 * its number.  Newly allocated. */
char *user_name_of(uid_t uid);
char *user_group_name(gid_t gid);

#endif
