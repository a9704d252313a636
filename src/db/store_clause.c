/*
 * store_clause.c - the clause 4-10 checklist: clause requirements joined
 * with their status rows, and the mandatory documents they call for.
 */
#include <stdlib.h>

#include "isms/db/store_clause.h"
#include "isms/util/xmalloc.h"

#define CLAUSE_SELECT \
	"SELECT c.id, r.id, r.title, r.parent_id, r.summary, " \
	"length(r.id) - length(replace(r.id, '.', '')), c.status, c.owner, " \
	"c.due, c.notes, c.evidence, c.rev, c.updated_at, c.updated_by " \
	"FROM clause_status c JOIN requirement r " \
	"ON r.framework_id = c.framework_id AND r.id = c.requirement_id " \
	"WHERE c.framework_id = :fw "

static void
clause_row_read(struct db_stmt *st, void *elem)
{
	struct clause_row *row = elem;

	row->row_id = db_column_int(st, 0);
	row->id = db_column_dup(st, 1);
	row->title = db_column_dup(st, 2);
	row->parent = db_column_dup(st, 3);
	row->summary = db_column_dup(st, 4);
	row->depth = (int)db_column_int(st, 5);
	row->status = db_column_dup(st, 6);
	row->owner = db_column_dup(st, 7);
	row->due = db_column_dup(st, 8);
	row->notes = db_column_dup(st, 9);
	row->evidence = db_column_dup(st, 10);
	row->rev = db_column_int(st, 11);
	row->updated_at = db_column_dup(st, 12);
	row->updated_by = db_column_dup(st, 13);
}

static void
clause_row_release(void *elem)
{
	clause_row_done(elem);
}

enum isms_status
store_clause_list(struct db *db, const char *framework_id,
                  struct clause_row **rows, size_t *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	*rows = NULL;
	*n = 0;
	rc = db_prepare(db, CLAUSE_SELECT "ORDER BY r.ord;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":fw", framework_id);
	*rows = db_fetch_all(st, sizeof **rows, clause_row_read,
	    clause_row_release, n, &rc, cause);
	db_finalize(st);
	return rc;
}

enum isms_status
store_clause_get(struct db *db, const char *framework_id, const char *id,
                 struct clause_row *out, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, CLAUSE_SELECT "AND r.id = :id;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":fw", framework_id);
	db_bind_text(st, ":id", id);
	rc = db_fetch_one(st, clause_row_read, out, cause);
	db_finalize(st);
	if (rc == ISMS_NOT_FOUND)
		rc = status_fail(cause, rc, "%s: no such clause", id);
	return rc;
}

static void
document_row_done(void *elem)
{
	struct document_row *d = elem;

	free(d->id);
	free(d->kind);
	free(d->name);
	free(d->requirement_id);
	free(d->item);
}

static void
document_row_read(struct db_stmt *st, void *elem)
{
	struct document_row *d = elem;

	d->id = db_column_dup(st, 0);
	d->kind = db_column_dup(st, 1);
	d->name = db_column_dup(st, 2);
	d->requirement_id = db_column_dup(st, 3);
	d->item = db_column_dup(st, 4);
}

enum isms_status
store_documents_for(struct db *db, const char *framework_id, const char *id,
                    struct document_row **rows, size_t *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	*rows = NULL;
	*n = 0;
	rc = db_prepare(db, "SELECT d.id, d.kind, d.name, d.requirement_id, "
	    "d.item FROM mandatory_document d JOIN isms i "
	    "ON i.document_list_id = d.list_id WHERE d.framework_id = :fw "
	    "AND (d.requirement_id = :id OR substr(d.requirement_id, 1, "
	    "length(:id) + 1) = :id || '.') ORDER BY d.ord;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":fw", framework_id);
	db_bind_text(st, ":id", id);
	*rows = db_fetch_all(st, sizeof **rows, document_row_read,
	    document_row_done, n, &rc, cause);
	db_finalize(st);
	return rc;
}
