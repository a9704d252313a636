/*
 * store_risk_view.c - the risk register as tables and lists see it: one
 * statement shape for every filter, ORDER BY from a fixed list, windows
 * by LIMIT/OFFSET, counts per heat-map cell.  User text is only bound.
 */
#include <stdlib.h>

#include "isms/db/store_risk.h"
#include "isms/db/store_risk_sql.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

/* The acceptance is looked at only by the filters that need it, so the
 * common views scan the risk table alone. */
#define VIEW_FROM \
	"FROM risk r JOIN matrix mx ON mx.id = r.matrix_id "

#define ACC_STALE \
	"EXISTS (SELECT 1 FROM risk_acceptance a WHERE a.id = " \
	RISK_ACCEPTANCE " AND a.basis IS NOT " RISK_BASIS ")"
#define ACC_VALID \
	"EXISTS (SELECT 1 FROM risk_acceptance a WHERE a.id = " \
	RISK_ACCEPTANCE " AND a.basis IS " RISK_BASIS " AND " \
	"ifnull(a.until, '9999') >= :today)"

#define VIEW_WHERE \
	"WHERE (:level < 0 OR " RISK_EFFECTIVE " = :level) " \
	"AND (:owner IS NULL OR r.owner = :owner COLLATE NOCASE) " \
	"AND (:treatment IS NULL OR r.treatment = :treatment) " \
	"AND (:status IS NULL OR r.status = :status) " \
	"AND (:above = 0 OR " RISK_EFFECTIVE " > mx.acceptance_rank) " \
	"AND (:flagged = 0 OR (" RISK_EFFECTIVE " > mx.acceptance_rank AND " \
	"r.status <> 'closed' AND NOT " ACC_VALID ")) " \
	"AND (:overdue = 0 OR (r.next_review < :today AND r.status <> " \
	"'closed')) " \
	"AND (:stale = 0 OR " ACC_STALE ") " \
	"AND (:cl = 0 OR (:cres = 0 AND r.inherent_likelihood = :cl AND " \
	"r.inherent_impact = :ci) OR (:cres = 1 AND r.residual_likelihood = " \
	":cl AND r.residual_impact = :ci)) " \
	"AND (:cl = 0 OR r.status <> 'closed') " \
	"AND (:control IS NULL OR EXISTS (SELECT 1 FROM risk_control rc " \
	"WHERE rc.risk_id = r.id AND rc.control_id = :control)) " \
	"AND (:text IS NULL OR r.statement LIKE :like ESCAPE '\\' OR " \
	"r.ref LIKE :like ESCAPE '\\' OR r.owner LIKE :like ESCAPE '\\' OR " \
	"r.threat LIKE :like ESCAPE '\\' OR r.vulnerability LIKE :like " \
	"ESCAPE '\\') "

/* Sort keys in the order of enum risk_sort. */
static const char *const view_keys[] = {
	"r.id",
	"r.statement COLLATE NOCASE",
	"r.owner COLLATE NOCASE",
	"ifnull(" RISK_INHERENT ", -1)",
	"ifnull(" RISK_EFFECTIVE ", -1)",
	"ifnull(r.treatment, '')",
	"r.status",
	"ifnull(r.next_review, '9999')",
};

static void
view_order(struct buf *b, const struct store_risk_view *v)
{
	size_t k = v->sort >= 0 &&
	    (size_t)v->sort < sizeof view_keys / sizeof *view_keys ?
	    (size_t)v->sort : 0;
	const char *dir = v->descending ? "DESC" : "ASC";

	buf_printf(b, "ORDER BY %s %s", view_keys[k], dir);
	if (k != 0)
		buf_adds(b, ", r.id");
}

/* "%text%" for LIKE, with the user's % _ and \\ taken literally; LIKE
 * folds ASCII case without copying every row as lower() would. */
static char *
view_like(const char *text)
{
	struct buf b;

	buf_init(&b);
	buf_addc(&b, '%');
	for (; *text != '\0'; text++) {
		if (*text == '%' || *text == '_' || *text == '\\')
			buf_addc(&b, '\\');
		buf_addc(&b, *text);
	}
	buf_addc(&b, '%');
	return buf_take(&b);
}

