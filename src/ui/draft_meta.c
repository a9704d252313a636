/*
 * draft_meta.c - the metadata of a draft as text, and the names and the
 * place of draft files.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "isms/ui/draft_meta.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

#define DRAFT_META_HEAD "isms draft 1"
#define DRAFT_META_PART 32

static const struct {
	const char *name;
	size_t offset;
} draft_meta_fields[] = {
	{ "database", offsetof(struct draft_meta, database) },
	{ "tab", offsetof(struct draft_meta, tab) },
	{ "key", offsetof(struct draft_meta, key) },
	{ "field", offsetof(struct draft_meta, field) },
	{ "started", offsetof(struct draft_meta, started) },
};
#define DRAFT_META_N (sizeof draft_meta_fields / sizeof *draft_meta_fields)

static char **
draft_meta_slot(struct draft_meta *m, size_t i)
{
	return (char **)((char *)m + draft_meta_fields[i].offset);
}

void
draft_meta_done(struct draft_meta *m)
{
	for (size_t i = 0; i < DRAFT_META_N; i++) {
		free(*draft_meta_slot(m, i));
		*draft_meta_slot(m, i) = NULL;
	}
}

static void
draft_meta_escape(struct buf *b, const char *v)
{
	for (; v != NULL && *v != '\0'; v++)
		if (*v == '\\')
			buf_adds(b, "\\\\");
		else if (*v == '\n')
			buf_adds(b, "\\n");
		else
			buf_addc(b, *v);
}

char *
draft_meta_format(const struct draft_meta *m)
{
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "%s\n", DRAFT_META_HEAD);
	for (size_t i = 0; i < DRAFT_META_N; i++) {
		buf_printf(&b, "%s: ", draft_meta_fields[i].name);
		draft_meta_escape(&b, *draft_meta_slot((struct draft_meta *)m,
		    i));
		buf_addc(&b, '\n');
	}
	return buf_take(&b);
}

/* The value of a line, unescaped; NULL when an escape is unknown. */
static char *
draft_meta_unescape(const char *v, size_t n)
{
	char *out = xmalloc(n + 1), *o = out;

	for (size_t i = 0; i < n; i++) {
		if (v[i] != '\\') {
			*o++ = v[i];
			continue;
		}
		if (++i == n || (v[i] != '\\' && v[i] != 'n')) {
			free(out);
			return NULL;
		}
		*o++ = v[i] == 'n' ? '\n' : '\\';
	}
	*o = '\0';
	return out;
}

/* Take one "name: value" line of n bytes into m. */
static bool
draft_meta_line(const char *line, size_t n, struct draft_meta *m)
{
	const char *colon = memchr(line, ':', n);
	size_t name_len;

	if (colon == NULL || colon + 1 == line + n || colon[1] != ' ')
		return false;
	name_len = (size_t)(colon - line);
	for (size_t i = 0; i < DRAFT_META_N; i++) {
		char **slot = draft_meta_slot(m, i), *v;

		if (strlen(draft_meta_fields[i].name) != name_len ||
		    memcmp(draft_meta_fields[i].name, line, name_len) != 0)
			continue;
		if ((v = draft_meta_unescape(colon + 2, n - name_len - 2)) ==
		    NULL)
			return false;
		free(*slot);
		*slot = v;
	}
	return true;                  /* an unknown name is skipped */
}

enum isms_status
draft_meta_parse(const char *text, struct draft_meta *m, char **cause)
{
	const char *p = text;
	size_t head = strlen(DRAFT_META_HEAD);

	memset(m, 0, sizeof *m);
	if (strncmp(p, DRAFT_META_HEAD, head) != 0 || p[head] != '\n')
		return status_fail(cause, ISMS_INVALID, "not isms draft "
		    "metadata (the first line is not '%s')", DRAFT_META_HEAD);
	for (p += head + 1; *p != '\0';) {
		size_t n = strcspn(p, "\n");

		if (n > 0 && !draft_meta_line(p, n, m)) {
			draft_meta_done(m);
			return status_fail(cause, ISMS_INVALID, "draft "
			    "metadata: cannot read the line '%.*s'", (int)n, p);
		}
		p += n + (p[n] == '\n');
	}
	for (size_t i = 0; i < DRAFT_META_N; i++)
		if (*draft_meta_slot(m, i) == NULL) {
			draft_meta_done(m);
			return status_fail(cause, ISMS_INVALID, "draft "
			    "metadata: no %s", draft_meta_fields[i].name);
		}
	return ISMS_OK;
}

/* Append at most DRAFT_META_PART bytes of s, made safe for a file name. */
static void
draft_meta_part(struct buf *b, const char *s, const char *drop)
{
	size_t n = 0;

	for (; s != NULL && *s != '\0' && n < DRAFT_META_PART; s++) {
		char c = *s;

		if (strchr(drop, c) != NULL)
			continue;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_'))
			c = '_';
		buf_addc(b, c);
		n++;
	}
}

char *
draft_meta_stem(const struct draft_meta *m)
{
	struct buf b;

	buf_init(&b);
	draft_meta_part(&b, m->started, "-:");
	buf_addc(&b, '-');
	draft_meta_part(&b, m->tab, "");
	buf_addc(&b, '-');
	draft_meta_part(&b, m->key, "");
	buf_addc(&b, '-');
	draft_meta_part(&b, m->field, "");
	return buf_take(&b);
}

char *
draft_meta_dir(const char *state, const char *home)
{
	if (state != NULL && state[0] == '/')
		return xasprintf("%s/isms/drafts", state);
	if (home != NULL && home[0] == '/')
		return xasprintf("%s/.local/state/isms/drafts", home);
	return NULL;
}
