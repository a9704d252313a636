/*
 * store_soa_query.c - the SoA as the tables of the TUI and `soa list` see
 * it: its view for the engine of view.h (every filter member binds NULL
 * for "any", sort keys from a fixed list), the tallies of the summary,
 * and the attributes and themes of the framework.  User text is only
 * ever bound, never spliced into SQL.
 */
#include <stdlib.h>

#include "isms/db/store_soa.h"
#include "isms/db/store_soa_sql.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

#define VIEW_FILTER \
	" AND (:theme IS NULL OR r.theme_id = :theme)" \
	" AND (:app IS NULL OR s.applicable = :app)" \
	" AND (:status IS NULL OR s.status = :status)" \
	" AND (:aval IS NULL OR EXISTS (SELECT 1 FROM requirement_attribute " \
	"ra WHERE ra.framework_id = s.framework_id AND ra.requirement_id = r.id" \
	" AND ra.value = :aval AND (:aset IS NULL OR ra.set_id = :aset)))" \
	" AND (:text IS NULL OR instr(lower(r.id || char(31) || r.title || " \
	"char(31) || s.owner || char(31) || s.justification || char(31) || " \
	"s.how || char(31) || s.evidence), lower(:text)) > 0)"

/* Sort keys in the order of enum soa_sort, each with an optional second
 * key; vocabularies sort in their own order, not alphabetically. */
static const struct view_sort view_sorts[] = {
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
	    "WHEN 'partial' THEN 2 WHEN 'implemented' THEN 3 ELSE 4 END",
	    NULL },
	{ "s.owner COLLATE NOCASE", NULL },
	{ "ifnull(s.reviewed, '')", NULL },
};

static void
view_bind(struct db_stmt *st, const void *filter)
{
	const struct store_soa_view *v = filter;

	db_bind_text(st, ":fw", v->framework_id);
	db_bind_text(st, ":theme", v->theme);
	db_bind_text(st, ":app", v->applicable);
	db_bind_text(st, ":status", v->status);
	db_bind_text(st, ":aset", v->attr_set);
	db_bind_text(st, ":aval", v->attr_value);
	db_bind_text(st, ":text", v->text);
}

/* Ties in catalog order; control ids are named in any case. */
const struct view_sql store_soa_view_sql = {
	.from = "FROM soa_entry s JOIN requirement r ON r.framework_id = "
	    "s.framework_id AND r.id = s.control_id " STORE_SOA_WHERE,
	.filter = VIEW_FILTER,
	.sorts = view_sorts,
	.n_sorts = sizeof view_sorts / sizeof *view_sorts,
	.id = "r.ord",
	.name = "r.id",
	.hit = "r.id || char(31) || r.title || char(31) || s.owner",
	.rec = &store_soa_sql,
	.rows_where = STORE_SOA_WHERE,
	.bind = view_bind,
};

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
