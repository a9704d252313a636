/*
 * faults.c - out-of-memory and I/O errors injected under the data layer,
 * the way SQLite tests itself (https://www.sqlite.org/testing.html).
 *
 * SQLite's allocator is replaced (SQLITE_CONFIG_MALLOC) by one that fails
 * the Nth allocation, and a VFS over "unix" fails the Nth xWrite, xSync
 * or xTruncate with SQLITE_IOERR or the Nth xWrite with SQLITE_FULL; each
 * once, or from N on.  N steps 1, 2, ... until the operation runs without
 * meeting a fault.  The operations:
 *
 *   open      isms_open() and isms_close() of a current file for
 *             writing whose last writes are still in its -wal (as after
 *             a crash): recovery, and the checkpoint when it closes
 *   write     reg_set() of one SoA field, with its history row
 *   migrate   isms_open() of tests/data/isms-v1.db: the migration
 *   create    isms_create(): the catalogs loaded and imported into a new
 *             file (what `isms init` does)
 *
 * Each run is a child process (a crash is a finding, not the end of the
 * test).  After it, with no faults, the parent judges the file:
 *
 *   consistent  the file is as before or the change is complete (never
 *               partial), it passes isms_check() (integrity, references,
 *               schema, chain) and every SoA row's rev matches its
 *               history; a create leaves no file or a complete one; a
 *               migration leaves intact version 1, a complete earlier
 *               step or the complete current version;
 *               and the operation succeeds when retried without faults;
 *   reported    a run that met a fault and did not succeed returned a
 *               status with a message that names the fault ("memory",
 *               "I/O" or "disk", "full"), not something else.
 *
 *   faults [--soak] DIR        (DIR: scratch; ISMS_TEST_DATA, and
 *                               ISMS_CATALOG_PATH for the catalogs)
 *
 * Prints TAP, two tests per operation and fault, and the figure last.  In
 * CI mode at most FAULTS_CI_POINTS fault points of each are run, evenly
 * spread; --soak runs up to FAULTS_SOAK_POINTS.  An xmalloc() failure
 * aborts by design and is not tested here.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "isms/db/schema.h"
#include "isms/model/create.h"
#include "isms/model/history.h"
#include "isms/model/isms.h"
#include "isms/model/reg.h"
#include "isms/model/soa.h"
#include "isms/util/hash.h"
#include "isms/util/xmalloc.h"
#include "../unit/testutil.h"

#define FAULTS_CI_POINTS 60
#define FAULTS_SOAK_POINTS 3000

/* ---- the faults */

enum fault_kind { FAULT_NOMEM, FAULT_IOERR, FAULT_FULL };

static struct {
	enum fault_kind kind;
	bool persistent;              /* fail every point from at on */
	bool armed;
	long at;                      /* the first point that fails */
	long count;                   /* points met while armed */
	long fired;
} fault;

static bool
fault_hit(enum fault_kind kind)
{
	if (!fault.armed || fault.kind != kind)
		return false;
	fault.count++;
	if (fault.count == fault.at || (fault.persistent &&
	    fault.count > fault.at)) {
		fault.fired++;
		return true;
	}
	return false;
}

static void
fault_arm(enum fault_kind kind, bool persistent, long at)
{
	fault.kind = kind;
	fault.persistent = persistent;
	fault.at = at;
	fault.count = fault.fired = 0;
	fault.armed = true;
}

/* ---- SQLite's allocator, failing on demand */

static sqlite3_mem_methods mem_system;

static void *
mem_malloc(int n)
{
	return fault_hit(FAULT_NOMEM) ? NULL : mem_system.xMalloc(n);
}

static void *
mem_realloc(void *p, int n)
{
	return fault_hit(FAULT_NOMEM) ? NULL : mem_system.xRealloc(p, n);
}

/* ---- a VFS over "unix" whose writes, syncs and truncations fail */

struct shim_file {
	sqlite3_file base;
	sqlite3_file *real;           /* unix's file, right after this one */
};

static sqlite3_vfs *shim_unix;
static sqlite3_vfs shim_vfs;
static sqlite3_io_methods shim_io;

#define REAL(f) (((struct shim_file *)(f))->real)

static int
shim_close(sqlite3_file *f)
{
	return REAL(f)->pMethods->xClose(REAL(f));
}

