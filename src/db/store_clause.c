/*
 * store_clause.c - the clause 4-10 checklist: clause requirements joined
 * with their status rows.
 */
#include <stdlib.h>

#include "isms/db/recsql.h"
#include "isms/db/store_clause.h"
#include "isms/util/xmalloc.h"

static const char *const clause_expr[CLAUSE_FIELDS] = {
	[CLAUSE_ID] = "r.id",
	[CLAUSE_TITLE] = "r.title",
	[CLAUSE_PARENT] = "r.parent_id",
	[CLAUSE_SUMMARY] = "r.summary",
	[CLAUSE_DEPTH] = "length(r.id) - length(replace(r.id, '.', ''))",
};

static const struct rec_sql clause_sql = {
	&rec_clause, "c", "FROM clause_status c JOIN requirement r ON "
	"r.framework_id = c.framework_id AND r.id = c.requirement_id",
	clause_expr,
};

static enum isms_status
clause_prepare(struct db *db, const char *tail, struct db_stmt **st,
               char **cause)
{
	struct buf sql;
	enum isms_status rc;

	buf_init(&sql);
	rec_sql_select(&sql, &clause_sql);
	buf_adds(&sql, "WHERE c.framework_id = :fw ");
	buf_adds(&sql, tail);
	rc = db_prepare_cached(db, buf_str(&sql), st, cause);
	buf_done(&sql);
	return rc;
}

enum isms_status
store_clause_list(struct db *db, const char *framework_id,
                  struct clause_row **rows, size_t *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	*rows = NULL;
	*n = 0;
	rc = clause_prepare(db, "ORDER BY r.ord;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":fw", framework_id);
	rc = rec_sql_fetch_all(st, &clause_sql, (void **)rows, n, cause);
	db_finalize(st);
	return rc;
}

enum isms_status
store_clause_get(struct db *db, const char *framework_id, const char *id,
                 struct clause_row *out, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = clause_prepare(db, "AND r.id = :id;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":fw", framework_id);
	db_bind_text(st, ":id", id);
	rc = rec_sql_fetch_one(st, &clause_sql, out, cause);
	db_finalize(st);
	if (rc == ISMS_NOT_FOUND)
		rc = status_fail(cause, rc, "%s: no such clause", id);
	return rc;
}
