/*
 * convert.c - copy a validated catalog out of libcyaml's memory.
 *
 * libcyaml's data lives in blocks counted by the loader's capped allocator
 * and must go back through cyaml_free(); the rest of isms gets plain C
 * structs from the xmalloc family instead, which it owns and releases with
 * catalog_free().  Strings are copied, numbers and booleans (already parsed
 * strictly by the validator) become numbers and booleans, level ids in the
 * matrix grid become indexes into the levels.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/catalog/convert.h"
#include "isms/catalog/schema.h"
#include "isms/util/xmalloc.h"

static char **
convert_strings(char *const *in, size_t n)
{
	char **out = xcalloc(n + 1, sizeof *out);

	for (size_t i = 0; i < n; i++)
		out[i] = xstrdup(in[i]);
	return out;
}

static void
convert_requirement(struct catalog_requirement *r,
                    const struct catalog_raw_requirement *in)
{
	r->id = xstrdup(in->id);
	r->kind = xstrdup(in->kind);
	r->parent = xstrdup(in->parent);
	r->title = xstrdup(in->title);
	r->summary = xstrdup(in->summary);
	r->theme = xstrdup(in->theme);
	r->is_new = in->is_new != NULL && strcmp(in->is_new, "true") == 0;
	r->n_attrs = in->n_attrs;
	r->attrs = xcalloc(in->n_attrs + 1, sizeof *r->attrs);
	for (size_t j = 0; j < in->n_attrs; j++) {
		r->attrs[j].set = xstrdup(in->attrs[j].set);
		r->attrs[j].n_values = in->attrs[j].n_values;
		r->attrs[j].values = convert_strings(in->attrs[j].values,
		    in->attrs[j].n_values);
	}
}

static void
convert_framework(struct catalog_framework *fw,
                  const struct catalog_raw_framework *in)
{
	fw->title = xstrdup(in->head.title);
	fw->version = xstrdup(in->version);
	fw->n_themes = in->n_themes;
	fw->themes = xcalloc(in->n_themes + 1, sizeof *fw->themes);
	for (size_t i = 0; i < in->n_themes; i++) {
		fw->themes[i].id = xstrdup(in->themes[i].id);
		fw->themes[i].title = xstrdup(in->themes[i].title);
	}
	fw->n_attr_sets = in->n_attr_sets;
	fw->attr_sets = xcalloc(in->n_attr_sets + 1, sizeof *fw->attr_sets);
	for (size_t i = 0; i < in->n_attr_sets; i++) {
		fw->attr_sets[i].id = xstrdup(in->attr_sets[i].id);
		fw->attr_sets[i].title = xstrdup(in->attr_sets[i].title);
		fw->attr_sets[i].n_values = in->attr_sets[i].n_values;
		fw->attr_sets[i].values = convert_strings(
		    in->attr_sets[i].values, in->attr_sets[i].n_values);
	}
	fw->n_reqs = in->n_reqs;
	fw->reqs = xcalloc(in->n_reqs + 1, sizeof *fw->reqs);
	for (size_t i = 0; i < in->n_reqs; i++)
		convert_requirement(&fw->reqs[i], &in->reqs[i]);
}

static void
convert_documents(struct catalog_documents *dl,
                  const struct catalog_raw_documents *in)
{
	dl->title = xstrdup(in->head.title);
	dl->framework = xstrdup(in->framework);
	dl->n_docs = in->n_docs;
	dl->docs = xcalloc(in->n_docs + 1, sizeof *dl->docs);
	for (size_t i = 0; i < in->n_docs; i++) {
		dl->docs[i].id = xstrdup(in->docs[i].id);
		dl->docs[i].kind = xstrdup(in->docs[i].kind);
		dl->docs[i].name = xstrdup(in->docs[i].name);
		dl->docs[i].ref = xstrdup(in->docs[i].ref);
		dl->docs[i].item = xstrdup(in->docs[i].item);
	}
}

static struct catalog_scale_level *
convert_scale(const struct catalog_raw_scale_level *in, size_t n)
{
	struct catalog_scale_level *out = xcalloc(n + 1, sizeof *out);

	for (size_t i = 0; i < n; i++) {
		out[i].abbrev = xstrdup(in[i].abbrev);
		out[i].name = xstrdup(in[i].name);
		out[i].criteria = xstrdup(in[i].criteria);
	}
	return out;
}

/* Index of the level with this id (known to exist). */
static unsigned
convert_level(const struct catalog_matrix *m, const char *id)
{
	unsigned i;

	for (i = 0; i + 1 < m->n_levels; i++)
		if (strcmp(m->levels[i].id, id) == 0)
			break;
	return i;
}

static void
convert_matrix(struct catalog_matrix *m, const struct catalog_raw_matrix *in,
               const struct catalog_lines *li)
{
	m->title = xstrdup(in->head.title);
	m->n_likelihood = in->n_likelihood;
	m->likelihood = convert_scale(in->likelihood, in->n_likelihood);
	m->n_impact = in->n_impact;
	m->impact = convert_scale(in->impact, in->n_impact);
	m->n_levels = in->n_levels;
	m->levels = xcalloc(in->n_levels + 1, sizeof *m->levels);
	for (size_t i = 0; i < in->n_levels; i++) {
		m->levels[i].id = xstrdup(in->levels[i].id);
		m->levels[i].name = xstrdup(in->levels[i].name);
		m->levels[i].colour = xstrdup(in->levels[i].colour);
		m->levels[i].review_days =
		    (unsigned)strtoul(in->levels[i].review_days, NULL, 10);
	}
	m->grid = xcalloc(m->n_likelihood * m->n_impact + 1, sizeof *m->grid);
	for (size_t l = 0; l < m->n_likelihood; l++)
		for (size_t i = 0; i < m->n_impact; i++)
			m->grid[l * m->n_impact + i] = convert_level(m,
			    catalog_lines_scalar(li, "grid/%zu/%zu", l, i));
	m->acceptance = convert_level(m, in->acceptance);
}

struct catalog *
catalog_convert(enum catalog_kind kind, const void *raw,
                const struct catalog_lines *li, const char *path)
{
	const struct catalog_raw_head *head = raw;
	struct catalog *c = xcalloc(1, sizeof *c);

	c->kind = kind;
	c->id = xstrdup(head->id);
	c->path = xstrdup(path);
	switch (kind) {
	case CATALOG_FRAMEWORK:
		convert_framework(&c->u.framework, raw);
		break;
	case CATALOG_DOCUMENTS:
		convert_documents(&c->u.documents, raw);
		break;
	case CATALOG_MATRIX:
		convert_matrix(&c->u.matrix, raw, li);
		break;
	}
	return c;
}
