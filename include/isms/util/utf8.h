/*
 * utf8.h - UTF-8 validation and display width, independent of curses.
 *
 * Widths follow wcwidth(3) in the current locale for valid UTF-8 (CJK is 2
 * columns, combining marks 0); control characters and invalid bytes count
 * as the width of the escaped form that utf8_escape() would print.
 */
#ifndef ISMS_UTIL_UTF8_H
#define ISMS_UTIL_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* True when s[0..len) is valid UTF-8 (no overlongs, no surrogates). */
bool utf8_valid(const char *s, size_t len);

/* True when s contains a C0 control (other than none), DEL or a C1
 * control (U+0080..U+009F). */
bool utf8_has_control(const char *s);

/* Display width of s in terminal columns. */
size_t utf8_width(const char *s);

/*
 * Copy of s fitting in at most cols columns: cut at a character boundary
 * and, when cut, ended with "…" (or "~" when ascii_only).  Combining marks
 * stay with their base.  Caller frees.
 */
char *utf8_truncate(const char *s, size_t cols, bool ascii_only);

/* Copy of s with control characters and invalid bytes shown as \n, \t,
 * \e, \xHH, so stored text never reaches a terminal raw.  Caller frees. */
char *utf8_escape(const char *s);

#endif
