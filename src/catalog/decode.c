/*
 * decode.c - libcyaml under a safe configuration, its errors as diags.
 *
 * libcyaml gets a memory function that counts the bytes it holds (in a
 * small header before each block) and refuses to go past
 * CATALOG_DECODE_MAX_MEMORY, and a log function that keeps its error lines
 * instead of writing them to stderr, where they would tear a curses screen.
 * When a load fails, those lines are read back: the first is the problem,
 * the rest a backtrace ("in mapping field 'requirements' (line: 4, ...)",
 * "in sequence entry '2' ...") from which the key path of the problem is
 * rebuilt and looked up in the line index.  Catalog text that libcyaml
 * echoes is never passed on unescaped.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/catalog/decode.h"
#include "isms/catalog/schema.h"
#include "isms/util/buf.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

#define DECODE_LOG_LINES 24
#define DECODE_LOG_WIDTH 256

/* libcyaml's captured error lines. */
struct decode_log {
	char line[DECODE_LOG_LINES][DECODE_LOG_WIDTH];
	size_t n;
};

/* What the backtrace says about where a problem is. */
struct decode_where {
	struct buf path;     /* "requirements/1/id" */
	char field[64];      /* innermost mapping key, "" at the top */
	unsigned entry;      /* 1-based list entry below field, or 0 */
	unsigned line;       /* innermost line libcyaml gave, or 0 */
};

/* Size header in front of every block handed to libcyaml. */
union decode_hdr {
	max_align_t align;
	size_t size;
};

static void *
decode_mem(void *ctx, void *ptr, size_t size)
{
	struct catalog_decoded *d = ctx;
	union decode_hdr *h = ptr != NULL ? (union decode_hdr *)ptr - 1 : NULL;
	size_t old = h != NULL ? h->size : 0;
	union decode_hdr *nh;

	if (size == 0) {
		d->live -= old;
		free(h);
		return NULL;
	}
	if (size > CATALOG_DECODE_MAX_MEMORY ||
	    d->live - old + size > CATALOG_DECODE_MAX_MEMORY)
		return NULL;
	nh = realloc(h, sizeof *nh + size);
	if (nh == NULL) {
		d->nomem = true;      /* not the cap: memory itself ran out */
		return NULL;
	}
	nh->size = size;
	d->live = d->live - old + size;
	if (d->live > d->peak)
		d->peak = d->live;
	return nh + 1;
}

static void
decode_log(cyaml_log_t level, void *ctx, const char *fmt, va_list args)
	__attribute__((format(printf, 3, 0)));

static void
decode_log(cyaml_log_t level, void *ctx, const char *fmt, va_list args)
{
	struct decode_log *log = ctx;

	if (log == NULL || level < CYAML_LOG_ERROR ||
	    log->n == DECODE_LOG_LINES)
		return;
	vsnprintf(log->line[log->n], DECODE_LOG_WIDTH, fmt, args);
	log->line[log->n][strcspn(log->line[log->n], "\n")] = '\0';
	log->n++;
}

static void
decode_config(cyaml_config_t *cfg, struct catalog_decoded *d,
              struct decode_log *log)
{
	memset(cfg, 0, sizeof *cfg);
	cfg->log_fn = decode_log;
	cfg->log_ctx = log;
	cfg->mem_fn = decode_mem;
	cfg->mem_ctx = d;
	cfg->log_level = CYAML_LOG_WARNING;
	cfg->flags = CYAML_CFG_NO_ALIAS;   /* and never IGNORE_UNKNOWN_KEYS */
}

/* The number after "(line: " in s, or 0. */
static unsigned
decode_line_of(const char *s)
{
	const char *p = strstr(s, "(line: ");

	return p != NULL ? (unsigned)strtoul(p + 7, NULL, 10) : 0;
}

/* Read the backtrace, innermost entry first, into w. */
static void
decode_where(const struct decode_log *log, struct decode_where *w)
{
	static const char field[] = "  in mapping field '";
	static const char entry[] = "  in sequence entry '";

	buf_init(&w->path);
	w->field[0] = '\0';
	w->entry = 0;
	w->line = 0;
	for (size_t i = log->n; i-- > 1; ) {
		const char *s = log->line[i];

		if (strncmp(s, "  in ", 5) != 0)
			continue;
		if (decode_line_of(s) != 0)
			w->line = decode_line_of(s);   /* innermost wins */
		if (strncmp(s, field, sizeof field - 1) == 0) {
			const char *k = s + sizeof field - 1;
			size_t n = strcspn(k, "'");

			if (w->path.len > 0)
				buf_addc(&w->path, '/');
			buf_add(&w->path, k, n);
			snprintf(w->field, sizeof w->field, "%.*s", (int)n, k);
			w->entry = 0;
		} else if (strncmp(s, entry, sizeof entry - 1) == 0) {
			w->entry = (unsigned)strtoul(s + sizeof entry - 1,
			    NULL, 10);
			if (w->entry > 0)
				buf_printf(&w->path, "/%u", w->entry - 1);
		}
	}
}

/* "\"title\"", "entry 2 of \"requirements\"" or "the catalog". */
static char *
decode_what(const struct decode_where *w)
{
	if (w->entry > 0 && w->field[0] != '\0')
		return xasprintf("entry %u of \"%s\"", w->entry, w->field);
	if (w->field[0] != '\0')
		return xasprintf("\"%s\"", w->field);
	return xstrdup("the catalog");
}