static int
shim_read(sqlite3_file *f, void *buf, int n, sqlite3_int64 off)
{
	return REAL(f)->pMethods->xRead(REAL(f), buf, n, off);
}

static int
shim_write(sqlite3_file *f, const void *buf, int n, sqlite3_int64 off)
{
	if (fault_hit(FAULT_IOERR))
		return SQLITE_IOERR_WRITE;
	if (fault_hit(FAULT_FULL))
		return SQLITE_FULL;
	return REAL(f)->pMethods->xWrite(REAL(f), buf, n, off);
}

static int
shim_truncate(sqlite3_file *f, sqlite3_int64 size)
{
	if (fault_hit(FAULT_IOERR))
		return SQLITE_IOERR_TRUNCATE;
	return REAL(f)->pMethods->xTruncate(REAL(f), size);
}

static int
shim_sync(sqlite3_file *f, int flags)
{
	if (fault_hit(FAULT_IOERR))
		return SQLITE_IOERR_FSYNC;
	return REAL(f)->pMethods->xSync(REAL(f), flags);
}

static int
shim_size(sqlite3_file *f, sqlite3_int64 *size)
{
	return REAL(f)->pMethods->xFileSize(REAL(f), size);
}

static int
shim_lock(sqlite3_file *f, int level)
{
	return REAL(f)->pMethods->xLock(REAL(f), level);
}

static int
shim_unlock(sqlite3_file *f, int level)
{
	return REAL(f)->pMethods->xUnlock(REAL(f), level);
}

static int
shim_check_lock(sqlite3_file *f, int *out)
{
	return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out);
}

static int
shim_control(sqlite3_file *f, int op, void *arg)
{
	return REAL(f)->pMethods->xFileControl(REAL(f), op, arg);
}

static int
shim_sector(sqlite3_file *f)
{
	return REAL(f)->pMethods->xSectorSize(REAL(f));
}

static int
shim_device(sqlite3_file *f)
{
	return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f));
}

static int
shim_shm_map(sqlite3_file *f, int pg, int sz, int extend, void volatile **p)
{
	return REAL(f)->pMethods->xShmMap(REAL(f), pg, sz, extend, p);
}

static int
shim_shm_lock(sqlite3_file *f, int off, int n, int flags)
{
	return REAL(f)->pMethods->xShmLock(REAL(f), off, n, flags);
}

static void
shim_shm_barrier(sqlite3_file *f)
{
	REAL(f)->pMethods->xShmBarrier(REAL(f));
}

static int
shim_shm_unmap(sqlite3_file *f, int del)
{
	return REAL(f)->pMethods->xShmUnmap(REAL(f), del);
}

static int
shim_fetch(sqlite3_file *f, sqlite3_int64 off, int n, void **p)
{
	return REAL(f)->pMethods->xFetch(REAL(f), off, n, p);
}

static int
shim_unfetch(sqlite3_file *f, sqlite3_int64 off, void *p)
{
	return REAL(f)->pMethods->xUnfetch(REAL(f), off, p);
}

static int
shim_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags,
          int *out_flags)
{
	struct shim_file *s = (struct shim_file *)f;
	int rc;

	(void)vfs;
	s->real = (sqlite3_file *)(s + 1);
	rc = shim_unix->xOpen(shim_unix, name, s->real, flags, out_flags);
	s->base.pMethods = s->real->pMethods != NULL ? &shim_io : NULL;
	return rc;
}

static int
shim_delete(sqlite3_vfs *vfs, const char *name, int sync)
{
	(void)vfs;
	return shim_unix->xDelete(shim_unix, name, sync);
}

static int
shim_access(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
	(void)vfs;
	return shim_unix->xAccess(shim_unix, name, flags, out);
}

static int
shim_full_path(sqlite3_vfs *vfs, const char *name, int n, char *out)
{
	(void)vfs;
	return shim_unix->xFullPathname(shim_unix, name, n, out);
}

