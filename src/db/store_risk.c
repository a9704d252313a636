/*
 * store_risk.c - the risk register: one risk, its links to assets and
 * Annex A controls, its acceptance, and its treatment actions.  The views
 * for tables and lists are store_risk_view.c.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/store_risk.h"
#include "isms/db/store_risk_sql.h"
#include "isms/util/xmalloc.h"

/* The fields read otherwise than as the column of their name. */
#define RISK_EXPRS(inherent, current, residual, effective) { \
	[RISK_INHERENT_RANK] = inherent, \
	[RISK_CURRENT_RANK] = current, \
	[RISK_RESIDUAL_RANK] = residual, \
	[RISK_ASSETS] = "ifnull((SELECT group_concat(name, '; ') FROM " \
	    "(SELECT a.name FROM risk_asset ra JOIN asset a ON a.id = " \
	    "ra.asset_id WHERE ra.risk_id = r.id ORDER BY a.name)), '')", \
	[RISK_CONTROLS] = "ifnull((SELECT group_concat(id, ',') FROM " \
	    "(SELECT q.id FROM risk_control rc JOIN requirement q ON " \
	    "q.framework_id = rc.framework_id AND q.id = rc.control_id " \
	    "WHERE rc.risk_id = r.id ORDER BY q.ord)), '')", \
	[RISK_ACCEPTED_BY] = "acc.accepted_by", \
	[RISK_ACCEPTED_AT] = "acc.accepted_at", \
	[RISK_ACCEPTED_UNTIL] = "acc.until", \
	[RISK_ACCEPTED_NOTE] = "acc.note", \
	[RISK_ACCEPTED] = "acc.id IS NOT NULL", \
	[RISK_STALE] = "acc.id IS NOT NULL AND acc.basis IS NOT " RISK_BASIS, \
	[RISK_ABOVE] = effective " > mx.acceptance_rank", \
	[RISK_ACTION_DUE] = "(SELECT min(due) FROM risk_action a WHERE " \
	    "a.risk_id = r.id AND a.status IN ('planned', 'in-progress'))", \
	[RISK_EXCLUDED] = "ifnull((SELECT group_concat(id, ',') FROM " \
	    "(SELECT q.id FROM risk_control rc JOIN requirement q ON " \
	    "q.framework_id = rc.framework_id AND q.id = rc.control_id " \
	    "JOIN soa_entry s ON s.framework_id = rc.framework_id AND " \
	    "s.control_id = rc.control_id WHERE rc.risk_id = r.id AND " \
	    "s.applicable = 'no' ORDER BY q.ord)), '')", \
	OLD_COLUMNS }

#define OLD_COLUMNS
static const char *const risk_expr[RISK_FIELDS] = RISK_EXPRS(RISK_INHERENT,
    RISK_CURRENT, RISK_RESIDUAL, RISK_EFFECTIVE);
#undef OLD_COLUMNS

/* Before version 3, the levels through the grid; no current scores. */
#define OLD_RANK(l, i) \
	"(SELECT level_rank FROM matrix_cell c WHERE c.matrix_id = " \
	"r.matrix_id AND c.likelihood = r." l " AND c.impact = r." i ")"
#define OLD_INHERENT OLD_RANK("inherent_likelihood", "inherent_impact")
#define OLD_RESIDUAL OLD_RANK("residual_likelihood", "residual_impact")
#define OLD_COLUMNS [RISK_CL] = "NULL", [RISK_CI] = "NULL",
static const char *const risk_expr_old[RISK_FIELDS] = RISK_EXPRS(
    "ifnull(" OLD_INHERENT ", -1)", "-1", "ifnull(" OLD_RESIDUAL ", -1)",
    "ifnull(coalesce(" OLD_RESIDUAL ", " OLD_INHERENT "), -1)");
#undef OLD_COLUMNS

const struct rec_sql store_risk_sql = {
	&rec_risk, "r", RISK_FROM, risk_expr,
};

const struct rec_sql store_risk_sql_old = {
	&rec_risk, "r", RISK_FROM, risk_expr_old,
};

const struct rec_sql *
store_risk_rec(struct db *db)
{
	return db_schema(db) > 0 && db_schema(db) < 3 ? &store_risk_sql_old :
	    &store_risk_sql;
}

enum isms_status
store_risk_get(struct db *db, const char *ref, struct risk_row *out,
               char **cause)
{
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;
	char *upper = xstrdup(ref);

	/* refs are stored upper case; an exact match uses the index */
	for (char *p = upper; *p != '\0'; p++)
		*p = (char)toupper((unsigned char)*p);
	buf_init(&sql);
	rec_sql_select(&sql, store_risk_rec(db));
	buf_adds(&sql, "WHERE r.ref = :ref;");
	rc = db_prepare_cached(db, buf_str(&sql), &st, cause);
	buf_done(&sql);
	if (rc != ISMS_OK) {
		free(upper);
		return rc;
	}
	db_bind_text(st, ":ref", upper);
	free(upper);
	rc = rec_sql_fetch_one(st, store_risk_rec(db), out, cause);
	db_finalize(st);
	if (rc == ISMS_NOT_FOUND)
		rc = status_fail(cause, rc, "%s: no such risk", ref);
	return rc;
}

