/*
 * store_document.c - the documented-information register (7.5): its
 * documents, what they satisfy and are about, the versions approvals and
 * reviews keep, and the required documents of the catalog with the
 * applicability of their controls.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/recsql.h"
#include "isms/db/store_document.h"
#include "isms/util/xmalloc.h"

/* The links as the row shows them; the model derives the rest (next
 * review, disposal date, staleness, flags) from the stored fields. */
static const char *const document_expr[DOC_FIELDS] = {
	[DOC_STALE] = "0",
	[DOC_NEXT_REVIEW] = "NULL",
	[DOC_DISPOSE_AFTER] = "NULL",
	[DOC_FLAGS] = "''",
	[DOC_SATISFIES] = "(SELECT ifnull(group_concat(target, ','), '') FROM "
	    "(SELECT target FROM document_link l WHERE l.document_id = d.id "
	    "AND l.kind = 'required' ORDER BY target))",
	[DOC_LINKS] = "(SELECT ifnull(group_concat(target, ','), '') FROM "
	    "(SELECT target FROM document_link l WHERE l.document_id = d.id "
	    "AND l.kind <> 'required' ORDER BY l.kind, target))",
};

static const struct rec_sql document_sql = {
	&rec_document, "d", "FROM document d", document_expr,
};

enum isms_status
store_document_list(struct db *db, const char *text,
                    struct document_row **rows, size_t *n, char **cause)
{
	return rec_sql_list_text(db, &document_sql, "d.ref || char(31) || "
	    "d.title || char(31) || d.owner || char(31) || d.location || "
	    "char(31) || d.notes", "d.ref", text, (void **)rows, n, cause);
}

enum isms_status
store_document_get(struct db *db, const char *key, struct document_row *out,
                   char **cause)
{
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;
	char *end;
	long long id = strtoll(key, &end, 10);
	bool numeric = key[0] != '\0' && *end == '\0';

	buf_init(&sql);
	rec_sql_select(&sql, &document_sql);
	buf_adds(&sql, numeric ? "WHERE d.id = :id;" :
	    "WHERE d.ref IN (:ref, upper(:ref));");
	rc = db_prepare_cached(db, buf_str(&sql), &st, cause);
	buf_done(&sql);
	if (rc != ISMS_OK)
		return rc;
	if (numeric)
		db_bind_int(st, ":id", id);
	else
		db_bind_text(st, ":ref", key);
	rc = rec_sql_fetch_one(st, &document_sql, out, cause);
	db_finalize(st);
	if (rc == ISMS_NOT_FOUND)
		rc = status_fail(cause, rc, "%s: no such document", key);
	return rc;
}

enum isms_status
store_document_insert(struct db *db, const char *title,
                      const char *created_on, const struct row_author *author,
                      int64_t *id, char **ref, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	char next[32];

	*ref = NULL;
	rc = row_next_ref(db, "document", "DOC", next, cause);
	if (rc != ISMS_OK)
		return rc;
	rc = db_prepare(db, "INSERT INTO document (ref, title, created_on, "
	    "updated_at, updated_by) VALUES (:ref, :title, :on, :at, :who);",
	    &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":ref", next);
	db_bind_text(st, ":title", title);
	db_bind_text(st, ":on", created_on);
	db_bind_text(st, ":at", author->at);
	db_bind_text(st, ":who", author->who);
	rc = db_step_done(st, cause);
	db_finalize(st);
	if (rc != ISMS_OK)
		return rc;
	*id = db_last_rowid(db);
	*ref = xstrdup(next);
	return row_history(db, author, "document", *ref, "created", NULL, title,
	    cause);
}

/* Run sql (binding :id) in the open transaction. */
static enum isms_status
document_exec_id(struct db *db, const char *sql, int64_t id, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc = db_prepare(db, sql, &st, cause);

	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	rc = db_step_done(st, cause);
	db_finalize(st);
	return rc;
}

/* Record each link of document id as removed. */
static enum isms_status
document_forget_links(struct db *db, int64_t id, const char *ref,
                      const struct row_author *author, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc = db_prepare(db, "SELECT kind, target FROM "
	    "document_link WHERE document_id = :id ORDER BY kind, target;", &st,
	    cause);
	int r = DB_DONE;

	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	while (rc == ISMS_OK && (r = db_step(st, cause)) == DB_ROW)
		rc = row_history(db, author, "document", ref, db_column_text(st,
		    0), db_column_text(st, 1), NULL, cause);
	if (rc == ISMS_OK && r != DB_DONE)
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}

enum isms_status
store_document_delete(struct db *db, int64_t id, const char *ref,
                      const struct row_author *author, char **cause)
{
	enum isms_status rc = document_forget_links(db, id, ref, author, cause);

	if (rc == ISMS_OK)
		rc = document_exec_id(db, "DELETE FROM document_link WHERE "
		    "document_id = :id;", id, cause);
	/* the versions of a document that was never approved: reviews */
	if (rc == ISMS_OK)
		rc = document_exec_id(db, "DELETE FROM document_version WHERE "
		    "document_id = :id;", id, cause);
	if (rc == ISMS_OK)
		rc = row_delete(db, &rec_document, id, ref, author, cause);
	return rc;
}

