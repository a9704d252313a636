/*
 * buf.h - a growable NUL-terminated string buffer.
 *
 * Embedded by its user: buf_init() before use, buf_done() to free, or
 * buf_take() to take ownership of the string.
 */
#ifndef ISMS_UTIL_BUF_H
#define ISMS_UTIL_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *data;   /* always NUL-terminated once anything is added */
	size_t len;
	size_t cap;
};

void buf_init(struct buf *b);
void buf_done(struct buf *b);
void buf_reset(struct buf *b);
void buf_add(struct buf *b, const char *s, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The contents, "" when empty; valid until the next change. */
const char *buf_str(const struct buf *b);
/* Hand the string to the caller (who frees it) and reset b. */
char *buf_take(struct buf *b);

#endif
