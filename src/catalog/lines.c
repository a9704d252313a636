/*
 * lines.c - the libyaml event pass that maps key paths to source lines.
 *
 * The parser is driven event by event with an explicit stack of open lists
 * and mappings, so hostile nesting costs neither C stack nor unbounded
 * memory: the pass stops at the first structural problem, at
 * CATALOG_LINES_MAX_DEPTH levels or after CATALOG_LINES_MAX_EVENTS events.
 * When the document is read, the nodes are sorted by path for lookup and
 * repeated keys are reported with the line of their first appearance.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "isms/catalog/lines.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

/* Bytes of paths and scalar text kept for one file. */
#define LINES_MAX_BYTES (64u * 1024 * 1024)

struct lines_frame {
	size_t entry;        /* index of the list or mapping in li->items */
	bool mapping;
	size_t n;            /* entries so far */
	char *key;           /* mapping: key awaiting its value, or NULL */
	unsigned key_line;
};

struct lines_scan {
	struct catalog_lines *li;
	const char *file;
	const char *data;
	size_t len;
	struct diag_list *diags;
	struct lines_frame stack[CATALOG_LINES_MAX_DEPTH];
	size_t depth;
	unsigned docs;
	bool failed;
	bool nomem;                   /* libyaml ran out of memory */
};

void
catalog_lines_init(struct catalog_lines *li)
{
	li->items = NULL;
	li->count = 0;
	li->cap = 0;
	li->bytes = 0;
}

void
catalog_lines_done(struct catalog_lines *li)
{
	for (size_t i = 0; i < li->count; i++) {
		free(li->items[i].path);
		free(li->items[i].value);
	}
	free(li->items);
	catalog_lines_init(li);
}

