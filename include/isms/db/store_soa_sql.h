/*
 * store_soa_sql.h - how an SoA entry is read, shared by the store files of
 * the SoA (store_soa.c, store_soa_query.c) and nothing else.
 */
#ifndef ISMS_DB_STORE_SOA_SQL_H
#define ISMS_DB_STORE_SOA_SQL_H

#include "isms/db/db.h"
#include "isms/db/recsql.h"

/* An SoA entry as the generic reader reads it (recsql.h): reason RA and
 * the linked risks are derived from risk_control at read time, never
 * stored, so they cannot drift.  Rows of one framework: bind :fw.  A list
 * (store_soa_sql_list) reads the count of linked risks, not their refs;
 * the _old ones read a file of a schema before version 3. */
extern const struct rec_sql store_soa_sql;
extern const struct rec_sql store_soa_sql_list;
extern const struct rec_sql store_soa_sql_old;
extern const struct rec_sql store_soa_sql_list_old;
#define STORE_SOA_WHERE "WHERE s.framework_id = :fw"

/* "SELECT ... FROM ... WHERE s.framework_id = :fw " and tail, prepared
 * (cached) with :fw bound. */
enum isms_status store_soa_prepare(struct db *db, const char *framework_id,
                                   const char *tail, struct db_stmt **st,
                                   char **cause);

#endif
