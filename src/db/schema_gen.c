/*
 * schema_gen.c - run at build time: writes schema_built.c, the digest
 * (schema_digest.h) of the schema each version's migration steps make in
 * memory, and the SQLite library they were made with.  It links libisms
 * without schema_built.c, so its own empty table below stands in for it.
 *
 *   schema_gen > schema_built.c
 */
#include <stdio.h>
#include <stdlib.h>

#include <sqlite3.h>

#include "isms/db/schema.h"
#include "isms/db/schema_digest.h"

const char schema_built_sqlite[] = "";
const char *const schema_built_digests[] = { NULL };
const size_t schema_built_n = 0;

int
main(void)
{
	char *cause = NULL;

	printf("/*\n * schema_built.c - written by schema_gen when isms was "
	    "built: the digest\n * of the schema of each version "
	    "(schema_digest.h).  Do not edit.\n */\n"
	    "#include \"isms/db/schema_digest.h\"\n\n"
	    "const char schema_built_sqlite[] = \"%s\";\n"
	    "const char *const schema_built_digests[] = {\n",
	    sqlite3_libversion());
	for (int v = 1; v <= SCHEMA_VERSION; v++) {
		char hex[HASH_HEX];
		struct db *db;

		if (schema_expected(v, &db, &cause) != ISMS_OK ||
		    schema_digest(db, hex, &cause) != ISMS_OK) {
			fprintf(stderr, "schema_gen: version %d: %s\n", v,
			    cause != NULL ? cause : "failed");
			return 1;
		}
		db_close(db);
		printf("\t\"%s\",\n", hex);
	}
	printf("};\nconst size_t schema_built_n = %d;\n", SCHEMA_VERSION);
	return fflush(stdout) == 0 ? 0 : 1;
}
