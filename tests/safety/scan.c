/*
 * scan.c - the byte-level judge of tests/safety/payload.sh: is an output of
 * isms safe to send to a terminal or hand over as a document?
 *
 *   scan [--text | --tui | --markup | --xlsx] FILE...
 *       Decode each FILE as UTF-8 and print one line "FILE:OFFSET: WHAT"
 *       for every byte or character that must not reach a terminal or a
 *       document raw (at most 20 a file, then a count).  Exit 0 when none
 *       was found, 1 otherwise, 2 on a usage or read error.
 *
 *       Always flagged: invalid UTF-8 (overlongs, surrogates, truncated
 *       sequences, bytes that never occur); DEL; the C1 controls
 *       U+0080-U+009F; the bidirectional controls U+202A-U+202E,
 *       U+2066-U+2069, U+200E, U+200F and U+061C; the separators U+2028
 *       and U+2029; the zero-width U+200B, U+2060 and U+FEFF; the tag
 *       characters U+E0000-U+E007F.
 *
 *       --text (the default: command output, messages, csv, screen
 *       dumps): every C0 control but TAB, LF and a CR that ends a line
 *       (CR LF), so also every ESC.
 *
 *       --tui: the raw byte stream a curses program wrote to its terminal.
 *       ESC may start a CSI sequence or a short escape (charset, keypad,
 *       save/restore cursor), as curses does, but not an OSC (ESC ]),
 *       DCS (ESC P), APC (ESC _), PM (ESC ^), SOS (ESC X), a reset
 *       (ESC c) or nothing (a lone ESC); a CSI may not be a device status
 *       or attribute request (final byte n or c), which make the terminal
 *       answer on the program's input; and no escape but curses' own
 *       (ESC [ cursor and attribute sequences, ESC ( character set, as it
 *       updates only the cells that changed) may follow a payload marker
 *       "PWNnn" directly: anything else there is stored text sent raw.  BS,
 *       TAB, LF and CR move the cursor and are allowed; every other C0 control
 *       (BEL: a beep) is flagged.
 *
 *       --markup (html, Markdown): plain text, and numeric character
 *       references (&#27; &#x202E;) are decoded and judged like the
 *       characters they stand for, since a browser or a forge renders them.
 *
 *       --xlsx (the XML parts of a workbook): --markup, and the OOXML
 *       escapes _xHHHH_ too; and no <t> text (a cell's string) may be
 *       longer than the 32,767 characters a spreadsheet cell holds.
 *
 *   scan --xml FILE...
 *       A minimal well-formedness check, for machines without xmllint:
 *       one prolog, tags that nest and close, quoted attributes, entity
 *       and character references that exist, and only characters XML 1.0
 *       allows.  Exit 0 when every FILE is well-formed.
 *
 *   scan --contains FILE STRING
 *       Exit 0 when the bytes of STRING occur in FILE, 1 when not.  A LF
 *       in STRING also matches a LF followed by spaces, as a field of
 *       `isms ... show` continues on an indented line.
 *
 *   scan --count FILE STRING
 *       Print how often STRING occurs in FILE, matched the same way.
 *
 *   scan --escape line|doc FILE
 *       Print FILE as the escaping rules of payload.sh say it must be
 *       shown, one-line (LF as \n, TAB as \t) or multi-line (LF and TAB
 *       kept): ESC as \e, other C0 and DEL as \xHH, C1, bidi, zero-width,
 *       separator and tag characters as <U+XXXX>, each invalid byte as
 *       U+FFFD.  The test's own reference, to check its expectations and
 *       that a correct rendering passes the other modes.
 *
 * No dependency beyond libc: it runs on a bare CI machine.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCAN_SHOW 20            /* problems printed per file */
#define XLSX_CELL_MAX 32767     /* characters in a spreadsheet cell */

enum mode { MODE_TEXT, MODE_TUI, MODE_MARKUP, MODE_XLSX };

struct scan {
	const char *name;
	const unsigned char *p;
	size_t len;
	enum mode mode;
	unsigned long found;
};

