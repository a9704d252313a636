/*
 * db.h - the one SQLite seam of isms (fossil's db.c is the model).
 *
 * Only src/db/ includes <sqlite3.h>.  A struct db is one connection opened
 * with the defensive settings of DESIGN.md; a struct db_stmt is a prepared
 * statement with named parameters (":name").  Every call returns an
 * enum isms_status and, on failure, sets *cause (caller frees) when cause is
 * not NULL.  Transactions nest: the outermost db_begin() is BEGIN IMMEDIATE,
 * inner ones are savepoints.
 */
#ifndef ISMS_DB_DB_H
#define ISMS_DB_DB_H

#include <stdbool.h>
#include <stdint.h>

#include "isms/rec/mark.h"
#include "isms/util/status.h"

struct db;
struct db_stmt;

enum db_open_flags {
	DB_OPEN_READONLY = 1 << 0,   /* never write; SQLITE_OPEN_READONLY */
	DB_OPEN_CREATE   = 1 << 1,   /* the file must not exist; create 0600
	                                (0660 in a group directory) */
	DB_OPEN_FALLBACK = 1 << 2,   /* for writing, or read-only when this
	                                user may not write
	                                (db_readonly_why()) */
	DB_OPEN_UPGRADE  = 1 << 3,   /* schema_open(): migrate a group
	                                database too (isms db upgrade) */
	DB_OPEN_STAGED   = 1 << 4,   /* with CREATE: build it under a temporary
	                                name until db_publish() */
};

/* db_step() results besides failures. */
#define DB_ROW  1
#define DB_DONE 0

/*
 * Open path.  Symbolic links in its directory part are followed; the file
 * itself must not be one (ISMS_IO, saying so).  Files others could tamper
 * with are refused with ISMS_UNSAFE before SQLite sees them (fsperm.h).
 * With DB_OPEN_CREATE the file is created with mode 0600 (O_EXCL), or
 * 0660 with the directory's group in a group directory, and ISMS_EXISTS
 * is returned if it exists; should the connection then fail, the file is
 * removed again, and the caller removes it with db_remove_files() if it
 * fails to set it up.  Without it, a missing file is ISMS_NOT_FOUND, and
 * opening for writing a file or directory this user may not write is
 * ISMS_READONLY (with DB_OPEN_FALLBACK: a read-only connection whose
 * db_readonly_why() says so).  A group database keeps its -wal and -shm
 * files (SQLITE_FCNTL_PERSIST_WAL), made under umask 007.
 * A read-only connection to a WAL database that SQLite could not read
 * normally (see dbfile_needs_snapshot()) is an immutable snapshot:
 * db_snapshot() says so.  Opening for writing a file on a network file
 * system is ISMS_READONLY, saying why, unless db_allow_network_fs().
 * With DB_OPEN_CREATE | DB_OPEN_STAGED the file is made under a temporary
 * name beside path, which nobody else opens, and only db_publish() gives
 * it the name path; closing it unpublished removes it (so does the
 * process dying, cleanup.h).  A read-only connection never writes; where
 * this user may write the file and its directory it is a read-write
 * connection with query_only set, so that closing it removes the -wal and
 * -shm files a read of a WAL database makes (a SQLITE_OPEN_READONLY
 * connection cannot).  Messages name path as given.  Nothing is written
 * to an existing file by opening it: the journal mode is set by
 * db_configure_writer().  On success *out is a new connection, released
 * with db_close().
 */
enum isms_status db_open(const char *path, int flags, struct db **out,
                         char **cause);

/* A new, private in-memory database on a connection with the settings of
 * db_open() (used to build the schema a file should have); released with
 * db_close(). */
enum isms_status db_open_memory(struct db **out, char **cause);
/*
 * Give a staged database (DB_OPEN_STAGED) its final name: every change is
 * checkpointed into the file, which is flushed to disk and renamed to the
 * path it was opened for, unless that exists by now (ISMS_EXISTS: two
 * processes creating the same file never overwrite each other); then the
 * connection goes on as a writer of the final file.  A no-op for other
 * connections.  On failure only db_close() is left to call.
 */
