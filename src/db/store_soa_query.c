/*
 * store_soa_query.c - the SoA as the tables of the TUI and `soa list` see
 * it: one statement shape for every filter (each member binds NULL for
 * "any"), ORDER BY from a fixed list, and LIMIT/OFFSET windows.  User text
 * is only ever bound, never spliced into SQL.
 */
#include <stdlib.h>

#include "isms/db/store_soa.h"
#include "isms/db/store_soa_sql.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

#define VIEW_WHERE \
	"AND (:theme IS NULL OR r.theme_id = :theme) " \
	"AND (:app IS NULL OR s.applicable = :app) " \
	"AND (:status IS NULL OR s.status = :status) " \
	"AND (:aval IS NULL OR EXISTS (SELECT 1 FROM requirement_attribute ra " \
	"WHERE ra.framework_id = s.framework_id AND ra.requirement_id = r.id " \
	"AND ra.value = :aval AND (:aset IS NULL OR ra.set_id = :aset))) " \
	"AND (:text IS NULL OR instr(lower(r.id || char(31) || r.title || " \
	"char(31) || s.owner || char(31) || s.justification || char(31) || " \
	"s.how || char(31) || s.evidence), lower(:text)) > 0) "

#define VIEW_FROM \
	"FROM soa_entry s JOIN requirement r ON r.framework_id = " \
	"s.framework_id AND r.id = s.control_id WHERE s.framework_id = :fw "

/* Sort keys in the order of enum soa_sort, each with an optional second
 * key; vocabularies sort in their own order, not alphabetically. */
static const struct {
	const char *key, *then;
} view_keys[] = {
	{ "r.ord", NULL },
	{ "r.title COLLATE NOCASE", NULL },
	{ "(SELECT t.ord FROM theme t WHERE t.framework_id = r.framework_id "
	    "AND t.id = r.theme_id)", NULL },
	{ "CASE s.applicable WHEN 'yes' THEN 0 WHEN 'no' THEN 1 ELSE 2 END",
	    NULL },
	/* the stored reasons, then RA (derived from risk links) */
	{ "s.reasons", "EXISTS (SELECT 1 FROM risk_control rc WHERE "
	    "rc.framework_id = s.framework_id AND rc.control_id = "
	    "s.control_id)" },
	{ "CASE s.status WHEN 'not-started' THEN 0 WHEN 'planned' THEN 1 "
	    "WHEN 'partial' THEN 2 ELSE 3 END", NULL },
	{ "s.owner COLLATE NOCASE", NULL },
	{ "ifnull(s.reviewed, '')", NULL },
};

/* ORDER BY the view's key in its direction; ties in catalog order. */
static void
view_order(struct buf *b, const struct store_soa_view *v)
{
	size_t k = v->sort >= 0 &&
	    (size_t)v->sort < sizeof view_keys / sizeof *view_keys ?
	    (size_t)v->sort : 0;
	const char *dir = v->descending ? "DESC" : "ASC";

	buf_printf(b, "ORDER BY %s %s", view_keys[k].key, dir);
	if (view_keys[k].then != NULL)
		buf_printf(b, ", %s %s", view_keys[k].then, dir);
	if (k != 0)
		buf_adds(b, ", r.ord");
}

static void
view_bind(struct db_stmt *st, const char *fw, const struct store_soa_view *v)
{
	db_bind_text(st, ":fw", fw);
	db_bind_text(st, ":theme", v->theme);
	db_bind_text(st, ":app", v->applicable);
	db_bind_text(st, ":status", v->status);
	db_bind_text(st, ":aset", v->attr_set);
	db_bind_text(st, ":aval", v->attr_value);
	db_bind_text(st, ":text", v->text);
}

/* Prepare head + the view's filters + tail (+ its order when ordered). */
static enum isms_status
view_prepare(struct db *db, const char *fw, const struct store_soa_view *v,
             const char *head, bool ordered, const char *tail,
             struct db_stmt **st, char **cause)
{
	enum isms_status rc;
	struct buf sql;

	buf_init(&sql);
	buf_adds(&sql, head);
	buf_adds(&sql, VIEW_WHERE);
	if (ordered)
		view_order(&sql, v);
	buf_adds(&sql, tail);
	rc = db_prepare(db, buf_str(&sql), st, cause);
	buf_done(&sql);
	if (rc == ISMS_OK)
		view_bind(*st, fw, v);
	return rc;
}

enum isms_status
store_soa_count(struct db *db, const char *fw, const struct store_soa_view *v,
                size_t *total, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	*total = 0;
	rc = view_prepare(db, fw, v, "SELECT count(*) " VIEW_FROM, false, ";",
	    &st, cause);
	if (rc != ISMS_OK)
		return rc;
	if (db_step(st, cause) == DB_ROW)
		*total = (size_t)db_column_int(st, 0);
	else
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}