enum shown { SHOW_NONE, SHOW_BYTE, SHOW_CODE_POINT };

/* Report WHAT at offset OFF, followed by v as a byte or a code point. */
static void
problem(struct scan *s, size_t off, const char *what, enum shown how,
        unsigned long v)
{
	s->found++;
	if (s->found > SCAN_SHOW)
		return;
	printf("%s:%zu: %s", s->name, off, what);
	if (how == SHOW_BYTE)
		printf(" 0x%02lX", v);
	else if (how == SHOW_CODE_POINT)
		printf(v > 0xFFFF ? " U+%05lX" : " U+%04lX", v);
	putchar('\n');
}

/*
 * Decode one UTF-8 character at p[0..len): its length, or 0 when the
 * bytes are not valid UTF-8 (then *c is the first byte).
 */
static size_t
decode(const unsigned char *p, size_t len, uint32_t *c)
{
	uint32_t v;
	size_t n, i;

	*c = p[0];
	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xC2 && p[0] <= 0xDF) {
		n = 2;
		v = p[0] & 0x1F;
	} else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
		n = 3;
		v = p[0] & 0x0F;
	} else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		n = 4;
		v = p[0] & 0x07;
	} else {
		return 0;               /* continuation, C0/C1 lead, F5-FF */
	}
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		v = v << 6 | (p[i] & 0x3F);
	}
	if ((n == 3 && v < 0x800) || (n == 4 && v < 0x10000) ||
	    v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;               /* overlong, too big, surrogate */
	*c = v;
	return n;
}

/* What is wrong with code point c anywhere, or NULL. */
static const char *
bad_code_point(uint32_t c)
{
	if (c == 0x7F)
		return "DEL";
	if (c >= 0x80 && c <= 0x9F)
		return "C1 control";
	if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
	    c == 0x200E || c == 0x200F || c == 0x061C)
		return "bidirectional control";
	if (c == 0x2028 || c == 0x2029)
		return "line or paragraph separator";
	if (c == 0x200B || c == 0x2060 || c == 0xFEFF)
		return "zero-width character";
	if (c >= 0xE0000 && c <= 0xE007F)
		return "tag character";
	return NULL;
}

/* A code point that a character reference or an _xHHHH_ escape stands
 * for: judged like the character, and any C0 control but TAB and LF
 * counts (a document has no reason to encode one). */
static void
judge_reference(struct scan *s, size_t off, uint32_t c, bool ooxml)
{
	const char *why = bad_code_point(c);
	char msg[128];

	if (c < 0x20 && c != '\t' && c != '\n')
		why = c == 0x1B ? "ESC" : "C0 control";
	if (why == NULL)
		return;
	snprintf(msg, sizeof msg, "%s standing for: %s",
	    ooxml ? "an _xHHHH_ escape" : "a character reference", why);
	problem(s, off, msg, SHOW_CODE_POINT, c);
}

