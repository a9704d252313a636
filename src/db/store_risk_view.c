/*
 * store_risk_view.c - the risk register as tables and lists see it: its
 * view for the engine of view.h (SQL only for the filters that are on,
 * sort keys from a fixed list, each walked along its own index), how a
 * text is looked for (through the trigram index when that narrows it
 * down, row by row otherwise), the total, counts per heat-map cell and
 * the owners named.  A file of schema version 1 or 2, read as it is by
 * an older isms's group, has no stored ranks and no text index: its view
 * derives the levels through the matrix grid and reads every row.  User
 * text is only bound.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/store_risk.h"
#include "isms/db/store_risk_sql.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

/* What differs between the view of a current file and of an older one. */
struct risk_view_sql {
	const char *effective;        /* the level that counts, -1: none */
	bool fts;                     /* risk_fts is there */
};

/* The levels of files before version 3, through the grid. */
#define OLD_RANK(l, i) \
	"(SELECT level_rank FROM matrix_cell c WHERE c.matrix_id = " \
	"r.matrix_id AND c.likelihood = r." l " AND c.impact = r." i ")"
#define OLD_INHERENT OLD_RANK("inherent_likelihood", "inherent_impact")
#define OLD_RESIDUAL OLD_RANK("residual_likelihood", "residual_impact")
#define OLD_EFFECTIVE \
	"ifnull(coalesce(" OLD_RESIDUAL ", " OLD_INHERENT "), -1)"

static const struct risk_view_sql view_now = { RISK_EFFECTIVE, true };
static const struct risk_view_sql view_old = { OLD_EFFECTIVE, false };

#define VIEW_FROM "FROM risk r WHERE 1"
#define ACCEPTANCE_RANK \
	"(SELECT acceptance_rank FROM matrix WHERE id = r.matrix_id)"
#define ACC_STALE \
	"EXISTS (SELECT 1 FROM risk_acceptance a WHERE a.id = " \
	RISK_ACCEPTANCE " AND a.basis <> " RISK_REVOKED " AND a.basis IS NOT " \
	RISK_BASIS ")"
/* An open treatment action past its due date. */
#define ACTION_LATE \
	"EXISTS (SELECT 1 FROM risk_action a WHERE a.risk_id = r.id AND " \
	"a.due < :today AND a.status IN ('planned', 'in-progress'))"
#define ACC_VALID \
	"EXISTS (SELECT 1 FROM risk_acceptance a WHERE a.id = " \
	RISK_ACCEPTANCE " AND a.basis IS " RISK_BASIS " AND " \
	"ifnull(a.until, '9999') >= :today)"
/* A text in any of the columns the index holds; LIKE ignores the case of
 * ASCII letters only, and so does the filter, with or without the index
 * (which folds more, and only narrows the rows LIKE looks at). */
#define TEXT_LIKE \
	" AND (r.statement LIKE :like ESCAPE '\\' OR r.ref LIKE :like " \
	"ESCAPE '\\' OR r.owner LIKE :like ESCAPE '\\' OR r.threat LIKE " \
	":like ESCAPE '\\' OR r.vulnerability LIKE :like ESCAPE '\\')"

static void
view_filter(struct buf *b, const void *filter, const void *ctx)
{
	const struct store_risk_view *v = filter;
	const struct risk_view_sql *x = ctx;

	if (v->level_rank >= 0)
		buf_printf(b, " AND %s = :level", x->effective);
	if (v->owner != NULL)
		buf_adds(b, " AND r.owner = :owner COLLATE NOCASE");
	if (v->treatment != NULL)
		buf_adds(b, " AND r.treatment = :treatment");
	if (v->status != NULL)
		buf_adds(b, " AND r.status = :status");
	if (v->above)
		buf_printf(b, " AND %s > " ACCEPTANCE_RANK, x->effective);
	if (v->flagged)
		buf_printf(b, " AND %s > " ACCEPTANCE_RANK " AND r.status <> "
		    "'closed' AND NOT " ACC_VALID, x->effective);
	if (v->overdue)
		buf_adds(b, " AND r.next_review < :today AND r.status <> "
		    "'closed'");
	if (v->stale)
		buf_adds(b, " AND " ACC_STALE);
	if (v->action_late)
		buf_adds(b, " AND r.status <> 'closed' AND " ACTION_LATE);
	if (v->cell_l != 0)
		buf_printf(b, " AND r.status <> 'closed' AND r.%s_likelihood = "
		    ":cl AND r.%s_impact = :ci", v->cell_residual ? "residual" :
		    "inherent", v->cell_residual ? "residual" : "inherent");
	if (v->control != NULL)
		buf_adds(b, " AND EXISTS (SELECT 1 FROM risk_control rc WHERE "
		    "rc.risk_id = r.id AND rc.control_id = :control)");
	if (v->text != NULL && v->match != NULL && x->fts)
		buf_adds(b, " AND r.id IN (SELECT rowid FROM risk_fts WHERE "
		    "risk_fts MATCH :match)");
	if (v->text != NULL)
		buf_adds(b, TEXT_LIKE);
}

