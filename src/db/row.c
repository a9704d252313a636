/*
 * row.c - optimistic concurrency for every editable row: read the stored
 * values and rev, refuse a stale rev, write only what differs, and record
 * each changed field in history, all in one transaction.  A table whose
 * text has an index of its own (a virtual table no trigger may touch) has
 * it kept in step here, in the same transaction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/chain.h"
#include "isms/db/row.h"
#include "isms/db/store_risk.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

struct row_current {
	int64_t rev;
	char *updated_by;
	char *updated_at;
	char **values;                /* per change, NULL for SQL NULL */
};

static void
row_current_done(struct row_current *cur, size_t n)
{
	for (size_t i = 0; i < n && cur->values != NULL; i++)
		free(cur->values[i]);
	free(cur->values);
	free(cur->updated_by);
	free(cur->updated_at);
}

static enum isms_status
row_read(struct db *db, const struct rec_desc *t, int64_t id,
         const struct row_change *changes, size_t n, struct row_current *cur,
         char **cause)
{
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;
	int r;

	buf_init(&sql);
	buf_adds(&sql, "SELECT rev, updated_by, updated_at");
	for (size_t i = 0; i < n; i++)
		buf_printf(&sql, ", %s", t->fields[changes[i].field].name);
	buf_printf(&sql, " FROM %s WHERE id = :id;", t->table);
	rc = db_prepare(db, buf_str(&sql), &st, cause);
	buf_done(&sql);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	r = db_step(st, cause);
	if (r == DB_ROW) {
		cur->rev = db_column_int(st, 0);
		cur->updated_by = db_column_dup(st, 1);
		cur->updated_at = db_column_dup(st, 2);
		cur->values = xcalloc(n ? n : 1, sizeof *cur->values);
		for (size_t i = 0; i < n; i++)
			cur->values[i] = db_column_dup(st, (int)i + 3);
	} else if (r == DB_DONE) {
		rc = ISMS_NOT_FOUND;
	} else {
		rc = db_stmt_error(st);
	}
	db_finalize(st);
	return rc;
}

static bool
row_same(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

/* The text indexes kept in step with their tables: whether a column is
 * indexed, how a row's entry is dropped (before its text changes) and
 * added (after). */
struct row_index {
	const char *table;
	bool (*covers)(const char *column);
	enum isms_status (*drop)(struct db *db, int64_t id, char **cause);
	enum isms_status (*add)(struct db *db, int64_t id, char **cause);
};

static const struct row_index row_indexes[] = {
	{ "risk", store_risk_fts_column, store_risk_fts_drop,
	  store_risk_fts_add },
};

/* The index of table t whose text one of the changes that differ
 * touches, or NULL. */
static const struct row_index *
row_index_of(const struct rec_desc *t, const struct row_change *changes,
             size_t n, const bool *differs)
{
	for (size_t k = 0; k < sizeof row_indexes / sizeof *row_indexes; k++) {
		const struct row_index *x = &row_indexes[k];

		if (strcmp(x->table, t->table) != 0)
			continue;
		for (size_t i = 0; i < n; i++)
			if (differs[i] &&
			    x->covers(t->fields[changes[i].field].name))
				return x;
	}
	return NULL;
}

static enum isms_status
row_write(struct db *db, const struct rec_desc *t, int64_t id,
          const struct row_change *changes, size_t n, const bool *differs,
          bool bump, const struct row_author *author, char **cause)
{
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;

	buf_init(&sql);
	buf_printf(&sql, "UPDATE %s SET rev = rev + %d, updated_at = :at, "
	    "updated_by = :by", t->table, bump ? 1 : 0);
	for (size_t i = 0; i < n; i++)
		if (differs[i])
			buf_printf(&sql, ", %s = :v%zu",
			    t->fields[changes[i].field].name, i);
	buf_adds(&sql, " WHERE id = :id;");
	rc = db_prepare(db, buf_str(&sql), &st, cause);
	buf_done(&sql);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":at", author->at);
	db_bind_text(st, ":by", author->who);
	db_bind_int(st, ":id", id);
	for (size_t i = 0; i < n; i++) {
		char name[32];

		if (!differs[i])
			continue;
		snprintf(name, sizeof name, ":v%zu", i);
		db_bind_text(st, name, changes[i].value);
	}
	rc = db_step_done(st, cause);
	db_finalize(st);
	return rc;
}

