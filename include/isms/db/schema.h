/*
 * schema.h - the isms file format: identity, version and migrations.
 *
 * An isms database carries PRAGMA application_id SCHEMA_APPLICATION_ID
 * ("ISMS") and PRAGMA user_version = its schema version.  Migrations run
 * forward, each step in one transaction.  Files that are not isms
 * databases, that come from a newer isms, or whose structure is damaged
 * are refused before anything is written to them.
 */
#ifndef ISMS_DB_SCHEMA_H
#define ISMS_DB_SCHEMA_H

#include "isms/db/db.h"

#define SCHEMA_APPLICATION_ID 0x49534D53   /* "ISMS" */
#define SCHEMA_VERSION 2

/*
 * Open the isms database at path: inspect it on a read-only connection
 * (ISMS_NOT_ISMS, ISMS_NEWER or ISMS_CORRUPT with a message saying which;
 * the file is left byte-identical), then, unless DB_OPEN_READONLY, reopen
 * it for writing in WAL mode and migrate it to SCHEMA_VERSION.  With
 * DB_OPEN_CREATE a new file is created (0600) with the current schema;
 * with DB_OPEN_STAGED as well, under a temporary name that db_publish()
 * renames to path once the caller has filled it.  On success *out is the
 * connection (caller closes).
 */
enum isms_status schema_open(const char *path, int flags, struct db **out,
                             char **cause);

/* Bring db to SCHEMA_VERSION; a no-op when it is current. */
enum isms_status schema_migrate(struct db *db, char **cause);

/* The schema version of db (PRAGMA user_version). */
enum isms_status schema_version(struct db *db, int64_t *version,
                                char **cause);

/* Check identity and version of an open connection without writing:
 * ISMS_OK for an isms database this program can use. */
enum isms_status schema_check(struct db *db, char **cause);

#endif