static void
lines_fail(struct lines_scan *s, unsigned line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void
lines_fail(struct lines_scan *s, unsigned line, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	diag_add(s->diags, s->file, line, "%s", msg);
	free(msg);
	s->failed = true;
}

/* The 1-based line holding byte off of the input. */
static unsigned
lines_of_offset(const struct lines_scan *s, size_t off)
{
	unsigned line = 1;

	for (size_t i = 0; i < off && i < s->len; i++)
		if (s->data[i] == '\n')
			line++;
	return line;
}

static void
lines_parse_error(struct lines_scan *s, const yaml_parser_t *p)
{
	const char *problem = p->problem != NULL ? p->problem : "cannot parse";
	unsigned line = (unsigned)p->problem_mark.line + 1;

	if (p->error == YAML_MEMORY_ERROR) {
		lines_fail(s, 1, "out of memory while parsing YAML");
		s->nomem = true;
		return;
	}
	if (p->error == YAML_READER_ERROR)
		line = lines_of_offset(s, p->problem_offset);
	if (s->len > 0 && line > lines_of_offset(s, s->len - 1))
		line = lines_of_offset(s, s->len - 1);   /* not past the end */
	if (p->context != NULL)
		lines_fail(s, line, "YAML syntax error: %s (%s on line %u)",
		    problem, p->context, (unsigned)p->context_mark.line + 1);
	else
		lines_fail(s, line, "YAML syntax error: %s", problem);
}

/* Append a node; returns its index, or (size_t)-1 over the byte budget. */
static size_t
lines_add(struct lines_scan *s, char *path, unsigned line,
          enum catalog_node type, char *value)
{
	struct catalog_lines *li = s->li;
	struct catalog_line *it;
	size_t bytes = strlen(path) + 1 + (value ? strlen(value) + 1 : 0);

	if (li->bytes + bytes > LINES_MAX_BYTES) {
		free(path);
		free(value);
		lines_fail(s, line, "document too large to index");
		return (size_t)-1;
	}
	li->bytes += bytes;
	if (li->count == li->cap) {
		li->cap = li->cap ? li->cap * 2 : 64;
		li->items = xreallocarray(li->items, li->cap,
		    sizeof *li->items);
	}
	it = &li->items[li->count];
	it->path = path;
	it->line = line;
	it->type = type;
	it->value = value;
	it->count = 0;
	it->seq = li->count;
	return li->count++;
}

/* Check and keep a mapping key; false when it was refused. */
static bool
lines_key(struct lines_scan *s, struct lines_frame *f, const yaml_event_t *ev)
{
	const char *k = (const char *)ev->data.scalar.value;
	size_t n = ev->data.scalar.length;
	unsigned line = (unsigned)ev->start_mark.line + 1;

	if (n == 0)
		lines_fail(s, line, "empty key");
	else if (n > CATALOG_LINES_MAX_KEY)
		lines_fail(s, line, "key longer than %d bytes",
		    CATALOG_LINES_MAX_KEY);
	else if (memchr(k, '\0', n) != NULL || strchr(k, '/') != NULL)
		lines_fail(s, line, "key contains \"/\" or a NUL character");
	if (s->failed)
		return false;
	f->key = xstrndup(k, n);
	f->key_line = line;
	return true;
}

/* Record the node that starts with ev; returns its index or -1. */
static size_t
lines_node(struct lines_scan *s, const yaml_event_t *ev,
           enum catalog_node type)
{
	struct lines_frame *f = s->depth ? &s->stack[s->depth - 1] : NULL;
	unsigned line = (unsigned)ev->start_mark.line + 1;
	char *value = NULL, *path;

	if (f == NULL) {
		if (s->li->count > 0) {
			lines_fail(s, line, "more than one top-level node");
			return (size_t)-1;
		}
		if (type != CATALOG_NODE_MAPPING) {
			lines_fail(s, line, "the top level must be a mapping "
			    "of keys to values");
			return (size_t)-1;
		}
		path = xstrdup("");
	} else if (f->mapping) {
		const char *parent = s->li->items[f->entry].path;

		path = parent[0] ? xasprintf("%s/%s", parent, f->key) :
		    xstrdup(f->key);
		line = f->key_line;
		free(f->key);
		f->key = NULL;
		f->n++;
	} else {
		path = xasprintf("%s/%zu", s->li->items[f->entry].path, f->n);
		f->n++;
	}
	if (type == CATALOG_NODE_SCALAR) {
		const char *v = (const char *)ev->data.scalar.value;
		size_t n = ev->data.scalar.length;

		if (memchr(v, '\0', n) != NULL) {
			free(path);
			lines_fail(s, line, "NUL character in a string");
			return (size_t)-1;
		}
		value = xstrndup(v, n);
	}
	return lines_add(s, path, line, type, value);
}

static void
lines_open(struct lines_scan *s, const yaml_event_t *ev, bool mapping)
{
	unsigned line = (unsigned)ev->start_mark.line + 1;
	struct lines_frame *f;
	size_t idx;

	if (s->depth == CATALOG_LINES_MAX_DEPTH) {
		lines_fail(s, line, "nested more than %d levels deep",
		    CATALOG_LINES_MAX_DEPTH);
		return;
	}
	idx = lines_node(s, ev, mapping ? CATALOG_NODE_MAPPING :
	    CATALOG_NODE_SEQUENCE);
	if (idx == (size_t)-1)
		return;
	f = &s->stack[s->depth++];
	f->entry = idx;
	f->mapping = mapping;
	f->n = 0;
	f->key = NULL;
	f->key_line = 0;
}

static void
lines_close(struct lines_scan *s)
{
	struct lines_frame *f = &s->stack[--s->depth];

	s->li->items[f->entry].count = f->n;
	free(f->key);
	f->key = NULL;
}

/* The anchor of a node event, or NULL. */
static const yaml_char_t *
lines_anchor(const yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		return ev->data.scalar.anchor;
	case YAML_SEQUENCE_START_EVENT:
		return ev->data.sequence_start.anchor;
	case YAML_MAPPING_START_EVENT:
		return ev->data.mapping_start.anchor;
	default:
		return NULL;
	}
}

static void
lines_event(struct lines_scan *s, const yaml_event_t *ev)
{
	struct lines_frame *f = s->depth ? &s->stack[s->depth - 1] : NULL;
	unsigned line = (unsigned)ev->start_mark.line + 1;
	bool want_key = f != NULL && f->mapping && f->key == NULL;

	if (ev->type == YAML_ALIAS_EVENT || lines_anchor(ev) != NULL) {
		lines_fail(s, line, "anchors and aliases are not allowed");
		return;
	}
	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (s->docs++ > 0)
			lines_fail(s, line, "more than one YAML document");
		break;
	case YAML_SCALAR_EVENT:
		if (want_key)
			lines_key(s, f, ev);
		else
			lines_node(s, ev, CATALOG_NODE_SCALAR);
		break;
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		if (want_key)
			lines_fail(s, line, "keys must be plain strings");
		else
			lines_open(s, ev, ev->type == YAML_MAPPING_START_EVENT);
		break;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		lines_close(s);
		break;
	default:
		break;
	}
}

