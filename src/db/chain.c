/*
 * chain.c - appending to, verifying, building and redacting the hash
 * chain of the history table (the serialisation is in chain.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chain_int.h"
#include "isms/util/xmalloc.h"

const char *const chain_columns[CHAIN_VALUES] = {
	"at", "who", "entity", "key", "field", "old", "new"
};

void
chain_digest(const unsigned char salt[CHAIN_SALT], const char *value,
             unsigned char out[HASH_BYTES])
{
	struct hash h;
	unsigned char tag = value != NULL;

	hash_init(&h);
	hash_add(&h, salt, CHAIN_SALT);
	hash_add(&h, &tag, 1);
	if (value != NULL)
		hash_add(&h, value, strlen(value));
	hash_final(&h, out);
}

void
chain_link(const unsigned char prev[HASH_BYTES], int64_t seq,
           unsigned char d[CHAIN_VALUES][HASH_BYTES],
           unsigned char out[HASH_BYTES])
{
	struct hash h;

	hash_init(&h);
	hash_add(&h, CHAIN_TAG, sizeof CHAIN_TAG);        /* with its NUL */
	hash_add(&h, prev, HASH_BYTES);
	hash_add_u64(&h, (uint64_t)seq);
	for (int i = 0; i < CHAIN_VALUES; i++)
		hash_add(&h, d[i], HASH_BYTES);
	hash_final(&h, out);
}

void
chain_new_salts(unsigned char salts[CHAIN_VALUES][CHAIN_SALT],
                char hex[CHAIN_SALTS_HEX + 1])
{
	hash_random(salts, CHAIN_VALUES * CHAIN_SALT);
	hash_to_hex(&salts[0][0], CHAIN_VALUES * CHAIN_SALT, hex);
}

enum isms_status
chain_read_head(struct db *db, int64_t *seq, unsigned char hash[HASH_BYTES],
                char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	int r;

	rc = db_prepare(db, "SELECT seq, hash FROM history_head WHERE id = 1;",
	    &st, cause);
	if (rc != ISMS_OK)
		return rc;
	*seq = 0;
	memset(hash, 0, HASH_BYTES);
	r = db_step(st, cause);
	if (r == DB_ROW) {
		*seq = db_column_int(st, 0);
		if (!hash_from_hex(db_column_text(st, 1), hash, HASH_BYTES))
			rc = status_fail(cause, ISMS_CORRUPT, "%s: the stored "
			    "history head is not a hash; run isms verify",
			    db_path(db));
	} else if (r != DB_DONE) {
		rc = db_stmt_error(st);
	}
	db_finalize(st);
	return rc;
}

enum isms_status
chain_write_head(struct db *db, int64_t seq, const char *hex, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "INSERT INTO history_head (id, chain, seq, hash) "
	    "VALUES (1, :chain, :seq, :hash) ON CONFLICT (id) DO UPDATE SET "
	    "chain = excluded.chain, seq = excluded.seq, hash = excluded.hash;",
	    &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":chain", CHAIN_VERSION);
	db_bind_int(st, ":seq", seq);
	db_bind_text(st, ":hash", hex);
	rc = db_step_done(st, cause);
	db_finalize(st);
	return rc;
}

void
chain_hash_row(const unsigned char prev[HASH_BYTES], int64_t seq,
               const char *const values[CHAIN_VALUES],
               unsigned char salts[CHAIN_VALUES][CHAIN_SALT],
               unsigned char out[HASH_BYTES])
{
	unsigned char d[CHAIN_VALUES][HASH_BYTES];

	for (int i = 0; i < CHAIN_VALUES; i++)
		chain_digest(salts[i], values[i], d[i]);
	chain_link(prev, seq, d, out);
}

enum isms_status
chain_append(struct db *db, const struct row_author *a, const char *entity,
             const char *key, const char *field, const char *old_value,
             const char *new_value, char **cause)
{
	const char *values[CHAIN_VALUES] = { a->at, a->who, entity, key,
	    field, old_value, new_value };
	unsigned char salts[CHAIN_VALUES][CHAIN_SALT], prev[HASH_BYTES];
	unsigned char hash[HASH_BYTES];
	char salts_hex[CHAIN_SALTS_HEX + 1], prev_hex[HASH_HEX], hex[HASH_HEX];
	struct db_stmt *st;
	enum isms_status rc;
	int64_t seq;

	if (db_depth(db) == 0)
		return status_fail(cause, ISMS_DB, "%s: history is written in "
		    "the transaction of its change", db_path(db));
	if ((rc = chain_read_head(db, &seq, prev, cause)) != ISMS_OK)
		return rc;
	seq++;
	chain_new_salts(salts, salts_hex);
	chain_hash_row(prev, seq, values, salts, hash);
	hash_to_hex(prev, HASH_BYTES, prev_hex);
	hash_to_hex(hash, HASH_BYTES, hex);
	rc = db_prepare(db, "INSERT INTO history (at, who, entity, key, field, "
	    "old, new, seq, salts, prev_hash, hash) VALUES (:at, :who, "
	    ":entity, :key, :field, :old, :new, :seq, :salts, :prev, :hash);",
	    &st, cause);
	if (rc != ISMS_OK)
		return rc;
	for (int i = 0; i < CHAIN_VALUES; i++) {
		char name[16];

		snprintf(name, sizeof name, ":%s", chain_columns[i]);
		db_bind_text(st, name, values[i]);
	}
	db_bind_int(st, ":seq", seq);
	db_bind_text(st, ":salts", salts_hex);
	db_bind_text(st, ":prev", prev_hex);
	db_bind_text(st, ":hash", hex);
	rc = db_step_done(st, cause);
	db_finalize(st);
	if (rc == ISMS_OK)
		rc = chain_write_head(db, seq, hex, cause);
	return rc;
}

enum isms_status
chain_head(struct db *db, struct chain_head *out, char **cause)
{
	unsigned char hash[HASH_BYTES];
	enum isms_status rc = chain_read_head(db, &out->seq, hash, cause);

	hash_to_hex(hash, HASH_BYTES, out->hash);
	return rc;
}

bool
chain_head_parse(const char *s, struct chain_head *out)
{
	unsigned char bytes[HASH_BYTES];
	const char *colon = strchr(s, ':');
	char *end;
	long long seq;

	if (colon == NULL || colon == s)
		return false;
	seq = strtoll(s, &end, 10);
	if (end != colon || seq < 1 || s[0] == '+' || s[0] == '-' ||
	    !hash_from_hex(colon + 1, bytes, HASH_BYTES))
		return false;
	out->seq = seq;
	hash_to_hex(bytes, HASH_BYTES, out->hash);
	return true;
}

void
chain_report_done(struct chain_report *r)
{
	free(r->why);
	r->why = NULL;
}