/* Run one statement with :id and optional :a/:b text parameters. */
static enum isms_status
exec_id(struct db *db, const char *sql, int64_t id, const char *a,
        const char *b, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc = db_prepare(db, sql, &st, cause);

	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	if (a != NULL)
		db_bind_text(st, ":a", a);
	if (b != NULL)
		db_bind_text(st, ":b", b);
	rc = db_step_done(st, cause);
	db_finalize(st);
	return rc;
}

enum isms_status
store_risk_insert(struct db *db, const char *statement,
                  const char *matrix_id, int version,
                  const struct row_author *author, char **ref, int64_t *id,
                  char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	char next[32];

	*ref = NULL;
	rc = row_next_ref(db, "risk", "R", next, cause);
	if (rc != ISMS_OK)
		return rc;
	rc = db_prepare(db, "INSERT INTO risk (ref, statement, matrix_id, "
	    "matrix_version, status, updated_at, updated_by) VALUES (:ref, "
	    ":statement, :m, :v, 'open', :at, :who);", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":ref", next);
	db_bind_text(st, ":statement", statement);
	db_bind_text(st, ":m", matrix_id);
	db_bind_int(st, ":v", version);
	db_bind_text(st, ":at", author->at);
	db_bind_text(st, ":who", author->who);
	rc = db_step_done(st, cause);
	db_finalize(st);
	if (rc != ISMS_OK)
		return rc;
	*id = db_last_rowid(db);
	*ref = xstrdup(next);
	rc = store_risk_fts_add(db, *id, cause);
	if (rc == ISMS_OK)
		rc = row_history(db, author, "risk", *ref, "created", NULL,
		    statement, cause);
	return rc;
}

/* Record, as removed from risk ref, each text the query sql gives for
 * :id, under field. */
static enum isms_status
forget_each(struct db *db, const char *sql, int64_t id, const char *ref,
            const char *field, const struct row_author *author, char **cause)
{
	struct db_stmt *st;
	char **texts;
	size_t n = 0;
	enum isms_status rc = db_prepare(db, sql, &st, cause);

	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	texts = db_fetch_texts(st, &n, &rc, cause);
	db_finalize(st);
	for (size_t i = 0; i < n; i++) {
		if (rc == ISMS_OK)
			rc = row_history(db, author, "risk", ref, field,
			    texts[i], NULL, cause);
		free(texts[i]);
	}
	free(texts);
	return rc;
}

/* Delete the treatment actions of risk id, each recorded in full. */
static enum isms_status
forget_actions(struct db *db, int64_t id, const struct row_author *author,
               char **cause)
{
	struct db_stmt *st;
	char **ids;
	size_t n = 0;
	enum isms_status rc = db_prepare(db, "SELECT id FROM risk_action WHERE "
	    "risk_id = :id ORDER BY id;", &st, cause);

	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	ids = db_fetch_texts(st, &n, &rc, cause);
	db_finalize(st);
	for (size_t i = 0; i < n; i++) {
		if (rc == ISMS_OK)
			rc = row_delete(db, &rec_action, strtoll(ids[i],
			    NULL, 10), ids[i], author, cause);
		free(ids[i]);
	}
	free(ids);
	return rc;
}

enum isms_status
store_risk_delete(struct db *db, int64_t id, const char *ref,
                  const struct row_author *author, char **cause)
{
	enum isms_status rc;

	/* Everything that goes with the risk is recorded first. */
	rc = forget_each(db, "SELECT a.name FROM risk_asset ra JOIN asset a ON "
	    "a.id = ra.asset_id WHERE ra.risk_id = :id ORDER BY a.name;", id,
	    ref, "asset", author, cause);
	if (rc == ISMS_OK)
		rc = forget_each(db, "SELECT control_id FROM risk_control "
		    "WHERE risk_id = :id ORDER BY control_id;", id, ref,
		    "control", author, cause);
	if (rc == ISMS_OK)
		rc = forget_each(db, "SELECT 'by ' || accepted_by || ' at ' || "
		    "accepted_at || ifnull(', until ' || until, '') || ', "
		    "basis ' || basis || iif(note = '', '', ': ' || note) FROM "
		    "risk_acceptance WHERE risk_id = :id ORDER BY id;", id, ref,
		    "acceptance", author, cause);
	if (rc == ISMS_OK)
		rc = forget_actions(db, id, author, cause);
	if (rc == ISMS_OK)
		rc = row_delete(db, &rec_risk, id, ref, author, cause);
	return rc;
}

/* Record a link change in history and bump the risk's rev, so that a form
 * opened before it sees the risk moved on. */
