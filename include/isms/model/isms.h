/*
 * isms.h - an open ISMS: the database of one organisation, and who works
 * on it.
 *
 * struct isms is opaque; isms_create() (create.h) and isms_open() return one
 * which the caller releases with isms_close().  Every register module (clause,
 * soa, history, ...) takes it as its first argument.
 */
#ifndef ISMS_MODEL_ISMS_H
#define ISMS_MODEL_ISMS_H

#include <stdbool.h>
#include <stdint.h>

#include "isms/rec/asset.h"
#include "isms/rec/clause.h"
#include "isms/rec/document.h"
#include "isms/rec/history.h"
#include "isms/rec/isms.h"
#include "isms/rec/matrix.h"
#include "isms/rec/person.h"
#include "isms/rec/risk.h"
#include "isms/rec/soa.h"
#include "isms/rec/version.h"
#include "isms/util/status.h"

struct isms;

/* How an ISMS is opened. */
enum isms_open_mode {
	ISMS_OPEN_READ,      /* read-only */
	ISMS_OPEN_WRITE,     /* for writing, or fail saying why not */
	ISMS_OPEN_AUTO,      /* for writing when this user may, else read-only
	                        with the reason in isms_readonly_why() */
};

/* Open an existing ISMS; refuses foreign, newer and damaged files (see
 * schema_open()), files others could tamper with (ISMS_UNSAFE, saying
 * how to fix them) and a path whose last component is a symbolic link.
 * Read-only, nothing can be written; a read-only open may become a
 * snapshot (isms_snapshot()).  A group database of an older schema is
 * not migrated: for writing it is ISMS_READONLY, otherwise read-only
 * with isms_upgrade_pending().  A file whose schema was altered outside
 * isms is opened read-only whatever the mode says: it can be read, and
 * isms_require_writable() refuses every change, saying so. */
enum isms_status isms_open_as(const char *path, enum isms_open_mode mode,
                              struct isms **out, char **cause);

/* isms_open_as() with ISMS_OPEN_READ or ISMS_OPEN_WRITE. */
enum isms_status isms_open(const char *path, bool readonly,
                           struct isms **out, char **cause);

void isms_close(struct isms *m);

/* The organisation, scope and catalogs of the ISMS, as last read. */
const struct isms_info *isms_info(const struct isms *m);
bool isms_readonly(const struct isms *m);

/*
 * True when m was opened read-only as a snapshot: a WAL database in a
 * directory this user cannot write, with no -wal or -shm file, which SQLite
 * can only read immutable.  Such an ISMS shows the file as it was opened:
 * changes others make are not seen and isms_poll() is always false.  The
 * faces tell the user with ISMS_SNAPSHOT_NOTE.
 */
bool isms_snapshot(const struct isms *m);
#define ISMS_SNAPSHOT_NOTE "read-only snapshot: changes by others are not seen"

const char *isms_path(const struct isms *m);

/* Why m is read-only although it was not asked to be, as a phrase for
 * "read-only: WHY" ("you cannot write PATH", or that an older group
 * database waits for 'isms db upgrade'); NULL when nothing but the asking
 * made it so.  Owned by m. */
const char *isms_readonly_why(const struct isms *m);

/* True when m is a group database (fsperm_is_group(): its directory is
 * setgid and group-writable), shared by the members of its group. */
bool isms_group(const struct isms *m);

/* True when m is a group database of an older schema, opened read-only
 * until a member runs 'isms db upgrade'; isms_readonly_why() says so. */
bool isms_upgrade_pending(const struct isms *m);

/* Change organisation and/or scope (NULL leaves a field as it is). The
 * write names the rev it read (-1: the current one). */
enum isms_status isms_set(struct isms *m, const char *org, const char *scope,
                          int64_t expected_rev, char **cause);

/* Re-read the ISMS info after this connection changed it. */
enum isms_status isms_refresh(struct isms *m, char **cause);

/* While fn is set (NULL: never), reading gives way as soon as fn(ctx)
 * says a key waits: the call fails with ISMS_INTERRUPTED.  For work done
 * while the user is idle; nothing may be written meanwhile. */
void isms_set_interrupt(struct isms *m, bool (*fn)(void *ctx), void *ctx);

/* True when another connection has committed a change since the last
 * call (the first call only takes note; a snapshot never changes).  The
 * ISMS info is re-read then; registers are re-read by their callers. */
bool isms_poll(struct isms *m);

/* Check integrity, foreign keys, the schema (identity, version, and its
 * structure against what the version should have: schema_compare()) and
 * the history chain; each problem is one line to fn.  ISMS_OK when clean,
 * ISMS_NEGATIVE when problems were found. */
enum isms_status isms_check(struct isms *m,
                            void (*fn)(void *ctx, const char *problem),
                            void *ctx, char **cause);

/* Online copy of the database into dest, which must not exist: made in
 * one read transaction, checked (integrity, references, history chain),
 * and given the name dest only when complete (db_backup() in db.h). */
enum isms_status isms_backup(struct isms *m, const char *dest, char **cause);

/* Allow opening for writing (and creating) databases on network and FUSE
 * file systems, refused otherwise (--allow-network-fs; see isms(1)). */
void isms_allow_network_fs(bool allow);

/* ---- for the register modules of the model ---- */

/* ISMS_READONLY with a message saying why when m cannot be written:
 * opened read-only, a snapshot, or a file whose schema was altered. */
enum isms_status isms_require_writable(struct isms *m, char **cause);

/* The default database path: $ISMS_DB, else $XDG_DATA_HOME/isms/isms.db,
 * else ~/.local/share/isms/isms.db.  Newly allocated; NULL when no home
 * directory can be found. */
char *isms_default_path(void);

/* Check a text field before it is stored against the character rule
 * (textrule.h): one line of at most 500 characters, or multi-line text of
 * at most 32,000.  ISMS_INVALID with "KEY: FIELD: U+202E (right-to-left
 * override) is not allowed" and the like on failure ("FIELD: ..." when
 * key is NULL). */
enum isms_status isms_text_check(const char *key, const char *field,
                                 const char *value, bool single_line,
                                 char **cause);

/* isms_text_check() of a value that replaces stored (NULL: none); a value
 * equal to the stored one is not checked, so an old value that the rule
 * would refuse does not block other edits of the record. */
enum isms_status isms_text_change(const char *key, const char *field,
                                  const char *value, const char *stored,
                                  bool single_line, char **cause);

#endif
