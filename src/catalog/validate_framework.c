/*
 * validate_framework.c - the rules of a framework catalog.
 *
 * Themes and attribute sets are declared once, with unique ids and values;
 * requirements have unique ids, a known kind, a parent that comes before
 * them, a declared theme (required for controls), a strict boolean "new",
 * and attributes drawn from declared sets, each set at most once.  Every
 * problem is reported; a broken part never hides the checks of the others.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/catalog/validate.h"
#include "isms/util/xmalloc.h"

/* Index of the theme with this id, or n_themes. */
static size_t
fw_theme(const struct catalog_raw_framework *fw, const char *id)
{
	size_t i;

	for (i = 0; i < fw->n_themes; i++)
		if (fw->themes[i].id != NULL &&
		    strcmp(fw->themes[i].id, id) == 0)
			break;
	return i;
}

/* Index of the attribute set with this id, or n_attr_sets. */
static size_t
fw_set(const struct catalog_raw_framework *fw, const char *id)
{
	size_t i;

	for (i = 0; i < fw->n_attr_sets; i++)
		if (fw->attr_sets[i].id != NULL &&
		    strcmp(fw->attr_sets[i].id, id) == 0)
			break;
	return i;
}

/* True when the set lists value. */
static bool
fw_set_has(const struct catalog_raw_attr_set *set, const char *value)
{
	for (size_t i = 0; i < set->n_values; i++)
		if (set->values[i] != NULL &&
		    strcmp(set->values[i], value) == 0)
			return true;
	return false;
}

static void
fw_themes(struct validate_ctx *v, const struct catalog_raw_framework *fw)
{
	const char **ids = xcalloc(fw->n_themes + 1, sizeof *ids);

	for (size_t i = 0; i < fw->n_themes; i++) {
		const struct catalog_raw_theme *t = &fw->themes[i];
		char *item = xasprintf("themes/%zu", i);
		char *label = validate_label("theme", t->id, i);

		validate_token(v, label, item, "id", t->id, true);
		validate_text(v, label, item, "title", t->title,
		    CATALOG_MAX_TITLE, true);
		ids[i] = t->id;
		free(label);
		free(item);
	}
	validate_unique(v, "theme", "themes", "id", ids, fw->n_themes);
	free(ids);
}

static void
fw_attr_set(struct validate_ctx *v, const struct catalog_raw_attr_set *set,
            size_t i)
{
	char *item = xasprintf("attribute_sets/%zu", i);
	char *label = validate_label("attribute set", set->id, i);
	char *list = xasprintf("%s/values", item);
	char *what = xasprintf("%s value", label);

	validate_token(v, label, item, "id", set->id, true);
	validate_text(v, label, item, "title", set->title, CATALOG_MAX_TITLE,
	    true);
	if (validate_list(v, label, item, "values", set->n_values)) {
		for (size_t j = 0; j < set->n_values; j++) {
			char *vitem = xasprintf("%s/%zu", list, j);

			validate_token(v, label, vitem, NULL, set->values[j],
			    true);
			free(vitem);
		}
		validate_unique(v, what, list, NULL,
		    (const char *const *)set->values, set->n_values);
	}
	free(what);
	free(list);
	free(label);
	free(item);
}

static void
fw_attr_sets(struct validate_ctx *v, const struct catalog_raw_framework *fw)
{
	const char **ids = xcalloc(fw->n_attr_sets + 1, sizeof *ids);

	for (size_t i = 0; i < fw->n_attr_sets; i++) {
		fw_attr_set(v, &fw->attr_sets[i], i);
		ids[i] = fw->attr_sets[i].id;
	}
	validate_unique(v, "attribute set", "attribute_sets", "id", ids,
	    fw->n_attr_sets);
	free(ids);
}

/* Check the values a requirement gives in one attribute set; s is the
 * declared set, or NULL when it is unknown. */
static void
fw_attr_values(struct validate_ctx *v, const char *label, const char *aitem,
               const struct catalog_raw_attr *a,
               const struct catalog_raw_attr_set *s)
{
	for (size_t k = 0; k < a->n_values; k++) {
		char *vitem = xasprintf("%s/values/%zu", aitem, k);
		unsigned line = validate_line(v, vitem, NULL);
		const char *val = a->values[k];

		if (validate_token(v, label, vitem, NULL, val, true)) {
			size_t m;

			for (m = 0; m < k; m++)
				if (a->values[m] != NULL &&
				    strcmp(a->values[m], val) == 0)
					break;
			if (m < k)
				validate_problem(v, line, label,
				    "attribute set %s lists \"%s\" twice",
				    a->set, val);
			else if (s != NULL && !fw_set_has(s, val))
				validate_problem(v, line, label,
				    "attribute set %s has no value \"%s\"",
				    a->set, val);
		}
		free(vitem);
	}
}

