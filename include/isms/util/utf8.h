/*
 * utf8.h - UTF-8 decoding, display width and the one escape of stored text
 * for display, independent of curses.
 *
 * Widths come from built-in tables (CJK is 2 columns, combining marks 0);
 * the characters the text rule refuses (textrule.h) count as the width of
 * the escaped form utf8_escape() prints, an invalid byte as U+FFFD.
 */
#ifndef ISMS_UTIL_UTF8_H
#define ISMS_UTIL_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decode the character at s (n bytes available): its length in bytes, or 0
 * for an invalid or truncated sequence; *cp receives the code point. */
size_t utf8_next(const char *s, size_t n, uint32_t *cp);

/* The lower-case form of c for comparing names: ASCII, Latin-1, Latin
 * Extended-A, Greek and Cyrillic capitals map to their small letters,
 * every other code point to itself.  A fixed table, not the locale's, so
 * every user compares the same way. */
uint32_t utf8_lower(uint32_t c);

/* Append the UTF-8 encoding of c (at most 4 bytes) at out; its length. */
size_t utf8_put(uint32_t c, char *out);

/* True when s[0..len) is valid UTF-8 (no overlongs, no surrogates). */
bool utf8_valid(const char *s, size_t len);

/* Display width of s in terminal columns. */
size_t utf8_width(const char *s);

/*
 * Copy of s fitting in at most cols columns: cut at a character boundary
 * and, when cut, ended with "…" (or "~" when ascii_only).  Combining marks
 * stay with their base.  Caller frees.
 */
char *utf8_truncate(const char *s, size_t cols, bool ascii_only);

/*
 * Copy of s in which every character the text rule refuses is shown
 * visibly, so stored text never reaches a terminal or a document raw:
 * ESC as \e, LF as \n, TAB as \t, other C0 controls and DEL as \xHH,
 * the other refused characters (C1, bidi, invisible, separators, tags)
 * as <U+XXXX>, and each invalid byte as U+FFFD.  utf8_escape_lines()
 * keeps LF and TAB, for multi-line text.  Applying either to its own
 * output changes nothing.  Caller frees.
 */
char *utf8_escape(const char *s);
char *utf8_escape_lines(const char *s);

/* True when utf8_escape() (or, with lines, utf8_escape_lines()) would
 * change s. */
bool utf8_needs_escape(const char *s, bool lines);

#endif
