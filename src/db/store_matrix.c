/*
 * store_matrix.c - reading the risk matrix copied into the database at
 * init: scales with their criteria, levels, the grid and the acceptance
 * criterion.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/db/store_matrix.h"
#include "isms/util/xmalloc.h"

static void
head_read(struct db_stmt *st, void *elem)
{
	struct matrix *mx = elem;

	mx->id = db_column_dup(st, 0);
	mx->title = db_column_dup(st, 1);
	mx->version = (int)db_column_int(st, 2);
	mx->acceptance_rank = (int)db_column_int(st, 3);
}

static void
step_read(struct db_stmt *st, void *elem)
{
	struct matrix_step *s = elem;

	s->value = (int)db_column_int(st, 0);
	s->abbrev = db_column_dup(st, 1);
	s->name = db_column_dup(st, 2);
	s->criteria = db_column_dup(st, 3);
}

static void
step_release(void *elem)
{
	matrix_step_done(elem);
}

static void
level_read(struct db_stmt *st, void *elem)
{
	struct matrix_level *l = elem;

	l->rank = (int)db_column_int(st, 0);
	l->id = db_column_dup(st, 1);
	l->name = db_column_dup(st, 2);
	l->colour = db_column_dup(st, 3);
	l->review_days = (int)db_column_int(st, 4);
}

static void
level_release(void *elem)
{
	struct matrix_level *l = elem;

	free(l->id);
	free(l->name);
	free(l->colour);
}

struct cell {
	int l, i, rank;
};

static void
cell_read(struct db_stmt *st, void *elem)
{
	struct cell *c = elem;

	c->l = (int)db_column_int(st, 0);
	c->i = (int)db_column_int(st, 1);
	c->rank = (int)db_column_int(st, 2);
}

static enum isms_status
matrix_steps(struct db *db, struct matrix *mx, const char *axis,
             struct matrix_step **out, int *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	size_t count = 0;

	rc = db_prepare(db, "SELECT value, abbrev, name, criteria FROM "
	    "matrix_scale WHERE matrix_id = :m AND axis = :axis ORDER BY "
	    "value;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":m", mx->id);
	db_bind_text(st, ":axis", axis);
	*out = db_fetch_all(st, sizeof **out, step_read, step_release, &count,
	    &rc, cause);
	*n = (int)count;
	db_finalize(st);
	return rc;
}

static enum isms_status
matrix_levels(struct db *db, struct matrix *mx, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	size_t count = 0;

	rc = db_prepare(db, "SELECT rank, id, name, colour, review_days FROM "
	    "matrix_level WHERE matrix_id = :m ORDER BY rank;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":m", mx->id);
	mx->levels = db_fetch_all(st, sizeof *mx->levels, level_read,
	    level_release, &count, &rc, cause);
	mx->n_levels = (int)count;
	db_finalize(st);
	return rc;
}

static enum isms_status
matrix_grid(struct db *db, struct matrix *mx, char **cause)
{
	struct db_stmt *st;
	struct cell *cells;
	enum isms_status rc;
	size_t n;

	rc = db_prepare(db, "SELECT likelihood, impact, level_rank FROM "
	    "matrix_cell WHERE matrix_id = :m;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":m", mx->id);
	cells = db_fetch_all(st, sizeof *cells, cell_read, NULL, &n, &rc,
	    cause);
	db_finalize(st);
	mx->grid = xcalloc((size_t)(mx->n_likelihood * mx->n_impact) + 1,
	    sizeof *mx->grid);
	for (size_t k = 0; k < n; k++)
		if (cells[k].l >= 1 && cells[k].l <= mx->n_likelihood &&
		    cells[k].i >= 1 && cells[k].i <= mx->n_impact)
			mx->grid[(cells[k].l - 1) * mx->n_impact + cells[k].i -
			    1] = cells[k].rank;
	free(cells);
	return rc;
}

enum isms_status
store_matrix_load(struct db *db, const char *id, struct matrix **out,
                  char **cause)
{
	struct matrix *mx = xcalloc(1, sizeof *mx);
	struct db_stmt *st;
	enum isms_status rc;

	*out = NULL;
	rc = db_prepare(db, "SELECT id, title, version, acceptance_rank FROM "
	    "matrix WHERE id = :id;", &st, cause);
	if (rc != ISMS_OK) {
		free(mx);
		return rc;
	}
	db_bind_text(st, ":id", id);
	rc = db_fetch_one(st, head_read, mx, cause);
	db_finalize(st);
	if (rc == ISMS_NOT_FOUND)
		rc = status_fail(cause, rc, "%s: no such risk matrix", id);
	if (rc == ISMS_OK)
		rc = matrix_steps(db, mx, "likelihood", &mx->likelihood,
		    &mx->n_likelihood, cause);
	if (rc == ISMS_OK)
		rc = matrix_steps(db, mx, "impact", &mx->impact, &mx->n_impact,
		    cause);
	if (rc == ISMS_OK)
		rc = matrix_levels(db, mx, cause);
	if (rc == ISMS_OK)
		rc = matrix_grid(db, mx, cause);
	if (rc != ISMS_OK) {
		matrix_free(mx);
		return rc;
	}
	*out = mx;
	return ISMS_OK;
}

enum isms_status
store_matrix_ids(struct db *db, char ***ids, size_t *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "SELECT id FROM matrix ORDER BY id;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	*ids = db_fetch_texts(st, n, &rc, cause);
	db_finalize(st);
	return rc;
}