static void
view_bind(struct db_stmt *st, const struct store_risk_view *v)
{
	char *like = v->text != NULL ? view_like(v->text) : NULL;

	db_bind_int(st, ":level", v->level_rank);
	db_bind_text(st, ":owner", v->owner);
	db_bind_text(st, ":treatment", v->treatment);
	db_bind_text(st, ":status", v->status);
	db_bind_int(st, ":above", v->above);
	db_bind_int(st, ":flagged", v->flagged);
	db_bind_int(st, ":overdue", v->overdue);
	db_bind_int(st, ":stale", v->stale);
	db_bind_text(st, ":text", v->text);
	db_bind_text(st, ":like", like);
	free(like);
	db_bind_int(st, ":cl", v->cell_l);
	db_bind_int(st, ":ci", v->cell_i);
	db_bind_int(st, ":cres", v->cell_residual);
	db_bind_text(st, ":control", v->control);
	db_bind_text(st, ":today", v->today);
}

static enum isms_status
view_prepare(struct db *db, const struct store_risk_view *v,
             const char *head, bool ordered, const char *tail,
             struct db_stmt **st, char **cause)
{
	enum isms_status rc;
	struct buf sql;

	buf_init(&sql);
	buf_adds(&sql, head);
	buf_adds(&sql, VIEW_WHERE);
	if (ordered)
		view_order(&sql, v);
	buf_adds(&sql, tail);
	rc = db_prepare(db, buf_str(&sql), st, cause);
	buf_done(&sql);
	if (rc == ISMS_OK)
		view_bind(*st, v);
	return rc;
}

static enum isms_status
view_number(struct db_stmt *st, size_t *out, char **cause)
{
	enum isms_status rc = ISMS_OK;
	int r = db_step(st, cause);

	if (r == DB_ROW)
		*out = (size_t)db_column_int(st, 0);
	else
		rc = r == DB_DONE ? ISMS_NOT_FOUND : db_stmt_error(st);
	db_finalize(st);
	return rc;
}

enum isms_status
store_risk_count(struct db *db, const struct store_risk_view *v,
                 size_t *total, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	*total = 0;
	rc = view_prepare(db, v, "SELECT count(*) " VIEW_FROM, false, ";", &st,
	    cause);
	return rc == ISMS_OK ? view_number(st, total, cause) : rc;
}

/* The ids of the window are chosen first, scanning only what the filters
 * and the sort key need; the full rows (links, acceptance) are read for
 * those ids alone. */
static enum isms_status
view_page_prepare(struct db *db, const struct store_risk_view *v,
                  struct db_stmt **st, char **cause)
{
	enum isms_status rc;
	struct buf sql;

	buf_init(&sql);
	buf_adds(&sql, RISK_SELECT "WHERE r.id IN (SELECT r.id " VIEW_FROM
	    VIEW_WHERE);
	view_order(&sql, v);
	buf_adds(&sql, " LIMIT :limit OFFSET :offset) ");
	view_order(&sql, v);
	buf_adds(&sql, ";");
	rc = db_prepare(db, buf_str(&sql), st, cause);
	buf_done(&sql);
	if (rc == ISMS_OK)
		view_bind(*st, v);
	return rc;
}

enum isms_status
store_risk_total(struct db *db, size_t *total, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc = db_prepare(db, "SELECT count(*) FROM risk;", &st,
	    cause);

	*total = 0;
	return rc == ISMS_OK ? view_number(st, total, cause) : rc;
}

enum isms_status
store_risk_page(struct db *db, const struct store_risk_view *v,
                size_t offset, size_t limit, struct risk_row **rows,
                size_t *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	*rows = NULL;
	*n = 0;
	rc = view_page_prepare(db, v, &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":limit", (int64_t)limit);
	db_bind_int(st, ":offset", (int64_t)offset);
	*rows = db_fetch_all(st, sizeof **rows, store_risk_row_read,
	    store_risk_row_release, n, &rc, cause);
	db_finalize(st);
	return rc;
}

/* "SELECT pos FROM (SELECT row_number() OVER (order) - 1 AS pos, cols
 * FROM ... WHERE view) WHERE cond ORDER BY pos LIMIT 1" */
static enum isms_status
view_position(struct db *db, const struct store_risk_view *v,
              const char *cols, const char *cond, struct db_stmt **st,
              char **cause)
{
	enum isms_status rc;
	struct buf head, tail;

	buf_init(&head);
	buf_init(&tail);
	buf_adds(&head, "SELECT pos FROM (SELECT row_number() OVER (");
	view_order(&head, v);
	buf_printf(&head, ") - 1 AS pos, %s " VIEW_FROM, cols);
	buf_printf(&tail, ") WHERE %s;", cond);
	rc = view_prepare(db, v, buf_str(&head), false, buf_str(&tail), st,
	    cause);
	buf_done(&head);
	buf_done(&tail);
	return rc;
}