static int
hexval(int ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

/* &#NNN; or &#xHH; at p[i]: its length and code point, or 0. */
static size_t
char_reference(const unsigned char *p, size_t len, size_t i, uint32_t *c)
{
	size_t j = i + 2, start;
	bool hex;
	uint64_t v = 0;

	if (i + 3 >= len || p[i] != '&' || p[i + 1] != '#')
		return 0;
	hex = p[j] == 'x' || p[j] == 'X';
	if (hex)
		j++;
	for (start = j; j < len && j - start < 10; j++) {
		int d = hex ? hexval(p[j]) : (p[j] >= '0' && p[j] <= '9' ?
		    p[j] - '0' : -1);

		if (d < 0)
			break;
		v = v * (hex ? 16 : 10) + (uint64_t)d;
	}
	if (j == start || j >= len || p[j] != ';' || v > 0x10FFFF)
		return 0;
	*c = (uint32_t)v;
	return j + 1 - i;
}

/* _xHHHH_ at p[i] (the OOXML escape of a character): its code point. */
static bool
ooxml_escape(const unsigned char *p, size_t len, size_t i, uint32_t *c)
{
	uint32_t v = 0;

	if (i + 7 > len || p[i] != '_' || p[i + 1] != 'x' || p[i + 6] != '_')
		return false;
	for (size_t k = 2; k < 6; k++) {
		int d = hexval(p[i + k]);

		if (d < 0)
			return false;
		v = v << 4 | (uint32_t)d;
	}
	*c = v;
	return true;
}

/* An escape sequence at p[i] == ESC in a TUI stream: judge it. */
static void
judge_tui_escape(struct scan *s, size_t i)
{
	const unsigned char *p = s->p;
	size_t len = s->len, j;

	/* Stored text sent raw: an escape right after "PWNnn" that is not
	 * one of curses' own (it moves the cursor, sets attributes and the
	 * character set between cells it updates: ESC [ and ESC ( ), or that
	 * is one of the payloads' CSIs, which curses never sends there. */
	if (i >= 5 && memcmp(p + i - 5, "PWN", 3) == 0 &&
	    p[i - 2] >= '0' && p[i - 2] <= '9' &&
	    p[i - 1] >= '0' && p[i - 1] <= '9' &&
	    (i + 1 >= len || (p[i + 1] != '[' && p[i + 1] != '(') ||
	    (len - i >= 4 && memcmp(p + i + 1, "[2J", 3) == 0) ||
	    (len - i >= 9 && memcmp(p + i + 1, "[1;5;31m", 8) == 0))) {
		problem(s, i, "ESC straight after a payload marker (stored "
		    "text sent raw)", SHOW_NONE, 0);
		return;
	}
	if (i + 1 >= len) {
		problem(s, i, "lone ESC at the end", SHOW_NONE, 0);
		return;
	}
	switch (p[i + 1]) {
	case ']':
		problem(s, i, "OSC (ESC ]): title, hyperlink, clipboard or "
		    "palette", SHOW_NONE, 0);
		return;
	case 'P':
		problem(s, i, "DCS (ESC P)", SHOW_NONE, 0);
		return;
	case '_':
		problem(s, i, "APC (ESC _)", SHOW_NONE, 0);
		return;
	case '^':
		problem(s, i, "PM (ESC ^)", SHOW_NONE, 0);
		return;
	case 'X':
		problem(s, i, "SOS (ESC X)", SHOW_NONE, 0);
		return;
	case 'c':
		problem(s, i, "terminal reset (ESC c)", SHOW_NONE, 0);
		return;
	case '[':
		break;
	default:
		if (p[i + 1] < 0x21 || p[i + 1] > 0x7E)
			problem(s, i, "lone ESC, followed by", SHOW_BYTE,
			    p[i + 1]);
		return;
	}
	/* CSI: parameters 0x30-0x3F, intermediates 0x20-0x2F, final. */
	for (j = i + 2; j < len && p[j] >= 0x30 && p[j] <= 0x3F; j++)
		;
	for (; j < len && p[j] >= 0x20 && p[j] <= 0x2F; j++)
		;
	if (j >= len || p[j] < 0x40 || p[j] > 0x7E)
		problem(s, i, "unterminated CSI", SHOW_NONE, 0);
	else if (p[j] == 'n')
		problem(s, i, "device status report request (CSI ... n)",
		    SHOW_NONE, 0);
	else if (p[j] == 'c')
		problem(s, i, "device attributes request (CSI ... c)",
		    SHOW_NONE, 0);
}

/* A <t> or <t ...> (a string of a workbook part) opening at p[i]:
 * where its text starts. */
static bool
t_open(const unsigned char *p, size_t len, size_t i, size_t *after)
{
	size_t j;

	if (i + 2 >= len || p[i] != '<' || p[i + 1] != 't' ||
	    (p[i + 2] != '>' && p[i + 2] != ' '))
		return false;
	for (j = i + 2; j < len && p[j] != '>'; j++)
		;
	if (j >= len || p[j - 1] == '/')
		return false;           /* <t/> holds nothing */
	*after = j + 1;
	return true;
}

/* The length of a named entity (&lt; &gt; &amp; &quot; &apos;) at p[i],
 * or 0. */
static size_t
named_entity(const unsigned char *p, size_t len, size_t i)
{
	static const char *const names[] = {
		"&lt;", "&gt;", "&amp;", "&quot;", "&apos;"
	};

	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		size_t n = strlen(names[k]);

		if (len - i >= n && memcmp(p + i, names[k], n) == 0)
			return n;
	}
	return 0;
}

