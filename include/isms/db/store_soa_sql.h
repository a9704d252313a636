/*
 * store_soa_sql.h - the SELECT of an SoA entry and its row reader, shared
 * by the store files of the SoA (store_soa.c, store_soa_query.c) and
 * nothing else.
 */
#ifndef ISMS_DB_STORE_SOA_SQL_H
#define ISMS_DB_STORE_SOA_SQL_H

#include "isms/db/db.h"

/* Reason RA and the linked risks are derived from risk_control at read
 * time, never stored, so they cannot drift. */
#define STORE_SOA_COLS \
	"s.id, r.id, r.title, r.summary, r.theme_id, s.applicable, " \
	"s.reasons, (SELECT group_concat(ref, ',') FROM (SELECT k.ref FROM " \
	"risk_control rc JOIN risk k ON k.id = rc.risk_id WHERE " \
	"rc.framework_id = s.framework_id AND rc.control_id = s.control_id " \
	"ORDER BY k.ref)), s.justification, s.status, s.how, s.evidence, " \
	"s.owner, s.reviewed, s.rev, s.updated_at, s.updated_by"
#define STORE_SOA_FROM \
	"FROM soa_entry s JOIN requirement r " \
	"ON r.framework_id = s.framework_id AND r.id = s.control_id " \
	"WHERE s.framework_id = :fw"
#define STORE_SOA_SELECT "SELECT " STORE_SOA_COLS " " STORE_SOA_FROM " "

/* Fill the struct soa_row at elem from a STORE_SOA_SELECT row. */
void store_soa_row_read(struct db_stmt *st, void *elem);
/* soa_row_done() for db_fetch_all(). */
void store_soa_row_release(void *elem);

#endif
