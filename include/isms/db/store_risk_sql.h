/*
 * store_risk_sql.h - how a risk is read, with everything derived from it
 * at read time (levels through the matrix grid, linked assets and
 * controls, the latest acceptance and whether it went stale), shared by
 * store_risk.c and store_risk_view.c only.
 */
#ifndef ISMS_DB_STORE_RISK_SQL_H
#define ISMS_DB_STORE_RISK_SQL_H

#include "isms/db/db.h"
#include "isms/db/recsql.h"

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

/* The basis of an acceptance row that records a revocation: it ends the
 * acceptance before it, and no real basis (scores:treatment:controls)
 * can equal it.  Old acceptance rows and their history stay as they
 * were. */
#define RISK_REVOKED "'revoked'"

/* The joins the derived fields of a risk read: the matrix and the
 * latest acceptance, unless that is a revocation. */
#define RISK_FROM \
	"FROM risk r JOIN matrix mx ON mx.id = r.matrix_id " \
	"LEFT JOIN risk_acceptance acc ON acc.id = " RISK_ACCEPTANCE \
	" AND acc.basis <> " RISK_REVOKED

/* A risk as the generic reader reads it (recsql.h). */
extern const struct rec_sql store_risk_sql;

#endif
