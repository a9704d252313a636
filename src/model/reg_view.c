/*
 * reg_view.c - the views by window of every windowed register: its query
 * checked and put in stored form by its reg_view hooks, then one call of
 * the view engine (db/view.h).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "isms_db.h"
#include "reg_int.h"
#include "isms/util/xmalloc.h"

bool
reg_windowed(const struct reg *r)
{
	return r->view != NULL;
}

/* The engine's request for query, with its filter (reg_view_end()). */
static enum isms_status
reg_view_begin(struct isms *m, const struct reg *r, const void *query,
               struct view_req *req, char **cause)
{
	void *filter = xcalloc(1, r->view->filter_size);
	enum isms_status rc;

	req->sql = r->view->sql;
	req->filter = filter;
	req->sort = 0;
	req->descending = false;
	rc = r->view->make(m, query, filter, req, cause);
	if (rc != ISMS_OK) {
		r->view->done(filter);
		free(filter);
	}
	return rc;
}

static void
reg_view_end(const struct reg *r, struct view_req *req)
{
	r->view->done((void *)req->filter);
	free((void *)req->filter);
}

enum isms_status
reg_view_count(struct isms *m, const struct reg *r, const void *query,
               size_t *n, char **cause)
{
	struct view_req req;
	enum isms_status rc;

	*n = 0;
	if ((rc = reg_view_begin(m, r, query, &req, cause)) != ISMS_OK)
		return rc;
	if (r->view->is_all != NULL && r->view->is_all(req.filter))
		rc = r->view->total(m, n, cause);
	else
		rc = view_count(isms_db(m), &req, SIZE_MAX, n, cause);
	reg_view_end(r, &req);
	return rc;
}

enum isms_status
reg_view_count_quick(struct isms *m, const struct reg *r, const void *query,
                     size_t *n, bool *exact, char **cause)
{
	struct view_req req;
	enum isms_status rc;

	*n = 0;
	*exact = false;
	if ((rc = reg_view_begin(m, r, query, &req, cause)) != ISMS_OK)
		return rc;
	if (r->view->is_all != NULL && r->view->is_all(req.filter)) {
		rc = r->view->total(m, n, cause);
		*exact = rc == ISMS_OK;
	} else if (r->view->cheap != NULL && r->view->cheap(req.filter)) {
		rc = view_count(isms_db(m), &req, SIZE_MAX, n, cause);
		*exact = rc == ISMS_OK;
	}
	reg_view_end(r, &req);
	return rc;
}

enum isms_status
reg_view_page(struct isms *m, const struct reg *r, const void *query,
              const struct rec_mark *from, int dir, bool inclusive,
              size_t limit, void **rows, struct rec_mark **marks, size_t *n,
              char **cause)
{
	struct view_req req;
	enum isms_status rc;

	*rows = NULL;
	*marks = NULL;
	*n = 0;
	if ((rc = reg_view_begin(m, r, query, &req, cause)) != ISMS_OK)
		return rc;
	rc = view_page(isms_db(m), &req, from, dir, inclusive, limit, rows,
	    marks, n, cause);
	reg_view_end(r, &req);
	return rc;
}

enum isms_status
reg_view_all(struct isms *m, const struct reg *r, const void *query,
             void **rows, size_t *n, char **cause)
{
	struct rec_mark *marks = NULL;
	enum isms_status rc = reg_view_page(m, r, query, NULL, 1, false,
	    SIZE_MAX, rows, &marks, n, cause);

	rec_marks_free(marks, *n);
	return rc;
}

enum isms_status
reg_view_each(struct isms *m, const struct reg *r, const void *query,
              int (*each)(void *ctx, const void *row), void *ctx,
              int *stopped, char **cause)
{
	struct view_req req;
	enum isms_status rc;

	if (stopped != NULL)
		*stopped = 0;
	if ((rc = reg_view_begin(m, r, query, &req, cause)) != ISMS_OK)
		return rc;
	rc = view_each(isms_db(m), &req, each, ctx, stopped, cause);
	reg_view_end(r, &req);
	return rc;
}

enum isms_status
reg_view_rank(struct isms *m, const struct reg *r, const void *query,
              const struct rec_mark *mark, size_t limit, size_t *pos,
              char **cause)
{
	struct view_req req;
	enum isms_status rc;

	*pos = 0;
	if ((rc = reg_view_begin(m, r, query, &req, cause)) != ISMS_OK)
		return rc;
	rc = view_rank(isms_db(m), &req, mark, limit, pos, cause);
	reg_view_end(r, &req);
	return rc;
}

/* The rank up to limit of mark, found in req; the mark is released when
 * that fails. */
static enum isms_status
reg_view_ranked(struct isms *m, const struct view_req *req,
                struct rec_mark *mark, size_t limit, size_t *pos,
                char **cause)
{
	enum isms_status rc = view_rank(isms_db(m), req, mark, limit, pos,
	    cause);

	if (rc != ISMS_OK)
		rec_mark_done(mark);
	return rc;
}

enum isms_status
reg_view_find(struct isms *m, const struct reg *r, const void *query,
              const char *needle, const struct rec_mark *from, int dir,
              size_t limit, size_t *pos, struct rec_mark *mark, char **cause)
{
	struct view_req req;
	enum isms_status rc;

	*pos = 0;
	memset(mark, 0, sizeof *mark);
	if ((rc = reg_view_begin(m, r, query, &req, cause)) != ISMS_OK)
		return rc;
	rc = view_find(isms_db(m), &req, needle, from, dir, mark, cause);
	if (rc == ISMS_OK)
		rc = reg_view_ranked(m, &req, mark, limit, pos, cause);
	reg_view_end(r, &req);
	return rc;
}

enum isms_status
reg_view_position(struct isms *m, const struct reg *r, const void *query,
                  const char *key, size_t limit, size_t *pos,
                  struct rec_mark *mark, char **cause)
{
	struct view_req req;
	enum isms_status rc;

	*pos = 0;
	memset(mark, 0, sizeof *mark);
	if ((rc = reg_view_begin(m, r, query, &req, cause)) != ISMS_OK)
		return rc;
	rc = view_locate(isms_db(m), &req, key, mark, cause);
	if (rc == ISMS_OK)
		rc = reg_view_ranked(m, &req, mark, limit, pos, cause);
	reg_view_end(r, &req);
	if (rc == ISMS_NOT_FOUND)
		rc = status_fail(cause, rc, "%s: not among the records shown "
		    "(a filter hides it, or there is no such %s)", key,
		    r->d->noun);
	return rc;
}
