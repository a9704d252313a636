/*
 * load.c - read, check, decode, validate and convert one catalog file.
 *
 * The stages run in order and each stops the load when it finds problems:
 * the file is read with a size cap (fsutil); it must be text (no NUL byte,
 * valid UTF-8); libyaml indexes its lines and refuses hostile structure
 * (lines.c); "format" and "kind" choose the schema (validate.c); libcyaml
 * decodes it under a capped, silent configuration (decode.c); the
 * validator collects every remaining problem; and only a clean catalog is
 * copied into a struct catalog (convert.c).  Problems are sorted by line
 * before they reach the caller.  Nothing here prints or exits.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/catalog/catalog.h"
#include "isms/catalog/convert.h"
#include "isms/catalog/decode.h"
#include "isms/catalog/lines.h"
#include "isms/catalog/validate.h"
#include "isms/util/fsutil.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

const char *
catalog_kind_name(enum catalog_kind kind)
{
	switch (kind) {
	case CATALOG_FRAMEWORK:
		return "framework";
	case CATALOG_DOCUMENTS:
		return "documents";
	case CATALOG_MATRIX:
		return "risk-matrix";
	}
	return "unknown";
}

/* The 1-based line of byte off in data. */
static unsigned
load_line_of(const char *data, size_t off)
{
	unsigned line = 1;

	for (size_t i = 0; i < off; i++)
		if (data[i] == '\n')
			line++;
	return line;
}

/* Refuse binary files and invalid UTF-8, naming the first bad line. */
static enum isms_status
load_check_text(const char *path, const char *data, size_t len,
                struct diag_list *diags)
{
	const char *nul = memchr(data, '\0', len);
	size_t start = 0;
	unsigned line = 1;

	if (nul != NULL) {
		diag_add(diags, path, load_line_of(data, (size_t)(nul - data)),
		    "contains a NUL byte: not a text file");
		return ISMS_CATALOG;
	}
	while (start < len) {
		const char *nl = memchr(data + start, '\n', len - start);
		size_t end = nl != NULL ? (size_t)(nl - data) : len;

		if (!utf8_valid(data + start, end - start)) {
			diag_add(diags, path, line,
			    "invalid UTF-8: catalogs must be UTF-8 text");
			return ISMS_CATALOG;
		}
		start = end + 1;
		line++;
	}
	return ISMS_OK;
}

/* Everything after reading: index, decode, validate, convert. */
static enum isms_status
load_parse(const char *path, const char *data, size_t len,
           struct catalog **out, struct diag_list *diags)
{
	struct catalog_lines li;
	struct catalog_decoded d;
	enum catalog_kind kind = CATALOG_FRAMEWORK;
	enum isms_status st;

	memset(&d, 0, sizeof d);
	catalog_lines_init(&li);
	st = catalog_lines_scan(&li, path, data, len, diags);
	if (st == ISMS_OK)
		st = catalog_validate_head(&li, path, &kind, diags);
	if (st == ISMS_OK)
		st = catalog_decode(&d, kind, path, data, len, &li, diags);
	if (st == ISMS_OK)
		st = catalog_validate(kind, d.raw, &li, path, diags);
	if (st == ISMS_OK)
		*out = catalog_convert(kind, d.raw, &li, path);
	catalog_decode_done(&d);
	catalog_lines_done(&li);
	return st;
}

/* A read failure as a diag, without fsutil's "path: " prefix. */
static void
load_io_problem(const char *path, const char *cause, struct diag_list *diags)
{
	size_t n = strlen(path);

	if (cause == NULL)
		cause = "cannot read";
	else if (strncmp(cause, path, n) == 0 &&
	    strncmp(cause + n, ": ", 2) == 0)
		cause += n + 2;
	diag_add(diags, path, 0, "%s", cause);
}

