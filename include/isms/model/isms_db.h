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

/* The author of a change made now: login name and UTC time. */
void isms_author(struct row_author *a, char at[21]);

#endif
