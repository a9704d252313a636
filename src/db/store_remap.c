/*
 * store_remap.c - moving the register to another risk matrix: which score
 * values are in use, and rewriting every score by a value map in one
 * statement (the map is integers formatted here, never user text).
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/db/store_risk.h"
#include "isms/db/store_isms.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

static void
use_read(struct db_stmt *st, void *elem)
{
	struct store_score_use *u = elem;

	u->value = (int)db_column_int(st, 0);
	u->count = (size_t)db_column_int(st, 1);
}

enum isms_status
store_scores_used(struct db *db, bool likelihood, struct store_score_use **out,
                  size_t *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, likelihood ?
	    "SELECT v, count(*) FROM (SELECT inherent_likelihood AS v FROM "
	    "risk UNION ALL SELECT current_likelihood FROM risk UNION ALL "
	    "SELECT residual_likelihood FROM risk) WHERE v IS NOT NULL GROUP "
	    "BY v ORDER BY v;" :
	    "SELECT v, count(*) FROM (SELECT inherent_impact AS v FROM risk "
	    "UNION ALL SELECT current_impact FROM risk UNION ALL SELECT "
	    "residual_impact FROM risk) WHERE v IS NOT NULL GROUP BY v ORDER "
	    "BY v;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	*out = db_fetch_all(st, sizeof **out, use_read, NULL, n, &rc, cause);
	db_finalize(st);
	return rc;
}

/* "CASE col WHEN 1 THEN 1 WHEN 2 THEN 1 ... END" for map[1..n]. */
static void
remap_case(struct buf *b, const char *col, const int *map, int n)
{
	buf_printf(b, "%s = CASE %s", col, col);
	for (int v = 1; v <= n; v++)
		buf_printf(b, " WHEN %d THEN %d", v, map[v]);
	buf_printf(b, " ELSE %s END", col);
}

/* Record, risk by risk, each score the maps change, before they change. */
static enum isms_status
remap_record(struct db *db, const int *lmap, int nl, const int *imap, int ni,
             const struct row_author *author, char **cause)
{
	static const char *const cols[] = {
		"inherent_likelihood", "inherent_impact", "current_likelihood",
		"current_impact", "residual_likelihood", "residual_impact",
	};
	struct db_stmt *st;
	enum isms_status rc;
	int r;

	rc = db_prepare(db, "SELECT ref, inherent_likelihood, inherent_impact, "
	    "current_likelihood, current_impact, residual_likelihood, "
	    "residual_impact FROM risk ORDER BY id;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	while (rc == ISMS_OK && (r = db_step(st, cause)) == DB_ROW)
		for (int c = 0; rc == ISMS_OK && c < 6; c++) {
			const int *map = c % 2 == 0 ? lmap : imap;
			int n = c % 2 == 0 ? nl : ni;
			int v = (int)db_column_int(st, c + 1);
			char from[12], to[12];

			if (db_column_is_null(st, c + 1) || v < 1 || v > n ||
			    map[v] == 0 || map[v] == v)
				continue;
			snprintf(from, sizeof from, "%d", v);
			snprintf(to, sizeof to, "%d", map[v]);
			rc = row_history(db, author, "risk",
			    db_column_text(st, 0), cols[c], from, to, cause);
		}
	if (rc == ISMS_OK && r != DB_DONE)
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}

enum isms_status
store_remap(struct db *db, const char *matrix_id, int version,
            const int *lmap, int nl, const int *imap, int ni,
            const struct row_author *author, size_t *changed, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	struct buf sql;

	*changed = 0;
	if ((rc = remap_record(db, lmap, nl, imap, ni, author, cause)) !=
	    ISMS_OK)
		return rc;
	buf_init(&sql);
	buf_adds(&sql, "UPDATE risk SET ");
	remap_case(&sql, "inherent_likelihood", lmap, nl);
	buf_adds(&sql, ", ");
	remap_case(&sql, "current_likelihood", lmap, nl);
	buf_adds(&sql, ", ");
	remap_case(&sql, "residual_likelihood", lmap, nl);
	buf_adds(&sql, ", ");
	remap_case(&sql, "inherent_impact", imap, ni);
	buf_adds(&sql, ", ");
	remap_case(&sql, "current_impact", imap, ni);
	buf_adds(&sql, ", ");
	remap_case(&sql, "residual_impact", imap, ni);
	buf_adds(&sql, ", matrix_id = :m, matrix_version = :v, rev = rev + 1, "
	    "updated_at = :at, updated_by = :who;");
	rc = db_prepare(db, buf_str(&sql), &st, cause);
	buf_done(&sql);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":m", matrix_id);
	db_bind_int(st, ":v", version);
	db_bind_text(st, ":at", author->at);
	db_bind_text(st, ":who", author->who);
	rc = db_step_done(st, cause);
	db_finalize(st);
	*changed = rc == ISMS_OK ? (size_t)db_changes(db) : 0;
	return rc;
}

enum isms_status
store_isms_set_matrix(struct db *db, const char *old_id, const char *new_id,
                      const struct row_author *author, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "UPDATE isms SET matrix_id = :m, rev = rev + 1, "
	    "updated_at = :at, updated_by = :who WHERE id = 1;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":m", new_id);
	db_bind_text(st, ":at", author->at);
	db_bind_text(st, ":who", author->who);
	rc = db_step_done(st, cause);
	db_finalize(st);
	if (rc == ISMS_OK)
		rc = row_history(db, author, "isms", "isms", "matrix", old_id,
		    new_id, cause);
	return rc;
}