enum isms_status db_publish(struct db *db, char **cause);

/* Allow writing databases on network file systems (--allow-network-fs):
 * for files that only one computer ever opens. */
void db_allow_network_fs(bool allow);

/* Switch a writable connection to WAL with full synchronous commits.
 * Called once the file is known to be an isms database. */
enum isms_status db_configure_writer(struct db *db, char **cause);

/* Close the connection, finalizing any statement still open; NULL ok. */
void db_close(struct db *db);

/* Remove path and its -wal, -shm and -journal companions. */
void db_remove_files(const char *path);

bool db_readonly(const struct db *db);
/* True when db is a read-only snapshot: opened immutable, it does not see
 * changes others commit, and db_data_version() means nothing. */
bool db_snapshot(const struct db *db);
const char *db_path(const struct db *db);
/* True when db is a group database (fsperm_is_group() of its files when
 * it was opened). */
bool db_group(const struct db *db);
/* The schema version schema_open() found the file at, once migrated (a
 * read-only connection keeps an older file's); 0 when not set, which the
 * stores read as the current version.  Stores read older files through
 * queries of their own. */
int db_schema(const struct db *db);
void db_set_schema(struct db *db, int version);
/* While fn is set (NULL: never), a statement stops with
 * ISMS_INTERRUPTED as soon as fn(ctx) returns true, checked every few
 * thousand steps: work done while no key waits gives way to the key.
 * Nothing is written while it is set. */
void db_set_interrupt(struct db *db, bool (*fn)(void *ctx), void *ctx);
/* Why a connection that was to write is read-only, as a phrase ("you
 * cannot write PATH"); NULL when nothing stopped it.  Owned by db;
 * db_set_readonly_why() replaces it (taking ownership of why). */
const char *db_readonly_why(const struct db *db);
void db_set_readonly_why(struct db *db, char *why);

/* Run one or more statements without parameters or results. */
enum isms_status db_exec(struct db *db, const char *sql, char **cause);

/* Prepare one statement; release with db_finalize(). */
enum isms_status db_prepare(struct db *db, const char *sql,
                            struct db_stmt **out, char **cause);
/* Like db_prepare(), for statements run again and again (the pages of a
 * view, a record by key): the prepared statement is kept on the
 * connection, keyed by sql, and db_finalize() only resets it for its next
 * use.  A statement in use is never handed out twice; when every kept one
 * is in use, an ordinary statement is made. */
enum isms_status db_prepare_cached(struct db *db, const char *sql,
                                   struct db_stmt **out, char **cause);
/* How many statements db keeps (for tests). */
size_t db_cache_count(const struct db *db);

/* Reset for another run, keeping the statement and clearing bindings. */
void db_reset(struct db_stmt *st);
void db_finalize(struct db_stmt *st);

/* Bind a named parameter.  A NULL text binds SQL NULL.  Unknown names are
 * programming errors and return ISMS_DB. */
enum isms_status db_bind_text(struct db_stmt *st, const char *name,
                              const char *value);
enum isms_status db_bind_int(struct db_stmt *st, const char *name,
                             int64_t value);
enum isms_status db_bind_null(struct db_stmt *st, const char *name);

/* Step: DB_ROW, DB_DONE, or a negative value for failure, in which case
 * db_stmt_error() gives the status and *cause the message. */
int db_step(struct db_stmt *st, char **cause);
enum isms_status db_stmt_error(const struct db_stmt *st);

/* Run a statement that returns no rows to completion. */
enum isms_status db_step_done(struct db_stmt *st, char **cause);

/* Column accessors for the current row; text is "" for NULL unless
 * db_column_is_null() says so.  Text stays valid until the next step. */
const char *db_column_text(struct db_stmt *st, int col);
int64_t db_column_int(struct db_stmt *st, int col);
bool db_column_is_null(struct db_stmt *st, int col);
/* Newly allocated copy of a text column; NULL for SQL NULL. */
char *db_column_dup(struct db_stmt *st, int col);
int db_column_count(struct db_stmt *st);
/* The value of column col with its SQL type (a text newly allocated). */
void db_column_value(struct db_stmt *st, int col, struct rec_value *out);
/* Bind v as it was read: an integer as an integer, a text as text. */
enum isms_status db_bind_value(struct db_stmt *st, const char *name,
                               const struct rec_value *v);