enum isms_status
catalog_load(const char *path, struct catalog **out, struct diag_list *diags)
{
	struct diag_list mine;
	char *data = NULL, *cause = NULL;
	size_t len = 0;
	enum isms_status st;

	*out = NULL;
	diag_list_init(&mine);
	st = fs_read_file(path, CATALOG_MAX_BYTES, &data, &len, &cause);
	if (st != ISMS_OK) {
		load_io_problem(path, cause, &mine);
		if (st != ISMS_NOMEM)
			st = ISMS_IO;
	} else {
		st = load_check_text(path, data, len, &mine);
		if (st == ISMS_OK)
			st = load_parse(path, data, len, out, &mine);
	}
	free(cause);
	free(data);
	diag_sort(&mine);
	for (size_t i = 0; diags != NULL && i < mine.count; i++)
		diag_add(diags, mine.items[i].file, mine.items[i].line, "%s",
		    mine.items[i].message);
	diag_list_done(&mine);
	return st;
}

static void
catalog_free_strings(char **s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(s[i]);
	free(s);
}

static void
catalog_free_framework(struct catalog_framework *fw)
{
	free(fw->title);
	free(fw->version);
	for (size_t i = 0; i < fw->n_themes; i++) {
		free(fw->themes[i].id);
		free(fw->themes[i].title);
	}
	free(fw->themes);
	for (size_t i = 0; i < fw->n_attr_sets; i++) {
		free(fw->attr_sets[i].id);
		free(fw->attr_sets[i].title);
		catalog_free_strings(fw->attr_sets[i].values,
		    fw->attr_sets[i].n_values);
	}
	free(fw->attr_sets);
	for (size_t i = 0; i < fw->n_reqs; i++) {
		struct catalog_requirement *r = &fw->reqs[i];

		free(r->id);
		free(r->kind);
		free(r->parent);
		free(r->title);
		free(r->summary);
		free(r->theme);
		for (size_t j = 0; j < r->n_attrs; j++) {
			free(r->attrs[j].set);
			catalog_free_strings(r->attrs[j].values,
			    r->attrs[j].n_values);
		}
		free(r->attrs);
	}
	free(fw->reqs);
}

static void
catalog_free_documents(struct catalog_documents *dl)
{
	free(dl->title);
	free(dl->framework);
	for (size_t i = 0; i < dl->n_docs; i++) {
		free(dl->docs[i].id);
		free(dl->docs[i].kind);
		free(dl->docs[i].name);
		free(dl->docs[i].ref);
		free(dl->docs[i].item);
	}
	free(dl->docs);
}

static void
catalog_free_scale(struct catalog_scale_level *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(s[i].abbrev);
		free(s[i].name);
		free(s[i].criteria);
	}
	free(s);
}

static void
catalog_free_matrix(struct catalog_matrix *m)
{
	free(m->title);
	catalog_free_scale(m->likelihood, m->n_likelihood);
	catalog_free_scale(m->impact, m->n_impact);
	for (size_t i = 0; i < m->n_levels; i++) {
		free(m->levels[i].id);
		free(m->levels[i].name);
		free(m->levels[i].colour);
	}
	free(m->levels);
	free(m->grid);
}

void
catalog_free(struct catalog *c)
{
	if (c == NULL)
		return;
	switch (c->kind) {
	case CATALOG_FRAMEWORK:
		catalog_free_framework(&c->u.framework);
		break;
	case CATALOG_DOCUMENTS:
		catalog_free_documents(&c->u.documents);
		break;
	case CATALOG_MATRIX:
		catalog_free_matrix(&c->u.matrix);
		break;
	}
	free(c->id);
	free(c->path);
	free(c);
}

const struct catalog_requirement *
catalog_requirement_find(const struct catalog *fw, const char *id)
{
	if (fw == NULL || id == NULL || fw->kind != CATALOG_FRAMEWORK)
		return NULL;
	for (size_t i = 0; i < fw->u.framework.n_reqs; i++)
		if (strcmp(fw->u.framework.reqs[i].id, id) == 0)
			return &fw->u.framework.reqs[i];
	return NULL;
}
