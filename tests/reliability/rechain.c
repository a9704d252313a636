/*
 * rechain.c - the consistent rewrite of tamper.sh: what someone who knows
 * the chain's formula can do to a file behind isms's back.
 *
 *   rechain DB SEQ COLUMN VALUE
 *
 * sets COLUMN (old, new, who, ...) of history row SEQ to VALUE, then
 * recomputes the hash of that row and of every row after it, and the
 * head, each with its own stored salts, so the chain is whole again.
 * Plain `isms verify` cannot see this; `isms verify --anchor` with a head
 * kept elsewhere must.  The serialisation is written out here from its
 * description in include/isms/db/chain.h, not taken from src/db, so the
 * helper is also a second reading of the documented formula.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "isms/util/hash.h"

#define VALUES 7
#define SALT 16

static const char *const columns[VALUES] = {
	"at", "who", "entity", "key", "field", "old", "new"
};

static int
rechain_fail(sqlite3 *h, const char *what)
{
	fprintf(stderr, "rechain: %s: %s\n", what, sqlite3_errmsg(h));
	sqlite3_close(h);
	return 2;
}

/* d(v) = SHA-256(salt || 0x00) for NULL, SHA-256(salt || 0x01 || v). */
static void
rechain_digest(const unsigned char *salt, const unsigned char *v,
               unsigned char out[HASH_BYTES])
{
	struct hash h;
	unsigned char tag = v != NULL;

	hash_init(&h);
	hash_add(&h, salt, SALT);
	hash_add(&h, &tag, 1);
	if (v != NULL)
		hash_add(&h, v, strlen((const char *)v));
	hash_final(&h, out);
}

/* The digest of value i of row seq: the one kept by a redaction, or
 * computed from the row's salt. */
