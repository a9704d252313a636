/*
 * store_clause.c - the clause 4-10 checklist: clause requirements joined
 * with their status rows, and the mandatory documents they call for.
 */
#include <stdlib.h>

#include "isms/db/store.h"
#include "isms/util/xmalloc.h"

static const char *const clause_columns[] = {
	"status", "owner", "due", "notes", "evidence"
};

const struct row_table store_clause_table = {
	"clause_status", "clause", clause_columns,
	sizeof clause_columns / sizeof *clause_columns
};

#define CLAUSE_SELECT \
	"SELECT c.id, r.id, r.title, r.parent_id, r.summary, " \
	"length(r.id) - length(replace(r.id, '.', '')), c.status, c.owner, " \
	"c.due, c.notes, c.evidence, c.rev, c.updated_at, c.updated_by " \
	"FROM clause_status c JOIN requirement r " \
	"ON r.framework_id = c.framework_id AND r.id = c.requirement_id " \
	"WHERE c.framework_id = :fw "

void
clause_row_done(struct clause_row *row)
{
	free(row->id);
	free(row->title);
	free(row->parent);
	free(row->summary);
	free(row->status);
	free(row->owner);
	free(row->due);
	free(row->notes);
	free(row->evidence);
	free(row->updated_at);
	free(row->updated_by);
}

void
clause_rows_free(struct clause_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++)
		clause_row_done(&rows[i]);
	free(rows);
}

static void
clause_row_read(struct db_stmt *st, struct clause_row *row)
{
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

enum isms_status
store_clause_list(struct db *db, const char *framework_id,
                  struct clause_row **rows, size_t *n, char **cause)
{
	struct db_stmt *st;
	size_t cap = 0;
	enum isms_status rc;
	int r;

	*rows = NULL;
	*n = 0;
	rc = db_prepare(db, CLAUSE_SELECT "ORDER BY r.ord;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":fw", framework_id);
	while ((r = db_step(st, cause)) == DB_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			*rows = xreallocarray(*rows, cap, sizeof **rows);
		}
		clause_row_read(st, &(*rows)[(*n)++]);
	}
	if (r != DB_DONE) {
		rc = db_stmt_error(st);
		clause_rows_free(*rows, *n);
		*rows = NULL;
		*n = 0;
	}
	db_finalize(st);
	return rc;
}

enum isms_status
store_clause_get(struct db *db, const char *framework_id, const char *id,
                 struct clause_row *out, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	int r;

	rc = db_prepare(db, CLAUSE_SELECT "AND r.id = :id;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":fw", framework_id);
	db_bind_text(st, ":id", id);
	r = db_step(st, cause);
	if (r == DB_ROW)
		clause_row_read(st, out);
	else if (r == DB_DONE)
		rc = status_fail(cause, ISMS_NOT_FOUND,
		    "%s: no such clause", id);
	else
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}

void
document_rows_free(struct document_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(rows[i].id);
		free(rows[i].kind);
		free(rows[i].name);
		free(rows[i].requirement_id);
		free(rows[i].item);
	}
	free(rows);
}

enum isms_status
store_documents_for(struct db *db, const char *framework_id, const char *id,
                    struct document_row **rows, size_t *n, char **cause)
{
	struct db_stmt *st;
	size_t cap = 0;
	enum isms_status rc;
	int r;

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
	while ((r = db_step(st, cause)) == DB_ROW) {
		struct document_row *d;

		if (*n == cap) {
			cap = cap ? cap * 2 : 8;
			*rows = xreallocarray(*rows, cap, sizeof **rows);
		}
		d = &(*rows)[(*n)++];
		d->id = db_column_dup(st, 0);
		d->kind = db_column_dup(st, 1);
		d->name = db_column_dup(st, 2);
		d->requirement_id = db_column_dup(st, 3);
		d->item = db_column_dup(st, 4);
	}
	if (r != DB_DONE) {
		rc = db_stmt_error(st);
		document_rows_free(*rows, *n);
		*rows = NULL;
		*n = 0;
	}
	db_finalize(st);
	return rc;
}
