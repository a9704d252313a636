/*
 * pane_clauses.c - the clause 4-10 checklist as a foldable tree with
 * progress per clause and overdue due dates, and its detail/edit form.
 *
 * The framework's clauses are a fixed, small tree (41 rows), so the pane
 * reads them whole and folds, filters and sorts in memory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isms/model/clause.h"
#include "isms/model/document.h"
#include "isms/rec/vocab.h"
#include "isms/ui/form.h"
#include "isms/ui/recform.h"
#include "isms/ui/table.h"
#include "isms/ui/tabs.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

enum { COL_ID, COL_TITLE, COL_PROGRESS, COL_STATUS, COL_OWNER, COL_DUE };

static const struct layout_col clause_cols[] = {
	{ "Clause", 7, 7, 0, false, 0, false },
	{ "Title", 24, 0, 4, false, 0, false },
	{ "Done", 5, 5, 0, true, 0, false },
	{ "Status", 11, 11, 0, false, 0, false },
	{ "Owner", 10, 24, 1, false, 0, true },
	{ "Due", 11, 11, 0, false, 0, false },
};

struct clause_pane {
	struct app *app;
	struct clause_row *rows;
	size_t n;
	bool *folded;                 /* per row */
	struct clause_progress *prog; /* per row (model/clause.h) */
	size_t *vis;                  /* rows shown, in order */
	size_t n_vis;
	struct table t;
	char today[11];
	char cell[512];
};

static bool
clause_finished(const char *status)
{
	return strcmp(status, "implemented") == 0 ||
	    strcmp(status, "verified") == 0;
}

/* Is row d a descendant of row a?  Ids nest by prefix ("6.1.2" in 6). */
static bool
clause_under(const struct clause_row *a, const struct clause_row *d)
{
	size_t n = strlen(a->id);

	return strncmp(a->id, d->id, n) == 0 && d->id[n] == '.';
}

/* The status row i is shown with: a parent's is its leaves'. */
static const char *
clause_shown_status(const struct clause_pane *p, size_t i)
{
	return p->prog[i].status;
}

/* Where a status stands in the workflow, for sorting. */
static int
clause_status_rank(const char *status)
{
	for (size_t k = 0; k < vocab_clause_status.n_terms; k++)
		if (strcmp(status, vocab_clause_status.terms[k].token) == 0)
			return (int)k;
	return (int)vocab_clause_status.n_terms;
}

static bool
clause_overdue(const struct clause_pane *p, const struct clause_row *r)
{
	return r->due != NULL && r->due[0] != '\0' &&
	    strcmp(r->due, p->today) < 0 && !clause_finished(r->status);
}

static bool
clause_hidden(const struct clause_pane *p, size_t i)
{
	for (size_t a = 0; a < i; a++)
		if (p->folded[a] && clause_under(&p->rows[a], &p->rows[i]))
			return true;
	return false;
}

static bool
clause_matches(const struct clause_pane *p, size_t i, const char *needle)
{
	const struct clause_row *r = &p->rows[i];

	return strcasestr(r->id, needle) != NULL ||
	    strcasestr(r->title, needle) != NULL ||
	    (r->owner != NULL && strcasestr(r->owner, needle) != NULL) ||
	    strcasestr(vocab_label(&vocab_clause_status,
	    clause_shown_status(p, i)), needle) != NULL;
}

static const char *
clause_key(const struct clause_row *r, size_t col)
{
	switch (col) {
	case COL_TITLE: return r->title;
	case COL_OWNER: return r->owner != NULL ? r->owner : "";
	case COL_DUE: return r->due != NULL ? r->due : "";
	default: return "";
	}
}

static struct clause_pane *clause_sorting;

static int
clause_cmp(const void *a, const void *b)
{
	const struct clause_pane *p = clause_sorting;
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	int c = 0;

	if (p->t.sort_col == COL_PROGRESS)
		c = (p->prog[i].total ? (int)(100 * p->prog[i].done /
		    p->prog[i].total) : -1) - (p->prog[j].total ?
		    (int)(100 * p->prog[j].done / p->prog[j].total) : -1);
	else if (p->t.sort_col == COL_STATUS)   /* in workflow order */
		c = clause_status_rank(clause_shown_status(p, i)) -
		    clause_status_rank(clause_shown_status(p, j));
	else if (p->t.sort_col != COL_ID)
		c = strcasecmp(clause_key(&p->rows[i], p->t.sort_col),
		    clause_key(&p->rows[j], p->t.sort_col));
	if (c == 0)
		c = i < j ? -1 : i > j;
	return p->t.sort_desc ? -c : c;
}

static void
clause_query(void *ctx, size_t *cursor)
{
	struct clause_pane *p = ctx;
	size_t keep = *cursor < p->n_vis ? p->vis[*cursor] : (size_t)-1;
	bool flat = p->t.filter[0] != '\0' || p->t.sort_col != COL_ID ||
	    p->t.sort_desc;

	p->n_vis = 0;
	for (size_t i = 0; i < p->n; i++) {
		if (flat ? !clause_matches(p, i, p->t.filter) :
		    clause_hidden(p, i))
			continue;
		p->vis[p->n_vis++] = i;
	}
	if (p->t.sort_col != COL_ID || p->t.sort_desc) {
		clause_sorting = p;
		qsort(p->vis, p->n_vis, sizeof *p->vis, clause_cmp);
	}
	*cursor = 0;
	for (size_t v = 0; v < p->n_vis; v++)
		if (p->vis[v] == keep)
			*cursor = v;
}