static enum isms_status
link_note(struct db *db, int64_t risk_id, const char *ref, const char *field,
          const char *what, bool link, const struct row_author *author,
          char **cause)
{
	enum isms_status rc = exec_id(db, "UPDATE risk SET rev = rev + 1, "
	    "updated_at = :a, updated_by = :b WHERE id = :id;", risk_id,
	    author->at, author->who, cause);

	if (rc == ISMS_OK)
		rc = row_history(db, author, "risk", ref, field,
		    link ? NULL : what, link ? what : NULL, cause);
	return rc;
}

enum isms_status
store_risk_asset(struct db *db, int64_t risk_id, const char *ref,
                 int64_t asset_id, const char *asset_name, bool link,
                 const struct row_author *author, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, link ? "INSERT OR IGNORE INTO risk_asset (risk_id, "
	    "asset_id) VALUES (:r, :a);" : "DELETE FROM risk_asset WHERE "
	    "risk_id = :r AND asset_id = :a;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":r", risk_id);
	db_bind_int(st, ":a", asset_id);
	rc = db_step_done(st, cause);
	db_finalize(st);
	if (rc != ISMS_OK)
		return rc;
	if (db_changes(db) == 0)
		return link ? ISMS_OK : status_fail(cause, ISMS_NOT_FOUND,
		    "%s: asset %s is not linked", ref, asset_name);
	return link_note(db, risk_id, ref, "asset", asset_name, link, author,
	    cause);
}

enum isms_status
store_risk_control(struct db *db, int64_t risk_id, const char *ref,
                   const char *fw, const char *control_id, bool link,
                   const struct row_author *author, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, link ? "INSERT OR IGNORE INTO risk_control "
	    "(risk_id, framework_id, control_id) VALUES (:r, :fw, :c);" :
	    "DELETE FROM risk_control WHERE risk_id = :r AND framework_id = "
	    ":fw AND control_id = :c;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":r", risk_id);
	db_bind_text(st, ":fw", fw);
	db_bind_text(st, ":c", control_id);
	rc = db_step_done(st, cause);
	db_finalize(st);
	if (rc != ISMS_OK)
		return rc;
	if (db_changes(db) == 0)
		return link ? ISMS_OK : status_fail(cause, ISMS_NOT_FOUND,
		    "%s: control %s is not linked", ref, control_id);
	return link_note(db, risk_id, ref, "control", control_id, link,
	    author, cause);
}

enum isms_status
store_risk_accept(struct db *db, int64_t risk_id, const char *ref,
                  const char *by, const char *until, const char *note,
                  const struct row_author *author, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "INSERT INTO risk_acceptance (risk_id, "
	    "accepted_by, accepted_at, until, note, basis, updated_at, "
	    "updated_by) SELECT r.id, :by, :at, :until, :note, " RISK_BASIS ", "
	    ":at, :who FROM risk r WHERE r.id = :id;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", risk_id);
	db_bind_text(st, ":by", by);
	db_bind_text(st, ":until", until);
	db_bind_text(st, ":note", note != NULL ? note : "");
	db_bind_text(st, ":at", author->at);
	db_bind_text(st, ":who", author->who);
	rc = db_step_done(st, cause);
	db_finalize(st);
	if (rc == ISMS_OK)
		rc = link_note(db, risk_id, ref, "accepted", by, true, author,
		    cause);
	if (rc == ISMS_OK && until != NULL)
		rc = row_history(db, author, "risk", ref, "accepted until",
		    NULL, until, cause);
	if (rc == ISMS_OK && note != NULL && note[0] != '\0')
		rc = row_history(db, author, "risk", ref, "acceptance note",
		    NULL, note, cause);
	return rc;
}

enum isms_status
store_risk_revoke(struct db *db, int64_t risk_id, const char *ref,
                  const char *accepted_by, const char *by, const char *note,
                  const struct row_author *author, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "INSERT INTO risk_acceptance (risk_id, "
	    "accepted_by, accepted_at, until, note, basis, updated_at, "
	    "updated_by) VALUES (:id, :by, :at, NULL, :note, " RISK_REVOKED ", "
	    ":at, :who);", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", risk_id);
	db_bind_text(st, ":by", by);
	db_bind_text(st, ":note", note != NULL ? note : "");
	db_bind_text(st, ":at", author->at);
	db_bind_text(st, ":who", author->who);
	rc = db_step_done(st, cause);
	db_finalize(st);
	if (rc == ISMS_OK)
		rc = link_note(db, risk_id, ref, "accepted", accepted_by, false,
		    author, cause);
	if (rc == ISMS_OK)
		rc = row_history(db, author, "risk", ref, "acceptance revoked "
		    "by", NULL, by, cause);
	if (rc == ISMS_OK && note != NULL && note[0] != '\0')
		rc = row_history(db, author, "risk", ref, "revocation note",
		    NULL, note, cause);
	return rc;
}
