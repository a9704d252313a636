/*
 * diag.h - a list of located problems ("FILE:LINE: message").
 *
 * Validators collect every problem they find instead of stopping at the
 * first one.  A struct diag_list is embedded by its user: diag_list_init()
 * before use, diag_list_done() to free the messages it owns.
 */
#ifndef ISMS_UTIL_DIAG_H
#define ISMS_UTIL_DIAG_H

#include <stddef.h>

struct diag {
	char *file;      /* owned copy */
	unsigned line;   /* 1-based; 0 when no line applies */
	char *message;   /* owned copy */
	size_t seq;       /* insertion order, keeps diag_sort stable */
};

struct diag_list {
	struct diag *items;
	size_t count;
	size_t cap;
};

void diag_list_init(struct diag_list *dl);
void diag_list_done(struct diag_list *dl);

/* Append a problem; file may be NULL. The strings are copied. */
void diag_add(struct diag_list *dl, const char *file, unsigned line,
              const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Sort by file, then line, keeping the order of equal lines. */
void diag_sort(struct diag_list *dl);

/* "FILE:LINE: message" for item i, newly allocated (caller frees). */
char *diag_format(const struct diag *d);

#endif
