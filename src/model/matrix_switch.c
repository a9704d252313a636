/*
 * matrix_switch.c - moving a populated ISMS to another risk matrix.  Every
 * score is re-mapped by a table the user gives (values not named keep
 * their number when the new scale has it); when a score in use has no
 * place on the new scales, nothing changes and the refusal lists what
 * needs mapping.  Scores are never clamped or wiped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/store_catalog.h"
#include "isms/db/store_isms.h"
#include "isms/db/store_matrix.h"
#include "isms/db/store_risk.h"
#include "isms/model/create.h"
#include "isms_db.h"
#include "isms/model/matrix.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

#define SWITCH_MAX 32

struct switch_maps {
	int l[SWITCH_MAX + 1], i[SWITCH_MAX + 1];   /* old -> new, 0 unset */
};

/* "likelihood:5=4,4=3" or "impact:..." into m. */
static enum isms_status
switch_map_parse(const char *text, struct switch_maps *m, char **cause)
{
	const char *colon = strchr(text, ':');
	int *map;
	const char *p;

	if (colon == NULL)
		goto bad;
	if ((size_t)(colon - text) == 10 &&
	    strncmp(text, "likelihood", 10) == 0)
		map = m->l;
	else if ((size_t)(colon - text) == 6 && strncmp(text, "impact", 6) == 0)
		map = m->i;
	else
		goto bad;
	for (p = colon + 1; *p != '\0';) {
		int from, to, used;

		if (sscanf(p, "%d=%d%n", &from, &to, &used) != 2 || from < 1 ||
		    from > SWITCH_MAX || to < 1 || to > SWITCH_MAX)
			goto bad;
		map[from] = to;
		p += used;
		if (*p == ',')
			p++;
		else if (*p != '\0')
			goto bad;
	}
	return ISMS_OK;
bad:
	return status_fail(cause, ISMS_INVALID, "--map %s: use likelihood:"
	    "OLD=NEW,... or impact:OLD=NEW,... (for example likelihood:5=4,"
	    "4=3)", text);
}

/* Complete map for the values in use on one axis; list what is missing. */
static enum isms_status
switch_axis(struct isms *m, bool likelihood, int *map, int n_new,
            struct buf *missing, char **cause)
{
	struct store_score_use *use;
	size_t n;
	enum isms_status rc = store_scores_used(isms_db(m), likelihood, &use,
	    &n, cause);

	for (size_t k = 0; rc == ISMS_OK && k < n; k++) {
		int v = use[k].value;

		if (v >= 1 && v <= SWITCH_MAX && map[v] == 0 && v <= n_new)
			map[v] = v;
		if (v < 1 || v > SWITCH_MAX || map[v] < 1 || map[v] > n_new)
			buf_printf(missing, "%s%s %d (%zu score%s)",
			    missing->len ? ", " : "", likelihood ?
			    "likelihood" : "impact", v, use[k].count,
			    use[k].count == 1 ? "" : "s");
	}
	free(use);
	return rc;
}

/* The map as recorded in history: "likelihood:4=3,5=3 impact:5=4", only
 * the values it moves; caller frees. */
static char *
switch_map_text(const struct switch_maps *maps)
{
	struct buf b;

	buf_init(&b);
	for (int axis = 0; axis < 2; axis++) {
		const int *map = axis == 0 ? maps->l : maps->i;
		size_t start = b.len;

		for (int v = 1; v <= SWITCH_MAX; v++) {
			if (map[v] == 0 || map[v] == v)
				continue;
			if (b.len == start)
				buf_printf(&b, "%s%s:", b.len ? " " : "",
				    axis == 0 ? "likelihood" : "impact");
			else
				buf_addc(&b, ',');
			buf_printf(&b, "%d=%d", v, map[v]);
		}
	}
	if (b.len == 0)
		buf_adds(&b, "every value kept");
	return buf_take(&b);
}

static enum isms_status
switch_write(struct isms *m, const struct catalog *cat,
             struct switch_maps *maps,
             size_t *remapped, char **cause)
{
	struct db *db = isms_db(m);
	struct row_author author;
	struct matrix *old = NULL;
	char at[21];
	enum isms_status rc;

	isms_author(&author, at);
	if ((rc = db_begin(db, cause)) != ISMS_OK)
		return rc;
	rc = store_matrix_load(db, cat->id, &old, cause);
	if (rc == ISMS_NOT_FOUND) {
		free(*cause);
		*cause = NULL;
		rc = store_import_matrix(db, cat, &author, cause);
	}
	matrix_free(old);
	old = NULL;
	/* scores now record the version of the matrix they are on */
	if (rc == ISMS_OK)
		rc = store_matrix_load(db, cat->id, &old, cause);
	if (rc == ISMS_OK)
		rc = store_remap(db, cat->id, old->version, maps->l, SWITCH_MAX,
		    maps->i, SWITCH_MAX, &author, remapped, cause);
	matrix_free(old);
	/* every level is read anew on the new grid */
	if (rc == ISMS_OK)
		rc = store_risk_rank(db, 0, cause);
	if (rc == ISMS_OK)
		rc = store_isms_set_matrix(db, isms_info(m)->matrix_id, cat->id,
		    &author, cause);
	if (rc == ISMS_OK) {
		char *map = switch_map_text(maps);

		rc = row_history(db, &author, "isms", "isms", "matrix map",
		    NULL, map, cause);
		free(map);
	}
	if (rc == ISMS_OK)
		rc = db_commit(db, cause);
	else
		db_rollback(db);
	if (rc == ISMS_OK)
		rc = isms_refresh(m, cause);
	return rc;
}

enum isms_status
matrix_switch(struct isms *m, const char *id, const char *const *texts,
              size_t n_maps, size_t *remapped, char **cause)
{
	struct switch_maps maps;
	struct catalog *cat = NULL;
	struct buf missing;
	enum isms_status rc;

	*remapped = 0;
	memset(&maps, 0, sizeof maps);
	if ((rc = isms_require_writable(m, cause)) != ISMS_OK)
		return rc;
	if (strcmp(id, isms_info(m)->matrix_id) == 0)
		return status_fail(cause, ISMS_INVALID, "%s: the ISMS already "
		    "scores with this matrix", id);
	for (size_t k = 0; k < n_maps; k++)
		if ((rc = switch_map_parse(texts[k], &maps, cause)) != ISMS_OK)
			return rc;
	if ((rc = isms_catalog_get(id, CATALOG_MATRIX, &cat, cause)) != ISMS_OK)
		return rc;
	buf_init(&missing);
	rc = switch_axis(m, true, maps.l, (int)cat->u.matrix.n_likelihood,
	    &missing, cause);
	if (rc == ISMS_OK)
		rc = switch_axis(m, false, maps.i, (int)cat->u.matrix.n_impact,
		    &missing, cause);
	if (rc == ISMS_OK && missing.len > 0)
		rc = status_fail(cause, ISMS_INVALID, "%s has %zu likelihood "
		    "and %zu impact values; these scores in use need a --map: "
		    "%s; nothing was changed", id, cat->u.matrix.n_likelihood,
		    cat->u.matrix.n_impact, buf_str(&missing));
	if (rc == ISMS_OK)
		rc = switch_write(m, cat, &maps, remapped, cause);
	buf_done(&missing);
	catalog_free(cat);
	return rc;
}
