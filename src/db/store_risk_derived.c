/*
 * store_risk_derived.c - what the risk register stores besides what
 * people write, each kept in the transaction of the write it follows
 * from: the level ranks of the three scores (-1 when not scored), and the
 * trigram index of the text the filter looks in (risk_fts, with its own
 * copy of that text, so that an entry goes by its row id alone).  Also the
 * migration of the register to schema version 3, which sets both up and
 * turns the free-text current tier into a level where it names one.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/db/row.h"
#include "isms/db/store_risk.h"
#include "isms/util/buf.h"
#include "isms/util/date.h"
#include "isms/util/user.h"
#include "isms/util/xmalloc.h"

/* The rank of the level of scores l and i of the risk row risk. */
#define RANK_OF(l, i) \
	"(SELECT c.level_rank FROM matrix_cell c WHERE c.matrix_id = " \
	"risk.matrix_id AND c.likelihood = risk." l " AND c.impact = risk." \
	i ")"
/* The level a current tier names (its id or name, in any case). */
#define TIER_RANK \
	"(SELECT lv.rank FROM matrix_level lv WHERE lv.matrix_id = " \
	"risk.matrix_id AND (lv.id = trim(risk.current_tier) COLLATE NOCASE " \
	"OR lv.name = trim(risk.current_tier) COLLATE NOCASE))"

/* The one definition of the stored ranks. */
#define RANK_SET \
	"UPDATE risk SET inherent_rank = ifnull(" \
	RANK_OF("inherent_likelihood", "inherent_impact") ", -1), " \
	"current_rank = coalesce(" \
	RANK_OF("current_likelihood", "current_impact") ", " TIER_RANK \
	", -1), residual_rank = ifnull(" \
	RANK_OF("residual_likelihood", "residual_impact") ", -1)"

/* The indexed text, in the order of risk_fts's columns. */
#define FTS_COLUMNS "ref, statement, owner, threat, vulnerability"

