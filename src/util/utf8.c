/*
 * utf8.c - decoding, validation and terminal display width of UTF-8 text.
 *
 * Width is computed from built-in tables (East Asian Wide/Fullwidth ranges
 * and the common combining-mark blocks) rather than wcwidth(3), so layout
 * does not change with the C library's locale data and the table widget can
 * be unit-tested anywhere.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "isms/util/buf.h"
#include "isms/util/textrule.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

struct utf8_range {
	uint32_t lo, hi;
};

static const struct utf8_range utf8_zero[] = {
	{ 0x0300, 0x036F }, { 0x0483, 0x0489 }, { 0x0591, 0x05BD },
	{ 0x0610, 0x061A }, { 0x064B, 0x065F }, { 0x0670, 0x0670 },
	{ 0x06D6, 0x06DC }, { 0x0900, 0x0902 }, { 0x093C, 0x093C },
	{ 0x0941, 0x0948 }, { 0x094D, 0x094D }, { 0x0E31, 0x0E31 },
	{ 0x0E34, 0x0E3A }, { 0x0E47, 0x0E4E }, { 0x1AB0, 0x1AFF },
	{ 0x1DC0, 0x1DFF }, { 0x200B, 0x200F }, { 0x202A, 0x202E },
	{ 0x2060, 0x2064 }, { 0x20D0, 0x20FF }, { 0x302A, 0x302D },
	{ 0x3099, 0x309A }, { 0xFE00, 0xFE0F }, { 0xFE20, 0xFE2F },
	{ 0xFEFF, 0xFEFF }, { 0xE0100, 0xE01EF },
};

static const struct utf8_range utf8_wide[] = {
	{ 0x1100, 0x115F }, { 0x231A, 0x231B }, { 0x2329, 0x232A },
	{ 0x23E9, 0x23EC }, { 0x25FD, 0x25FE }, { 0x2614, 0x2615 },
	{ 0x2E80, 0x303E }, { 0x3041, 0x33FF }, { 0x3400, 0x4DBF },
	{ 0x4E00, 0x9FFF }, { 0xA000, 0xA4CF }, { 0xA960, 0xA97F },
	{ 0xAC00, 0xD7A3 }, { 0xF900, 0xFAFF }, { 0xFE10, 0xFE19 },
	{ 0xFE30, 0xFE6F }, { 0xFF00, 0xFF60 }, { 0xFFE0, 0xFFE6 },
	{ 0x1F300, 0x1F64F }, { 0x1F900, 0x1F9FF }, { 0x20000, 0x2FFFD },
	{ 0x30000, 0x3FFFD },
};

static bool
utf8_in(const struct utf8_range *r, size_t n, uint32_t c)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (c < r[mid].lo)
			hi = mid;
		else if (c > r[mid].hi)
			lo = mid + 1;
		else
			return true;
	}
	return false;
}

static size_t
utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	uint32_t c;
	size_t len;

	if (n == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		len = 2;
		c = s[0] & 0x1F;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		len = 3;
		c = s[0] & 0x0F;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		len = 4;
		c = s[0] & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

size_t
utf8_next(const char *s, size_t n, uint32_t *cp)
{
	return utf8_decode((const unsigned char *)s, n, cp);
}

bool
utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t c;

	while (len > 0) {
		size_t n = utf8_decode(p, len, &c);

		if (n == 0)
			return false;
		p += n;
		len -= n;
	}
	return true;
}

/* Width of one decoded character as displayed: escaped when refused (the
 * widths of the forms utf8_escape() writes). */
static size_t
utf8_char_width(uint32_t c)
{
	if (c == '\n' || c == '\t' || c == 0x1B)
		return 2;                       /* \n \t \e */
	if (c < 0x20 || c == 0x7F)
		return 4;                       /* \xHH */
	if (c < 0x7F)
		return 1;                       /* printable ASCII */
	if (textrule_refused(c))
		return c > 0xFFFF ? 9 : 8;      /* <U+XXXX> */
	if (utf8_in(utf8_zero, sizeof utf8_zero / sizeof *utf8_zero, c))
		return 0;
	if (utf8_in(utf8_wide, sizeof utf8_wide / sizeof *utf8_wide, c))
		return 2;
	return 1;
}