enum isms_status
store_soa_page(struct db *db, const char *fw, const struct store_soa_view *v,
               size_t offset, size_t limit, struct soa_row **rows, size_t *n,
               char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	*rows = NULL;
	*n = 0;
	rc = view_prepare(db, fw, v, STORE_SOA_SELECT, true,
	    " LIMIT :limit OFFSET :offset;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":limit", (int64_t)limit);
	db_bind_int(st, ":offset", (int64_t)offset);
	*rows = db_fetch_all(st, sizeof **rows, store_soa_row_read,
	    store_soa_row_release, n, &rc, cause);
	db_finalize(st);
	return rc;
}

/* "SELECT pos FROM (SELECT row_number() ... - 1 AS pos, <cols> FROM ...
 * WHERE <view>) WHERE <cond>" */
static enum isms_status
view_positions(struct db *db, const char *fw, const struct store_soa_view *v,
               const char *cols, const char *cond, struct db_stmt **st,
               char **cause)
{
	enum isms_status rc;
	struct buf head, tail;

	buf_init(&head);
	buf_init(&tail);
	buf_printf(&head, "SELECT pos FROM (SELECT row_number() OVER (");
	view_order(&head, v);
	buf_printf(&head, ") - 1 AS pos, %s " VIEW_FROM, cols);
	buf_printf(&tail, ") WHERE %s;", cond);
	rc = view_prepare(db, fw, v, buf_str(&head), false, buf_str(&tail), st,
	    cause);
	buf_done(&head);
	buf_done(&tail);
	return rc;
}

static void
pos_read(struct db_stmt *st, void *elem)
{
	*(size_t *)elem = (size_t)db_column_int(st, 0);
}

enum isms_status
store_soa_find(struct db *db, const char *fw, const struct store_soa_view *v,
               const char *needle, size_t from, int dir, size_t *pos,
               char **cause)
{
	/* The hits past from come first, so the first hit overall is the
	 * wrapped-around answer when there is none past it. */
	const char *cond = dir >= 0 ?
	    "hit ORDER BY pos <= :from, pos LIMIT 1" :
	    "hit ORDER BY pos >= :from, pos DESC LIMIT 1";
	struct db_stmt *st;
	enum isms_status rc;

	rc = view_positions(db, fw, v, "instr(lower(r.id || char(31) || "
	    "r.title || char(31) || s.owner), lower(:needle)) > 0 AS hit",
	    cond, &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":needle", needle);
	db_bind_int(st, ":from", from == (size_t)-1 ? -1 : (int64_t)from);
	rc = db_fetch_one(st, pos_read, pos, cause);
	db_finalize(st);
	return rc;
}

enum isms_status
store_soa_position(struct db *db, const char *fw,
                   const struct store_soa_view *v, const char *id,
                   size_t *pos, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = view_positions(db, fw, v, "r.id AS cid",
	    "cid = :id COLLATE NOCASE", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":id", id);
	rc = db_fetch_one(st, pos_read, pos, cause);
	db_finalize(st);
	if (rc == ISMS_NOT_FOUND)
		rc = status_fail(cause, rc, "%s: not among the entries shown", id);
	return rc;
}

static void
tally_release(void *elem)
{
	struct store_soa_tally *t = elem;

	free(t->applicable);
	free(t->status);
}

void
store_soa_tally_free(struct store_soa_tally *t, size_t n)
{
	for (size_t i = 0; i < n; i++)
		tally_release(&t[i]);
	free(t);
}

static void
tally_read(struct db_stmt *st, void *elem)
{
	struct store_soa_tally *t = elem;

	t->applicable = db_column_dup(st, 0);
	t->status = db_column_dup(st, 1);
	t->n = (size_t)db_column_int(st, 2);
}

enum isms_status
store_soa_tally(struct db *db, const char *fw, struct store_soa_tally **t,
                size_t *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "SELECT applicable, status, count(*) FROM "
	    "soa_entry WHERE framework_id = :fw GROUP BY 1, 2;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":fw", fw);
	*t = db_fetch_all(st, sizeof **t, tally_read, tally_release, n, &rc,
	    cause);
	db_finalize(st);
	return rc;
}

static void
attribute_release(void *elem)
{
	struct store_attribute *a = elem;

	free(a->set_id);
	free(a->set_title);
	free(a->value);
}

void
store_attributes_free(struct store_attribute *a, size_t n)
{
	for (size_t i = 0; i < n; i++)
		attribute_release(&a[i]);
	free(a);
}

static void
attribute_read(struct db_stmt *st, void *elem)
{
	struct store_attribute *a = elem;

	a->set_id = db_column_dup(st, 0);
	a->set_title = db_column_dup(st, 1);
	a->value = db_column_dup(st, 2);
}

enum isms_status
store_attributes(struct db *db, const char *fw, struct store_attribute **a,
                 size_t *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "SELECT s.id, s.title, v.value FROM attribute_value "
	    "v JOIN attribute_set s ON s.framework_id = v.framework_id AND "
	    "s.id = v.set_id WHERE v.framework_id = :fw ORDER BY s.ord, v.ord;",
	    &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":fw", fw);
	*a = db_fetch_all(st, sizeof **a, attribute_read, attribute_release, n,
	    &rc, cause);
	db_finalize(st);
	return rc;
}

static void
theme_release(void *elem)
{
	struct store_theme *t = elem;

	free(t->id);
	free(t->title);
	free(t->first);
}

void
store_themes_free(struct store_theme *t, size_t n)
{
	for (size_t i = 0; i < n; i++)
		theme_release(&t[i]);
	free(t);
}

static void
theme_read(struct db_stmt *st, void *elem)
{
	struct store_theme *t = elem;

	t->id = db_column_dup(st, 0);
	t->title = db_column_dup(st, 1);
	t->first = db_column_dup(st, 2);
}

enum isms_status
store_theme_list(struct db *db, const char *fw, struct store_theme **t,
                 size_t *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "SELECT t.id, t.title, (SELECT r.id FROM "
	    "requirement r WHERE r.framework_id = t.framework_id AND "
	    "r.theme_id = t.id ORDER BY r.ord LIMIT 1) FROM theme t WHERE "
	    "t.framework_id = :fw ORDER BY t.ord;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":fw", fw);
	*t = db_fetch_all(st, sizeof **t, theme_read, theme_release, n, &rc,
	    cause);
	db_finalize(st);
	return rc;
}
