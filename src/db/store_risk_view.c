/*
 * store_risk_view.c - the risk register as tables and lists see it: its
 * view for the engine of view.h (one filter shape, sort keys from a fixed
 * list), the total, counts per heat-map cell and the owners named.  User
 * text is only bound.
 */
#include <stdlib.h>

#include "isms/db/store_risk.h"
#include "isms/db/store_risk_sql.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

/* The acceptance is looked at only by the filters that need it, so the
 * common views scan the risk table alone. */
#define VIEW_FROM \
	"FROM risk r JOIN matrix mx ON mx.id = r.matrix_id WHERE 1"

#define ACC_STALE \
	"EXISTS (SELECT 1 FROM risk_acceptance a WHERE a.id = " \
	RISK_ACCEPTANCE " AND a.basis <> " RISK_REVOKED " AND a.basis IS NOT " \
	RISK_BASIS ")"
#define ACC_VALID \
	"EXISTS (SELECT 1 FROM risk_acceptance a WHERE a.id = " \
	RISK_ACCEPTANCE " AND a.basis IS " RISK_BASIS " AND " \
	"ifnull(a.until, '9999') >= :today)"

#define VIEW_FILTER \
	" AND (:level < 0 OR " RISK_EFFECTIVE " = :level)" \
	" AND (:owner IS NULL OR r.owner = :owner COLLATE NOCASE)" \
	" AND (:treatment IS NULL OR r.treatment = :treatment)" \
	" AND (:status IS NULL OR r.status = :status)" \
	" AND (:above = 0 OR " RISK_EFFECTIVE " > mx.acceptance_rank)" \
	" AND (:flagged = 0 OR (" RISK_EFFECTIVE " > mx.acceptance_rank AND " \
	"r.status <> 'closed' AND NOT " ACC_VALID "))" \
	" AND (:overdue = 0 OR (r.next_review < :today AND r.status <> " \
	"'closed'))" \
	" AND (:stale = 0 OR " ACC_STALE ")" \
	" AND (:late = 0 OR (r.status <> 'closed' AND EXISTS (SELECT 1 FROM " \
	"risk_action a WHERE a.risk_id = r.id AND a.due < :today AND " \
	"a.status IN ('planned', 'in-progress'))))" \
	" AND (:cl = 0 OR (:cres = 0 AND r.inherent_likelihood = :cl AND " \
	"r.inherent_impact = :ci) OR (:cres = 1 AND r.residual_likelihood = " \
	":cl AND r.residual_impact = :ci))" \
	" AND (:cl = 0 OR r.status <> 'closed')" \
	" AND (:control IS NULL OR EXISTS (SELECT 1 FROM risk_control rc " \
	"WHERE rc.risk_id = r.id AND rc.control_id = :control))" \
	" AND (:text IS NULL OR r.statement LIKE :like ESCAPE '\\' OR " \
	"r.ref LIKE :like ESCAPE '\\' OR r.owner LIKE :like ESCAPE '\\' OR " \
	"r.threat LIKE :like ESCAPE '\\' OR r.vulnerability LIKE :like " \
	"ESCAPE '\\')"

/* Sort keys in the order of enum risk_sort; none is ever NULL.  The
 * vocabularies sort in their own order (the workflow), not by token. */
static const struct view_sort view_sorts[] = {
	{ "r.id", NULL },
	{ "r.statement COLLATE NOCASE", NULL },
	{ "r.owner COLLATE NOCASE", NULL },
	{ "ifnull(" RISK_INHERENT ", -1)", NULL },
	{ "ifnull(" RISK_EFFECTIVE ", -1)", NULL },
	{ "CASE r.treatment WHEN 'modify' THEN 1 WHEN 'retain' THEN 2 WHEN "
	  "'avoid' THEN 3 WHEN 'share' THEN 4 ELSE 0 END", NULL },
	{ "CASE r.status WHEN 'open' THEN 0 WHEN 'treating' THEN 1 WHEN "
	  "'monitoring' THEN 2 WHEN 'closed' THEN 3 ELSE 4 END", NULL },
	{ "ifnull(r.next_review, '9999')", NULL },
};

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
view_bind(struct db_stmt *st, const void *filter)
{
	const struct store_risk_view *v = filter;
	char *like = v->text != NULL ? view_like(v->text) : NULL;

	db_bind_int(st, ":level", v->level_rank);
	db_bind_text(st, ":owner", v->owner);
	db_bind_text(st, ":treatment", v->treatment);
	db_bind_text(st, ":status", v->status);
	db_bind_int(st, ":above", v->above);
	db_bind_int(st, ":flagged", v->flagged);
	db_bind_int(st, ":overdue", v->overdue);
	db_bind_int(st, ":stale", v->stale);
	db_bind_int(st, ":late", v->action_late);
	db_bind_text(st, ":text", v->text);
	db_bind_text(st, ":like", like);
	free(like);
	db_bind_int(st, ":cl", v->cell_l);
	db_bind_int(st, ":ci", v->cell_i);
	db_bind_int(st, ":cres", v->cell_residual);
	db_bind_text(st, ":control", v->control);
	db_bind_text(st, ":today", v->today);
}

const struct view_sql store_risk_view_sql = {
	.from = VIEW_FROM,
	.filter = VIEW_FILTER,
	.sorts = view_sorts,
	.n_sorts = sizeof view_sorts / sizeof *view_sorts,
	.id = "r.id",
	.name = "r.ref",
	.hit = "r.ref || char(31) || r.statement || char(31) || r.owner",
	.rec = &store_risk_sql,
	.rows_where = "WHERE 1",
	.bind = view_bind,
};

enum isms_status
store_risk_total(struct db *db, size_t *total, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc = db_prepare_cached(db, "SELECT count(*) FROM "
	    "risk;", &st, cause);

	*total = 0;
	if (rc != ISMS_OK)
		return rc;
	if (db_step(st, cause) == DB_ROW)
		*total = (size_t)db_column_int(st, 0);
	else
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}

enum isms_status
store_risk_ref_width(struct db *db, size_t *width, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc = db_prepare_cached(db, "SELECT ifnull(max("
	    "length(ref)), 0) FROM risk;", &st, cause);

	*width = 0;
	if (rc != ISMS_OK)
		return rc;
	if (db_step(st, cause) == DB_ROW)
		*width = (size_t)db_column_int(st, 0);
	else
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
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
		int l = (int)db_column_int(st, 0), i = (int)db_column_int(st,
		    1);

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
