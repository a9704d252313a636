/*
 * status.h - the status codes every layer below the UI returns.
 *
 * Errors are values: a function that can fail returns enum isms_status and,
 * where detail helps, sets a heap-allocated message through a `char **cause`
 * out-parameter which the caller owns and frees.  Nothing below src/ui and
 * src/cli prints or exits.
 */
#ifndef ISMS_UTIL_STATUS_H
#define ISMS_UTIL_STATUS_H

/* X-macro: (NAME, exit class, short message). Exit class 1 is a negative
 * result, 2 a usage or data error. */
#define ISMS_STATUS_LIST(X) \
	X(OK,        0, "success") \
	X(NOT_FOUND, 2, "not found") \
	X(INVALID,   2, "invalid value") \
	X(CONFLICT,  1, "changed by someone else since it was read") \
	X(EXISTS,    2, "already exists") \
	X(USAGE,     2, "usage error") \
	X(NOT_ISMS,  2, "not an isms database") \
	X(NEWER,     2, "written by a newer version of isms") \
	X(CORRUPT,   2, "database file is corrupt") \
	X(ALTERED,   2, "database schema was altered outside isms") \
	X(READONLY,  2, "database is read-only") \
	X(BUSY,      2, "database is locked by another process") \
	X(DB,        2, "database error") \
	X(IO,        2, "input/output error") \
	X(CATALOG,   2, "catalog is invalid") \
	X(UNSAFE,    2, "database files others could tamper with") \
	X(NOMEM,     2, "out of memory") \
	X(INTERRUPTED, 2, "interrupted (a key was pressed)") \
	X(NEGATIVE,  1, "check failed")

enum isms_status {
#define ISMS_STATUS_ENUM(name, cls, msg) ISMS_##name,
	ISMS_STATUS_LIST(ISMS_STATUS_ENUM)
#undef ISMS_STATUS_ENUM
	ISMS_STATUS_COUNT
};

/* Static text describing st; never NULL. */
const char *isms_status_str(enum isms_status st);

/* The process exit code that st maps to: 0, 1 or 2. */
int isms_status_exit(enum isms_status st);

/* Set *cause (when cause is not NULL) to a newly allocated printf-style
 * message, freeing any previous one, and return st.  Lets error paths read
 * `return status_fail(cause, ISMS_INVALID, "%s: ...", id);`. */
enum isms_status status_fail(char **cause, enum isms_status st,
                             const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