/* A libcyaml type or event name in the words of the manual page. */
static const char *
decode_noun(const char *s)
{
	if (strncmp(s, "SEQUENCE", 8) == 0 || strncmp(s, "FLAGS", 5) == 0)
		return "a list";
	if (strncmp(s, "MAPPING", 7) == 0)
		return "a mapping";
	return "a single value";
}

/* Drop the trailing list entry of w's path ("requirements/100"). */
static void
decode_to_field(struct decode_where *w)
{
	char *slash;

	if (w->entry == 0 || w->path.len == 0)
		return;
	slash = strrchr(w->path.data, '/');
	if (slash != NULL) {
		w->path.len = (size_t)(slash - w->path.data);
		*slash = '\0';
	}
	w->entry = 0;
}

/* Turn libcyaml's problem line into our message; may extend w's path. */
static char *
decode_message(cyaml_err_t err, bool nomem, const char *msg,
               struct decode_where *w)
{
	char *what, *out, *key;
	char want[32], got[32];
	unsigned n;

	if (strncmp(msg, "Load: ", 6) == 0)
		msg += 6;
	if (err == CYAML_ERR_ALIAS)
		return xstrdup("anchors and aliases are not allowed");
	if (nomem)
		return xstrdup("out of memory");
	if (err == CYAML_ERR_OOM)
		return xasprintf("too large to load (more than %u MiB needed)",
		    CATALOG_DECODE_MAX_MEMORY / (1024 * 1024));
	if (strncmp(msg, "Unexpected key: ", 16) == 0) {
		key = utf8_escape(msg + 16);
		if (w->path.len > 0)
			buf_addc(&w->path, '/');
		buf_adds(&w->path, msg + 16);
		out = xasprintf("unknown key \"%s\"", key);
		free(key);
		return out;
	}
	if (strncmp(msg, "Mapping field already seen: ", 28) == 0)
		return xasprintf("key \"%s\" appears twice", w->field);
	if (sscanf(msg, "Expecting %31[A-Z_], got event: %31[A-Z_]",
	    want, got) == 2) {
		what = decode_what(w);
		out = xasprintf("%s must be %s, not %s", what,
		    decode_noun(want), decode_noun(got));
		free(what);
		return out;
	}
	if (sscanf(msg, "Excessive entries (%u max)", &n) == 1) {
		decode_to_field(w);
		what = decode_what(w);
		out = xasprintf("%s has more than %u entries", what, n);
		free(what);
		return out;
	}
	if (sscanf(msg, "STRING length > %u", &n) == 1) {
		what = decode_what(w);
		out = xasprintf("%s is longer than %u bytes", what, n);
		free(what);
		return out;
	}
	key = utf8_escape(msg);
	out = xasprintf("cannot load: %s (%s)", cyaml_strerror(err), key);
	free(key);
	return out;
}

static void
decode_report(cyaml_err_t err, bool nomem, const struct decode_log *log,
              const char *file, const struct catalog_lines *li,
              struct diag_list *diags)
{
	struct decode_where w;
	unsigned line;
	char *msg;

	decode_where(log, &w);
	msg = decode_message(err, nomem, log->n > 0 ? log->line[0] : "", &w);
	line = catalog_lines_exact(li, buf_str(&w.path));
	if (line == 0)
		line = w.line;
	if (line == 0)
		line = catalog_lines_at(li, "%s", buf_str(&w.path));
	diag_add(diags, file, line, "%s", msg);
	free(msg);
	buf_done(&w.path);
}

/*
 * Whether err means memory ran out: libcyaml's own allocation failing
 * below our cap, or libyaml failing inside libcyaml.  The same bytes went
 * through libyaml's parser without a fault just before (lines.c), and the
 * parser is deterministic, so a parser error now can only be its memory;
 * its two initialisations do nothing but allocate.
 */
static bool
decode_nomem(cyaml_err_t err, const struct catalog_decoded *d)
{
	switch (err) {
	case CYAML_ERR_OOM:
		return d->nomem;
	case CYAML_ERR_LIBYAML_PARSER:
	case CYAML_ERR_LIBYAML_PARSER_INIT:
	case CYAML_ERR_LIBYAML_EVENT_INIT:
		return true;
	default:
		return false;
	}
}

enum isms_status
catalog_decode(struct catalog_decoded *d, enum catalog_kind kind,
               const char *file, const char *data, size_t len,
               const struct catalog_lines *li, struct diag_list *diags)
{
	struct decode_log log;
	cyaml_config_t cfg;
	cyaml_data_t *raw = NULL;
	cyaml_err_t err;

	memset(d, 0, sizeof *d);
	d->kind = kind;
	log.n = 0;
	decode_config(&cfg, d, &log);
	err = cyaml_load_data((const uint8_t *)data, len, &cfg,
	    catalog_schema(kind), &raw, NULL);
	if (err != CYAML_OK) {
		bool nomem = decode_nomem(err, d);

		decode_report(err, nomem, &log, file, li, diags);
		return nomem ? ISMS_NOMEM : ISMS_CATALOG;
	}
	d->raw = raw;
	return ISMS_OK;
}

void
catalog_decode_done(struct catalog_decoded *d)
{
	cyaml_config_t cfg;

	if (d->raw == NULL)
		return;
	decode_config(&cfg, d, NULL);
	cyaml_free(&cfg, catalog_schema(d->kind), d->raw, 0);
	d->raw = NULL;
}
