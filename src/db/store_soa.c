/*
 * store_soa.c - the Statement of Applicability: one entry per control,
 * with reason RA and the linked risks derived from the risk register at
 * read time (never stored, so they cannot drift).
 */
#include <stdlib.h>

#include "isms/db/store_soa.h"
#include "isms/db/store_soa_sql.h"
#include "isms/util/xmalloc.h"

void
store_soa_row_read(struct db_stmt *st, void *elem)
{
	struct soa_row *row = elem;

	row->row_id = db_column_int(st, 0);
	row->id = db_column_dup(st, 1);
	row->title = db_column_dup(st, 2);
	row->summary = db_column_dup(st, 3);
	row->theme = db_column_dup(st, 4);
	row->applicable = db_column_dup(st, 5);
	row->reasons = db_column_dup(st, 6);
	row->risks = xstrdup(db_column_text(st, 7));
	row->risk_linked = row->risks[0] != '\0';
	row->justification = db_column_dup(st, 8);
	row->status = db_column_dup(st, 9);
	row->how = db_column_dup(st, 10);
	row->evidence = db_column_dup(st, 11);
	row->owner = db_column_dup(st, 12);
	row->reviewed = db_column_dup(st, 13);
	row->rev = db_column_int(st, 14);
	row->updated_at = db_column_dup(st, 15);
	row->updated_by = db_column_dup(st, 16);
}

void
store_soa_row_release(void *elem)
{
	soa_row_done(elem);
}

enum isms_status
store_soa_list(struct db *db, const char *framework_id, const char *theme,
               struct soa_row **rows, size_t *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	*rows = NULL;
	*n = 0;
	rc = db_prepare(db, STORE_SOA_SELECT "AND (:theme IS NULL OR "
	    "r.theme_id = :theme) ORDER BY r.ord;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":fw", framework_id);
	db_bind_text(st, ":theme", theme);
	*rows = db_fetch_all(st, sizeof **rows, store_soa_row_read,
	    store_soa_row_release, n, &rc, cause);
	db_finalize(st);
	return rc;
}

enum isms_status
store_soa_get(struct db *db, const char *framework_id, const char *id,
              struct soa_row *out, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare_cached(db, STORE_SOA_SELECT "AND r.id = :id COLLATE "
	    "NOCASE;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":fw", framework_id);
	db_bind_text(st, ":id", id);
	rc = db_fetch_one(st, store_soa_row_read, out, cause);
	db_finalize(st);
	if (rc == ISMS_NOT_FOUND)
		rc = status_fail(cause, rc, "%s: no such Annex A control", id);
	return rc;
}

static enum isms_status
store_strings(struct db_stmt *st, char ***out, size_t *n, char **cause)
{
	enum isms_status rc;

	*out = db_fetch_texts(st, n, &rc, cause);
	return rc;
}

enum isms_status
store_requirement_attributes(struct db *db, const char *framework_id,
                             const char *id, char ***lines, size_t *n,
                             char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "SELECT s.title || ': ' || group_concat(a.value, "
	    "', ') FROM (SELECT ra.set_id, ra.value FROM requirement_attribute "
	    "ra JOIN attribute_value v ON v.framework_id = ra.framework_id AND "
	    "v.set_id = ra.set_id AND v.value = ra.value WHERE ra.framework_id "
	    "= :fw AND ra.requirement_id = :id ORDER BY v.ord) a JOIN "
	    "attribute_set s ON s.framework_id = :fw AND s.id = a.set_id "
	    "GROUP BY s.id ORDER BY s.ord;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":fw", framework_id);
	db_bind_text(st, ":id", id);
	rc = store_strings(st, lines, n, cause);
	db_finalize(st);
	return rc;
}

enum isms_status
store_themes(struct db *db, const char *framework_id, char ***ids, size_t *n,
             char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "SELECT id FROM theme WHERE framework_id = :fw "
	    "ORDER BY ord;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":fw", framework_id);
	rc = store_strings(st, ids, n, cause);
	db_finalize(st);
	return rc;
}

enum isms_status
store_control_id(struct db *db, const char *framework_id, const char *id,
                 char **out, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	*out = NULL;
	rc = db_prepare(db, "SELECT id FROM requirement WHERE framework_id = "
	    ":fw AND id = :id COLLATE NOCASE AND kind = 'control';", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":fw", framework_id);
	db_bind_text(st, ":id", id);
	if (db_step(st, cause) == DB_ROW)
		*out = xstrdup(db_column_text(st, 0));
	else
		rc = db_stmt_error(st) != ISMS_OK ? db_stmt_error(st) :
		    status_fail(cause, ISMS_NOT_FOUND, "%s: no such Annex A "
		    "control", id);
	db_finalize(st);
	return rc;
}