/* "%text%" for LIKE, with the user's % _ and \\ taken literally. */
static char *
view_like(const char *text)
{
	struct buf b;

	buf_init(&b);
	buf_addc(&b, '%');
	for (; *text != '\0'; text++) {
		if (*text == '%' || *text == '_' || *text == '\\')
			buf_addc(&b, '\\');
		buf_addc(&b, *text);
	}
	buf_addc(&b, '%');
	return buf_take(&b);
}

/* The parameters of exactly the filters view_filter() wrote. */
static void
view_bind(struct db_stmt *st, const void *filter)
{
	const struct store_risk_view *v = filter;

	if (v->level_rank >= 0)
		db_bind_int(st, ":level", v->level_rank);
	if (v->owner != NULL)
		db_bind_text(st, ":owner", v->owner);
	if (v->treatment != NULL)
		db_bind_text(st, ":treatment", v->treatment);
	if (v->status != NULL)
		db_bind_text(st, ":status", v->status);
	if (v->flagged || v->overdue || v->action_late)
		db_bind_text(st, ":today", v->today);
	if (v->cell_l != 0) {
		db_bind_int(st, ":cl", v->cell_l);
		db_bind_int(st, ":ci", v->cell_i);
	}
	if (v->control != NULL)
		db_bind_text(st, ":control", v->control);
	if (v->text != NULL) {
		char *like = view_like(v->text);

		db_bind_text(st, ":like", like);
		free(like);
		if (v->match != NULL)
			db_bind_text(st, ":match", v->match);
	}
}

/* Sort keys in the order of enum risk_sort; none is ever NULL.  Each has
 * the index of its name in schema_v3.sql.h. */
static const struct view_sort view_sorts[] = {
	{ "r.id", NULL },
	{ "r.statement COLLATE NOCASE", NULL },
	{ "r.owner COLLATE NOCASE", NULL },
	{ RISK_INHERENT, NULL },                      /* risk_by_inherent */
	{ RISK_EFFECTIVE, NULL },                     /* risk_by_level */
	{ RISK_TREATMENT_ORDER, NULL },             /* risk_by_treatment */
	{ RISK_STATUS_ORDER, NULL },                /* risk_by_status */
	{ "ifnull(r.next_review, '9999')", NULL },
	{ RISK_CURRENT, NULL },                       /* risk_by_current */
};

static const struct view_sort old_sorts[] = {
	{ "r.id", NULL },
	{ "r.statement COLLATE NOCASE", NULL },
	{ "r.owner COLLATE NOCASE", NULL },
	{ "ifnull(" OLD_INHERENT ", -1)", NULL },
	{ OLD_EFFECTIVE, NULL },
	{ RISK_TREATMENT_ORDER, NULL },
	{ RISK_STATUS_ORDER, NULL },
	{ "ifnull(r.next_review, '9999')", NULL },
	{ "-1", NULL },
};

static const struct view_sql old_view_sql = {
	.from = VIEW_FROM,
	.filter = view_filter,
	.bind = view_bind,
	.ctx = &view_old,
	.sorts = old_sorts,
	.n_sorts = sizeof old_sorts / sizeof *old_sorts,
	.id = "r.id",
	.named = "r.ref = upper(:key)",
	.hit = "r.ref || char(31) || r.statement || char(31) || r.owner",
	.rec = &store_risk_sql_old,
	.rows_where = "WHERE 1",
};

