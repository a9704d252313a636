/*
 * chain.h - the hash chain over the history table (schema version 2).
 *
 * Every history row carries seq (1, 2, ...), one random salt per value,
 * the hash of the row before it and its own hash; the table history_head
 * holds the newest (seq, hash), moved in the same transaction as the row.
 * Chain serialisation 1, as isms(1) documents it:
 *
 *   d(v)  = SHA-256(salt(v) || 0x00)              for SQL NULL
 *           SHA-256(salt(v) || 0x01 || UTF-8 of v) for text
 *   hash  = SHA-256("isms-history-chain-1" || 0x00 || prev || seq ||
 *                   d(at) || d(who) || d(entity) || d(key) || d(field) ||
 *                   d(old) || d(new))
 *
 * with salts of 16 bytes, prev the 32-byte hash of row seq - 1 (zeros for
 * row 1) and seq as 8 bytes, most significant first.  Because each value
 * enters as its own salted digest, a value can be redacted (replaced by
 * CHAIN_REDACTED, its salt dropped, its digest kept in history_redaction)
 * and the chain still verifies.
 */
#ifndef ISMS_DB_CHAIN_H
#define ISMS_DB_CHAIN_H

#include <stdbool.h>
#include <stdint.h>

#include "isms/db/db.h"
#include "isms/db/row.h"
#include "isms/util/hash.h"

#define CHAIN_VERSION 1
#define CHAIN_REDACTED "[redacted]"

/* The newest row of the chain; seq 0 (and 64 zeros) when it is empty. */
struct chain_head {
	int64_t seq;
	char hash[HASH_HEX];
};

/* Append one history row, linked to the head, and move the head.  Runs
 * inside the caller's write transaction (ISMS_DB otherwise). */
enum isms_status chain_append(struct db *db, const struct row_author *a,
                              const char *entity, const char *key,
                              const char *field, const char *old_value,
                              const char *new_value, char **cause);

/* The stored head. */
enum isms_status chain_head(struct db *db, struct chain_head *out,
                            char **cause);

/* Parse "SEQ:HASH" (64 hex digits); false when s is not one. */
bool chain_head_parse(const char *s, struct chain_head *out);

/* What chain_verify() found. */
struct chain_report {
	int64_t rows;                 /* history rows checked */
	int64_t bad_seq;              /* first bad seq; 0 when intact */
	char *why;                    /* what is wrong there; owned */
	struct chain_head head;       /* as recomputed */
	bool anchored;                /* an anchor was given and held */
};

void chain_report_done(struct chain_report *r);

/*
 * Recompute the chain from row 1 and compare it with every stored hash,
 * the stored head and, when anchor is not NULL, the hash of row
 * anchor->seq.  ISMS_OK when all holds; ISMS_NEGATIVE with r->bad_seq and
 * r->why naming the first break; another status when it cannot be read.
 */
enum isms_status chain_verify(struct db *db, const struct chain_head *anchor,
                              struct chain_report *r, char **cause);

/* Chain every history row in id order, setting seq, salts and hashes and
 * the head (the migration from schema version 1).  In the caller's
 * transaction, with updates of history allowed. */
enum isms_status chain_build(struct db *db, char **cause);

/* Which values of a row may be redacted. */
enum { CHAIN_WHO = 1, CHAIN_OLD = 2, CHAIN_NEW = 4 };

/*
 * Redact the values fields (CHAIN_WHO, CHAIN_OLD, CHAIN_NEW) of row seq:
 * each is replaced by CHAIN_REDACTED, its digest kept and its salt
 * dropped, and a history row "redact FIELD" with reason is appended for
 * each.  In the caller's write transaction.  ISMS_NOT_FOUND for an
 * unknown seq, ISMS_INVALID when nothing is left to redact.
 */
enum isms_status chain_redact(struct db *db, int64_t seq, unsigned fields,
                              const char *reason,
                              const struct row_author *a, char **cause);

#endif