/* The sort key expression of the view. */
static const char *
view_key(const struct store_risk_view *v)
{
	size_t k = v->sort >= 0 &&
	    (size_t)v->sort < sizeof view_keys / sizeof *view_keys ?
	    (size_t)v->sort : 0;

	return view_keys[k];
}

/* Position of ref: how many rows of the view sort before it.  One scan,
 * no sort, so keeping the cursor on its row after a change costs what
 * counting does. */
enum isms_status
store_risk_position(struct db *db, const struct store_risk_view *v,
                    const char *ref, size_t *pos, char **cause)
{
	const char *key = view_key(v), *lt = v->descending ? ">" : "<";
	struct db_stmt *st;
	enum isms_status rc;
	size_t in = 0;
	struct buf head, tail;

	rc = view_prepare(db, v, "SELECT count(*) " VIEW_FROM, false,
	    "AND r.ref = :ref;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":ref", ref);
	if ((rc = view_number(st, &in, cause)) != ISMS_OK)
		return rc;
	if (in == 0)
		return status_fail(cause, ISMS_NOT_FOUND, "%s: not among the "
		    "risks shown", ref);
	buf_init(&head);
	buf_init(&tail);
	buf_printf(&head, "WITH t AS (SELECT %s AS k, r.id AS id " VIEW_FROM
	    "WHERE r.ref = :ref) SELECT count(*) " VIEW_FROM, key);
	buf_printf(&tail, "AND ((%s) %s (SELECT k FROM t) OR ((%s) = (SELECT k "
	    "FROM t) AND r.id < (SELECT id FROM t)));", key, lt, key);
	rc = view_prepare(db, v, buf_str(&head), false, buf_str(&tail), &st,
	    cause);
	buf_done(&head);
	buf_done(&tail);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":ref", ref);
	return view_number(st, pos, cause);
}

enum isms_status
store_risk_find(struct db *db, const struct store_risk_view *v,
                const char *needle, size_t from, int dir, size_t *pos,
                char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	const char *cond = dir > 0 ?
	    "hit ORDER BY pos <= :from, pos LIMIT 1" :
	    "hit ORDER BY pos >= :from, pos DESC LIMIT 1";

	rc = view_position(db, v, "instr(lower(r.ref || char(31) || "
	    "r.statement || char(31) || r.owner), lower(:needle)) > 0 AS hit",
	    cond, &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":needle", needle);
	db_bind_int(st, ":from", from == (size_t)-1 ? -1 : (int64_t)from);
	return view_number(st, pos, cause);
}

enum isms_status
store_risk_heat(struct db *db, bool residual, int n_l, int n_i,
                size_t *counts, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	int r;

	rc = db_prepare(db, residual ?
	    "SELECT residual_likelihood, residual_impact, count(*) FROM risk "
	    "WHERE residual_likelihood IS NOT NULL AND residual_impact IS NOT "
	    "NULL AND status <> 'closed' GROUP BY 1, 2;" :
	    "SELECT inherent_likelihood, inherent_impact, count(*) FROM risk "
	    "WHERE inherent_likelihood IS NOT NULL AND inherent_impact IS NOT "
	    "NULL AND status <> 'closed' GROUP BY 1, 2;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	for (int k = 0; k < n_l * n_i; k++)
		counts[k] = 0;
	while ((r = db_step(st, cause)) == DB_ROW) {
		int l = (int)db_column_int(st, 0), i = (int)db_column_int(st, 1);

		if (l >= 1 && l <= n_l && i >= 1 && i <= n_i)
			counts[(l - 1) * n_i + i - 1] =
			    (size_t)db_column_int(st, 2);
	}
	if (r != DB_DONE)
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}

enum isms_status
store_risk_owners(struct db *db, char ***owners, size_t *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "SELECT DISTINCT owner FROM risk WHERE owner <> '' "
	    "ORDER BY owner COLLATE NOCASE LIMIT 200;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	*owners = db_fetch_texts(st, n, &rc, cause);
	db_finalize(st);
	return rc;
}