size_t
utf8_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), w = 0;
	uint32_t c;

	while (len > 0) {
		size_t n = utf8_decode(p, len, &c);

		if (n == 0) {
			w += 1;                 /* U+FFFD */
			n = 1;
		} else {
			w += utf8_char_width(c);
		}
		p += n;
		len -= n;
	}
	return w;
}

char *
utf8_truncate(const char *s, size_t cols, bool ascii_only)
{
	const char *ell = ascii_only ? "~" : "\xE2\x80\xA6";
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), w = 0, cut = 0;
	uint32_t c;

	if (utf8_width(s) <= cols)
		return xstrdup(s);
	if (cols == 0)
		return xstrdup("");
	/* Keep as many whole characters as fit in cols - 1, then the
	 * ellipsis; combining marks (width 0) follow their base. */
	while (cut < len) {
		size_t n = utf8_decode(p + cut, len - cut, &c);
		size_t cw = n == 0 ? 1 : utf8_char_width(c);

		if (n == 0)
			n = 1;
		if (w + cw > cols - 1)
			break;
		w += cw;
		cut += n;
	}
	return xasprintf("%.*s%s", (int)cut, s, ell);
}

/* The one escape of stored text for display; lines keeps LF and TAB. */
static char *
utf8_show(const char *s, bool lines)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s);
	struct buf b;
	uint32_t c;

	buf_init(&b);
	while (len > 0) {
		size_t n = utf8_decode(p, len, &c);

		if (n == 0) {
			buf_adds(&b, "\xEF\xBF\xBD");     /* U+FFFD */
			n = 1;
		} else if ((c == '\n' || c == '\t') && lines) {
			buf_addc(&b, (char)c);
		} else if (c == '\n') {
			buf_adds(&b, "\\n");
		} else if (c == '\t') {
			buf_adds(&b, "\\t");
		} else if (c == 0x1B) {
			buf_adds(&b, "\\e");
		} else if (c < 0x20 || c == 0x7F) {
			buf_printf(&b, "\\x%02X", (unsigned)c);
		} else if (textrule_refused(c)) {
			buf_printf(&b, "<U+%04X>", (unsigned)c);
		} else {
			buf_add(&b, (const char *)p, n);
		}
		p += n;
		len -= n;
	}
	return buf_take(&b);
}

char *
utf8_escape(const char *s)
{
	return utf8_show(s, false);
}

char *
utf8_escape_lines(const char *s)
{
	return utf8_show(s, true);
}

bool
utf8_needs_escape(const char *s, bool lines)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s);
	uint32_t c;

	while (len > 0) {
		size_t n = utf8_decode(p, len, &c);

		if (n == 0 || (textrule_refused(c)) ||
		    (!lines && (c == '\n' || c == '\t')))
			return true;
		p += n;
		len -= n;
	}
	return false;
}

/* Latin Extended-A pairs a capital with the small letter after it, from
 * an even code point in two runs and from an odd one in two others. */
static uint32_t
utf8_lower_latin_a(uint32_t c)
{
	if ((c <= 0x137 || (c >= 0x14A && c <= 0x177)) && c % 2 == 0)
		return c + 1;
	if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) &&
	    c % 2 == 1)
		return c + 1;
	return c == 0x178 ? 0xFF : c;
}

uint32_t
utf8_lower(uint32_t c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7))
		return c + 0x20;
	if (c >= 0x100 && c <= 0x17F)
		return utf8_lower_latin_a(c);
	if ((c >= 0x391 && c <= 0x3A9 && c != 0x3A2) ||
	    (c >= 0x410 && c <= 0x42F))
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40F)
		return c + 0x50;
	if (c == 0x386)
		return 0x3AC;
	if (c >= 0x388 && c <= 0x38A)
		return c + 0x25;
	if (c == 0x38C)
		return 0x3CC;
	if (c == 0x38E || c == 0x38F)
		return c + 0x3F;
	return c;
}

size_t
utf8_put(uint32_t c, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (c < 0x80) {
		o[0] = (unsigned char)c;
		return 1;
	}
	if (c < 0x800) {
		o[0] = (unsigned char)(0xC0 | (c >> 6));
		o[1] = (unsigned char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (c >> 12));
		o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (c & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (c >> 18));
	o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (c & 0x3F));
	return 4;
}