/*
 * Step st to its end, reading every row with read_row into a growing array of
 * elem_size-byte elements, which is returned with its length in *n (the
 * caller frees the array and, with done_row, each element; NULL when there
 * are no rows; done_row may be NULL for elements that own nothing).  On
 * failure the rows read so far are released with done_row, NULL is returned,
 * *n is 0 and *rc the status.
 */
void *db_fetch_all(struct db_stmt *st, size_t elem_size,
                   void (*read_row)(struct db_stmt *, void *),
                   void (*done_row)(void *), size_t *n,
                   enum isms_status *rc, char **cause);

/* db_fetch_all() of the first column as strings (NULL as ""); the
 * caller frees each and the array. */
char **db_fetch_texts(struct db_stmt *st, size_t *n, enum isms_status *rc,
                      char **cause);

/* Step st once: read the first row into out with read_row and return
 * ISMS_OK; ISMS_NOT_FOUND (no message) when there is none. */
enum isms_status db_fetch_one(struct db_stmt *st,
                              void (*read_row)(struct db_stmt *, void *),
                              void *out, char **cause);

/* Rows changed by the last INSERT/UPDATE/DELETE on this connection. */
int64_t db_changes(struct db *db);
int64_t db_last_rowid(struct db *db);

/* Nested transactions.  db_begin() at depth 0 is BEGIN IMMEDIATE (fails
 * with ISMS_BUSY when another writer holds the lock past the timeout). */
enum isms_status db_begin(struct db *db, char **cause);
enum isms_status db_commit(struct db *db, char **cause);
/* Undo the innermost open transaction; never fails visibly. */
void db_rollback(struct db *db);
int db_depth(const struct db *db);

/* The integer in the first column of sql's first row (0 when there is
 * no row); the statement is kept prepared (db_prepare_cached()). */
enum isms_status db_query_int(struct db *db, const char *sql,
                              int64_t *value, char **cause);

/* Read an integer pragma such as user_version or application_id. */
enum isms_status db_pragma_int(struct db *db, const char *pragma,
                               int64_t *value, char **cause);

/* PRAGMA data_version: changes when another connection commits. */
int64_t db_data_version(struct db *db);

/* Rows this connection has changed since it was opened
 * (sqlite3_total_changes64()): with db_data_version(), whether anything
 * changed since a result was kept. */
int64_t db_total_changes(struct db *db);

/* A number no other connection opened by this process has had: with
 * db_data_version() and db_total_changes(), what a kept result is of. */
uint64_t db_serial(const struct db *db);

/*
 * Online copy of the whole database to dest (which must not exist; the
 * symbolic-link rule of db_open() applies, and its refusal of a directory
 * others may write), created 0600.  The copy is made in one read
 * transaction (VACUUM INTO, compacted, as of one moment however many
 * others write meanwhile) into a temporary file beside dest, checked
 * (integrity_check, foreign keys and, when there is one, the history
 * chain), flushed to disk and only then renamed to dest, which is never
 * replaced.  dest exists complete or not at all, also when the process is
 * killed; a copy that takes longer than the limit (db_backup_set_limit())
 * is abandoned with ISMS_BUSY, one that does not check out is
 * ISMS_CORRUPT, and a failed copy leaves no file behind.
 */
enum isms_status db_backup(struct db *db, const char *dest, char **cause);

/* The most milliseconds db_backup() may copy for (default
 * DB_BACKUP_LIMIT_MS); 0 restores the default. */
void db_backup_set_limit(int ms);
#define DB_BACKUP_LIMIT_MS (10 * 60 * 1000)

/* PRAGMA integrity_check and foreign_key_check: each problem found is
 * passed to fn; returns ISMS_OK when there are none, ISMS_NEGATIVE
 * otherwise. */
enum isms_status db_integrity(struct db *db,
                              void (*fn)(void *ctx, const char *problem),
                              void *ctx, char **cause);

#endif