static void
shim_install(void)
{
	static const sqlite3_io_methods io = {
		3, shim_close, shim_read, shim_write, shim_truncate, shim_sync,
		shim_size, shim_lock, shim_unlock, shim_check_lock,
		shim_control, shim_sector, shim_device, shim_shm_map,
		shim_shm_lock, shim_shm_barrier, shim_shm_unmap, shim_fetch,
		shim_unfetch,
	};
	sqlite3_mem_methods mine;

	/* before anything opens a database */
	sqlite3_config(SQLITE_CONFIG_GETMALLOC, &mem_system);
	mine = mem_system;
	mine.xMalloc = mem_malloc;
	mine.xRealloc = mem_realloc;
	if (sqlite3_config(SQLITE_CONFIG_MALLOC, &mine) != SQLITE_OK ||
	    sqlite3_initialize() != SQLITE_OK) {
		fprintf(stderr, "faults: cannot replace SQLite's allocator\n");
		exit(99);
	}
	shim_io = io;
	shim_unix = sqlite3_vfs_find("unix");
	shim_vfs = *shim_unix;
	shim_vfs.zName = "isms-faults";
	shim_vfs.szOsFile = (int)sizeof(struct shim_file) + shim_unix->szOsFile;
	shim_vfs.xOpen = shim_open;
	shim_vfs.xDelete = shim_delete;
	shim_vfs.xAccess = shim_access;
	shim_vfs.xFullPathname = shim_full_path;
	sqlite3_vfs_register(&shim_vfs, 1);
}

/* ---- files */

static char *dir;                      /* scratch */
static char *run_db;                   /* the file each run works on */
static char *template_db;              /* current version, five owners set */
static char *walled_db;                /* the same with the writes in -wal */
static char *fixture_db;               /* tests/data/isms-v1.db */
static char *reference_db;             /* an uninterrupted create */

static void
file_copy(const char *from, const char *to)
{
	size_t len;
	char *data = test_slurp(from, &len);

	if (data == NULL || test_write(to, data, len) != 0) {
		fprintf(stderr, "faults: cannot copy %s to %s\n", from, to);
		exit(99);
	}
	free(data);
}

static bool
file_exists(const char *path)
{
	struct stat sb;

	return lstat(path, &sb) == 0;
}

/* Remove the run's file and its companions. */
static void
run_clear(void)
{
	static const char *const sfx[] = { "", "-wal", "-shm", "-journal" };

	for (size_t i = 0; i < sizeof sfx / sizeof *sfx; i++) {
		char *p = xasprintf("%s%s", run_db, sfx[i]);

		unlink(p);
		free(p);
	}
}

/* ---- judging a file (no faults armed) */

/* SHA-256 over the columns that table has in ref, of every table ref
 * has, row by row, read from path: equal when the rows ref describes are
 * unchanged (virtual tables and their own tables, derived text indexes,
 * left out).  "" when path cannot be read. */
static void
fingerprint(const char *path, const char *ref, char out[HASH_HEX])
{
	sqlite3 *r = NULL, *d = NULL;
	sqlite3_stmt *tables = NULL;
	unsigned char sum[HASH_BYTES];
	struct hash h;
	bool ok = true;

	out[0] = '\0';
	if (sqlite3_open_v2(ref, &r, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_open_v2(path, &d, SQLITE_OPEN_READONLY, NULL) !=
	    SQLITE_OK ||
	    sqlite3_prepare_v2(r, "SELECT name, (SELECT group_concat('\"' || "
	    "name || '\"', ', ') FROM pragma_table_info(s.name)), s.sql LIKE "
	    "'%WITHOUT ROWID%' FROM "
	    "sqlite_schema s WHERE type = 'table' AND NOT EXISTS (SELECT 1 "
	    "FROM "
	    "sqlite_schema v WHERE v.sql LIKE 'CREATE VIRTUAL TABLE%' AND "
	    "(s.name = v.name OR s.name LIKE v.name || '\\_%' ESCAPE '\\')) "
	    "ORDER BY name;", -1, &tables, NULL) != SQLITE_OK)
		ok = false;
	hash_init(&h);
	while (ok && sqlite3_step(tables) == SQLITE_ROW) {
		const char *cols = (const char *)sqlite3_column_text(tables, 1);
		/* a table without rowids in the order of all its columns */
		char *sql = sqlite3_mprintf("SELECT %s FROM \"%w\" ORDER BY "
		    "%s;", cols, sqlite3_column_text(tables, 0),
		    sqlite3_column_int(tables, 2) ? cols : "rowid");
		sqlite3_stmt *st;
		int rc;

		hash_add(&h, sqlite3_column_text(tables, 0),
		    (size_t)sqlite3_column_bytes(tables, 0) + 1);
		ok = sqlite3_prepare_v2(d, sql, -1, &st, NULL) == SQLITE_OK;
		sqlite3_free(sql);
		while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW)
			for (int c = 0; c < sqlite3_column_count(st); c++) {
				unsigned char type = (unsigned char)
				    sqlite3_column_type(st, c);

				const unsigned char *v =
				    sqlite3_column_text(st, c);

				hash_add(&h, &type, 1);
				if (v != NULL)
					hash_add(&h, v,
					    (size_t)sqlite3_column_bytes(st,
					    c) + 1);
			}
		ok = ok && rc == SQLITE_DONE;
		sqlite3_finalize(st);
	}
	hash_final(&h, sum);
	if (ok)
		hash_to_hex(sum, HASH_BYTES, out);
	sqlite3_finalize(tables);
	sqlite3_close(d);
	sqlite3_close(r);
}

