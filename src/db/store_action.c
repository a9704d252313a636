/*
 * store_action.c - treatment actions: what is done about a risk, with
 * which Annex A control, by whom and by when.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/db/recsql.h"
#include "isms/db/store_risk.h"
#include "isms/util/xmalloc.h"

static const char *const action_expr[ACTION_FIELDS] = {
	[ACTION_RISK] = "r.ref",
};

static const struct rec_sql action_sql = {
	&rec_action, "a", "FROM risk_action a JOIN risk r ON r.id = a.risk_id",
	action_expr,
};

/* "SELECT ... FROM ... " and tail, prepared. */
static enum isms_status
action_prepare(struct db *db, const char *tail, struct db_stmt **st,
               char **cause)
{
	struct buf sql;
	enum isms_status rc;

	buf_init(&sql);
	rec_sql_select(&sql, &action_sql);
	buf_adds(&sql, tail);
	rc = db_prepare_cached(db, buf_str(&sql), st, cause);
	buf_done(&sql);
	return rc;
}

enum isms_status
store_action_list(struct db *db, const char *ref, struct action_row **rows,
                  size_t *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	/* one risk's: down the index of its (upper-case) reference and
	 * that of the actions by risk, not through every action */
	rc = action_prepare(db, ref != NULL ? "WHERE r.ref = upper(:ref) "
	    "ORDER BY a.id;" : "ORDER BY r.id, a.id;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	if (ref != NULL)
		db_bind_text(st, ":ref", ref);
	rc = rec_sql_fetch_all(st, &action_sql, (void **)rows, n, cause);
	db_finalize(st);
	return rc;
}

enum isms_status
store_action_each(struct db *db, int (*each)(void *ctx, const void *row),
                  void *ctx, int *stopped, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = action_prepare(db, "ORDER BY r.id, a.id;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	rc = rec_sql_each(st, &action_sql, each, ctx, stopped, cause);
	db_finalize(st);
	return rc;
}

enum isms_status
store_action_get(struct db *db, int64_t id, struct action_row *out,
                 char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = action_prepare(db, "WHERE a.id = :id;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	rc = rec_sql_fetch_one(st, &action_sql, out, cause);
	db_finalize(st);
	if (rc == ISMS_NOT_FOUND)
		rc = status_fail(cause, rc, "action %lld: no such action",
		    (long long)id);
	return rc;
}

enum isms_status
store_action_insert(struct db *db, int64_t risk_id, const char *fw,
                    const char *what, const struct row_author *author,
                    int64_t *id, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	char key[32];

	rc = db_prepare(db, "INSERT INTO risk_action (risk_id, framework_id, "
	    "what, updated_at, updated_by) VALUES (:r, :fw, :what, :at, :who);",
	    &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":r", risk_id);
	db_bind_text(st, ":fw", fw);
	db_bind_text(st, ":what", what);
	db_bind_text(st, ":at", author->at);
	db_bind_text(st, ":who", author->who);
	rc = db_step_done(st, cause);
	db_finalize(st);
	if (rc != ISMS_OK)
		return rc;
	*id = db_last_rowid(db);
	snprintf(key, sizeof key, "%lld", (long long)*id);
	return row_history(db, author, "action", key, "created", NULL, what,
	    cause);
}

enum isms_status
store_action_count_control(struct db *db, int64_t risk_id,
                           const char *control_id, size_t *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "SELECT count(*) FROM risk_action WHERE risk_id = "
	    ":r AND control_id = :c;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":r", risk_id);
	db_bind_text(st, ":c", control_id);
	*n = 0;
	if (db_step(st, cause) == DB_ROW)
		*n = (size_t)db_column_int(st, 0);
	else
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}
