/*
 * db_int.h - what the other files of src/db/ that need SQLite itself
 * (backup.c) may ask of a struct db.  Not for use outside src/db/.
 */
#ifndef ISMS_DB_DB_INT_H
#define ISMS_DB_DB_INT_H

#include <sqlite3.h>

#include "isms/db/db.h"

/* The SQLite connection of db (NULL once closed). */
sqlite3 *db_handle(struct db *db);

/* The status and message of the SQLite result rc on db, as every call of
 * db.h reports them. */
enum isms_status db_error(struct db *db, int rc, char **cause);

#endif
