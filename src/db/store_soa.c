/*
 * store_soa.c - the Statement of Applicability: one entry per control,
 * with reason RA and the linked risks derived from the risk register at
 * read time (RA and the refs never stored, so they cannot drift; the
 * count kept by triggers on the links).
 */
#include <stdlib.h>

#include "isms/db/store_soa.h"
#include "isms/db/store_soa_sql.h"
#include "isms/util/xmalloc.h"

/* RA is decided by EXISTS (an index seek); the count of linked risks is
 * kept by triggers in control_risk_count (schema version 3), or counted
 * on older files; the refs are read only for a record and its exports,
 * never for a list. */
#define SOA_LINKED \
	"EXISTS (SELECT 1 FROM risk_control rc WHERE rc.framework_id = " \
	"s.framework_id AND rc.control_id = s.control_id)"
#define SOA_REFS \
	"ifnull((SELECT group_concat(ref, ',') FROM (SELECT k.ref FROM " \
	"risk_control rc JOIN risk k ON k.id = rc.risk_id WHERE " \
	"rc.framework_id = s.framework_id AND rc.control_id = s.control_id " \
	"ORDER BY k.ref)), '')"
#define SOA_COUNT \
	"ifnull((SELECT risks FROM control_risk_count n WHERE " \
	"n.framework_id = s.framework_id AND n.control_id = s.control_id), 0)"
#define SOA_COUNT_OLD \
	"(SELECT count(*) FROM risk_control rc WHERE rc.framework_id = " \
	"s.framework_id AND rc.control_id = s.control_id)"
#define SOA_EXPRS(refs, count) { \
	[SOA_ID] = "r.id", \
	[SOA_TITLE] = "r.title", \
	[SOA_SUMMARY] = "r.summary", \
	[SOA_THEME] = "r.theme_id", \
	[SOA_RISK_LINKED] = SOA_LINKED, \
	[SOA_RISKS] = refs, \
	[SOA_RISK_COUNT] = count, \
}
#define SOA_FROM "FROM soa_entry s JOIN requirement r ON " \
	"r.framework_id = s.framework_id AND r.id = s.control_id"

static const char *const soa_expr[SOA_FIELDS] = SOA_EXPRS(SOA_REFS,
    SOA_COUNT);
static const char *const soa_expr_list[SOA_FIELDS] = SOA_EXPRS("''",
    SOA_COUNT);
static const char *const soa_expr_old[SOA_FIELDS] = SOA_EXPRS(SOA_REFS,
    SOA_COUNT_OLD);
static const char *const soa_expr_list_old[SOA_FIELDS] = SOA_EXPRS("''",
    SOA_COUNT_OLD);

const struct rec_sql store_soa_sql = { &rec_soa, "s", SOA_FROM, soa_expr };
const struct rec_sql store_soa_sql_list = {
	&rec_soa, "s", SOA_FROM, soa_expr_list,
};
const struct rec_sql store_soa_sql_old = {
	&rec_soa, "s", SOA_FROM, soa_expr_old,
};
const struct rec_sql store_soa_sql_list_old = {
	&rec_soa, "s", SOA_FROM, soa_expr_list_old,
};

/* A whole entry, with its refs, as the file's schema has it. */
static const struct rec_sql *
store_soa_rec(struct db *db)
{
	return db_schema(db) > 0 && db_schema(db) < 3 ? &store_soa_sql_old :
	    &store_soa_sql;
}

enum isms_status
store_soa_prepare(struct db *db, const char *framework_id, const char *tail,
                  struct db_stmt **st, char **cause)
{
	struct buf sql;
	enum isms_status rc;

	buf_init(&sql);
	rec_sql_select(&sql, store_soa_rec(db));
	buf_printf(&sql, STORE_SOA_WHERE " %s", tail);
	rc = db_prepare_cached(db, buf_str(&sql), st, cause);
	buf_done(&sql);
	if (rc == ISMS_OK)
		db_bind_text(*st, ":fw", framework_id);
	return rc;
}

enum isms_status
store_soa_list(struct db *db, const char *framework_id, const char *theme,
               struct soa_row **rows, size_t *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	*rows = NULL;
	*n = 0;
	rc = store_soa_prepare(db, framework_id, "AND (:theme IS NULL OR "
	    "r.theme_id = :theme) ORDER BY r.ord;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":theme", theme);
	rc = rec_sql_fetch_all(st, store_soa_rec(db), (void **)rows, n, cause);
	db_finalize(st);
	return rc;
}

enum isms_status
store_soa_each(struct db *db, const char *framework_id, const char *theme,
               int (*each)(void *ctx, const void *row), void *ctx,
               int *stopped, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = store_soa_prepare(db, framework_id, "AND (:theme IS NULL OR "
	    "r.theme_id = :theme) ORDER BY r.ord;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":theme", theme);
	rc = rec_sql_each(st, store_soa_rec(db), each, ctx, stopped, cause);
	db_finalize(st);
	return rc;
}

enum isms_status
store_soa_get(struct db *db, const char *framework_id, const char *id,
              struct soa_row *out, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = store_soa_prepare(db, framework_id, "AND r.id = :id COLLATE "
	    "NOCASE;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":id", id);
	rc = rec_sql_fetch_one(st, store_soa_rec(db), out, cause);
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
	    ":fw AND id = :id COLLATE NOCASE AND kind = 'control';", &st,
	    cause);
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
