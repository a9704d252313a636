/*
 * text.h - aligned plain-text tables for terminals and pipes.
 *
 * Cells are escaped (stored text is untrusted: no control character or
 * escape sequence reaches the terminal) and aligned by display width, so
 * CJK and combining characters line up.  A struct text_table is embedded
 * by its user: text_table_init(), add rows, text_table_print(),
 * text_table_done().
 */
#ifndef ISMS_REPORT_TEXT_H
#define ISMS_REPORT_TEXT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

struct text_table {
	size_t n_cols;
	char **cells;                 /* owned, escaped; row-major */
	size_t n_rows;                /* including the header row */
	size_t cap_rows;
};

/* Start a table whose first row is the n column headers. */
void text_table_init(struct text_table *t, const char *const *headers,
                     size_t n);
void text_table_done(struct text_table *t);
/* Add a row of n_cols cells (NULL is empty). */
void text_table_add(struct text_table *t, const char *const *cells);
/* Print with two spaces between columns; the last column is not padded.
 * Returns 0, or -1 on a stream error. */
int text_table_print(const struct text_table *t, FILE *out);

/* Print "label: value" lines with the labels aligned; value escaped, and
 * continuation lines of multi-line values indented.  n pairs. */
int text_fields_print(FILE *out, const char *const *labels,
                      const char *const *values, size_t n);

/* printf(3) to out for output that mixes our words with stored or given
 * text (messages, paths, catalog fields): every line of the result is
 * escaped with utf8_escape(), the line breaks of fmt kept.  Returns 0, or
 * -1 on a stream error. */
int text_printf(FILE *out, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int text_vprintf(FILE *out, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));

/* One line of a message: printf(3) of fmt, all of it escaped with
 * utf8_escape() (a line break in a value shows as \n), then a newline.
 * Returns 0, or -1 on a stream error. */
int text_line(FILE *out, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int text_vline(FILE *out, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));

#endif
