/*
 * validate_matrix.c - the rules of a risk matrix.
 *
 * Two scales (likelihood, impact) and the risk levels each have 2 to 10
 * entries, lowest first; levels have unique ids, a known colour and a
 * review interval parsed strictly.  The grid, which libcyaml cannot decode
 * (a list of lists), is read from the line index: one row per likelihood
 * level, one known level id per impact level, and never lower than the
 * cell below or to the left of it.  The acceptance level must exist.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/catalog/validate.h"
#include "isms/util/xmalloc.h"

static const char *const mx_colours[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
};

/* Index of the level with this id, or n_levels. */
static size_t
mx_level(const struct catalog_raw_matrix *m, const char *id)
{
	size_t i;

	for (i = 0; i < m->n_levels; i++)
		if (m->levels[i].id != NULL && strcmp(m->levels[i].id, id) == 0)
			break;
	return i;
}

static bool
mx_colour_known(const char *c)
{
	for (size_t i = 0; i < sizeof mx_colours / sizeof mx_colours[0]; i++)
		if (strcmp(c, mx_colours[i]) == 0)
			return true;
	return false;
}

/* Characters (not bytes) of UTF-8 text. */
static size_t
mx_chars(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

/* A list of 2 to 10 entries; false when it is missing or empty. */
static bool
mx_count(struct validate_ctx *v, const char *key, size_t n)
{
	if (!validate_list(v, NULL, "", key, n))
		return false;
	if (n < CATALOG_MIN_LEVELS || n > CATALOG_MAX_LEVELS)
		validate_problem(v, validate_line(v, "", key), NULL,
		    "%s has %zu %s (%d to %d allowed)", key, n,
		    n == 1 ? "entry" : "entries", CATALOG_MIN_LEVELS,
		    CATALOG_MAX_LEVELS);
	return true;
}

static void
mx_scale(struct validate_ctx *v, const char *key,
         const struct catalog_raw_scale_level *lv, size_t n)
{
	const char **ids;
	char *what;

	if (!mx_count(v, key, n))
		return;
	ids = xcalloc(n, sizeof *ids);
	for (size_t i = 0; i < n; i++) {
		char *item = xasprintf("%s/%zu", key, i);
		char *label = xasprintf("%s level %zu", key, i + 1);

		if (validate_text(v, label, item, "abbrev", lv[i].abbrev,
		    CATALOG_MAX_ID, true) &&
		    mx_chars(lv[i].abbrev) > CATALOG_MAX_ABBREV)
			validate_problem(v, validate_line(v, item, "abbrev"),
			    label, "abbrev \"%s\" is longer than %d characters",
			    lv[i].abbrev, CATALOG_MAX_ABBREV);
		validate_text(v, label, item, "name", lv[i].name,
		    CATALOG_MAX_TITLE, true);
		validate_text(v, label, item, "criteria", lv[i].criteria,
		    CATALOG_MAX_TEXT, true);
		ids[i] = lv[i].abbrev;
		free(label);
		free(item);
	}
	what = xasprintf("%s abbrev", key);
	validate_unique(v, what, key, "abbrev", ids, n);
	free(what);
	free(ids);
}

static void
mx_levels(struct validate_ctx *v, const struct catalog_raw_matrix *m)
{
	const char **ids;

	if (!mx_count(v, "levels", m->n_levels))
		return;
	ids = xcalloc(m->n_levels, sizeof *ids);
	for (size_t i = 0; i < m->n_levels; i++) {
		const struct catalog_raw_risk_level *l = &m->levels[i];
		char *item = xasprintf("levels/%zu", i);
		char *label = validate_label("level", l->id, i);

		validate_token(v, label, item, "id", l->id, true);
		validate_text(v, label, item, "name", l->name,
		    CATALOG_MAX_TITLE, true);
		if (validate_text(v, label, item, "colour", l->colour,
		    CATALOG_MAX_ID, true) && !mx_colour_known(l->colour))
			validate_problem(v, validate_line(v, item, "colour"),
			    label, "unknown colour \"%s\" (expected black, "
			    "red, green, yellow, blue, magenta, cyan or white)",
			    l->colour);
		if (validate_text(v, label, item, "review_days",
		    l->review_days, CATALOG_MAX_ID, true) &&
		    !validate_uint(l->review_days, 1, CATALOG_MAX_REVIEW_DAYS,
		    NULL))
			validate_problem(v, validate_line(v, item,
			    "review_days"), label, "review_days \"%s\" is not "
			    "a whole number from 1 to %d", l->review_days,
			    CATALOG_MAX_REVIEW_DAYS);
		ids[i] = l->id;
		free(label);
		free(item);
	}
	validate_unique(v, "level", "levels", "id", ids, m->n_levels);
	free(ids);
}

/* Check one cell; its level index, or n_levels when it has none. */
static size_t
mx_cell(struct validate_ctx *v, const struct catalog_raw_matrix *m,
        size_t r, size_t c)
{
	const struct catalog_line *it = catalog_lines_getf(v->lines,
	    "grid/%zu/%zu", r, c);
	size_t k;

	if (it->type != CATALOG_NODE_SCALAR || strlen(it->value) == 0 ||
	    strlen(it->value) > CATALOG_MAX_ID ||
	    strspn(it->value, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") != strlen(it->value)) {
		validate_problem(v, it->line, NULL, "grid row %zu cell %zu is "
		    "not a level id", r + 1, c + 1);
		return m->n_levels;
	}
	k = mx_level(m, it->value);
	if (k == m->n_levels)
		validate_problem(v, it->line, NULL, "grid row %zu cell %zu: "
		    "unknown level \"%s\"", r + 1, c + 1, it->value);
	return k;
}

/* Report a cell lower than the one before it along a scale. */
static void
mx_monotone(struct validate_ctx *v, const struct catalog_raw_matrix *m,
            const size_t *g, size_t rows, size_t cols)
{
	for (size_t r = 0; r < rows; r++) {
		for (size_t c = 0; c < cols; c++) {
			size_t k = g[r * cols + c], pr = r, pc = c;

			if (r > 0 && g[(r - 1) * cols + c] > k)
				pr = r - 1;
			else if (c > 0 && g[r * cols + c - 1] > k)
				pc = c - 1;
			else
				continue;
			validate_problem(v, catalog_lines_at(v->lines,
			    "grid/%zu/%zu", r, c), NULL,
			    "grid row %zu cell %zu (\"%s\") is lower than row "
			    "%zu cell %zu (\"%s\"); risk must not fall as "
			    "likelihood or impact rises", r + 1, c + 1,
			    m->levels[k].id, pr + 1, pc + 1,
			    m->levels[g[pr * cols + pc]].id);
		}
	}
}

/* Check the rows of the grid; false when its shape or a cell is wrong. */
static bool
mx_rows(struct validate_ctx *v, const struct catalog_raw_matrix *m,
        size_t rows, size_t *g)
{
	bool ok = true;

	for (size_t r = 0; r < rows; r++) {
		const struct catalog_line *row = catalog_lines_getf(v->lines,
		    "grid/%zu", r);

		if (row->type != CATALOG_NODE_SEQUENCE) {
			validate_problem(v, row->line, NULL,
			    "grid row %zu must be a list of level ids", r + 1);
			ok = false;
			continue;
		}
		if (row->count != m->n_impact) {
			validate_problem(v, row->line, NULL, "grid row %zu has "
			    "%zu cells but impact has %u levels", r + 1,
			    row->count, m->n_impact);
			ok = false;
		}
		for (size_t c = 0; c < row->count; c++) {
			size_t k = mx_cell(v, m, r, c);

			if (k == m->n_levels)
				ok = false;
			else if (ok)
				g[r * m->n_impact + c] = k;
		}
	}
	return ok;
}

static void
mx_grid(struct validate_ctx *v, const struct catalog_raw_matrix *m)
{
	const struct catalog_line *it = catalog_lines_get(v->lines, "grid");
	size_t *g;
	bool ok;

	if (it == NULL) {
		validate_problem(v, catalog_lines_at(v->lines, "%s", ""), NULL,
		    "missing required key \"grid\"");
		return;
	}
	if (it->type != CATALOG_NODE_SEQUENCE) {
		validate_problem(v, it->line, NULL,
		    "grid must be a list of rows");
		return;
	}
	ok = it->count == m->n_likelihood;
	if (!ok)
		validate_problem(v, it->line, NULL, "grid has %zu rows but "
		    "likelihood has %u levels", it->count, m->n_likelihood);
	g = xcalloc(it->count * m->n_impact + 1, sizeof *g);
	if (mx_rows(v, m, it->count, g) && ok)
		mx_monotone(v, m, g, it->count, m->n_impact);
	free(g);
}

void
validate_matrix(struct validate_ctx *v, const struct catalog_raw_matrix *m)
{
	mx_scale(v, "likelihood", m->likelihood, m->n_likelihood);
	mx_scale(v, "impact", m->impact, m->n_impact);
	mx_levels(v, m);
	mx_grid(v, m);
	if (validate_token(v, NULL, "", "acceptance", m->acceptance, true) &&
	    mx_level(m, m->acceptance) == m->n_levels)
		validate_problem(v, validate_line(v, "", "acceptance"), NULL,
		    "acceptance \"%s\" is not a level id", m->acceptance);
}