const struct view_sql store_risk_view_sql = {
	.from = VIEW_FROM,
	.filter = view_filter,
	.bind = view_bind,
	.ctx = &view_now,
	.sorts = view_sorts,
	.n_sorts = sizeof view_sorts / sizeof *view_sorts,
	.id = "r.id",
	.named = "r.ref = upper(:key)",
	.hit = "r.ref || char(31) || r.statement || char(31) || r.owner",
	/* the text index holds these columns (and two more): a needle of
	 * three characters or more is looked for among its candidates */
	.hit_narrow = " AND r.id IN (SELECT rowid FROM risk_fts WHERE "
	    "risk_fts MATCH :narrow)",
	.hit_plan = store_risk_text_plan,
	.rec = &store_risk_sql,
	.rows_where = "WHERE 1",
	.old = &old_view_sql,
	.since = 3,
};

/* ---- looking for a text ---- */

/* The trigram query of text: every three characters of it quoted (the
 * index was made with detail=none, so it says which risks hold each
 * trigram, not where), or NULL when text is shorter than that.  With
 * sparse, only the trigrams that start every third character and the
 * last one: they cover the text, and the risks holding them all are at
 * least those holding every trigram. */
static char *
text_trigrams(const char *text, bool sparse)
{
	size_t len = strlen(text), n = 0, *at = xcalloc(len + 1, sizeof *at);
	struct buf b;

	for (size_t i = 0; i < len; i++)      /* where each character starts */
		if (((unsigned char)text[i] & 0xc0) != 0x80)
			at[n++] = i;
	at[n] = len;
	buf_init(&b);
	for (size_t t = 0; t + 3 <= n; t++) {
		if (sparse && t % 3 != 0 && t + 3 != n)
			continue;
		buf_adds(&b, t > 0 ? " \"" : "\"");
		for (size_t j = at[t]; j < at[t + 3]; j++) {
			if (text[j] == '"')
				buf_addc(&b, '"');
			buf_addc(&b, text[j]);
		}
		buf_addc(&b, '"');
	}
	free(at);
	if (b.len == 0) {
		buf_done(&b);
		return NULL;
	}
	return buf_take(&b);
}

/* How many candidates the index may give before reading every row and
 * checking it is cheaper: about sqrt(10 * risks), at least 200.  A page
 * then costs at most about as much either way. */
static size_t
text_cap(struct db *db)
{
	struct db_stmt *st;
	size_t n = 0, cap = 200;

	if (db_prepare_cached(db, "SELECT ifnull(max(id), 0) FROM risk;", &st,
	    NULL) != ISMS_OK)
		return cap;
	if (db_step(st, NULL) == DB_ROW)
		n = (size_t)db_column_int(st, 0);
	db_finalize(st);
	while (cap * cap < 10 * n)
		cap += cap / 4 + 1;
	return cap;
}

/* The last plan made: a keystroke makes the view anew for its count and
 * each page it reads, and counting the index is most of what that costs.
 * Kept while the connection, the text and the rows stay the same (a plan
 * out of date would only be slower: the view checks every row's text
 * anyway). */
static struct {
	uint64_t serial;              /* db_serial(); 0: none kept */
	char *text;
	int64_t version;
	int64_t changes;
	char *match;                  /* NULL: read the rows */
} text_last;

static bool
text_last_is(struct db *db, const char *text, int64_t version,
             int64_t changes)
{
	return text_last.serial == db_serial(db) && text_last.version ==
	    version && text_last.changes == changes &&
	    strcmp(text_last.text, text) == 0;
}

static void
text_last_keep(struct db *db, const char *text, int64_t version,
               int64_t changes, const char *match)
{
	free(text_last.text);
	free(text_last.match);
	text_last.serial = db_serial(db);
	text_last.text = xstrdup(text);
	text_last.version = version;
	text_last.changes = changes;
	text_last.match = match != NULL ? xstrdup(match) : NULL;
}

