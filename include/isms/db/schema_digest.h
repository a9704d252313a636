/*
 * schema_digest.h - a digest of a database's schema as stored, and the
 * digests of the schema of each version recorded when isms was built, so
 * that opening a file need not rebuild the expected schema in memory to
 * know it is unaltered (schema.c falls back to the comparison by shape
 * whenever the digests differ).
 */
#ifndef ISMS_DB_SCHEMA_DIGEST_H
#define ISMS_DB_SCHEMA_DIGEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/db/db.h"
#include "isms/util/hash.h"

/* The quick digest (hash_quick(), hex) of the type, name, table and
 * CREATE text of every object of db's main schema but SQLite's own, in
 * name order. */
enum isms_status schema_digest(struct db *db, char hex[HASH_HEX],
                               char **cause);

/* Written at build time by schema_gen (schema_built.c): the digest of
 * the schema of versions 1 to schema_built_n, made with the SQLite
 * library of version schema_built_sqlite. */
extern const char schema_built_sqlite[];
extern const char *const schema_built_digests[];
extern const size_t schema_built_n;

/* The digest built for version, or NULL when there is none for it or the
 * SQLite library is not the one the digests were made with. */
const char *schema_digest_built(int64_t version);

/* *known: db's schema is exactly the one built for version. */
enum isms_status schema_digest_known(struct db *db, int64_t version,
                                     bool *known, char **cause);

#endif
