/*
 * textrule.c - the character rule of stored text: which code points are
 * refused on input (and escaped on output), their names for messages, and
 * the length limits.  See textrule.h for the set.
 */
#include <stdio.h>
#include <string.h>

#include "isms/util/textrule.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

/* Named refused characters (and LF, TAB for one-line messages). */
static const struct {
	uint32_t cp;
	const char *name;
} textrule_names[] = {
	{ 0x00, "null" }, { 0x07, "bell" }, { 0x08, "backspace" },
	{ 0x09, "tab" }, { 0x0A, "line feed" }, { 0x0B, "vertical tab" },
	{ 0x0C, "form feed" }, { 0x0D, "carriage return" },
	{ 0x1B, "escape" }, { 0x7F, "delete" }, { 0x85, "next line" },
	{ 0x90, "device control string" },
	{ 0x9B, "control sequence introducer" },
	{ 0x9D, "operating system command" },
	{ 0x061C, "arabic letter mark" }, { 0x200B, "zero width space" },
	{ 0x200E, "left-to-right mark" }, { 0x200F, "right-to-left mark" },
	{ 0x2028, "line separator" }, { 0x2029, "paragraph separator" },
	{ 0x202A, "left-to-right embedding" },
	{ 0x202B, "right-to-left embedding" },
	{ 0x202C, "pop directional formatting" },
	{ 0x202D, "left-to-right override" },
	{ 0x202E, "right-to-left override" }, { 0x2060, "word joiner" },
	{ 0x2066, "left-to-right isolate" },
	{ 0x2067, "right-to-left isolate" },
	{ 0x2068, "first strong isolate" },
	{ 0x2069, "pop directional isolate" },
	{ 0xFEFF, "zero width no-break space" },
};

bool
textrule_refused(uint32_t c)
{
	if (c == '\n' || c == '\t')
		return false;
	return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) ||
	    c == 0x061C || c == 0x200B || c == 0x200E || c == 0x200F ||
	    (c >= 0x2028 && c <= 0x202E) || c == 0x2060 ||
	    (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF ||
	    (c >= 0xE0000 && c <= 0xE007F);
}

const char *
textrule_name(uint32_t c)
{
	for (size_t i = 0; i < sizeof textrule_names / sizeof *textrule_names;
	    i++)
		if (textrule_names[i].cp == c)
			return textrule_names[i].name;
	if (c < 0x20)
		return "control character";
	if (c >= 0x80 && c <= 0x9F)
		return "C1 control character";
	if (c >= 0xE0000 && c <= 0xE007F)
		return "tag character";
	return "character";
}

/* Whether c may appear in text of the given kind. */
static bool
textrule_allowed(uint32_t c, enum textrule_kind kind)
{
	if (c == '\n' || c == '\t')
		return kind == TEXTRULE_LINES;
	return !textrule_refused(c);
}

bool
textrule_check(const char *s, enum textrule_kind kind,
               struct textrule_fault *f)
{
	size_t len = strlen(s), off = 0, count = 0;
	size_t limit = kind == TEXTRULE_LINE ? TEXTRULE_LINE_MAX :
	    TEXTRULE_LINES_MAX;

	memset(f, 0, sizeof *f);
	f->kind = kind;
	while (off < len) {
		uint32_t c;
		size_t n = utf8_next(s + off, len - off, &c);

		f->offset = off;
		if (n == 0) {
			f->what = TEXTRULE_BYTE;
			f->byte = (unsigned char)s[off];
			return false;
		}
		if (!textrule_allowed(c, kind)) {
			f->what = TEXTRULE_CHAR;
			f->cp = c;
			return false;
		}
		off += n;
		count++;
	}
	if (count > limit) {
		f->what = TEXTRULE_LONG;
		f->length = count;
		f->limit = limit;
		return false;
	}
	f->what = TEXTRULE_OK;
	return true;
}

char *
textrule_describe(const struct textrule_fault *f)
{
	const char *where = f->kind == TEXTRULE_LINE ? "a one-line field" :
	    "a multi-line field";

	switch (f->what) {
	case TEXTRULE_CHAR:
		if (f->cp == '\n' || f->cp == '\t')
			return xasprintf("U+%04X (%s) is not allowed in %s",
			    (unsigned)f->cp, textrule_name(f->cp), where);
		return xasprintf("U+%04X (%s) is not allowed", (unsigned)f->cp,
		    textrule_name(f->cp));
	case TEXTRULE_BYTE:
		return xasprintf("invalid UTF-8 (byte 0x%02X at byte %zu) is "
		    "not allowed", f->byte, f->offset + 1);
	case TEXTRULE_LONG:
		return xasprintf("%zu characters is too long: %s holds at most "
		    "%zu", f->length, where, f->limit);
	default:
		return xstrdup("the text is allowed");
	}
}
