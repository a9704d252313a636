/*
 * store_risk_sql.h - the SELECT of a risk with everything derived from it
 * at read time (levels through the matrix grid, linked assets and
 * controls, the latest acceptance and whether it went stale), shared by
 * store_risk.c and store_risk_view.c only.
 */
#ifndef ISMS_DB_STORE_RISK_SQL_H
#define ISMS_DB_STORE_RISK_SQL_H

#include "isms/db/db.h"

/* What an acceptance is given on: the residual scores, the treatment and
 * the linked controls.  When this differs from the basis stored with the
 * acceptance, the acceptance is stale.  Defined once, here. */
#define RISK_BASIS \
	"(ifnull(r.residual_likelihood, '') || ':' || " \
	"ifnull(r.residual_impact, '') || ':' || ifnull(r.treatment, '') || " \
	"':' || ifnull((SELECT group_concat(control_id, ',') FROM (SELECT " \
	"control_id FROM risk_control WHERE risk_id = r.id ORDER BY " \
	"control_id)), ''))"

#define RISK_RANK(l, i) \
	"(SELECT level_rank FROM matrix_cell c WHERE c.matrix_id = " \
	"r.matrix_id AND c.likelihood = r." l " AND c.impact = r." i ")"

#define RISK_INHERENT RISK_RANK("inherent_likelihood", "inherent_impact")
#define RISK_RESIDUAL RISK_RANK("residual_likelihood", "residual_impact")
/* The level that counts: residual once assessed, else inherent. */
#define RISK_EFFECTIVE "coalesce(" RISK_RESIDUAL ", " RISK_INHERENT ")"

#define RISK_ACCEPTANCE \
	"(SELECT max(id) FROM risk_acceptance WHERE risk_id = r.id)"

#define RISK_COLS \
	"r.id, r.ref, r.statement, r.description, r.threat, " \
	"r.vulnerability, r.owner, r.identified, r.matrix_id, " \
	"r.matrix_version, ifnull(r.inherent_likelihood, 0), " \
	"ifnull(r.inherent_impact, 0), ifnull(" RISK_INHERENT ", -1), " \
	"r.current_tier, r.treatment, ifnull(r.residual_likelihood, 0), " \
	"ifnull(r.residual_impact, 0), ifnull(" RISK_RESIDUAL ", -1), " \
	"r.status, r.next_review, " \
	"(SELECT group_concat(name, '; ') FROM (SELECT a.name FROM " \
	"risk_asset ra JOIN asset a ON a.id = ra.asset_id WHERE ra.risk_id " \
	"= r.id ORDER BY a.name)), " \
	"(SELECT group_concat(id, ',') FROM (SELECT q.id FROM risk_control " \
	"rc JOIN requirement q ON q.framework_id = rc.framework_id AND q.id " \
	"= rc.control_id WHERE rc.risk_id = r.id ORDER BY q.ord)), " \
	"acc.accepted_by, acc.accepted_at, acc.until, acc.note, " \
	"acc.id IS NOT NULL, acc.basis IS NOT " RISK_BASIS ", " \
	"ifnull(" RISK_EFFECTIVE " > mx.acceptance_rank, 0), " \
	"r.rev, r.updated_at, r.updated_by"
#define RISK_JOINS \
	"FROM risk r JOIN matrix mx ON mx.id = r.matrix_id " \
	"LEFT JOIN risk_acceptance acc ON acc.id = " RISK_ACCEPTANCE " "
#define RISK_SELECT "SELECT " RISK_COLS " " RISK_JOINS

void store_risk_row_read(struct db_stmt *st, void *elem);
void store_risk_row_release(void *elem);

#endif
