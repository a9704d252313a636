/*
 * schema_digest.c - the quick path of the check that a file's schema is
 * unaltered: a digest (hash_quick(), BLAKE2b) of the schema as SQLite
 * stores it (every object's type, name, table and CREATE text) against
 * the digest of the schema each version's migration steps make, computed
 * when isms was built
 * (src/db/schema_gen.c writes schema_built.c).  The stored text is the
 * whole schema, so equal digests mean the very schema the steps make; any
 * difference, also one only of spelling or of a file migrated by another
 * SQLite, leaves the answer to the comparison by shape (schema.c).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "isms/db/schema_digest.h"
#include "isms/util/buf.h"
#include "isms/util/hash.h"

/* Objects in an order that does not depend on the file; SQLite's own
 * (sqlite_sequence, sqlite_stat1, autoindexes) are left out, as by the
 * comparison by shape. */
static const char digest_objects_sql[] =
	"SELECT type, name, tbl_name, sql FROM sqlite_schema "
	"WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
	"ORDER BY name, type;";

/* One value with its length first (8 bytes, most significant first), a
 * NULL as a length of all ones. */
static void
digest_add_text(struct buf *b, struct db_stmt *st, int col)
{
	const char *s = db_column_is_null(st, col) ? NULL :
	    db_column_text(st, col);
	uint64_t len = s != NULL ? strlen(s) : UINT64_MAX;

	for (int i = 7; i >= 0; i--)
		buf_addc(b, (char)(unsigned char)(len >> (8 * i)));
	if (s != NULL)
		buf_add(b, s, strlen(s));
}

/* The text is gathered and hashed at once, with the quick digest: SHA-256
 * of it was a tenth of a first frame. */
enum isms_status
schema_digest(struct db *db, char hex[HASH_HEX], char **cause)
{
	unsigned char out[HASH_BYTES];
	struct db_stmt *st;
	struct buf b;
	enum isms_status rc = db_prepare(db, digest_objects_sql, &st, cause);
	int r;

	if (rc != ISMS_OK)
		return rc;
	buf_init(&b);
	while ((r = db_step(st, cause)) == DB_ROW)
		for (int col = 0; col < 4; col++)
			digest_add_text(&b, st, col);
	rc = r == DB_DONE ? ISMS_OK : db_stmt_error(st);
	db_finalize(st);
	hash_quick(b.data != NULL ? b.data : "", b.len, out);
	buf_done(&b);
	hash_to_hex(out, HASH_BYTES, hex);
	return rc;
}

const char *
schema_digest_built(int64_t version)
{
	if (version < 1 || version > (int64_t)schema_built_n ||
	    strcmp(schema_built_sqlite, sqlite3_libversion()) != 0)
		return NULL;
	return schema_built_digests[version - 1];
}

enum isms_status
schema_digest_known(struct db *db, int64_t version, bool *known,
                    char **cause)
{
	const char *want = schema_digest_built(version);
	char have[HASH_HEX];
	enum isms_status rc;

	*known = false;
	if (want == NULL)
		return ISMS_OK;
	if ((rc = schema_digest(db, have, cause)) != ISMS_OK)
		return rc;
	*known = strcmp(have, want) == 0;
	return ISMS_OK;
}
