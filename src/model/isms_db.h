/*
 * isms_db.h - the database behind an open ISMS, for the register modules
 * of the model only (src/model/): the faces (ui, cli, report) never see a
 * db header, a store_ function or the connection.
 */
#ifndef ISMS_MODEL_ISMS_DB_H
#define ISMS_MODEL_ISMS_DB_H

#include "isms/db/db.h"
#include "isms/db/row.h"
#include "isms/model/isms.h"

/* The connection of m; owned by m. */
struct db *isms_db(struct isms *m);

/* Wrap the open connection db to the ISMS at path (taking ownership of db,
 * which is closed on failure). */
enum isms_status isms_adopt(struct db *db, const char *path,
                            struct isms **out, char **cause);

/* The schema version that brought people, documents and the approved
 * register versions (schema_v3.sql.h). */
#define ISMS_SCHEMA_DOCUMENTS 3

/* The schema version of the file behind m: SCHEMA_VERSION, or less for
 * a file opened read-only and so not migrated. */
int64_t isms_schema(const struct isms *m);

/* ISMS_READONLY saying what needs which version and how to upgrade when
 * m's file is older than version. */
enum isms_status isms_require_schema(struct isms *m, int64_t version,
                                     const char *what, char **cause);

/* The author of a change made now: login name and UTC time. */
void isms_author(struct row_author *a, char at[21]);

#endif