/* The update of row_update(); with bump false the rev stays (a row being
 * filled in the transaction that inserted it). */
static enum isms_status
row_apply(struct db *db, const struct rec_desc *t, int64_t id,
          const char *key, int64_t expected_rev, bool bump,
          const struct row_change *changes, size_t n,
          const struct row_author *author, int64_t *new_rev, char **cause)
{
	struct row_current cur = { 0 };
	bool *differs = NULL;
	size_t ndiff = 0;
	enum isms_status rc;

	rc = row_read(db, t, id, changes, n, &cur, cause);
	if (rc == ISMS_NOT_FOUND)
		rc = status_fail(cause, rc, "%s: no longer exists", key);
	if (rc == ISMS_OK && cur.rev != expected_rev)
		rc = status_fail(cause, ISMS_CONFLICT, "%s: changed by %s at "
		    "%s since it was read (revision %lld, now %lld); nothing "
		    "was written", key, cur.updated_by, cur.updated_at,
		    (long long)expected_rev, (long long)cur.rev);
	if (rc == ISMS_OK) {
		differs = xcalloc(n ? n : 1, sizeof *differs);
		for (size_t i = 0; i < n; i++)
			if (!row_same(cur.values[i], changes[i].value)) {
				differs[i] = true;
				ndiff++;
			}
	}
	if (rc == ISMS_OK && ndiff > 0) {
		const struct row_index *x = row_index_of(t, changes, n,
		    differs);

		if (x != NULL)
			rc = x->drop(db, id, cause);
		if (rc == ISMS_OK)
			rc = row_write(db, t, id, changes, n, differs, bump,
			    author, cause);
		if (rc == ISMS_OK && x != NULL)
			rc = x->add(db, id, cause);
	}
	for (size_t i = 0; rc == ISMS_OK && i < n; i++)
		if (differs[i])
			rc = row_history(db, author, t->entity, key,
			    t->fields[changes[i].field].name, cur.values[i],
			    changes[i].value, cause);
	if (rc == ISMS_OK && new_rev != NULL)
		*new_rev = cur.rev + (bump && ndiff > 0);
	free(differs);
	row_current_done(&cur, n);
	return rc;
}

enum isms_status
row_update(struct db *db, const struct rec_desc *t, int64_t id,
           const char *key, int64_t expected_rev,
           const struct row_change *changes, size_t n,
           const struct row_author *author, int64_t *new_rev, char **cause)
{
	enum isms_status rc;

	if ((rc = db_begin(db, cause)) != ISMS_OK)
		return rc;
	rc = row_apply(db, t, id, key, expected_rev, true, changes, n, author,
	    new_rev, cause);
	if (rc == ISMS_OK)
		return db_commit(db, cause);
	db_rollback(db);
	return rc;
}

enum isms_status
row_fill(struct db *db, const struct rec_desc *t, int64_t id,
         const char *key, const struct row_change *changes, size_t n,
         const struct row_author *author, char **cause)
{
	if (db_depth(db) == 0)
		return status_fail(cause, ISMS_DB, "%s: a new row is filled in "
		    "the transaction that inserted it", key);
	return row_apply(db, t, id, key, 1, false, changes, n, author, NULL,
	    cause);
}

/* Record every value of row id of t as removed (old = the value, new =
 * NULL); empty and NULL values say nothing and are left out. */
