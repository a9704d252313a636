/*
 * schema.h - the isms file format: identity, version and migrations.
 *
 * An isms database carries PRAGMA application_id SCHEMA_APPLICATION_ID
 * ("ISMS") and PRAGMA user_version = its schema version.  Migrations run
 * forward, each step in one transaction.  Files that are not isms
 * databases, that come from a newer isms, or whose structure is damaged
 * are refused before anything is written to them; so, for writing, are
 * files whose schema differs from what their version should be.
 */
#ifndef ISMS_DB_SCHEMA_H
#define ISMS_DB_SCHEMA_H

#include "isms/db/db.h"

#define SCHEMA_APPLICATION_ID 0x49534D53   /* "ISMS" */
#define SCHEMA_VERSION 5

/*
 * Open the isms database at path: inspect it on a read-only connection
 * (ISMS_NOT_ISMS, ISMS_NEWER or ISMS_CORRUPT with a message saying which;
 * the file is left byte-identical), then, unless DB_OPEN_READONLY, compare
 * its schema with what its version should be (schema_compare(), unless
 * its digest is the one recorded at build time, schema_digest.h; any
 * difference is ISMS_ALTERED, "FILE: the database schema was altered
 * outside isms ...", and the file is left byte-identical), reopen it for
 * writing in WAL mode and migrate it to SCHEMA_VERSION.  A group database
 * of an older version is migrated only with DB_OPEN_UPGRADE: otherwise
 * opening it for writing is ISMS_READONLY, saying why, and a read-only
 * (or DB_OPEN_FALLBACK) connection carries that reason in
 * db_readonly_why().  With DB_OPEN_CREATE a new file is created (0600, or
 * 0660 in a group directory) with the current schema; with DB_OPEN_STAGED
 * as well, under a temporary name that db_publish() renames to path once
 * the caller has filled it.  On success *out is the connection (caller
 * closes).
 */
enum isms_status schema_open(const char *path, int flags, struct db **out,
                             char **cause);

/* Open path with DB_OPEN_UPGRADE, migrating it (group database or not)
 * to SCHEMA_VERSION, and close it; *from is the version it had. */
enum isms_status schema_upgrade(const char *path, int64_t *from,
                                char **cause);

/* Bring db to SCHEMA_VERSION; a no-op when it is current. */
enum isms_status schema_migrate(struct db *db, char **cause);

/* The schema version of db (PRAGMA user_version). */
enum isms_status schema_version(struct db *db, int64_t *version,
                                char **cause);

/* Check identity and version of an open connection without writing:
 * ISMS_OK for an isms database this program can use. */
enum isms_status schema_check(struct db *db, char **cause);

/*
 * Compare the schema of db (whose identity schema_check() accepted) with
 * the one its version should have, by structure: tables with their
 * columns, keys and constraints, indexes, triggers and views.  Each
 * missing, extra or altered object is one line to fn (which may be NULL):
 * "trigger history_no_update is missing", "extra trigger x on soa_entry",
 * ...  A version 0 file must be empty.  ISMS_OK when the schema is as it
 * should be, ISMS_NEGATIVE when a line was given.  Takes a few
 * milliseconds: the expected schema is built anew in memory each time.
 */
enum isms_status schema_compare(struct db *db,
                                void (*fn)(void *ctx, const char *problem),
                                void *ctx, char **cause);

/* A new in-memory database holding the schema of a file of version (0 to
 * SCHEMA_VERSION; ISMS_NEWER otherwise), made by the migration steps that
 * made the file; the caller closes it. */
enum isms_status schema_expected(int64_t version, struct db **out,
                                 char **cause);

#endif