static int
rechain_value(sqlite3 *h, sqlite3_stmt *row, int64_t seq, int i,
              unsigned char out[HASH_BYTES])
{
	const char *salts = (const char *)sqlite3_column_text(row, 8);
	unsigned char salt[SALT];
	char hex[2 * SALT + 1];
	sqlite3_stmt *st;
	int kept = 0;

	if (sqlite3_prepare_v2(h, "SELECT digest FROM history_redaction "
	    "WHERE seq = ?1 AND field = ?2;", -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_int64(st, 1, seq);
	sqlite3_bind_text(st, 2, columns[i], -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		kept = hash_from_hex((const char *)sqlite3_column_text(st, 0),
		    out, HASH_BYTES);
	sqlite3_finalize(st);
	if (kept)
		return 0;
	if (salts == NULL || strlen(salts) != VALUES * 2 * SALT)
		return -1;
	memcpy(hex, salts + i * 2 * SALT, 2 * SALT);
	hex[2 * SALT] = '\0';
	if (!hash_from_hex(hex, salt, SALT))
		return -1;
	rechain_digest(salt, sqlite3_column_text(row, i + 1), out);
	return 0;
}

/* hash = SHA-256("isms-history-chain-1" 0x00 || prev || seq (8 bytes,
 * big-endian) || d(at) || ... || d(new)). */
static int
rechain_row(sqlite3 *h, sqlite3_stmt *row, int64_t seq,
            const unsigned char prev[HASH_BYTES], unsigned char out[HASH_BYTES])
{
	static const char tag[] = "isms-history-chain-1";
	struct hash hh;

	hash_init(&hh);
	hash_add(&hh, tag, sizeof tag);
	hash_add(&hh, prev, HASH_BYTES);
	hash_add_u64(&hh, (uint64_t)seq);
	for (int i = 0; i < VALUES; i++) {
		unsigned char d[HASH_BYTES];

		if (rechain_value(h, row, seq, i, d) != 0)
			return -1;
		hash_add(&hh, d, HASH_BYTES);
	}
	hash_final(&hh, out);
	return 0;
}

int
main(int argc, char **argv)
{
	unsigned char prev[HASH_BYTES], hash[HASH_BYTES];
	char prev_hex[HASH_HEX], hex[HASH_HEX], *sql, *trigger;
	sqlite3_stmt *row, *up;
	sqlite3 *h;
	int64_t from, seq = 0;
	int i, rc;

	if (argc != 5 || (from = atoll(argv[2])) < 1) {
		fprintf(stderr, "usage: rechain DB SEQ COLUMN VALUE\n");
		return 2;
	}
	for (i = 0; i < VALUES && strcmp(columns[i], argv[3]) != 0; i++)
		;
	if (i == VALUES) {
		fprintf(stderr, "rechain: %s: not a history value column\n",
		    argv[3]);
		return 2;
	}
	if (sqlite3_open_v2(argv[1], &h, SQLITE_OPEN_READWRITE, NULL) !=
	    SQLITE_OK)
		return rechain_fail(h, argv[1]);
	/* The trigger that keeps history append-only goes for the rewrite
	 * and comes back after it, so the schema looks untouched. */
	if (sqlite3_prepare_v2(h, "SELECT sql FROM sqlite_schema WHERE type = "
	    "'trigger' AND name = 'history_no_update';", -1, &row, NULL) !=
	    SQLITE_OK || sqlite3_step(row) != SQLITE_ROW)
		return rechain_fail(h, "the trigger history_no_update");
	trigger = sqlite3_mprintf("%s", sqlite3_column_text(row, 0));
	sqlite3_finalize(row);
	sql = sqlite3_mprintf("BEGIN IMMEDIATE;"
	    "DROP TRIGGER history_no_update;"
	    "UPDATE history SET \"%w\" = %Q WHERE seq = %lld;", argv[3],
	    argv[4], (long long)from);
	rc = sqlite3_exec(h, sql, NULL, NULL, NULL);
	sqlite3_free(sql);
	if (rc != SQLITE_OK)
		return rechain_fail(h, "rewrite");
	/* The link into row SEQ stays: it is the hash of row SEQ - 1. */
	if (sqlite3_prepare_v2(h, "SELECT seq, at, who, entity, key, field, "
	    "old, new, salts, prev_hash FROM history WHERE seq >= ?1 ORDER BY "
	    "seq;", -1, &row, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(h, "UPDATE history SET prev_hash = ?1, hash = "
	    "?2 WHERE seq = ?3;", -1, &up, NULL) != SQLITE_OK)
		return rechain_fail(h, "prepare");
	sqlite3_bind_int64(row, 1, from);
	for (int first = 1; (rc = sqlite3_step(row)) == SQLITE_ROW; first = 0) {
		seq = sqlite3_column_int64(row, 0);
		if (first && !hash_from_hex((const char *)
		    sqlite3_column_text(row, 9), prev, HASH_BYTES)) {
			fprintf(stderr, "rechain: row %lld has no link\n",
			    (long long)seq);
			return 2;
		}
		if (rechain_row(h, row, seq, prev, hash) != 0) {
			fprintf(stderr, "rechain: row %lld: unusable salts\n",
			    (long long)seq);
			return 2;
		}
		hash_to_hex(prev, HASH_BYTES, prev_hex);
		hash_to_hex(hash, HASH_BYTES, hex);
		sqlite3_reset(up);
		sqlite3_bind_text(up, 1, prev_hex, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(up, 2, hex, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(up, 3, seq);
		if (sqlite3_step(up) != SQLITE_DONE)
			return rechain_fail(h, "update");
		memcpy(prev, hash, HASH_BYTES);
	}
	if (rc != SQLITE_DONE || seq < from)
		return rechain_fail(h, "no such row");
	sqlite3_finalize(row);
	sqlite3_finalize(up);
	sql = sqlite3_mprintf("UPDATE history_head SET seq = %lld, hash = %Q;"
	    "%s; COMMIT;", (long long)seq, hex, trigger);
	sqlite3_free(trigger);
	rc = sqlite3_exec(h, sql, NULL, NULL, NULL);
	sqlite3_free(sql);
	if (rc != SQLITE_OK)
		return rechain_fail(h, "head");
	sqlite3_close(h);
	return 0;
}