enum isms_status
store_risk_rank(struct db *db, int64_t id, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	if (id == 0)
		return db_exec(db, RANK_SET ";", cause);
	rc = db_prepare_cached(db, RANK_SET " WHERE id = :id;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	rc = db_step_done(st, cause);
	db_finalize(st);
	return rc;
}

bool
store_risk_fts_column(const char *column)
{
	static const char *const cols[] = { "ref", "statement", "owner",
		"threat", "vulnerability" };

	for (size_t i = 0; i < sizeof cols / sizeof *cols; i++)
		if (strcmp(column, cols[i]) == 0)
			return true;
	return false;
}

static enum isms_status
exec_id(struct db *db, const char *sql, int64_t id, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc = db_prepare_cached(db, sql, &st, cause);

	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	rc = db_step_done(st, cause);
	db_finalize(st);
	return rc;
}

enum isms_status
store_risk_fts_drop(struct db *db, int64_t id, char **cause)
{
	return exec_id(db, "DELETE FROM risk_fts WHERE rowid = :id;", id,
	    cause);
}

enum isms_status
store_risk_fts_add(struct db *db, int64_t id, char **cause)
{
	return exec_id(db, "INSERT INTO risk_fts (rowid, " FTS_COLUMNS ") "
	    "SELECT id, " FTS_COLUMNS " FROM risk WHERE id = :id;", id, cause);
}

enum isms_status
store_risk_refresh(struct db *db, char **cause)
{
	enum isms_status rc = store_risk_rank(db, 0, cause);

	if (rc == ISMS_OK)
		rc = db_exec(db, "DELETE FROM risk_fts; INSERT INTO risk_fts "
		    "(rowid, " FTS_COLUMNS ") SELECT id, " FTS_COLUMNS " FROM "
		    "risk;", cause);
	return rc;
}

static enum isms_status
derived_count(struct db *db, const char *sql, size_t *n, char **cause)
{
	int64_t v;
	enum isms_status rc = db_query_int(db, sql, &v, cause);

	*n = (size_t)v;
	return rc;
}

enum isms_status
store_risk_derived_check(struct db *db, size_t *text, size_t *ranks,
                         size_t *counts, size_t *total, char **cause)
{
	enum isms_status rc;

	rc = derived_count(db, "SELECT (SELECT count(*) FROM risk r WHERE NOT "
	    "EXISTS (SELECT 1 FROM risk_fts f WHERE f.rowid = r.id AND f.ref "
	    "IS r.ref AND f.statement IS r.statement AND f.owner IS r.owner "
	    "AND f.threat IS r.threat AND f.vulnerability IS r.vulnerability)) "
	    "+ (SELECT count(*) FROM risk_fts f WHERE NOT EXISTS (SELECT 1 "
	    "FROM risk r WHERE r.id = f.rowid));", text, cause);
	if (rc == ISMS_OK)
		rc = derived_count(db, "SELECT count(*) FROM risk WHERE "
		    "inherent_rank IS NOT "
		    "ifnull(" RANK_OF("inherent_likelihood",
		    "inherent_impact") ", -1) OR current_rank IS NOT "
		    "coalesce(" RANK_OF("current_likelihood",
		    "current_impact") ", " TIER_RANK ", -1) OR residual_rank "
		    "IS NOT ifnull(" RANK_OF("residual_likelihood",
		    "residual_impact") ", -1);", ranks, cause);
	if (rc == ISMS_OK)
		rc = derived_count(db, "SELECT (SELECT count(*) FROM (SELECT "
		    "framework_id AS f, control_id AS c, count(*) AS n FROM "
		    "risk_control GROUP BY 1, 2) WHERE n IS NOT (SELECT risks "
		    "FROM control_risk_count WHERE framework_id = f AND "
		    "control_id = c)) + (SELECT count(*) FROM "
		    "control_risk_count k WHERE risks <> 0 AND NOT EXISTS "
		    "(SELECT 1 FROM risk_control l WHERE l.framework_id = "
		    "k.framework_id AND l.control_id = k.control_id));", counts,
		    cause);
	if (rc == ISMS_OK && db_schema(db) >= 5)
		rc = derived_count(db, "SELECT (SELECT count(*) FROM risk) IS "
		    "NOT (SELECT risks FROM risk_total WHERE id = 1);", total,
		    cause);
	return rc;
}

/* ---- schema version 3 ---- */

/* A current tier that names no level moves into the description, with a
 * note, and both changes are recorded. */
static enum isms_status
v3_tier(struct db *db, const struct row_author *a, int64_t id,
        const char *ref, const char *tier, const char *description,
        char **cause)
{
	static const char note[] = "Current tier (moved here when the current "
	    "risk came to be scored on the risk matrix): ";
	struct db_stmt *st;
	struct buf b;
	enum isms_status rc;

	buf_init(&b);
	if (description[0] != '\0')
		buf_printf(&b, "%s\n\n", description);
	buf_printf(&b, "%s%s", note, tier);
	rc = db_prepare(db, "UPDATE risk SET description = :d, current_tier = "
	    "NULL WHERE id = :id;", &st, cause);
	if (rc == ISMS_OK) {
		db_bind_text(st, ":d", buf_str(&b));
		db_bind_int(st, ":id", id);
		rc = db_step_done(st, cause);
		db_finalize(st);
	}
	if (rc == ISMS_OK)
		rc = row_history(db, a, "risk", ref, "description",
		    description[0] != '\0' ? description : NULL, buf_str(&b),
		    cause);
	if (rc == ISMS_OK)
		rc = row_history(db, a, "risk", ref, "current_tier", tier, NULL,
		    cause);
	buf_done(&b);
	return rc;
}

/* Each tier that does not name a level of its risk's matrix. */
static enum isms_status
v3_tiers(struct db *db, char **cause)
{
	struct row_author a;
	struct db_stmt *st;
	char at[21];
	enum isms_status rc;
	int r;

	date_now_utc(at);
	a.who = user_login();
	a.at = at;
	rc = db_prepare(db, "SELECT id, ref, current_tier, description FROM "
	    "risk WHERE current_tier IS NOT NULL AND " TIER_RANK " IS NULL "
	    "ORDER BY id;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	while (rc == ISMS_OK && (r = db_step(st, cause)) == DB_ROW) {
		char *ref = db_column_dup(st, 1), *tier = db_column_dup(st, 2);
		char *description = db_column_dup(st, 3);

		/* a blank tier says nothing: it only goes */
		if (strspn(tier, " ") == strlen(tier))
			rc = exec_id(db, "UPDATE risk SET current_tier = NULL "
			    "WHERE id = :id;", db_column_int(st, 0), cause);
		else
			rc = v3_tier(db, &a, db_column_int(st, 0), ref, tier,
			    description, cause);
		if (rc == ISMS_OK && strspn(tier, " ") == strlen(tier))
			rc = row_history(db, &a, "risk", ref, "current_tier",
			    tier, NULL, cause);
		free(ref);
		free(tier);
		free(description);
	}
	if (rc == ISMS_OK && r != DB_DONE)
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}

enum isms_status
store_risk_v3(struct db *db, char **cause)
{
	enum isms_status rc = v3_tiers(db, cause);

	if (rc == ISMS_OK)
		rc = store_risk_refresh(db, cause);
	return rc;
}
