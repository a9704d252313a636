/*
 * textrule.h - the one character rule of stored text, the same set both
 * ways: what the model refuses on input is exactly what every output path
 * shows escaped (utf8_escape(), utf8_escape_lines()).
 *
 * Refused: C0 controls (TAB and LF allowed in multi-line text only), DEL,
 * C1 controls, the bidirectional controls U+202A-U+202E, U+2066-U+2069,
 * U+200E, U+200F, U+061C, the separators U+2028 and U+2029, the invisible
 * U+200B, U+2060 and U+FEFF, the tag characters U+E0000-U+E007F, and
 * invalid UTF-8.  U+200C and U+200D (joiners that Persian, Indic scripts
 * and emoji need) are allowed.  Lengths count code points.
 */
#ifndef ISMS_UTIL_TEXTRULE_H
#define ISMS_UTIL_TEXTRULE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define TEXTRULE_LINE_MAX 500         /* one-line fields */
#define TEXTRULE_LINES_MAX 32000      /* multi-line fields */

enum textrule_kind { TEXTRULE_LINE, TEXTRULE_LINES };

/* What textrule_check() found wrong. */
struct textrule_fault {
	enum { TEXTRULE_OK, TEXTRULE_CHAR, TEXTRULE_BYTE, TEXTRULE_LONG } what;
	uint32_t cp;                  /* TEXTRULE_CHAR: the code point */
	unsigned char byte;           /* TEXTRULE_BYTE: the first bad byte */
	size_t offset;                /* byte offset of the character */
	size_t length, limit;         /* TEXTRULE_LONG: code points */
	enum textrule_kind kind;
};

/* True when code point c is refused everywhere and shown escaped (LF and
 * TAB are not: they are refused only in one-line text). */
bool textrule_refused(uint32_t c);

/* Check s (NUL-terminated) against the rule for kind; true when it holds,
 * otherwise false with the first problem in *f. */
bool textrule_check(const char *s, enum textrule_kind kind,
                    struct textrule_fault *f);

/* The name of a refused (or LF/TAB) code point, such as "right-to-left
 * override"; a static string, never NULL. */
const char *textrule_name(uint32_t c);

/* The problem as a sentence ("U+202E (right-to-left override) is not
 * allowed"); newly allocated. */
char *textrule_describe(const struct textrule_fault *f);

#endif