static size_t
clause_count(void *ctx)
{
	return ((struct clause_pane *)ctx)->n_vis;
}

static size_t
clause_all(void *ctx)
{
	return ((struct clause_pane *)ctx)->n;
}

static void
clause_window(void *ctx, size_t top, size_t n)
{
	(void)ctx;                    /* every row is in memory */
	(void)top;
	(void)n;
}

static const char *
clause_title(struct clause_pane *p, size_t i)
{
	const struct clause_row *r = &p->rows[i];
	bool parent = p->prog[i].total > 0, flat = p->t.filter[0] != '\0' ||
	    p->t.sort_col != COL_ID || p->t.sort_desc;
	const char *mark = !parent || flat ? "  " : term_ascii() ?
	    (p->folded[i] ? "+ " : "- ") :
	    (p->folded[i] ? "\u25b8 " : "\u25be ");

	snprintf(p->cell, sizeof p->cell, "%*s%s%s", flat ? 0 : r->depth * 2,
	    "", mark, r->title);
	return p->cell;
}

static void
clause_cell(void *ctx, size_t row, size_t col, struct table_cell *out)
{
	struct clause_pane *p = ctx;
	size_t i = p->vis[row];
	const struct clause_row *r = &p->rows[i];
	const char *s;

	out->role = UI_ROLE_NORMAL;
	switch (col) {
	case COL_ID: out->text = r->id; break;
	case COL_TITLE:
		out->text = clause_title(p, i);
		out->role = r->depth == 0 ? UI_ROLE_TITLE : UI_ROLE_NORMAL;
		break;
	case COL_PROGRESS:
		snprintf(p->cell, sizeof p->cell, "%zu/%zu", p->prog[i].done,
		    p->prog[i].total);
		out->text = p->prog[i].total > 0 ? p->cell : "";
		break;
	case COL_STATUS:
		s = clause_shown_status(p, i);
		out->text = vocab_label(&vocab_clause_status, s);
		out->role = clause_finished(s) ? UI_ROLE_DONE :
		    strcmp(s, "in-progress") == 0 ? UI_ROLE_PARTIAL :
		    UI_ROLE_PENDING;
		break;
	case COL_OWNER: out->text = r->owner; break;
	case COL_DUE:
		if (clause_overdue(p, r)) {
			snprintf(p->cell, sizeof p->cell, "!%s", r->due);
			out->text = p->cell;
			out->role = UI_ROLE_OVERDUE;
		} else
			out->text = r->due;
		break;
	}
}

static bool
clause_find(void *ctx, const char *needle, size_t from, int dir, size_t *pos,
            char **cause)
{
	struct clause_pane *p = ctx;

	(void)cause;                  /* rows in memory: it cannot fail */
	for (size_t k = 1; k <= p->n_vis; k++) {
		size_t v = (from + p->n_vis + (size_t)((long)dir * (long)k)) %
		    p->n_vis;

		if (from == (size_t)-1)
			v = dir > 0 ? k - 1 : p->n_vis - k;
		if (clause_matches(p, p->vis[v], needle)) {
			*pos = v;
			return true;
		}
	}
	return false;
}

static const struct table_source clause_source = {
	clause_query, clause_count, clause_all, clause_window, clause_cell,
	clause_find, NULL, NULL, NULL,
};

/* ---- the detail/edit form ---- */

static void clause_reload(void *pane);

static const size_t clause_form_fields[] = {
	CLAUSE_STATUS, CLAUSE_OWNER, CLAUSE_DUE, CLAUSE_NOTES, CLAUSE_EVIDENCE,
};

/* The read-only lines of a clause's form: its summary, whether it is
 * overdue, its revision and the required documents it calls for, each
 * with the document that satisfies it or "missing". */
static char **
clause_form_info(void *owner, struct app *app, const void *row, size_t *out)
{
	struct clause_pane *p = owner;
	const struct clause_row *r = row;
	struct required_row *req = NULL;
	size_t n_req = 0, n = 0;
	char *cause = NULL, **lines;

	if (required_list(app->m, r->id, &req, &n_req, &cause) != ISMS_OK)
		free(cause);
	lines = xcalloc(n_req + 5, sizeof *lines);
	lines[n++] = xstrdup(r->summary != NULL ? r->summary : "");
	if (clause_overdue(p, r))
		lines[n++] = xasprintf("Overdue: due %s and not finished",
		    r->due);
	lines[n++] = xasprintf("Revision %lld, last changed %s by %s",
	    (long long)r->rev, r->updated_at, r->updated_by);
	if (n_req > 0)
		lines[n++] = xstrdup("Required documents:");
	for (size_t i = 0; i < n_req; i++) {
		char *line = required_line(&req[i]);

		lines[n++] = xasprintf("  %s", line);
		free(line);
	}
	required_rows_free(req, n_req);
	*out = n;
	return lines;
}