static enum isms_status
row_forget(struct db *db, const struct rec_desc *t, int64_t id,
           const char *key, const struct row_author *author, char **cause)
{
	struct db_stmt *st;
	struct buf sql;
	size_t stored[REC_FIELDS_MAX], n = 0;
	enum isms_status rc;
	int r;

	buf_init(&sql);
	buf_adds(&sql, "SELECT ");
	for (size_t i = 0; i < t->n_fields && n < REC_FIELDS_MAX; i++)
		if (!(t->fields[i].flags & REC_DERIVED)) {
			buf_printf(&sql, "%s%s", n ? ", " : "",
			    t->fields[i].name);
			stored[n++] = i;
		}
	buf_printf(&sql, " FROM %s WHERE id = :id;", t->table);
	rc = db_prepare(db, buf_str(&sql), &st, cause);
	buf_done(&sql);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	r = db_step(st, cause);
	for (size_t i = 0; r == DB_ROW && rc == ISMS_OK && i < n; i++)
		if (!db_column_is_null(st, (int)i) &&
		    db_column_text(st, (int)i)[0] != '\0')
			rc = row_history(db, author, t->entity, key,
			    t->fields[stored[i]].name, db_column_text(st,
			    (int)i), NULL, cause);
	if (r == DB_DONE)
		rc = status_fail(cause, ISMS_NOT_FOUND, "%s: no longer exists",
		    key);
	else if (r < 0)
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}

enum isms_status
row_delete(struct db *db, const struct rec_desc *t, int64_t id,
           const char *key, const struct row_author *author, char **cause)
{
	struct db_stmt *st;
	char *sql;
	enum isms_status rc;

	if (db_depth(db) == 0)
		return status_fail(cause, ISMS_DB, "%s: a delete runs in the "
		    "transaction that checked it", key);
	if ((rc = row_forget(db, t, id, key, author, cause)) != ISMS_OK)
		return rc;
	for (size_t k = 0; k < sizeof row_indexes / sizeof *row_indexes; k++)
		if (strcmp(row_indexes[k].table, t->table) == 0 &&
		    (rc = row_indexes[k].drop(db, id, cause)) != ISMS_OK)
			return rc;
	sql = xasprintf("DELETE FROM %s WHERE id = :id;", t->table);
	rc = db_prepare(db, sql, &st, cause);
	free(sql);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	rc = db_step_done(st, cause);
	db_finalize(st);
	if (rc == ISMS_OK)
		rc = row_history(db, author, t->entity, key, "deleted", key,
		    NULL, cause);
	return rc;
}

enum isms_status
row_history(struct db *db, const struct row_author *author,
            const char *entity, const char *key, const char *field,
            const char *old_value, const char *new_value, char **cause)
{
	return chain_append(db, author, entity, key, field, old_value,
	    new_value, cause);
}

enum isms_status
row_next_ref(struct db *db, const char *table, const char *prefix,
             char ref[32], char **cause)
{
	struct db_stmt *max, *used;
	enum isms_status rc;
	int64_t n = 1;
	char *sql = xasprintf("SELECT ifnull(max(id), 0) + 1 FROM %s;", table);

	rc = db_prepare(db, sql, &max, cause);
	free(sql);
	if (rc != ISMS_OK)
		return rc;
	if (db_step(max, cause) == DB_ROW)
		n = db_column_int(max, 0);
	db_finalize(max);
	sql = xasprintf("SELECT EXISTS (SELECT 1 FROM %s WHERE ref = :ref) OR "
	    "EXISTS (SELECT 1 FROM history WHERE entity = '%s' AND key = "
	    ":ref);", table, table);
	rc = db_prepare(db, sql, &used, cause);
	free(sql);
	if (rc != ISMS_OK)
		return rc;
	for (;; n++) {
		snprintf(ref, 32, "%s-%03lld", prefix, (long long)n);
		db_reset(used);
		db_bind_text(used, ":ref", ref);
		if (db_step(used, cause) != DB_ROW) {
			rc = db_stmt_error(used);
			break;
		}
		if (db_column_int(used, 0) == 0)
			break;
	}
	db_finalize(used);
	return rc;
}