static void
fw_attrs(struct validate_ctx *v, const struct catalog_raw_framework *fw,
         const struct catalog_raw_requirement *r, const char *label,
         const char *item)
{
	for (size_t j = 0; j < r->n_attrs; j++) {
		const struct catalog_raw_attr *a = &r->attrs[j];
		char *aitem = xasprintf("%s/attributes/%zu", item, j);
		unsigned line = validate_line(v, aitem, "set");
		const struct catalog_raw_attr_set *s = NULL;
		size_t k;

		if (validate_token(v, label, aitem, "set", a->set, true)) {
			for (k = 0; k < j; k++)
				if (r->attrs[k].set != NULL &&
				    strcmp(r->attrs[k].set, a->set) == 0)
					break;
			if (k < j)
				validate_problem(v, line, label,
				    "attribute set %s is given twice (first on "
				    "line %u)", a->set,
				    catalog_lines_at(v->lines,
				    "%s/attributes/%zu/set", item, k));
			else if (fw_set(fw, a->set) == fw->n_attr_sets)
				validate_problem(v, line, label,
				    "unknown attribute set \"%s\"", a->set);
			else
				s = &fw->attr_sets[fw_set(fw, a->set)];
			if (a->n_values == 0)
				validate_problem(v, line, label,
				    "attribute set %s has no values", a->set);
			fw_attr_values(v, label, aitem, a, s);
		}
		free(aitem);
	}
}

static void
fw_parent(struct validate_ctx *v, const struct catalog_raw_framework *fw,
          size_t i, const char *label, const char *item)
{
	const char *p = fw->reqs[i].parent;
	unsigned line = validate_line(v, item, "parent");
	size_t j;

	for (j = 0; j < fw->n_reqs; j++)
		if (fw->reqs[j].id != NULL && strcmp(fw->reqs[j].id, p) == 0)
			break;
	if (j == fw->n_reqs)
		validate_problem(v, line, label, "unknown parent \"%s\"", p);
	else if (j == i)
		validate_problem(v, line, label, "parent \"%s\" is the "
		    "requirement itself", p);
	else if (j > i)
		validate_problem(v, line, label, "parent \"%s\" must come "
		    "before it (it is on line %u)", p,
		    catalog_lines_at(v->lines, "requirements/%zu", j));
}

static void
fw_requirement(struct validate_ctx *v, const struct catalog_raw_framework *fw,
               size_t i)
{
	const struct catalog_raw_requirement *r = &fw->reqs[i];
	char *item = xasprintf("requirements/%zu", i);
	char *label = validate_label("requirement", r->id, i);
	bool control = r->kind != NULL && strcmp(r->kind, "control") == 0;

	validate_token(v, label, item, "id", r->id, true);
	if (validate_text(v, label, item, "kind", r->kind, CATALOG_MAX_ID,
	    true) && !control && strcmp(r->kind, "clause") != 0)
		validate_problem(v, validate_line(v, item, "kind"), label,
		    "unknown kind \"%s\" (expected clause or control)",
		    r->kind);
	if (validate_token(v, label, item, "parent", r->parent, false))
		fw_parent(v, fw, i, label, item);
	validate_text(v, label, item, "title", r->title, CATALOG_MAX_TITLE,
	    true);
	validate_text(v, label, item, "summary", r->summary, CATALOG_MAX_TEXT,
	    true);
	if (validate_token(v, label, item, "theme", r->theme, control) &&
	    fw_theme(fw, r->theme) == fw->n_themes)
		validate_problem(v, validate_line(v, item, "theme"), label,
		    "undeclared theme \"%s\"", r->theme);
	if (validate_text(v, label, item, "new", r->is_new, CATALOG_MAX_ID,
	    false) && strcmp(r->is_new, "true") != 0 &&
	    strcmp(r->is_new, "false") != 0)
		validate_problem(v, validate_line(v, item, "new"), label,
		    "new must be true or false, not \"%s\"", r->is_new);
	fw_attrs(v, fw, r, label, item);
	free(label);
	free(item);
}

static void
fw_requirements(struct validate_ctx *v, const struct catalog_raw_framework *fw)
{
	const char **ids = xcalloc(fw->n_reqs + 1, sizeof *ids);
	bool controls = false;

	if (!validate_list(v, NULL, "", "requirements", fw->n_reqs)) {
		free(ids);
		return;
	}
	for (size_t i = 0; i < fw->n_reqs; i++) {
		fw_requirement(v, fw, i);
		ids[i] = fw->reqs[i].id;
		if (fw->reqs[i].kind != NULL &&
		    strcmp(fw->reqs[i].kind, "control") == 0)
			controls = true;
	}
	validate_unique(v, "requirement", "requirements", "id", ids,
	    fw->n_reqs);
	free(ids);
	if (controls && fw->n_themes == 0)
		validate_list(v, NULL, "", "themes", 0);
}

void
validate_framework(struct validate_ctx *v,
                   const struct catalog_raw_framework *fw)
{
	validate_text(v, NULL, "", "version", fw->version, CATALOG_MAX_ID,
	    true);
	fw_themes(v, fw);
	fw_attr_sets(v, fw);
	fw_requirements(v, fw);
}
