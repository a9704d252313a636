/*
 * validate.c - the checks every catalog kind shares, and the dispatch.
 *
 * catalog_validate_head() reads "format" and "kind" from the line index
 * before anything is decoded; catalog_validate() checks the common "id" and
 * "title" and hands the rest to the per-kind file.  The helpers here turn a
 * failed check into one located message: strings must be present when
 * required, non-empty, one line, within their byte limit; identifiers have
 * a fixed alphabet; numbers are parsed strictly, digits only.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "isms/catalog/validate.h"
#include "isms/util/textrule.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

void
validate_problem(struct validate_ctx *v, unsigned line, const char *label,
                 const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	if (label != NULL)
		diag_add(v->diags, v->file, line, "%s: %s", label, msg);
	else
		diag_add(v->diags, v->file, line, "%s", msg);
	free(msg);
	v->problems++;
}

unsigned
validate_line(const struct validate_ctx *v, const char *item,
              const char *key)
{
	if (key == NULL)
		return catalog_lines_at(v->lines, "%s", item);
	if (item[0] == '\0')
		return catalog_lines_at(v->lines, "%s", key);
	return catalog_lines_at(v->lines, "%s/%s", item, key);
}

static bool
validate_is_token(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > CATALOG_MAX_ID)
		return false;
	if (strchr("._-", s[0]) != NULL)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
			return false;
	}
	return true;
}

char *
validate_label(const char *what, const char *id, size_t i)
{
	if (id != NULL && validate_is_token(id))
		return xasprintf("%s \"%s\"", what, id);
	return xasprintf("%s %zu", what, i + 1);
}

bool
validate_text(struct validate_ctx *v, const char *label, const char *item,
              const char *key, const char *s, size_t max, bool required)
{
	unsigned line = validate_line(v, item, key);
	const char *name = key != NULL ? key : "value";
	struct textrule_fault f;

	if (s == NULL) {
		if (required)
			validate_problem(v, line, label,
			    "missing required key \"%s\"", name);
		return false;
	}
	if (s[0] == '\0')
		validate_problem(v, line, label, "%s is empty", name);
	else if (!textrule_check(s, TEXTRULE_LINE, &f) &&
	    f.what != TEXTRULE_LONG) {
		char *why = textrule_describe(&f);

		validate_problem(v, line, label, "%s: %s", name, why);
		free(why);
	} else if (strlen(s) > max)
		validate_problem(v, line, label, "%s is longer than %zu bytes",
		    name, max);
	else
		return true;
	return false;
}

bool
validate_token(struct validate_ctx *v, const char *label, const char *item,
               const char *key, const char *s, bool required)
{
	if (!validate_text(v, label, item, key, s, CATALOG_MAX_ID, required))
		return false;
	if (validate_is_token(s))
		return true;
	validate_problem(v, validate_line(v, item, key), label,
	    "%s \"%s\" is not a valid identifier (letters, digits, \".\", "
	    "\"_\" and \"-\", starting with a letter or digit)",
	    key != NULL ? key : "value", s);
	return false;
}

bool
validate_uint(const char *s, unsigned long min, unsigned long max,
              unsigned long *out)
{
	unsigned long n = 0;

	if (s == NULL || s[0] == '\0' || strlen(s) > 9)
		return false;
	for (const char *p = s; *p != '\0'; p++) {
		if (*p < '0' || *p > '9')
			return false;
		n = n * 10 + (unsigned long)(*p - '0');
	}
	if (n < min || n > max)
		return false;
	if (out != NULL)
		*out = n;
	return true;
}

void
validate_unique(struct validate_ctx *v, const char *what, const char *list,
                const char *key, const char *const *ids, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		if (ids[i] == NULL || !validate_is_token(ids[i]))
			continue;
		for (size_t j = 0; j < i; j++) {
			char *item, *first;

			if (ids[j] == NULL || strcmp(ids[i], ids[j]) != 0)
				continue;
			item = xasprintf("%s/%zu", list, i);
			first = xasprintf("%s/%zu", list, j);
			validate_problem(v, validate_line(v, item, key), NULL,
			    "%s \"%s\" is defined twice (first on line %u)",
			    what, ids[i], validate_line(v, first, key));
			free(item);
			free(first);
			break;
		}
	}
}

bool
validate_list(struct validate_ctx *v, const char *label, const char *item,
              const char *key, size_t n)
{
	const struct catalog_line *it;

	if (n > 0)
		return true;
	if (item[0] == '\0')
		it = catalog_lines_get(v->lines, key);
	else
		it = catalog_lines_getf(v->lines, "%s/%s", item, key);
	if (it == NULL)
		validate_problem(v, validate_line(v, item, NULL), label,
		    "missing required key \"%s\"", key);
	else
		validate_problem(v, it->line, label, "%s is empty", key);
	return false;
}

static bool
validate_is_catalog_id(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > CATALOG_MAX_ID || s[0] == '.' || s[0] == '-')
		return false;
	for (size_t i = 0; i < n; i++)
		if (strchr("abcdefghijklmnopqrstuvwxyz0123456789.-", s[i]) ==
		    NULL)
			return false;
	return true;
}

/* A value fit to quote in a message: short, with what the text rule
 * refuses shown escaped.  Caller frees. */
