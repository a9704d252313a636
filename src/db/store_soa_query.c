/*
 * store_soa_query.c - the SoA as the tables of the TUI and `soa list` see
 * it: its view for the engine of view.h (every filter member binds NULL
 * for "any", sort keys from a fixed list), the tallies of the summary,
 * and the attributes and themes of the framework.  User text is only
 * ever bound, never spliced into SQL.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/db/store_soa.h"
#include "isms/db/store_soa_sql.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

/* A control has attribute value n (NULL: any) of set n (NULL: any set). */
#define VIEW_ATTR(n) \
	" AND (:aval" n " IS NULL OR EXISTS (SELECT 1 FROM " \
	"requirement_attribute ra WHERE ra.framework_id = s.framework_id AND " \
	"ra.requirement_id = r.id AND ra.value = :aval" n " AND (:aset" n \
	" IS NULL OR ra.set_id = :aset" n ")))"

/* Several attribute values must all hold (STORE_SOA_ATTRS of them). */
#define VIEW_FILTER \
	" AND (:theme IS NULL OR r.theme_id = :theme)" \
	" AND (:app IS NULL OR s.applicable = :app)" \
	" AND (:status IS NULL OR s.status = :status)" \
	VIEW_ATTR("0") VIEW_ATTR("1") VIEW_ATTR("2") VIEW_ATTR("3") \
	" AND (:text IS NULL OR instr(lower(r.id || char(31) || r.title || " \
	"char(31) || s.owner || char(31) || s.justification || char(31) || " \
	"s.how || char(31) || s.evidence), lower(:text)) > 0)"

#define SOA_SORTS(risks) { \
	{ "r.ord", NULL }, \
	{ "r.title COLLATE NOCASE", NULL }, \
	{ "(SELECT t.ord FROM theme t WHERE t.framework_id = r.framework_id " \
	    "AND t.id = r.theme_id)", NULL }, \
	{ "CASE s.applicable WHEN 'yes' THEN 0 WHEN 'no' THEN 1 ELSE 2 END", \
	    NULL }, \
	/* the stored reasons, then RA (derived from risk links) */ \
	{ "s.reasons", "EXISTS (SELECT 1 FROM risk_control rc WHERE " \
	    "rc.framework_id = s.framework_id AND rc.control_id = " \
	    "s.control_id)" }, \
	{ "CASE s.status WHEN 'not-started' THEN 0 WHEN 'planned' THEN 1 " \
	    "WHEN 'partial' THEN 2 WHEN 'implemented' THEN 3 ELSE 4 END", \
	    NULL }, \
	{ "s.owner COLLATE NOCASE", NULL }, \
	{ "ifnull(s.reviewed, '')", NULL }, \
	{ risks, NULL }, \
}

/* Sort keys in the order of enum soa_sort, each with an optional second
 * key; vocabularies sort in their own order, not alphabetically.  The
 * count of linked risks is kept from schema version 3 on. */
static const struct view_sort view_sorts[] = SOA_SORTS("ifnull((SELECT "
    "risks FROM control_risk_count n WHERE n.framework_id = s.framework_id "
    "AND n.control_id = s.control_id), 0)");
static const struct view_sort old_sorts[] = SOA_SORTS("(SELECT count(*) "
    "FROM risk_control rc WHERE rc.framework_id = s.framework_id AND "
    "rc.control_id = s.control_id)");

/* Every filter is written, each true for "any" (93 controls: no index
 * needed). */
static void
view_filter(struct buf *b, const void *filter, const void *ctx)
{
	(void)filter;
	(void)ctx;
	buf_adds(b, VIEW_FILTER);
}

static void
view_bind(struct db_stmt *st, const void *filter)
{
	const struct store_soa_view *v = filter;

	db_bind_text(st, ":fw", v->framework_id);
	db_bind_text(st, ":theme", v->theme);
	db_bind_text(st, ":app", v->applicable);
	db_bind_text(st, ":status", v->status);
	for (int i = 0; i < STORE_SOA_ATTRS; i++) {
		char set[8], val[8];

		snprintf(set, sizeof set, ":aset%d", i);
		snprintf(val, sizeof val, ":aval%d", i);
		db_bind_text(st, set, v->attr_set[i]);
		db_bind_text(st, val, v->attr_value[i]);
	}
	db_bind_text(st, ":text", v->text);
}

/* Ties in catalog order (backwards when descending); control ids are
 * named in any case. */
#define SOA_VIEW(rec_sql, keys, older, version) { \
	.from = "FROM soa_entry s JOIN requirement r ON r.framework_id = " \
	    "s.framework_id AND r.id = s.control_id " STORE_SOA_WHERE, \
	.filter = view_filter, \
	.bind = view_bind, \
	.sorts = keys, \
	.n_sorts = sizeof keys / sizeof *keys, \
	.id = "r.ord", \
	.named = "r.id = :key COLLATE NOCASE", \
	.hit = "r.id || char(31) || r.title || char(31) || s.owner", \
	.rec = rec_sql, \
	.rows_where = STORE_SOA_WHERE, \
	.old = older, \
	.since = version, \
}

static const struct view_sql old_view_sql = SOA_VIEW(&store_soa_sql_list_old,
    old_sorts, NULL, 0);
const struct view_sql store_soa_view_sql = SOA_VIEW(&store_soa_sql_list,
    view_sorts, &old_view_sql, 3);

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

	rc = db_prepare(db,
	    "SELECT s.id, s.title, v.value FROM attribute_value "
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