static int
lines_cmp(const void *a, const void *b)
{
	const struct catalog_line *x = a, *y = b;
	int c = strcmp(x->path, y->path);

	if (c != 0)
		return c;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Index of the first node whose path is not less than path. */
static size_t
lines_lower(const struct catalog_lines *li, const char *path)
{
	size_t lo = 0, hi = li->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(li->items[mid].path, path) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* True when path names more than one node. */
static bool
lines_repeated(const struct catalog_lines *li, const char *path)
{
	size_t i = lines_lower(li, path);

	return i + 1 < li->count && strcmp(li->items[i].path, path) == 0 &&
	    strcmp(li->items[i + 1].path, path) == 0;
}

/* Report keys given twice in one mapping (not their repeated children). */
static void
lines_check_repeats(struct lines_scan *s)
{
	struct catalog_lines *li = s->li;

	for (size_t i = 1; i < li->count; i++) {
		const struct catalog_line *it = &li->items[i];
		const char *slash, *key;
		char *parent;
		size_t first = i - 1;

		if (strcmp(it->path, li->items[first].path) != 0)
			continue;
		while (first > 0 && strcmp(li->items[first - 1].path,
		    it->path) == 0)
			first--;
		slash = strrchr(it->path, '/');
		key = slash ? slash + 1 : it->path;
		parent = xstrndup(it->path, slash ? (size_t)(slash - it->path) :
		    0);
		if (parent[0] == '\0' || !lines_repeated(li, parent)) {
			char *shown = utf8_escape(key);

			lines_fail(s, it->line, "key \"%s\" appears twice "
			    "(first on line %u)", shown, li->items[first].line);
			free(shown);
		}
		free(parent);
	}
}

enum isms_status
catalog_lines_scan(struct catalog_lines *li, const char *file,
                   const char *data, size_t len, struct diag_list *diags)
{
	struct lines_scan s = { .li = li, .file = file, .data = data,
	    .len = len, .diags = diags };
	yaml_parser_t p;
	yaml_event_t ev;
	size_t events = 0;

	if (!yaml_parser_initialize(&p)) {   /* it only allocates */
		lines_fail(&s, 1, "out of memory while parsing YAML");
		return ISMS_NOMEM;
	}
	yaml_parser_set_input_string(&p, (const unsigned char *)data, len);
	while (!s.failed) {
		bool end;

		if (!yaml_parser_parse(&p, &ev)) {
			lines_parse_error(&s, &p);
			break;
		}
		if (++events > CATALOG_LINES_MAX_EVENTS)
			lines_fail(&s, (unsigned)ev.start_mark.line + 1,
			    "too large: more than %d YAML elements",
			    CATALOG_LINES_MAX_EVENTS);
		else
			lines_event(&s, &ev);
		end = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
		if (end)
			break;
	}
	yaml_parser_delete(&p);
	while (s.depth > 0)
		lines_close(&s);
	if (!s.failed && li->count == 0)
		lines_fail(&s, 1, "empty file: no catalog found");
	if (li->count > 1)
		qsort(li->items, li->count, sizeof *li->items, lines_cmp);
	if (!s.failed)
		lines_check_repeats(&s);
	if (s.nomem)
		return ISMS_NOMEM;
	return s.failed ? ISMS_CATALOG : ISMS_OK;
}

const struct catalog_line *
catalog_lines_get(const struct catalog_lines *li, const char *path)
{
	size_t i = lines_lower(li, path);

	if (i < li->count && strcmp(li->items[i].path, path) == 0)
		return &li->items[i];
	return NULL;
}

/* The item at the printf-formatted path, or NULL. */
static const struct catalog_line *
lines_vget(const struct catalog_lines *li, const char *fmt, va_list ap)
{
	char *path = xvasprintf(fmt, ap);
	const struct catalog_line *it = catalog_lines_get(li, path);

	free(path);
	return it;
}

const struct catalog_line *
catalog_lines_getf(const struct catalog_lines *li, const char *fmt, ...)
{
	const struct catalog_line *it;
	va_list ap;

	va_start(ap, fmt);
	it = lines_vget(li, fmt, ap);
	va_end(ap);
	return it;
}

const char *
catalog_lines_scalar(const struct catalog_lines *li, const char *fmt, ...)
{
	const struct catalog_line *it;
	va_list ap;

	va_start(ap, fmt);
	it = lines_vget(li, fmt, ap);
	va_end(ap);
	if (it == NULL || it->type != CATALOG_NODE_SCALAR)
		return NULL;
	return it->value;
}

unsigned
catalog_lines_exact(const struct catalog_lines *li, const char *path)
{
	const struct catalog_line *it = catalog_lines_get(li, path);

	return it != NULL ? it->line : 0;
}

unsigned
catalog_lines_at(const struct catalog_lines *li, const char *fmt, ...)
{
	unsigned line = 0;
	va_list ap;
	char *path, *slash;

	va_start(ap, fmt);
	path = xvasprintf(fmt, ap);
	va_end(ap);
	for (;;) {
		line = catalog_lines_exact(li, path);
		if (line != 0 || path[0] == '\0')
			break;
		slash = strrchr(path, '/');
		if (slash != NULL)
			*slash = '\0';
		else
			path[0] = '\0';
	}
	free(path);
	return line != 0 ? line : 1;
}