static const struct recform_spec clause_form_spec = {
	.reg = &reg_clause,
	.fields = clause_form_fields,
	.n_fields = sizeof clause_form_fields / sizeof *clause_form_fields,
	.info = clause_form_info,
};

static void
clause_saved(void *owner, struct app *app)
{
	(void)app;
	clause_reload(owner);
}

static struct form *
clause_open_row(struct clause_pane *p, const struct clause_row *r, bool edit)
{
	char *title = xasprintf("Clause %s %s", r->id, r->title);
	struct form *f = recform_open(p->app, &clause_form_spec, r->id, title,
	    p);

	free(title);
	if (f == NULL)
		return NULL;
	f->saved = clause_saved;
	form_origin(f, TAB_CLAUSES, r->id);
	if (edit)
		form_edit_field(f, p->app, 0);
	return f;
}

static void
clause_open(struct clause_pane *p, bool edit)
{
	clause_open_row(p, &p->rows[p->vis[p->t.cursor]], edit);
}

/* The form of clause id, wherever the tree shows it (or not). */
static struct form *
clause_form(void *pane, const char *id)
{
	struct clause_pane *p = pane;

	for (size_t i = 0; i < p->n; i++)
		if (strcmp(p->rows[i].id, id) == 0)
			return clause_open_row(p, &p->rows[i], false);
	app_error(p->app, "%s: no such clause", id);
	return NULL;
}

/* ---- the pane ---- */

static void
clause_reload(void *pane)
{
	struct clause_pane *p = pane;
	struct clause_row *rows = NULL;
	char *cause = NULL;
	size_t n = 0;

	date_today(p->today);
	if (clause_list(p->app->m, &rows, &n, &cause) != ISMS_OK) {
		app_fail(p->app, cause);
		return;
	}
	if (n != p->n) {              /* first load: the tree is fixed */
		free(p->folded);
		free(p->prog);
		free(p->vis);
		p->folded = xcalloc(n + 1, sizeof *p->folded);
		p->prog = xcalloc(n + 1, sizeof *p->prog);
		p->vis = xcalloc(n + 1, sizeof *p->vis);
	}
	clause_rows_free(p->rows, p->n);
	p->rows = rows;
	p->n = n;
	clause_progress(p->rows, p->n, p->prog);
	table_requery(&p->t);
}

static void *
clause_pane_open(struct app *app)
{
	struct clause_pane *p = xcalloc(1, sizeof *p);

	p->app = app;
	table_init(&p->t, clause_cols, sizeof clause_cols / sizeof *clause_cols,
	    &clause_source, p);
	clause_reload(p);
	return p;
}

static void
clause_pane_close(void *pane)
{
	struct clause_pane *p = pane;

	clause_rows_free(p->rows, p->n);
	free(p->folded);
	free(p->prog);
	free(p->vis);
	free(p);
}

static void
clause_draw(void *pane, int y, int h, int w)
{
	struct clause_pane *p = pane;

	table_draw(&p->t, p->app, y, h, w);
}

static void
clause_fold_all(struct clause_pane *p, bool fold)
{
	for (size_t i = 0; i < p->n; i++)
		p->folded[i] = fold && p->prog[i].total > 0;
	table_requery(&p->t);
}

static bool
clause_handle(void *pane, enum ui_action a)
{
	struct clause_pane *p = pane;
	size_t i;

	switch (a) {
	case UI_ACTION_OPEN: clause_open(p, false); return true;
	case UI_ACTION_EDIT: clause_open(p, true); return true;
	case UI_ACTION_FOLD_ALL: clause_fold_all(p, true); return true;
	case UI_ACTION_UNFOLD_ALL: clause_fold_all(p, false); return true;
	case UI_ACTION_FOLD:
		i = p->vis[p->t.cursor];
		if (p->prog[i].total == 0)
			app_message(p->app, "%s has no subclauses to fold",
			    p->rows[i].id);
		else {
			p->folded[i] = !p->folded[i];
			table_requery(&p->t);
		}
		return true;
	default:
		return table_handle(&p->t, p->app, a);
	}
}

static void
clause_status(void *pane, char *buf, size_t size)
{
	table_status(&((struct clause_pane *)pane)->t, buf, size);
}

static bool
clause_has_row(void *pane)
{
	return ((struct clause_pane *)pane)->n_vis > 0;
}

static bool
clause_record(void *pane, const char **entity, char *key, size_t size)
{
	struct clause_pane *p = pane;

	if (p->n_vis == 0)
		return false;
	*entity = rec_clause.entity;
	snprintf(key, size, "%s", p->rows[p->vis[p->t.cursor]].id);
	return true;
}

const struct pane_ops pane_clauses_ops = {
	&keymap_clauses, clause_pane_open, clause_pane_close,
	clause_reload, clause_draw, clause_handle, clause_status,
	clause_has_row, NULL, clause_form, clause_record, NULL,
};
