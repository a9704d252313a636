/*
 * user.c - the login name recorded as updated_by and in history.
 */
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "isms/util/user.h"

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