enum isms_status
store_document_link(struct db *db, int64_t id, const char *ref,
                    const char *kind, const char *target, bool add,
                    const struct row_author *author, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, add ? "INSERT OR IGNORE INTO document_link "
	    "(document_id, kind, target) VALUES (:id, :kind, :target);" :
	    "DELETE FROM document_link WHERE document_id = :id AND kind = "
	    ":kind AND target = :target;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	db_bind_text(st, ":kind", kind);
	db_bind_text(st, ":target", target);
	rc = db_step_done(st, cause);
	db_finalize(st);
	if (rc == ISMS_OK && db_changes(db) > 0)
		rc = row_history(db, author, "document", ref, kind, add ? NULL :
		    target, add ? target : NULL, cause);
	return rc;
}

struct document_pair {
	char *target;
	int64_t id;
};

static void
document_pair_read(struct db_stmt *st, void *elem)
{
	struct document_pair *p = elem;

	p->target = db_column_dup(st, 0);
	p->id = db_column_int(st, 1);
}

static void
document_pair_done(void *elem)
{
	free(((struct document_pair *)elem)->target);
}

enum isms_status
store_document_required(struct db *db, char ***targets, int64_t **ids,
                        size_t *n, char **cause)
{
	struct db_stmt *st;
	struct document_pair *all;
	enum isms_status rc = db_prepare(db, "SELECT target, document_id FROM "
	    "document_link WHERE kind = 'required' ORDER BY target, "
	    "document_id;", &st, cause);

	*targets = NULL;
	*ids = NULL;
	*n = 0;
	if (rc != ISMS_OK)
		return rc;
	all = db_fetch_all(st, sizeof *all, document_pair_read,
	    document_pair_done, n, &rc, cause);
	db_finalize(st);
	if (rc != ISMS_OK)
		return rc;
	*targets = xcalloc(*n + 1, sizeof **targets);
	*ids = xcalloc(*n + 1, sizeof **ids);
	for (size_t i = 0; i < *n; i++) {
		(*targets)[i] = all[i].target;
		(*ids)[i] = all[i].id;
	}
	free(all);
	return ISMS_OK;
}

/* ---- versions ---- */

static const char *const docver_expr[DOCVER_FIELDS] = {
	[DOCVER_DOCUMENT] = "(SELECT ref FROM document d WHERE d.id = "
	    "v.document_id)",
};

static const struct rec_sql docver_sql = {
	&rec_docver, "v", "FROM document_version v", docver_expr,
};

enum isms_status
store_docver_insert(struct db *db, int64_t id, const char *ref,
                    const struct docver_row *v,
                    const struct row_author *author, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	char *what;

	rc = db_prepare(db, "INSERT INTO document_version (document_id, kind, "
	    "version, on_date, summary, sha256, approver, owner, "
	    "review_months, updated_at, updated_by) VALUES (:id, :kind, :v, "
	    ":on, :summary, :sha, :approver, :owner, :months, :at, :who);",
	    &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	db_bind_text(st, ":kind", v->kind);
	db_bind_text(st, ":v", v->version);
	db_bind_text(st, ":on", v->on_date);
	db_bind_text(st, ":summary", v->summary != NULL ? v->summary : "");
	db_bind_text(st, ":sha", v->sha256 != NULL ? v->sha256 : "");
	db_bind_text(st, ":approver", v->approver != NULL ? v->approver : "");
	db_bind_text(st, ":owner", v->owner != NULL ? v->owner : "");
	db_bind_int(st, ":months", v->review_months);
	db_bind_text(st, ":at", author->at);
	db_bind_text(st, ":who", author->who);
	rc = db_step_done(st, cause);
	db_finalize(st);
	if (rc != ISMS_OK)
		return rc;
	what = xasprintf("%s %s on %s", v->kind, v->version, v->on_date);
	rc = row_history(db, author, "document", ref, "version", NULL, what,
	    cause);
	free(what);
	return rc;
}

enum isms_status
store_docver_list(struct db *db, int64_t id, struct docver_row **rows,
                  size_t *n, char **cause)
{
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;

	buf_init(&sql);
	rec_sql_select(&sql, &docver_sql);
	buf_adds(&sql, "WHERE v.document_id = :id ORDER BY v.id;");
	rc = db_prepare_cached(db, buf_str(&sql), &st, cause);
	buf_done(&sql);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	rc = rec_sql_fetch_all(st, &docver_sql, (void **)rows, n, cause);
	db_finalize(st);
	return rc;
}

/* ---- the required documents of the catalog ---- */

static void
required_read(struct db_stmt *st, void *elem)
{
	struct required_row *r = elem;

	r->id = db_column_int(st, 0);
	r->ref = db_column_dup(st, 1);
	r->requirement = db_column_dup(st, 2);
	r->item = db_column_dup(st, 3);
	r->kind = db_column_dup(st, 4);
	r->name = db_column_dup(st, 5);
	r->applicable = db_column_dup(st, 6);
	r->rev = 1;
}

static void
required_done(void *elem)
{
	rec_done(&rec_required, elem);
}

enum isms_status
store_required_list(struct db *db, struct required_row **rows, size_t *n,
                    char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare_cached(db, "SELECT d.ord, d.id, d.requirement_id, "
	    "d.item, d.kind, d.name, s.applicable FROM mandatory_document d "
	    "JOIN isms i ON i.document_list_id = d.list_id AND i.framework_id "
	    "= d.framework_id LEFT JOIN soa_entry s ON s.framework_id = "
	    "d.framework_id AND s.control_id = d.requirement_id ORDER BY "
	    "d.ord;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	*rows = db_fetch_all(st, sizeof **rows, required_read, required_done,
	    n, &rc, cause);
	db_finalize(st);
	return rc;
}
