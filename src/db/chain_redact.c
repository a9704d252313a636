/*
 * chain_redact.c - building the chain over the rows of a version 1 file,
 * and redacting values of a chained row for a data-protection request
 * while the chain still verifies.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chain_int.h"
#include "isms/util/xmalloc.h"

#define CHAIN_BATCH 512

struct chain_plain {
	int64_t id;
	char *values[CHAIN_VALUES];
};

static void
chain_plain_done(struct chain_plain *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (int k = 0; k < CHAIN_VALUES; k++)
			free(p[i].values[k]);
}

/* The next batch of rows after id from, in id order. */
static enum isms_status
chain_batch(struct db *db, int64_t from, struct chain_plain *p, size_t *n,
            char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	int r;

	*n = 0;
	rc = db_prepare(db, "SELECT id, at, who, entity, key, field, old, new "
	    "FROM history WHERE id > :from ORDER BY id LIMIT :n;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":from", from);
	db_bind_int(st, ":n", CHAIN_BATCH);
	while ((r = db_step(st, cause)) == DB_ROW) {
		p[*n].id = db_column_int(st, 0);
		for (int k = 0; k < CHAIN_VALUES; k++)
			p[*n].values[k] = db_column_dup(st, k + 1);
		(*n)++;
	}
	if (r != DB_DONE)
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}

static enum isms_status
chain_set_link(struct db_stmt *up, int64_t id, int64_t seq,
               const char *salts, const char *prev, const char *hash,
               char **cause)
{
	db_reset(up);
	db_bind_int(up, ":id", id);
	db_bind_int(up, ":seq", seq);
	db_bind_text(up, ":salts", salts);
	db_bind_text(up, ":prev", prev);
	db_bind_text(up, ":hash", hash);
	return db_step_done(up, cause);
}

enum isms_status
chain_build(struct db *db, char **cause)
{
	struct chain_plain *p = xcalloc(CHAIN_BATCH, sizeof *p);
	unsigned char prev[HASH_BYTES] = { 0 }, hash[HASH_BYTES];
	char hex[HASH_HEX] = "", prev_hex[HASH_HEX];
	struct db_stmt *up;
	int64_t seq = 0, from = 0;
	size_t n = 0;
	enum isms_status rc;

	rc = db_prepare(db, "UPDATE history SET seq = :seq, salts = :salts, "
	    "prev_hash = :prev, hash = :hash WHERE id = :id;", &up, cause);
	while (rc == ISMS_OK &&
	    (rc = chain_batch(db, from, p, &n, cause)) == ISMS_OK && n > 0) {
		for (size_t i = 0; rc == ISMS_OK && i < n; i++) {
			unsigned char salts[CHAIN_VALUES][CHAIN_SALT];
			char salts_hex[CHAIN_SALTS_HEX + 1];

			chain_new_salts(salts, salts_hex);
			chain_hash_row(prev, ++seq, (const char *const *)
			    p[i].values, salts, hash);
			hash_to_hex(prev, HASH_BYTES, prev_hex);
			hash_to_hex(hash, HASH_BYTES, hex);
			rc = chain_set_link(up, p[i].id, seq, salts_hex,
			    prev_hex, hex, cause);
			memcpy(prev, hash, HASH_BYTES);
		}
		from = p[n - 1].id;
		chain_plain_done(p, n);
	}
	db_finalize(up);
	free(p);
	if (rc == ISMS_OK)
		hash_to_hex(prev, HASH_BYTES, hex);
	return rc == ISMS_OK ? chain_write_head(db, seq, hex, cause) : rc;
}

/* The values of row seq that may be redacted, and its salts. */
struct chain_target {
	char *values[CHAIN_VALUES];
	char *salts;
};

static void
chain_target_done(struct chain_target *t)
{
	for (int k = 0; k < CHAIN_VALUES; k++)
		free(t->values[k]);
	free(t->salts);
}

static void
chain_target_read(struct db_stmt *st, void *out)
{
	struct chain_target *t = out;

	for (int k = 0; k < CHAIN_VALUES; k++)
		t->values[k] = db_column_dup(st, k);
	t->salts = db_column_dup(st, CHAIN_VALUES);
}

static enum isms_status
chain_target_get(struct db *db, int64_t seq, struct chain_target *t,
                 char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	memset(t, 0, sizeof *t);
	rc = db_prepare(db, "SELECT at, who, entity, key, field, old, new, "
	    "salts FROM history WHERE seq = :seq;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":seq", seq);
	rc = db_fetch_one(st, chain_target_read, t, cause);
	db_finalize(st);
	if (rc == ISMS_NOT_FOUND)
		return status_fail(cause, rc, "history row %lld: no such row",
		    (long long)seq);
	if (rc == ISMS_OK && (t->salts == NULL ||
	    strlen(t->salts) != CHAIN_SALTS_HEX))
		rc = status_fail(cause, ISMS_CORRUPT, "history row %lld has no "
		    "salts; run isms verify", (long long)seq);
	return rc;
}

static enum isms_status
chain_exec_seq(struct db *db, const char *sql, int64_t seq, const char *a,
               const char *b, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc = db_prepare(db, sql, &st, cause);

	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":seq", seq);
	if (a != NULL)
		db_bind_text(st, ":a", a);
	if (b != NULL)
		db_bind_text(st, ":b", b);
	rc = db_step_done(st, cause);
	db_finalize(st);
	return rc;
}

/* Keep the digest of value index k of t, drop its salt and the value. */
static enum isms_status
chain_redact_one(struct db *db, int64_t seq, int k, struct chain_target *t,
                 char **cause)
{
	unsigned char salt[CHAIN_SALT], d[HASH_BYTES];
	char hex[2 * CHAIN_SALT + 1], digest[HASH_HEX], *sql;
	enum isms_status rc;

	memcpy(hex, t->salts + k * 2 * CHAIN_SALT, 2 * CHAIN_SALT);
	hex[2 * CHAIN_SALT] = '\0';
	if (!hash_from_hex(hex, salt, CHAIN_SALT))
		return status_fail(cause, ISMS_CORRUPT, "history row %lld: the "
		    "salt of %s is missing", (long long)seq, chain_columns[k]);
	chain_digest(salt, t->values[k], d);
	hash_to_hex(d, HASH_BYTES, digest);
	memset(t->salts + k * 2 * CHAIN_SALT, '-', 2 * CHAIN_SALT);
	rc = chain_exec_seq(db, "INSERT INTO history_redaction (seq, field, "
	    "digest) VALUES (:seq, :a, :b);", seq, chain_columns[k], digest,
	    cause);
	if (rc != ISMS_OK)
		return rc;
	sql = xasprintf("UPDATE history SET %s = :a, salts = :b WHERE seq = "
	    ":seq;", chain_columns[k]);
	rc = chain_exec_seq(db, sql, seq, CHAIN_REDACTED, t->salts, cause);
	free(sql);
	return rc;
}

/* Whether value k of row seq was redacted already. */
static bool
chain_is_redacted(const struct chain_target *t, int k)
{
	return t->salts[k * 2 * CHAIN_SALT] == '-';
}

enum isms_status
chain_redact(struct db *db, int64_t seq, unsigned fields, const char *reason,
             const struct row_author *a, char **cause)
{
	static const struct { unsigned bit; int k; } which[] = {
		{ CHAIN_WHO, CHAIN_WHO_AT }, { CHAIN_OLD, CHAIN_OLD_AT },
		{ CHAIN_NEW, CHAIN_NEW_AT },
	};
	struct chain_target t;
	char key[24];
	int done = 0;
	enum isms_status rc;

	if (db_depth(db) == 0)
		return status_fail(cause, ISMS_DB, "%s: a redaction is written "
		    "in a transaction", db_path(db));
	if ((rc = chain_target_get(db, seq, &t, cause)) != ISMS_OK) {
		chain_target_done(&t);
		return rc;
	}
	snprintf(key, sizeof key, "%lld", (long long)seq);
	for (size_t i = 0; rc == ISMS_OK && i < sizeof which / sizeof *which;
	    i++) {
		char field[32];
		int k = which[i].k;

		if (!(fields & which[i].bit) || t.values[k] == NULL ||
		    chain_is_redacted(&t, k))
			continue;
		snprintf(field, sizeof field, "redact %s", chain_columns[k]);
		rc = chain_redact_one(db, seq, k, &t, cause);
		if (rc == ISMS_OK)
			rc = chain_append(db, a, "history", key, field, NULL,
			    reason, cause);
		done++;
	}
	chain_target_done(&t);
	if (rc == ISMS_OK && done == 0)
		rc = status_fail(cause, ISMS_INVALID,
		    "history row %lld: nothing left to redact (redacted "
		    "already, or no value)", (long long)seq);
	return rc;
}
