/*
 * store_isms.c - the single row describing the ISMS: organisation, scope,
 * and which framework, document list and risk matrix it uses.
 */
#include <stdlib.h>

#include "isms/db/store_isms.h"

static void
isms_info_read(struct db_stmt *st, void *elem)
{
	struct isms_info *out = elem;

	out->row_id = db_column_int(st, 0);
	out->org = db_column_dup(st, 1);
	out->scope = db_column_dup(st, 2);
	out->framework_id = db_column_dup(st, 3);
	out->framework_title = db_column_dup(st, 4);
	out->document_list_id = db_column_dup(st, 5);
	out->matrix_id = db_column_dup(st, 6);
	out->matrix_title = db_column_dup(st, 7);
	out->created_at = db_column_dup(st, 8);
	out->created_by = db_column_dup(st, 9);
	out->rev = db_column_int(st, 10);
	out->updated_at = db_column_dup(st, 11);
	out->updated_by = db_column_dup(st, 12);
}

enum isms_status
store_isms_get(struct db *db, struct isms_info *out, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "SELECT i.id, i.org, i.scope, i.framework_id, "
	    "f.title, i.document_list_id, i.matrix_id, m.title, i.created_at, "
	    "i.created_by, i.rev, i.updated_at, i.updated_by FROM isms i "
	    "JOIN framework f ON f.id = i.framework_id "
	    "JOIN matrix m ON m.id = i.matrix_id WHERE i.id = 1;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	rc = db_fetch_one(st, isms_info_read, out, cause);
	db_finalize(st);
	if (rc == ISMS_NOT_FOUND)
		rc = status_fail(cause, ISMS_CORRUPT, "%s: the database has no "
		    "ISMS record; it was not created by 'isms init'",
		    db_path(db));
	return rc;
}

enum isms_status
store_isms_insert(struct db *db, const char *org, const char *scope,
                  const char *framework_id, const char *document_list_id,
                  const char *matrix_id, const struct row_author *author,
                  char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "INSERT INTO isms (id, org, scope, framework_id, "
	    "document_list_id, matrix_id, created_at, created_by, updated_at, "
	    "updated_by) VALUES (1, :org, :scope, :fw, :docs, :matrix, :at, "
	    ":who, :at, :who);", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":org", org);
	db_bind_text(st, ":scope", scope);
	db_bind_text(st, ":fw", framework_id);
	db_bind_text(st, ":docs", document_list_id);
	db_bind_text(st, ":matrix", matrix_id);
	db_bind_text(st, ":at", author->at);
	db_bind_text(st, ":who", author->who);
	rc = db_step_done(st, cause);
	db_finalize(st);
	return rc;
}