static unsigned long
scan_buffer(struct scan *s)
{
	const unsigned char *p = s->p;
	size_t len = s->len, i = 0, t_start = 0, after;
	unsigned long t_chars = 0;
	bool markup = s->mode == MODE_MARKUP || s->mode == MODE_XLSX;
	bool in_t = false;

	while (i < len) {
		uint32_t c;
		size_t n;
		const char *why;

		if (s->mode == MODE_XLSX) {
			if (!in_t && t_open(p, len, i, &after)) {
				in_t = true;
				t_start = after;
				t_chars = 0;
				i = after;
				continue;
			}
			if (in_t && p[i] == '<') {
				char msg[96];

				in_t = false;
				snprintf(msg, sizeof msg,
				    "a cell string of %lu characters, over the "
				    "32,767 a cell holds", t_chars);
				if (t_chars > XLSX_CELL_MAX)
					problem(s, t_start, msg, SHOW_NONE, 0);
			} else if (in_t) {
				size_t e = named_entity(p, len, i);

				t_chars++;      /* one per character or
						   reference */
				if (e > 0) {    /* &lt; and the like: one */
					i += e;
					continue;
				}
			}
		}
		if (markup && (n = char_reference(p, len, i, &c)) > 0) {
			judge_reference(s, i, c, false);
			i += n;
			continue;
		}
		if (s->mode == MODE_XLSX && ooxml_escape(p, len, i, &c)) {
			judge_reference(s, i, c, true);
			i += 7;
			continue;
		}
		if ((n = decode(p + i, len - i, &c)) == 0) {
			problem(s, i, "invalid UTF-8, byte", SHOW_BYTE, p[i]);
			i++;
			continue;
		}
		if (c == 0x1B) {
			if (s->mode == MODE_TUI)
				judge_tui_escape(s, i);
			else
				problem(s, i, "ESC", SHOW_NONE, 0);
		} else if (c == '\r') {
			if (s->mode != MODE_TUI && (i + 1 >= len ||
			    p[i + 1] != '\n'))
				problem(s, i, "CR not followed by LF",
				    SHOW_NONE, 0);
		} else if (c == '\t' || c == '\n') {
			/* fine everywhere */
		} else if (c == 0x08 && s->mode == MODE_TUI) {
			/* curses moving the cursor left */
		} else if (c < 0x20) {
			problem(s, i, c == 0x07 ? "BEL" : c == 0x08 ? "BS" :
			    "C0 control", SHOW_BYTE, c);
		} else if ((why = bad_code_point(c)) != NULL) {
			problem(s, i, why, SHOW_CODE_POINT, c);
		}
		i += n;
	}
	return s->found;
}

