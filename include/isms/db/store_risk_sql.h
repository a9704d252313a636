/*
 * store_risk_sql.h - how a risk is read, with what is derived from it
 * (its levels, linked assets and controls, the latest acceptance and
 * whether it went stale), shared by store_risk.c and store_risk_view.c
 * only.  The level ranks are stored (store_risk_derived.c), so that the
 * orders and filters by level walk indexes; the rest is read at read
 * time.
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

/* The stored level ranks (store_risk_rank() keeps them with the scores;
 * -1 when not scored). */
#define RISK_INHERENT "r.inherent_rank"
#define RISK_CURRENT "r.current_rank"
#define RISK_RESIDUAL "r.residual_rank"
/* The level that counts: residual once assessed, else inherent (-1 when
 * neither is); the expression of the index risk_by_level. */
#define RISK_EFFECTIVE \
	"iif(r.residual_rank < 0, r.inherent_rank, r.residual_rank)"

/* The treatments and statuses sort in the order of their workflow, not by
 * token; the same expressions, without the alias, index the orders
 * (risk_by_treatment, risk_by_status in schema_v3.sql.h). */
#define RISK_TREATMENT_ORDER \
	"CASE r.treatment WHEN 'modify' THEN 1 WHEN 'retain' THEN 2 WHEN " \
	"'avoid' THEN 3 WHEN 'share' THEN 4 ELSE 0 END"
#define RISK_STATUS_ORDER \
	"CASE r.status WHEN 'open' THEN 0 WHEN 'treating' THEN 1 WHEN " \
	"'monitoring' THEN 2 WHEN 'closed' THEN 3 ELSE 4 END"

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

/* A risk as the generic reader reads it (recsql.h); from a file of a
 * schema before version 3 (no stored ranks, no current scores):
 * store_risk_sql_old, store_risk_rec() picks. */
extern const struct rec_sql store_risk_sql;
extern const struct rec_sql store_risk_sql_old;
const struct rec_sql *store_risk_rec(struct db *db);

#endif
