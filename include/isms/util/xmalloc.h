/*
 * xmalloc.h - allocation that cannot fail.
 *
 * Out of memory is handled in exactly one place: these wrappers print a
 * message and abort.  Every other error path in isms is a real one.  The
 * caller owns what they return and releases it with free().
 */
#ifndef ISMS_UTIL_XMALLOC_H
#define ISMS_UTIL_XMALLOC_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t nmemb, size_t size);
/* Resize p to nmemb * size bytes, checking the multiplication. */
void *xreallocarray(void *p, size_t nmemb, size_t size);
/* A copy of s; NULL when s is NULL. */
char *xstrdup(const char *s);
/* A copy of at most n bytes of s, always terminated. */
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

#endif