enum isms_status
store_risk_text_plan(struct db *db, const char *text, char **match,
                     char **cause)
{
	char *q = NULL, *probe;
	struct db_stmt *st;
	size_t cap, n = 0;
	int64_t version, changes;
	enum isms_status rc;

	*match = NULL;
	if (text == NULL || (db_schema(db) > 0 && db_schema(db) < 3))
		return ISMS_OK;
	version = db_data_version(db);
	changes = db_total_changes(db);
	if (text_last_is(db, text, version, changes)) {
		if (text_last.match != NULL)
			*match = xstrdup(text_last.match);
		return ISMS_OK;
	}
	if ((q = text_trigrams(text, false)) == NULL)
		return ISMS_OK;
	/* Counted with fewer trigrams, which costs less and counts no fewer:
	 * under the cap so counted, the whole query is under it too. */
	probe = text_trigrams(text, true);
	cap = text_cap(db);
	rc = db_prepare_cached(db, "SELECT count(*) FROM (SELECT 1 FROM "
	    "risk_fts WHERE risk_fts MATCH :q LIMIT :cap);", &st, cause);
	if (rc == ISMS_OK) {
		db_bind_text(st, ":q", probe);
		db_bind_int(st, ":cap", (int64_t)cap);
		if (db_step(st, cause) == DB_ROW)
			n = (size_t)db_column_int(st, 0);
		else
			rc = db_stmt_error(st);
		db_finalize(st);
	}
	free(probe);
	if (rc == ISMS_OK && n < cap)
		*match = q;
	else
		free(q);
	if (rc == ISMS_OK)
		text_last_keep(db, text, version, changes, *match);
	return rc;
}

/* ---- counts ---- */

/* The last total read, kept while the connection and the rows stay the
 * same: a table asks for the total and for the count of its view, which
 * is the same when no filter is on (and a file older than version 5 is
 * counted, which reads the whole of an index). */
static struct {
	uint64_t serial;              /* db_serial(); 0: none kept */
	int64_t version;
	int64_t changes;
	size_t total;
} total_last;

enum isms_status
store_risk_total(struct db *db, size_t *total, char **cause)
{
	int64_t version = db_data_version(db), changes = db_total_changes(db);
	int64_t n;
	enum isms_status rc;

	*total = 0;
	if (total_last.serial == db_serial(db) && total_last.version ==
	    version && total_last.changes == changes) {
		*total = total_last.total;
		return ISMS_OK;
	}
	/* kept in one row since schema version 5 (and never more than the
	 * risks there are, should the table be gone or emptied outside
	 * isms); a reader of an older file counts */
	rc = db_query_int(db, db_schema(db) > 0 && db_schema(db) < 5 ?
	    "SELECT count(*) FROM risk;" : "SELECT risks FROM risk_total "
	    "WHERE id = 1 AND EXISTS (SELECT 1 FROM risk);", &n, cause);
	*total = (size_t)n;
	if (rc == ISMS_OK) {
		total_last.serial = db_serial(db);
		total_last.version = version;
		total_last.changes = changes;
		total_last.total = *total;
	}
	return rc;
}

enum isms_status
store_risk_ref_width(struct db *db, size_t *width, char **cause)
{
	int64_t n;
	enum isms_status rc = db_query_int(db, "SELECT ifnull(max("
	    "length(ref)), 0) FROM risk;", &n, cause);

	*width = (size_t)n;
	return rc;
}

enum isms_status
store_risk_heat(struct db *db, bool residual, int n_l, int n_i,
                size_t *counts, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	int r;

	rc = db_prepare(db, residual ?
	    "SELECT residual_likelihood, residual_impact, count(*) FROM risk "
	    "WHERE residual_likelihood IS NOT NULL AND residual_impact IS NOT "
	    "NULL AND status <> 'closed' GROUP BY 1, 2;" :
	    "SELECT inherent_likelihood, inherent_impact, count(*) FROM risk "
	    "WHERE inherent_likelihood IS NOT NULL AND inherent_impact IS NOT "
	    "NULL AND status <> 'closed' GROUP BY 1, 2;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	for (int k = 0; k < n_l * n_i; k++)
		counts[k] = 0;
	while ((r = db_step(st, cause)) == DB_ROW) {
		int l = (int)db_column_int(st, 0), i = (int)db_column_int(st,
		    1);

		if (l >= 1 && l <= n_l && i >= 1 && i <= n_i)
			counts[(l - 1) * n_i + i - 1] =
			    (size_t)db_column_int(st, 2);
	}
	if (r != DB_DONE)
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}

enum isms_status
store_risk_owners(struct db *db, char ***owners, size_t *n, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "SELECT DISTINCT owner FROM risk WHERE owner <> '' "
	    "ORDER BY owner COLLATE NOCASE LIMIT 200;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	*owners = db_fetch_texts(st, n, &rc, cause);
	db_finalize(st);
	return rc;
}
