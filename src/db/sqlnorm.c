/*
 * sqlnorm.c - the normal form of SQL definitions (sqlnorm.h): a small
 * tokenizer that knows SQLite's comments, string literals and the three
 * ways of quoting an identifier, and nothing of its grammar.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isms/db/sqlnorm.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

enum sqlnorm_kind {
	TOK_END,
	TOK_WORD,          /* keyword, identifier or number */
	TOK_QUOTED,        /* "identifier", `identifier` or [identifier] */
	TOK_STRING,        /* 'literal' */
	TOK_PUNCT,         /* one byte of anything else */
};

struct sqlnorm_tok {
	enum sqlnorm_kind kind;
	const char *p;
	size_t len;
};

static bool
sqlnorm_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

/* Identifier characters as SQLite reads them: ASCII letters, digits, _
 * and $, and every byte of a multi-byte UTF-8 character. */
static bool
sqlnorm_word(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c == '_' || c == '$' || c >= 0x80;
}

static char
sqlnorm_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Skip whitespace and comments. */
static const char *
sqlnorm_skip(const char *s)
{
	for (;;) {
		while (sqlnorm_space((unsigned char)*s))
			s++;
		if (s[0] == '-' && s[1] == '-') {
			s += strcspn(s, "\n");
		} else if (s[0] == '/' && s[1] == '*') {
			const char *end = strstr(s + 2, "*/");

			s = end != NULL ? end + 2 : s + strlen(s);
		} else {
			return s;
		}
	}
}

/* The end of a quoted run opened by s[0] and closed by close, where a
 * doubled close stands for itself (not so for ']'). */
static const char *
sqlnorm_quoted_end(const char *s, char close)
{
	for (s++; *s != '\0'; s++)
		if (*s == close) {
			if (close != ']' && s[1] == close)
				s++;
			else
				return s + 1;
		}
	return s;                          /* unterminated: to the end */
}

static const char *
sqlnorm_next(const char *s, struct sqlnorm_tok *t)
{
	const char *e;

	s = sqlnorm_skip(s);
	t->p = s;
	if (*s == '\0') {
		t->kind = TOK_END;
		e = s;
	} else if (*s == '\'') {
		t->kind = TOK_STRING;
		e = sqlnorm_quoted_end(s, '\'');
	} else if (*s == '"' || *s == '`' || *s == '[') {
		t->kind = TOK_QUOTED;
		e = sqlnorm_quoted_end(s, *s == '[' ? ']' : *s);
	} else if (sqlnorm_word((unsigned char)*s)) {
		t->kind = TOK_WORD;
		for (e = s; sqlnorm_word((unsigned char)*e); e++)
			;
	} else {
		t->kind = TOK_PUNCT;
		e = s + 1;
	}
	t->len = (size_t)(e - s);
	return e;
}

/* A quoted identifier: its name in lower case, bare when it needs no
 * quotes, else in double quotes. */
static void
sqlnorm_add_quoted(struct buf *b, const struct sqlnorm_tok *t)
{
	char open = t->p[0], close = open == '[' ? ']' : open;
	const char *s = t->p + 1, *end = t->p + t->len;
	struct buf name;
	bool bare;

	if (end > s && end[-1] == close)
		end--;
	buf_init(&name);
	for (; s < end; s++) {
		buf_addc(&name, sqlnorm_lower(*s));
		if (close != ']' && *s == close && s + 1 < end && s[1] == close)
			s++;
	}
	bare = name.len > 0 && !(name.data[0] >= '0' && name.data[0] <= '9');
	for (size_t i = 0; bare && i < name.len; i++)
		bare = sqlnorm_word((unsigned char)name.data[i]);
	if (bare) {
		buf_adds(b, buf_str(&name));
	} else {
		buf_addc(b, '"');
		for (const char *q = buf_str(&name); *q != '\0'; q++) {
			if (*q == '"')
				buf_addc(b, '"');
			buf_addc(b, *q);
		}
		buf_addc(b, '"');
	}
	buf_done(&name);
}

char *
sqlnorm(const char *sql)
{
	struct sqlnorm_tok t;
	struct buf b;
	bool last_word = false;
	const char *s = sql;

	buf_init(&b);
	while ((s = sqlnorm_next(s, &t)), t.kind != TOK_END) {
		bool word = t.kind != TOK_PUNCT;

		if (word && last_word)
			buf_addc(&b, ' ');
		last_word = word;
		switch (t.kind) {
		case TOK_WORD:
			for (size_t i = 0; i < t.len; i++)
				buf_addc(&b, sqlnorm_lower(t.p[i]));
			break;
		case TOK_QUOTED:
			sqlnorm_add_quoted(&b, &t);
			break;
		default:
			buf_add(&b, t.p, t.len);
			break;
		}
	}
	while (b.len > 0 && b.data[b.len - 1] == ';')
		b.data[--b.len] = '\0';
	return buf_take(&b);
}

/* text[0..len) with each run of whitespace made one space. */
static char *
sqlnorm_collapse(const char *text, size_t len)
{
	struct buf b;
	bool space = false;

	buf_init(&b);
	for (size_t i = 0; i < len; i++) {
		if (sqlnorm_space((unsigned char)text[i])) {
			space = true;
			continue;
		}
		if (space && b.len > 0)
			buf_addc(&b, ' ');
		space = false;
		buf_addc(&b, text[i]);
	}
	return buf_take(&b);
}

/* After the word CHECK at t: the end of its parenthesised expression, or
 * NULL when no '(' follows. */
static const char *
sqlnorm_check_end(const char *s)
{
	struct sqlnorm_tok t;
	int depth = 0;

	s = sqlnorm_next(s, &t);
	if (t.kind != TOK_PUNCT || t.p[0] != '(')
		return NULL;
	for (depth = 1; depth > 0; ) {
		s = sqlnorm_next(s, &t);
		if (t.kind == TOK_END)
			return s;
		if (t.kind == TOK_PUNCT && t.p[0] == '(')
			depth++;
		else if (t.kind == TOK_PUNCT && t.p[0] == ')')
			depth--;
	}
	return s;
}

struct sqlnorm_clause *
sqlnorm_checks(const char *sql, size_t *n)
{
	struct sqlnorm_clause *out = NULL;
	struct sqlnorm_tok t;
	size_t cap = 0;
	const char *s = sql;

	*n = 0;
	while ((s = sqlnorm_next(s, &t)), t.kind != TOK_END) {
		const char *end;
		char *span;

		if (t.kind != TOK_WORD || t.len != 5 ||
		    strncasecmp(t.p, "check", 5) != 0 ||
		    (end = sqlnorm_check_end(s)) == NULL)
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 4;
			out = xreallocarray(out, cap, sizeof *out);
		}
		span = xstrndup(t.p, (size_t)(end - t.p));
		out[*n].norm = sqlnorm(span);
		out[*n].text = sqlnorm_collapse(span, strlen(span));
		free(span);
		(*n)++;
		s = end;
	}
	return out;
}

void
sqlnorm_clauses_free(struct sqlnorm_clause *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(c[i].norm);
		free(c[i].text);
	}
	free(c);
}
