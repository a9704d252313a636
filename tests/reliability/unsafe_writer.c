/*
 * unsafe_writer.c - the negative control of the crash loop (crash.sh):
 * the same writes isms makes, on a connection with the journal and syncs
 * turned off and a page cache of a few pages, so a kill in the middle of
 * the transaction leaves it half on disk.  If the crash loop's checks
 * cannot tell, they would not tell for isms either.
 *
 *   unsafe_writer DB TOKEN N
 *
 * sets owner, how and evidence of the first N SoA entries (A.5.1, ...)
 * to TOKEN in ONE transaction: 3 * N history rows, all or none.
 *
 * isms's connections are defensive, which forbids journal_mode = OFF; the
 * helper catches the connection isms opens with an SQLite auto-extension
 * and lifts that for this one connection.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "isms/db/db.h"
#include "isms/model/isms.h"
#include "../../src/model/isms_db.h"  /* the model's own */
#include "isms/model/reg.h"
#include "isms/model/soa.h"
#include "isms/util/xmalloc.h"

static sqlite3 *unsafe_handle;   /* the newest connection opened */

static int
unsafe_catch(sqlite3 *h, const char **err,
             const struct sqlite3_api_routines *api)
{
	(void)err;
	(void)api;
	unsafe_handle = h;
	return SQLITE_OK;
}

static bool
unsafe_journal_off(sqlite3 *h)
{
	sqlite3_stmt *st;
	bool off = false;

	if (sqlite3_prepare_v2(h, "PRAGMA journal_mode;", -1, &st, NULL) !=
	    SQLITE_OK)
		return false;
	if (sqlite3_step(st) == SQLITE_ROW)
		off = strcmp((const char *)sqlite3_column_text(st, 0),
		    "off") == 0;
	sqlite3_finalize(st);
	return off;
}

static int
unsafe_fail(const char *what, char *cause)
{
	fprintf(stderr, "unsafe_writer: %s: %s\n", what,
	    cause != NULL ? cause : "failed");
	free(cause);
	return 2;
}

int
main(int argc, char **argv)
{
	struct isms *m;
	struct db *db;
	char *cause = NULL;
	int n, rc;

	if (argc != 4 || (n = atoi(argv[3])) < 1 || n > 93) {
		fprintf(stderr, "usage: unsafe_writer DB TOKEN N (1..93)\n");
		return 2;
	}
	sqlite3_auto_extension((void (*)(void))unsafe_catch);
	if (isms_open(argv[1], false, &m, &cause) != ISMS_OK)
		return unsafe_fail("open", cause);
	db = isms_db(m);
	/* What isms must never do: no rollback journal, no syncs, and pages
	 * spilled to the file long before the commit. */
	rc = sqlite3_db_config(unsafe_handle, SQLITE_DBCONFIG_DEFENSIVE, 0,
	    NULL);
	if (rc != SQLITE_OK || db_exec(db, "PRAGMA journal_mode = OFF;"
	    "PRAGMA synchronous = OFF; PRAGMA cache_size = 4;"
	    "PRAGMA cache_spill = 1;", &cause) != ISMS_OK)
		return unsafe_fail("pragmas", cause);
	if (!unsafe_journal_off(unsafe_handle))
		return unsafe_fail("journal_mode", xstrdup("is not off"));
	if (db_begin(db, &cause) != ISMS_OK)
		return unsafe_fail("begin", cause);
	for (int i = 0; i < n; i++) {
		const struct rec_patch p = { .v = { [SOA_OWNER] = argv[2],
		    [SOA_HOW] = argv[2], [SOA_EVIDENCE] = argv[2] } };
		/* A.5.1 ... A.5.37, A.6.1 ... A.6.8, A.7.1 ..., A.8.1 ... */
		static const int per[] = { 37, 8, 14, 34 };
		int theme = 0, k = i;
		char id[16];

		while (k >= per[theme]) {
			k -= per[theme];
			theme++;
		}
		snprintf(id, sizeof id, "A.%d.%d", theme + 5, k + 1);
		if (reg_set(m, &reg_soa, id, &p, -1, NULL, &cause) != ISMS_OK)
			return unsafe_fail(id, cause);
	}
	if (db_commit(db, &cause) != ISMS_OK)
		return unsafe_fail("commit", cause);
	isms_close(m);
	return 0;
}