/* One integer from sql on path; -1 when it cannot be read. */
static long long
query_int(const char *path, const char *sql)
{
	sqlite3 *d = NULL;
	sqlite3_stmt *st;
	long long v = -1;

	if (sqlite3_open_v2(path, &d, SQLITE_OPEN_READONLY, NULL) ==
	    SQLITE_OK &&
	    sqlite3_prepare_v2(d, sql, -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			v = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	sqlite3_close(d);
	return v;
}

static void
check_problem(void *ctx, const char *problem)
{
	char **first = ctx;

	if (*first == NULL)
		*first = xstrdup(problem);
}

/* What is wrong with the ISMS at path as isms sees it, or NULL: every
 * check of `isms db check`, the chain (version 2 on), and with revs the SoA
 * rows' revs against their history (files made here write one field at
 * a time; the v1 fixture does not). */
static char *
judge_isms(const char *path, bool revs)
{
	struct history_check hc = { 0 };
	struct isms *m;
	char *cause = NULL, *first = NULL;
	enum isms_status rc;

	if ((rc = isms_open(path, true, &m, &cause)) != ISMS_OK) {
		first = xasprintf("cannot be opened: %s", cause);
		free(cause);
		return first;
	}
	rc = isms_check(m, check_problem, &first, &cause);
	if (rc != ISMS_OK && first == NULL)
		first = xasprintf("db check: %s", cause ? cause : "failed");
	free(cause);
	cause = NULL;
	if (first == NULL && query_int(path, "PRAGMA user_version;") >= 2 &&
	    history_verify(m, NULL, &hc, &cause) != ISMS_OK)
		first = xasprintf("verify: %s", hc.why ? hc.why :
		    cause ? cause : "failed");
	history_check_done(&hc);
	free(cause);
	isms_close(m);
	if (revs && first == NULL && query_int(path, "SELECT count(*) FROM "
	    "soa_entry s WHERE rev - 1 != (SELECT count(*) FROM history h "
	    "WHERE h.entity = 'soa' AND h.key = s.control_id);") != 0)
		first = xstrdup("an SoA row's rev does not match its history");
	return first;
}

/* ---- the operations; each returns what isms returned */

static char *write_token;              /* the value the write sets */

static enum isms_status
op_open(bool faulty, char **cause)
{
	struct isms *m;
	enum isms_status rc;

	(void)faulty;
	rc = isms_open(run_db, false, &m, cause);
	isms_close(m);
	return rc;
}

static enum isms_status
op_write(bool faulty, char **cause)
{
	const struct rec_patch p = { .v = { [SOA_OWNER] = write_token } };
	struct isms *m;
	enum isms_status rc;

	fault.armed = false;                /* the write, not the open */
	rc = isms_open(run_db, false, &m, cause);
	fault.armed = faulty;
	if (rc == ISMS_OK)
		rc = reg_set(m, &reg_soa, "A.5.9", &p, -1, NULL, cause);
	isms_close(m);
	return rc;
}

static enum isms_status
op_create(bool faulty, char **cause)
{
	const struct isms_init init = { .org = "Faults Ltd" };
	struct isms *m = NULL;
	enum isms_status rc;

	(void)faulty;
	rc = isms_create(run_db, &init, &m, cause);
	isms_close(m);
	return rc;
}

/* The file before a run, and how it is judged after. */
struct op {
	const char *name;
	enum isms_status (*run)(bool faulty, char **cause);
	bool changes;                 /* a success changes the file */
	void (*prepare)(void);
	/* NULL when the file is in an allowed state; *complete says whether
	 * the change is in it. */
	char *(*judge)(bool *complete);
};

static char template_fp[HASH_HEX], fixture_fp[HASH_HEX];

static void
prepare_template(void)
{
	run_clear();
	file_copy(template_db, run_db);
}

static void
prepare_walled(void)
{
	char *from = xasprintf("%s-wal", walled_db);
	char *to = xasprintf("%s-wal", run_db);

	run_clear();
	file_copy(walled_db, run_db);
	file_copy(from, to);
	free(from);
	free(to);
}

static void
prepare_fixture(void)
{
	run_clear();
	file_copy(fixture_db, run_db);
}

static void
prepare_nothing(void)
{
	run_clear();
}

/* Unchanged (the template's rows), or only the change of the write. */
static char *
judge_open(bool *complete)
{
	char fp[HASH_HEX];

	*complete = true;
	fingerprint(run_db, template_db, fp);
	if (strcmp(fp, template_fp) != 0)
		return xstrdup("opening changed the rows");
	return judge_isms(run_db, true);
}

static char *
judge_write(bool *complete)
{
	char *sql = sqlite3_mprintf("SELECT count(*) FROM history WHERE new = "
	    "%Q;", write_token);
	char *sql2 = sqlite3_mprintf("SELECT count(*) FROM soa_entry WHERE "
	    "control_id = 'A.5.9' AND owner = %Q;", write_token);
	long long rows = query_int(run_db, sql), set = query_int(run_db, sql2);
	char fp[HASH_HEX];

	sqlite3_free(sql);
	sqlite3_free(sql2);
	*complete = rows == 1 && set == 1;
	if (!*complete && (rows != 0 || set != 0))
		return xasprintf("a partial write: %lld history rows, value %s",
		    rows, set == 1 ? "stored" : "not stored");
	if (!*complete && strcmp(write_token, "retried") != 0) {
		fingerprint(run_db, template_db, fp);
		if (strcmp(fp, template_fp) != 0)
			return xstrdup("the write failed but rows changed");
	}
	/* revs: rev - 1 = history rows, for A.5.9 too */
	return judge_isms(run_db, true);
}

static char *
judge_migrate(bool *complete)
{
	long long v = query_int(run_db, "PRAGMA user_version;");
	char fp[HASH_HEX];

	/* each step of the migration is a transaction: any version up to the
	 * current one is consistent, the current one complete */
	*complete = v == SCHEMA_VERSION;
	fingerprint(run_db, fixture_db, fp);
	if (v < 1 || v > SCHEMA_VERSION)
		return xasprintf("schema version %lld", v);
	if (strcmp(fp, fixture_fp) != 0)
		return xasprintf("version %lld without the rows of version 1",
		    v);
	if (v >= 2 && query_int(run_db, "SELECT count(*) FROM history WHERE "
	    "seq IS NULL OR hash IS NULL;") != 0)
		return xasprintf("version %lld with history rows not "
		    "chained", v);
	return *complete ? judge_isms(run_db, false) : NULL;
}

static char *
judge_create(bool *complete)
{
	static const char counts[] = "SELECT (SELECT count(*) FROM "
	    "requirement) || '/' || (SELECT count(*) FROM soa_entry) || '/' || "
	    "(SELECT count(*) FROM matrix_cell) || '/' || (SELECT count(*) "
	    "FROM mandatory_document) || '/' || (SELECT count(*) FROM isms) || "
	    "'/' || (SELECT count(*) FROM history);";
	char *problem;

	*complete = file_exists(run_db);
	if (!*complete)
		return NULL;
	if ((problem = judge_isms(run_db, true)) != NULL) {
		char *p = xasprintf("a half-made file under the final name: %s",
		    problem);

		free(problem);
		return p;
	}
	/* the same rows as an uninterrupted create: counted, as times and
	 * salts differ */
	{
		sqlite3 *a = NULL, *b = NULL;
		sqlite3_stmt *sa = NULL, *sb = NULL;
		bool same = false;

		if (sqlite3_open_v2(run_db, &a, SQLITE_OPEN_READONLY, NULL) ==
		    SQLITE_OK && sqlite3_open_v2(reference_db, &b,
		    SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
		    sqlite3_prepare_v2(a, counts, -1, &sa, NULL) == SQLITE_OK &&
		    sqlite3_prepare_v2(b, counts, -1, &sb, NULL) == SQLITE_OK &&
		    sqlite3_step(sa) == SQLITE_ROW &&
		    sqlite3_step(sb) == SQLITE_ROW)
			same = strcmp((const char *)sqlite3_column_text(sa, 0),
			    (const char *)sqlite3_column_text(sb, 0)) == 0;
		sqlite3_finalize(sa);
		sqlite3_finalize(sb);
		sqlite3_close(a);
		sqlite3_close(b);
		if (!same)
			return xstrdup("a half-made file under the final name: "
			    "not the rows of a whole create");
	}
	return NULL;
}

static const struct op ops[] = {
	{ "open", op_open, false, prepare_walled, judge_open },
	{ "write with history", op_write, true, prepare_template, judge_write },
	{ "migrate the v1 fixture", op_open, true, prepare_fixture,
	  judge_migrate },
	{ "create (catalog load and import)", op_create, true,
	  prepare_nothing, judge_create },
};

/* ---- one run in a child process */

struct outcome {
	int status;                   /* enum isms_status; -1: crashed */
	int signal;
	long count, fired;
	char cause[400];
};

static struct outcome
run_child(const struct op *op, enum fault_kind kind, bool persistent,
          long at)
{
	struct outcome o = { 0 };
	int fd[2], ws;
	pid_t pid;

	if (pipe(fd) != 0 || (pid = fork()) < 0) {
		perror("faults: fork");
		exit(99);
	}
	if (pid == 0) {
		char *cause = NULL;

		close(fd[0]);
		fault_arm(kind, persistent, at);
		o.status = (int)op->run(true, &cause);
		fault.armed = false;
		o.count = fault.count;
		o.fired = fault.fired;
		snprintf(o.cause, sizeof o.cause, "%s", cause ? cause : "");
		if (write(fd[1], &o, sizeof o) != (ssize_t)sizeof o)
			_exit(98);
		_exit(0);
	}
	close(fd[1]);
	if (read(fd[0], &o, sizeof o) != (ssize_t)sizeof o) {
		memset(&o, 0, sizeof o);
		o.status = -1;
	}
	close(fd[0]);
	waitpid(pid, &ws, 0);
	if (WIFSIGNALED(ws)) {
		o.status = -1;
		o.signal = WTERMSIG(ws);
	}
	return o;
}

/* Does the message name the fault? */
static bool
names_fault(enum fault_kind kind, const char *msg)
{
	char low[sizeof ((struct outcome *)0)->cause];
	size_t i;

	for (i = 0; msg[i] != '\0' && i + 1 < sizeof low; i++)
		low[i] = (char)tolower((unsigned char)msg[i]);
	low[i] = '\0';
	switch (kind) {
	case FAULT_NOMEM:
		return strstr(low, "memory") != NULL;
	case FAULT_IOERR:
		return strstr(low, "i/o") != NULL ||
		    strstr(low, "disk") != NULL;
	case FAULT_FULL:
		return strstr(low, "full") != NULL ||
		    strstr(low, "space") != NULL;
	}
	return false;
}

/* ---- stepping N over one operation and one fault */

static int findings;                   /* files kept as finding-N.db */

struct tally {
	long points;                  /* fault points the operation meets */
	long runs, injected;
	long inconsistent, unclear, crashed, despite, noretry;
	char *first_bad, *first_unclear;
};

static void
tally_note(char **slot, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
tally_note(char **slot, const char *fmt, ...)
{
	va_list ap;

	if (*slot != NULL)
		return;
	/* keep the file of the first finding of each kind for a look */
	if (file_exists(run_db)) {
		char *keep = xasprintf("%s/finding-%d.db", dir, ++findings);

		file_copy(run_db, keep);
		free(keep);
	}
	va_start(ap, fmt);
	*slot = xvasprintf(fmt, ap);
	va_end(ap);
}

/* The operation again, without faults, from the state the run left:
 * NULL when it succeeds and the file is then complete, else why not. */
static char *
retry(const struct op *op)
{
	char *cause = NULL, *bad;
	enum isms_status rc;
	bool complete;

	free(write_token);
	write_token = xstrdup("retried");
	if (op->run == op_create && file_exists(run_db))
		return NULL;                /* complete, judged already */
	rc = op->run(false, &cause);
	if (rc != ISMS_OK) {
		bad = xasprintf("%s", cause ? cause : isms_status_str(rc));
		free(cause);
		return bad;
	}
	bad = op->judge(&complete);
	if (bad == NULL && !complete)
		bad = xstrdup(
		    "it succeeded, but the change is not in the file");
	return bad;
}

/* One run with the fault at point at; false when the operation ran to
 * its end without meeting it. */
static bool
step_one(const struct op *op, enum fault_kind kind, bool persistent,
         long at, struct tally *t)
{
	struct outcome o;
	bool complete;
	char *bad;

	free(write_token);
	write_token = xasprintf("t%ld", at);
	op->prepare();
	o = run_child(op, kind, persistent, at);
	t->runs++;
	if (o.fired == 0 && o.status >= 0)
		return false;
	t->injected++;
	if (o.status < 0) {
		t->crashed++;
		t->inconsistent++;
		tally_note(&t->first_bad, "fault %ld: crashed (signal %d)", at,
		    o.signal);
		return true;
	}
	bad = op->judge(&complete);
	if (bad != NULL) {
		t->inconsistent++;
		tally_note(&t->first_bad, "fault %ld (%s): %s", at,
		    o.status == ISMS_OK ? "reported success" : o.cause, bad);
		free(bad);
		return true;
	}
	if (o.status == ISMS_OK && !complete) {
		t->inconsistent++;
		tally_note(&t->first_bad, "fault %ld: success reported, but "
		    "the change is not in the file", at);
		return true;
	}
	if (o.status != ISMS_OK && complete && op->changes)
		t->despite++;
	if (o.status != ISMS_OK && !names_fault(kind, o.cause)) {
		t->unclear++;
		tally_note(&t->first_unclear, "fault %ld: %s \"%s\"", at,
		    isms_status_str((enum isms_status)o.status), o.cause);
	}
	if ((bad = retry(op)) != NULL) {
		t->noretry++;
		t->inconsistent++;
		tally_note(&t->first_bad, "fault %ld (%s): retried without "
		    "faults: %s", at, o.status == ISMS_OK ? "reported success" :
		    o.cause, bad);
		free(bad);
	}
	return true;
}

static const char *const kind_names[] = { "out of memory", "I/O error",
	"disk full" };

static void
step_all(const struct op *op, enum fault_kind kind, bool persistent,
         long max_points, struct tally *t)
{
	struct outcome o;
	long stride, at;

	memset(t, 0, sizeof *t);
	op->prepare();
	o = run_child(op, kind, false, LONG_MAX);  /* counts the points */
	t->points = o.count;
	if (o.status != ISMS_OK) {
		t->inconsistent++;
		tally_note(&t->first_bad, "fails without faults: %s", o.cause);
		return;
	}
	stride = t->points > max_points ? (t->points + max_points - 1) /
	    max_points : 1;
	/* until a run meets no fault: the count of the dry run is only a
	 * guide, as SQLite's allocations vary a little with its state */
	for (at = 1; step_one(op, kind, persistent, at, t); at += stride)
		if (at > 4 * t->points + 100) {
			tally_note(&t->first_bad, "still meeting faults at "
			    "point %ld of about %ld", at, t->points);
			t->inconsistent++;
			return;
		}
	/* and the last point, which a stride may have stepped over */
	for (long back = at - 1; back > at - stride; back--)
		if (step_one(op, kind, persistent, back, t))
			break;
}

static int tap_n, tap_failed;

static void
tap(bool pass, const char *what, const char *property, const char *detail)
{
	tap_n++;
	tap_failed += !pass;
	printf("%sok %d - %s: %s\n", pass ? "" : "not ", tap_n, what,
	    property);
	if (!pass && detail != NULL)
		printf("#   %s\n", detail);
	fflush(stdout);
}

/* ---- set-up */

static void
setup(void)
{
	const struct isms_init init = { .org = "Faults Ltd" };
	char *cause = NULL;
	struct isms *m;

	run_db = test_path(dir, "run.db");
	template_db = test_path(dir, "template.db");
	walled_db = test_path(dir, "walled.db");
	reference_db = test_path(dir, "reference.db");
	fixture_db = test_path(dir, "isms-v1.db");
	/* a copy: reading a WAL file makes -wal and -shm beside it */
	{
		char *orig = test_data("isms-v1.db");

		file_copy(orig, fixture_db);
		free(orig);
	}
	if (isms_create(reference_db, &init, &m, &cause) != ISMS_OK)
		goto fail;
	isms_close(m);
	if (isms_create(template_db, &init, &m, &cause) != ISMS_OK)
		goto fail;
	for (int i = 1; i <= 5; i++) {
		char id[8], owner[8];
		struct rec_patch p = { .v = { [SOA_OWNER] = owner } };

		snprintf(id, sizeof id, "A.5.%d", i);
		snprintf(owner, sizeof owner, "o%d", i);
		if (reg_set(m, &reg_soa, id, &p, -1, NULL, &cause) != ISMS_OK)
			goto fail;
	}
	/* while it is open, the writes are in the -wal still */
	{
		char *from = xasprintf("%s-wal", template_db);
		char *to = xasprintf("%s-wal", walled_db);

		file_copy(template_db, walled_db);
		file_copy(from, to);
		free(from);
		free(to);
	}
	isms_close(m);
	fingerprint(template_db, template_db, template_fp);
	fingerprint(fixture_db, fixture_db, fixture_fp);
	if (template_fp[0] == '\0' || fixture_fp[0] == '\0') {
		cause = xstrdup("cannot read the template or the fixture");
		goto fail;
	}
	return;
fail:
	printf("Bail out! set-up: %s\n", cause ? cause : "failed");
	exit(99);
}

int
main(int argc, char **argv)
{
	static const struct {
		enum fault_kind kind;
		bool persistent;
	} kinds[] = {
		{ FAULT_NOMEM, false }, { FAULT_NOMEM, true },
		{ FAULT_IOERR, false }, { FAULT_IOERR, true },
		{ FAULT_FULL, true },
	};
	bool soak = argc > 1 && strcmp(argv[1], "--soak") == 0;
	const char *only = getenv("FAULTS_ONLY");
	long injected = 0, inconsistent = 0, unclear = 0, despite = 0;

	if (argc != 2 + soak) {
		fprintf(stderr, "usage: faults [--soak] DIR\n");
		return 2;
	}
	dir = argv[1 + soak];
	shim_install();
	setup();
	for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
		for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
			struct tally t;
			char what[200];

			/* FAULTS_ONLY=write: only the operations so named */
			if (only != NULL && strncmp(ops[i].name, only,
			    strlen(only)) != 0)
				continue;

			step_all(&ops[i], kinds[k].kind, kinds[k].persistent,
			    soak ? FAULTS_SOAK_POINTS : FAULTS_CI_POINTS, &t);
			snprintf(what, sizeof what, "%s, %s %s: %ld of %ld "
			    "points", ops[i].name, kind_names[kinds[k].kind],
			    kinds[k].persistent ? "from N on" : "once",
			    t.injected, t.points);
			printf("# %s: %ld runs, %ld faults, %ld inconsistent, "
			    "%ld unclear, %ld committed despite the error\n",
			    what, t.runs, t.injected, t.inconsistent, t.unclear,
			    t.despite);
			tap(t.inconsistent == 0, what, "consistent after every "
			    "fault", t.first_bad);
			tap(t.unclear == 0, what, "every fault reported as "
			    "itself", t.first_unclear);
			injected += t.injected;
			inconsistent += t.inconsistent;
			unclear += t.unclear;
			despite += t.despite;
			free(t.first_bad);
			free(t.first_unclear);
		}
	printf("1..%d\n", tap_n);
	printf("# fault injection: %ld faults injected, %ld inconsistent, %ld "
	    "misreported, %ld committed despite the error\n", injected,
	    inconsistent, unclear, despite);
	run_clear();
	return tap_failed == 0 ? 0 : 1;
}
