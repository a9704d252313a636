/*
 * user.h - who is making a change.
 */
#ifndef ISMS_UTIL_USER_H
#define ISMS_UTIL_USER_H

/* The OS login name of the effective user (from the password database,
 * else $USER / $LOGNAME, else "uid:N"). Static storage, never NULL. */
const char *user_login(void);

#endif