static unsigned char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t cap = 0, n = 0, got;

	if (f == NULL) {
		perror(path);
		return NULL;
	}
	do {
		if (n == cap) {
			unsigned char *nb;

			cap = cap ? cap * 2 : 65536;
			nb = realloc(buf, cap + 1);
			if (nb == NULL) {
				free(buf);
				fclose(f);
				fputs("scan: out of memory\n", stderr);
				return NULL;
			}
			buf = nb;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
	} while (got > 0);
	if (ferror(f)) {
		perror(path);
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* ---- a minimal XML well-formedness check ---- */

struct xml {
	const char *name;
	const unsigned char *p;
	size_t len, i;
	const char *err;
	size_t err_at;
};

static bool
xml_fail(struct xml *x, const char *why)
{
	if (x->err == NULL) {
		x->err = why;
		x->err_at = x->i;
	}
	return false;
}

static bool
xml_name_char(unsigned char ch, bool first)
{
	if (ch >= 0x80 || ch == '_' || ch == ':' ||
	    (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'))
		return true;
	return !first && ((ch >= '0' && ch <= '9') || ch == '-' || ch == '.');
}

static bool
xml_space(unsigned char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

/* A character XML 1.0 allows, at x->i; advances past it. */
static bool
xml_char(struct xml *x)
{
	uint32_t c;
	size_t n = decode(x->p + x->i, x->len - x->i, &c);

	if (n == 0)
		return xml_fail(x, "invalid UTF-8");
	if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
	    c == 0xFFFE || c == 0xFFFF)
		return xml_fail(x, "a character XML 1.0 does not allow");
	x->i += n;
	return true;
}

/* A reference at x->i == '&'. */
static bool
xml_reference(struct xml *x)
{
	static const char *const named[] = { "amp;", "lt;", "gt;", "quot;",
	    "apos;" };
	uint32_t c;
	size_t n = char_reference(x->p, x->len, x->i, &c);

	if (n > 0) {
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
		    (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF)
			return xml_fail(x, "a reference to a character XML "
			    "1.0 does not allow");
		x->i += n;
		return true;
	}
	for (size_t k = 0; k < sizeof named / sizeof *named; k++) {
		size_t l = strlen(named[k]);

		if (x->i + 1 + l <= x->len &&
		    memcmp(x->p + x->i + 1, named[k], l) == 0) {
			x->i += 1 + l;
			return true;
		}
	}
	return xml_fail(x, "an unknown or broken entity reference");
}

/* Skip to just after the string end (e.g. "?>", "-->"), judging chars. */
static bool
xml_skip_to(struct xml *x, const char *end)
{
	size_t l = strlen(end);

	while (x->i + l <= x->len) {
		if (memcmp(x->p + x->i, end, l) == 0) {
			x->i += l;
			return true;
		}
		if (!xml_char(x))
			return false;
	}
	return xml_fail(x, "unterminated markup");
}

static size_t
xml_name(struct xml *x)
{
	size_t start = x->i;

	if (x->i >= x->len || !xml_name_char(x->p[x->i], true))
		return 0;
	while (x->i < x->len && xml_name_char(x->p[x->i], false))
		x->i++;
	return x->i - start;
}

static bool
xml_check(struct xml *x)
{
	size_t stack[256], names[256];
	size_t depth = 0, roots = 0;

	if (x->len >= 3 && memcmp(x->p, "\xEF\xBB\xBF", 3) == 0)
		x->i = 3;               /* a byte order mark may start it */
	while (x->i < x->len) {
		unsigned char ch = x->p[x->i];

		if (ch == '&') {
			if (depth == 0)
				return xml_fail(x, "text outside the root");
			if (!xml_reference(x))
				return false;
			continue;
		}
		if (ch != '<') {
			if (depth == 0 && !xml_space(ch))
				return xml_fail(x, "text outside the root");
			if (ch == '>' && x->i >= 2 &&
			    memcmp(x->p + x->i - 2, "]]", 2) == 0)
				return xml_fail(x, "]]> in text");
			if (!xml_char(x))
				return false;
			continue;
		}
		if (x->i + 1 < x->len && x->p[x->i + 1] == '?') {
			x->i += 2;
			if (!xml_skip_to(x, "?>"))
				return false;
		} else if (x->i + 4 <= x->len &&
		    memcmp(x->p + x->i, "<!--", 4) == 0) {
			x->i += 4;
			if (!xml_skip_to(x, "-->"))
				return false;
		} else if (x->i + 9 <= x->len &&
		    memcmp(x->p + x->i, "<![CDATA[", 9) == 0) {
			if (depth == 0)
				return xml_fail(x, "CDATA outside the root");
			x->i += 9;
			if (!xml_skip_to(x, "]]>"))
				return false;
		} else if (x->i + 1 < x->len && x->p[x->i + 1] == '!') {
			return xml_fail(x, "a DOCTYPE or declaration");
		} else if (x->i + 1 < x->len && x->p[x->i + 1] == '/') {
			size_t at, l;

			x->i += 2;
			at = x->i;
			l = xml_name(x);
			if (l == 0 || depth == 0)
				return xml_fail(x, "a stray end tag");
			depth--;
			if (l != names[depth] ||
			    memcmp(x->p + at, x->p + stack[depth], l) != 0)
				return xml_fail(x, "an end tag that does not "
				    "match its start tag");
			while (x->i < x->len && xml_space(x->p[x->i]))
				x->i++;
			if (x->i >= x->len || x->p[x->i] != '>')
				return xml_fail(x, "a broken end tag");
			x->i++;
		} else {
			size_t at, l;

			x->i++;
			at = x->i;
			l = xml_name(x);
			if (l == 0)
				return xml_fail(x, "a '<' that starts no tag");
			if (depth == 0 && roots++ > 0)
				return xml_fail(x, "a second root element");
			for (;;) {
				bool sp = false;
				unsigned char q;

				while (x->i < x->len && xml_space(x->p[x->i])) {
					x->i++;
					sp = true;
				}
				if (x->i >= x->len)
					return xml_fail(x,
					    "an unterminated tag");
				if (x->p[x->i] == '>') {
					x->i++;
					if (depth ==
					    sizeof stack / sizeof *stack)
						return xml_fail(x,
						    "nested too deep");
					stack[depth] = at;
					names[depth++] = l;
					break;
				}
				if (x->p[x->i] == '/') {
					if (x->i + 1 >= x->len ||
					    x->p[x->i + 1] != '>')
						return xml_fail(x,
						    "a broken empty tag");
					x->i += 2;
					break;
				}
				if (!sp || xml_name(x) == 0)
					return xml_fail(x,
					    "a broken attribute");
				while (x->i < x->len && xml_space(x->p[x->i]))
					x->i++;
				if (x->i >= x->len || x->p[x->i] != '=')
					return xml_fail(x,
					    "an attribute without a value");
				x->i++;
				while (x->i < x->len && xml_space(x->p[x->i]))
					x->i++;
				if (x->i >= x->len || (x->p[x->i] != '"' &&
				    x->p[x->i] != '\''))
					return xml_fail(x, "an unquoted "
					    "attribute value");
				q = x->p[x->i++];
				while (x->i < x->len && x->p[x->i] != q) {
					if (x->p[x->i] == '<')
						return xml_fail(x, "'<' in an "
						    "attribute value");
					if (x->p[x->i] == '&') {
						if (!xml_reference(x))
							return false;
					} else if (!xml_char(x)) {
						return false;
					}
				}
				if (x->i >= x->len)
					return xml_fail(x, "an unterminated "
					    "attribute value");
				x->i++;
			}
		}
	}
	if (depth > 0)
		return xml_fail(x, "an element that is never closed");
	if (roots == 0)
		return xml_fail(x, "no root element");
	return true;
}

/* ---- main ---- */

/* Does needle occur at hay[i]?  A LF of the needle also matches a LF
 * followed by spaces, the indentation of a continued field line. */
static size_t
match_at(const unsigned char *hay, size_t len, size_t i, const char *needle)
{
	const unsigned char *nd = (const unsigned char *)needle;

	for (; *nd != '\0'; nd++) {
		if (i >= len || hay[i] != *nd)
			return 0;
		i++;
		if (*nd == '\n')
			while (i < len && hay[i] == ' ' && nd[1] != ' ')
				i++;
	}
	return i;
}

static size_t
count(const unsigned char *hay, size_t len, const char *needle)
{
	size_t n = 0, i = 0, end;

	if (needle[0] == '\0')
		return 0;
	while (i < len) {
		const unsigned char *hit = memchr(hay + i,
		    (unsigned char)needle[0], len - i);

		if (hit == NULL)
			break;
		i = (size_t)(hit - hay);
		if ((end = match_at(hay, len, i, needle)) > 0) {
			n++;
			i = end;
		} else {
			i++;
		}
	}
	return n;
}

static void
escape(const unsigned char *p, size_t len, bool one_line)
{
	size_t i = 0;

	while (i < len) {
		uint32_t c;
		size_t n = decode(p + i, len - i, &c);

		if (n == 0) {
			fputs("\xEF\xBF\xBD", stdout);
			i++;
			continue;
		}
		if (c == '\n' || c == '\t') {
			if (one_line)
				fputs(c == '\n' ? "\\n" : "\\t", stdout);
			else
				putchar((int)c);
		} else if (c == 0x1B) {
			fputs("\\e", stdout);
		} else if (c < 0x20 || c == 0x7F) {
			printf("\\x%02X", (unsigned)c);
		} else if (bad_code_point(c) != NULL) {
			printf("<U+%04lX>", (unsigned long)c);
		} else {
			fwrite(p + i, 1, n, stdout);
		}
		i += n;
	}
}

static int
usage(void)
{
	fputs("usage: scan [--text | --tui | --markup | --xlsx] FILE...\n"
	    "       scan --xml FILE...\n"
	    "       scan --contains FILE STRING\n"
	    "       scan --count FILE STRING\n"
	    "       scan --escape line|doc FILE\n", stderr);
	return 2;
}

int
main(int argc, char **argv)
{
	enum mode mode = MODE_TEXT;
	int first = 1, rc = 0;

	if (argc < 2)
		return usage();
	if (strcmp(argv[1], "--contains") == 0 ||
	    strcmp(argv[1], "--count") == 0) {
		size_t len, n;
		unsigned char *buf;

		if (argc != 4)
			return usage();
		if ((buf = slurp(argv[2], &len)) == NULL)
			return 2;
		n = count(buf, len, argv[3]);
		free(buf);
		if (strcmp(argv[1], "--count") == 0) {
			printf("%zu\n", n);
			return 0;
		}
		return n > 0 ? 0 : 1;
	}
	if (strcmp(argv[1], "--escape") == 0) {
		size_t len;
		unsigned char *buf;

		if (argc != 4 || (strcmp(argv[2], "line") != 0 &&
		    strcmp(argv[2], "doc") != 0))
			return usage();
		if ((buf = slurp(argv[3], &len)) == NULL)
			return 2;
		escape(buf, len, argv[2][0] == 'l');
		free(buf);
		return fflush(stdout) == 0 ? 0 : 2;
	}
	if (strcmp(argv[1], "--xml") == 0) {
		if (argc < 3)
			return usage();
		for (int k = 2; k < argc; k++) {
			struct xml x = { .name = argv[k] };
			unsigned char *buf = slurp(argv[k], &x.len);

			if (buf == NULL)
				return 2;
			x.p = buf;
			if (!xml_check(&x)) {
				printf("%s:%zu: not well-formed: %s\n", x.name,
				    x.err_at, x.err);
				rc = 1;
			}
			free(buf);
		}
		return rc;
	}
	if (strcmp(argv[1], "--text") == 0)
		first = 2;
	else if (strcmp(argv[1], "--tui") == 0)
		mode = MODE_TUI, first = 2;
	else if (strcmp(argv[1], "--markup") == 0)
		mode = MODE_MARKUP, first = 2;
	else if (strcmp(argv[1], "--xlsx") == 0)
		mode = MODE_XLSX, first = 2;
	else if (argv[1][0] == '-' && argv[1][1] != '\0')
		return usage();
	if (first >= argc)
		return usage();
	for (int k = first; k < argc; k++) {
		struct scan s = { .name = argv[k], .mode = mode };
		unsigned char *buf = slurp(argv[k], &s.len);

		if (buf == NULL)
			return 2;
		s.p = buf;
		if (scan_buffer(&s) > 0) {
			if (s.found > SCAN_SHOW)
				printf("%s: %lu problems in all\n", s.name,
				    s.found);
			rc = 1;
		}
		free(buf);
	}
	return rc;
}