static char *
validate_shown(const char *s)
{
	char *esc = utf8_escape(s), *shown = utf8_truncate(esc, 40, false);

	free(esc);
	return shown;
}

/* The top-level scalar key, with a problem when it is absent or not a
 * scalar; NULL then. */
static const char *
validate_head_key(struct validate_ctx *v, const char *key)
{
	const struct catalog_line *it = catalog_lines_get(v->lines, key);

	if (it == NULL) {
		validate_problem(v, catalog_lines_at(v->lines, "%s", ""), NULL,
		    "missing required key \"%s\"", key);
		return NULL;
	}
	if (it->type != CATALOG_NODE_SCALAR) {
		validate_problem(v, it->line, NULL, "%s must be a single value",
		    key);
		return NULL;
	}
	return it->value;
}

enum isms_status
catalog_validate_head(const struct catalog_lines *li, const char *file,
                      enum catalog_kind *kind, struct diag_list *diags)
{
	static const enum catalog_kind kinds[] = {
		CATALOG_FRAMEWORK, CATALOG_DOCUMENTS, CATALOG_MATRIX,
	};
	struct validate_ctx v = { file, li, diags, 0 };
	const char *format = validate_head_key(&v, "format");
	const char *name = validate_head_key(&v, "kind");
	bool known = false;
	char *shown;

	if (format != NULL && !validate_uint(format, CATALOG_FORMAT,
	    CATALOG_FORMAT, NULL)) {
		shown = validate_shown(format);
		validate_problem(&v, validate_line(&v, "", "format"), NULL,
		    "unsupported format \"%s\" (expected %d)", shown,
		    CATALOG_FORMAT);
		free(shown);
	}
	for (size_t i = 0; name != NULL && i < 3; i++) {
		if (strcmp(name, catalog_kind_name(kinds[i])) == 0) {
			*kind = kinds[i];
			known = true;
		}
	}
	if (name != NULL && !known) {
		shown = validate_shown(name);
		validate_problem(&v, validate_line(&v, "", "kind"), NULL,
		    "unknown kind \"%s\" (expected framework, documents or "
		    "risk-matrix)", shown);
		free(shown);
	}
	return v.problems ? ISMS_CATALOG : ISMS_OK;
}

bool
validate_catalog_id(struct validate_ctx *v, const char *label,
                    const char *item, const char *key, const char *s,
                    bool required)
{
	if (!validate_text(v, label, item, key, s, CATALOG_MAX_ID, required))
		return false;
	if (validate_is_catalog_id(s))
		return true;
	validate_problem(v, validate_line(v, item, key), label,
	    "%s \"%s\" is not a valid catalog id (lowercase letters, digits, "
	    "\".\" and \"-\", starting with a letter or digit)", key, s);
	return false;
}

static void
validate_common(struct validate_ctx *v, const struct catalog_raw_head *h)
{
	validate_catalog_id(v, NULL, "", "id", h->id, true);
	validate_text(v, NULL, "", "title", h->title, CATALOG_MAX_TITLE, true);
}

enum isms_status
catalog_validate(enum catalog_kind kind, const void *raw,
                 const struct catalog_lines *li, const char *file,
                 struct diag_list *diags)
{
	static const struct catalog_raw_framework no_fw;
	static const struct catalog_raw_documents no_dl;
	static const struct catalog_raw_matrix no_m;
	struct validate_ctx v = { file, li, diags, 0 };

	switch (kind) {
	case CATALOG_FRAMEWORK:
		validate_common(&v, raw ? raw : &no_fw.head);
		validate_framework(&v, raw ? raw : &no_fw);
		break;
	case CATALOG_DOCUMENTS:
		validate_common(&v, raw ? raw : &no_dl.head);
		validate_documents(&v, raw ? raw : &no_dl);
		break;
	case CATALOG_MATRIX:
		validate_common(&v, raw ? raw : &no_m.head);
		validate_matrix(&v, raw ? raw : &no_m);
		break;
	}
	return v.problems ? ISMS_CATALOG : ISMS_OK;
}
