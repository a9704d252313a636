/*
 * status.c - names and exit classes of enum isms_status, and the helper
 * that attaches a message to a failure.
 */
#include <stdarg.h>
#include <stdlib.h>

#include "isms/util/status.h"
#include "isms/util/xmalloc.h"

static const char *const status_text[] = {
#define ISMS_STATUS_TEXT(name, cls, msg) msg,
	ISMS_STATUS_LIST(ISMS_STATUS_TEXT)
#undef ISMS_STATUS_TEXT
};

static const int status_class[] = {
#define ISMS_STATUS_CLASS(name, cls, msg) cls,
	ISMS_STATUS_LIST(ISMS_STATUS_CLASS)
#undef ISMS_STATUS_CLASS
};

const char *
isms_status_str(enum isms_status st)
{
	if ((unsigned)st >= ISMS_STATUS_COUNT)
		return "unknown error";
	return status_text[st];
}

int
isms_status_exit(enum isms_status st)
{
	if ((unsigned)st >= ISMS_STATUS_COUNT)
		return 2;
	return status_class[st];
}

enum isms_status
status_fail(char **cause, enum isms_status st, const char *fmt, ...)
{
	va_list ap;

	if (cause == NULL)
		return st;
	free(*cause);
	va_start(ap, fmt);
	*cause = xvasprintf(fmt, ap);
	va_end(ap);
	return st;
}
