/*
 * chain_verify.c - recomputing the history chain from its first row and
 * naming the first row where it breaks: a changed, removed, reordered or
 * unchained row, a tail cut off, a head that does not match, a value
 * hidden without a redaction on record, or a row that differs from an
 * anchor kept elsewhere.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chain_int.h"
#include "isms/util/xmalloc.h"

/* The digests kept for redacted values. */
struct chain_redactions {
	struct {
		int64_t seq;
		int index;            /* CHAIN_WHO_AT, CHAIN_OLD_AT, ... */
		char *digest;
	} *items;
	size_t n;
};

struct chain_walk {
	const struct chain_head *anchor;
	struct chain_report *r;
	struct chain_redactions red;
	unsigned char prev[HASH_BYTES];
	int64_t expect;               /* the seq the next row must have */
};

static void __attribute__((format(printf, 3, 4)))
chain_bad(struct chain_report *r, int64_t seq, const char *fmt, ...)
{
	va_list ap;

	if (r->bad_seq != 0 && r->bad_seq <= seq)
		return;                   /* an earlier break is named */
	free(r->why);
	va_start(ap, fmt);
	r->why = xvasprintf(fmt, ap);
	va_end(ap);
	r->bad_seq = seq;
}

static int
chain_value_index(const char *column)
{
	for (int i = 0; i < CHAIN_VALUES; i++)
		if (strcmp(chain_columns[i], column) == 0)
			return i;
	return -1;
}

static void
chain_redactions_done(struct chain_redactions *red)
{
	for (size_t i = 0; i < red->n; i++)
		free(red->items[i].digest);
	free(red->items);
}

static enum isms_status
chain_redactions_load(struct db *db, struct chain_redactions *red,
                      char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	int r;

	memset(red, 0, sizeof *red);
	rc = db_prepare(db, "SELECT seq, field, digest FROM history_redaction "
	    "ORDER BY seq, field;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	while ((r = db_step(st, cause)) == DB_ROW) {
		red->items = xreallocarray(red->items, red->n + 1,
		    sizeof *red->items);
		red->items[red->n].seq = db_column_int(st, 0);
		red->items[red->n].index = chain_value_index(db_column_text(st,
		    1));
		red->items[red->n].digest = xstrdup(db_column_text(st, 2));
		red->n++;
	}
	if (r != DB_DONE)
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}

static const char *
chain_redacted(const struct chain_redactions *red, int64_t seq, int index)
{
	for (size_t i = 0; i < red->n; i++)
		if (red->items[i].seq == seq && red->items[i].index == index)
			return red->items[i].digest;
	return NULL;
}

/* The digests of the values of a row; false (with the break named) when
 * a salt or a kept digest is unusable. */
static bool
chain_row_digests(struct chain_walk *w, int64_t seq,
                  const char *const values[CHAIN_VALUES], const char *salts,
                  unsigned char d[CHAIN_VALUES][HASH_BYTES])
{
	if (strlen(salts) != CHAIN_SALTS_HEX) {
		chain_bad(w->r, seq, "row %lld has no salts: it was not "
		    "written by isms", (long long)seq);
		return false;
	}
	for (int i = 0; i < CHAIN_VALUES; i++) {
		const char *kept = chain_redacted(&w->red, seq, i);
		char hex[2 * CHAIN_SALT + 1];
		unsigned char salt[CHAIN_SALT];

		memcpy(hex, salts + i * 2 * CHAIN_SALT, 2 * CHAIN_SALT);
		hex[2 * CHAIN_SALT] = '\0';
		if (kept != NULL) {
			if (values[i] == NULL || strcmp(values[i],
			    CHAIN_REDACTED) != 0 || !hash_from_hex(kept, d[i],
			    HASH_BYTES)) {
				chain_bad(w->r, seq, "row %lld: the redacted "
				    "%s was changed", (long long)seq,
				    chain_columns[i]);
				return false;
			}
			continue;
		}
		if (!hash_from_hex(hex, salt, CHAIN_SALT)) {
			chain_bad(w->r, seq, "row %lld: the salt of %s is "
			    "missing", (long long)seq, chain_columns[i]);
			return false;
		}
		chain_digest(salt, values[i], d[i]);
	}
	return true;
}

/* Check one row; false at the first break. */
static bool
chain_walk_row(struct chain_walk *w, struct db_stmt *st)
{
	const char *values[CHAIN_VALUES];
	unsigned char d[CHAIN_VALUES][HASH_BYTES], hash[HASH_BYTES];
	char prev_hex[HASH_HEX], hex[HASH_HEX];
	int64_t seq = db_column_int(st, 1);

	w->r->rows++;
	if (db_column_is_null(st, 1)) {
		chain_bad(w->r, w->expect, "history row id %lld is not in the "
		    "chain: it was added outside isms",
		    (long long)db_column_int(st, 0));
		return false;
	}
	if (seq != w->expect) {
		chain_bad(w->r, w->expect, seq > w->expect ? "row %lld is "
		    "missing: it was deleted" : "row %lld appears twice or out "
		    "of order", (long long)w->expect);
		return false;
	}
	for (int i = 0; i < CHAIN_VALUES; i++)
		values[i] = db_column_is_null(st, i + 2) ? NULL :
		    db_column_text(st, i + 2);
	hash_to_hex(w->prev, HASH_BYTES, prev_hex);
	if (strcmp(db_column_text(st, 10), prev_hex) != 0) {
		chain_bad(w->r, seq, "row %lld does not follow row %lld: the "
		    "link between them was changed", (long long)seq,
		    (long long)seq - 1);
		return false;
	}
	if (!chain_row_digests(w, seq, values, db_column_text(st, 9), d))
		return false;
	chain_link(w->prev, seq, d, hash);
	hash_to_hex(hash, HASH_BYTES, hex);
	if (strcmp(db_column_text(st, 11), hex) != 0) {
		chain_bad(w->r, seq, "row %lld was changed after it was "
		    "written", (long long)seq);
		return false;
	}
	if (w->anchor != NULL && seq == w->anchor->seq) {
		if (strcmp(hex, w->anchor->hash) != 0) {
			chain_bad(w->r, seq, "row %lld differs from the "
			    "anchor: the history up to it was rewritten",
			    (long long)seq);
			return false;
		}
		w->r->anchored = true;
	}
	memcpy(w->prev, hash, HASH_BYTES);
	w->expect++;
	return true;
}

static enum isms_status
chain_walk_rows(struct db *db, struct chain_walk *w, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	int r;

	rc = db_prepare(db, "SELECT id, seq, at, who, entity, key, field, old, "
	    "new, ifnull(salts, ''), ifnull(prev_hash, ''), ifnull(hash, '') "
	    "FROM history ORDER BY seq IS NULL, seq, id;", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	while ((r = db_step(st, cause)) == DB_ROW)
		if (!chain_walk_row(w, st))
			break;
	if (r < 0)
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}

/* The stored head, the anchor's reach and the redaction records. */
static enum isms_status
chain_walk_end(struct db *db, struct chain_walk *w, char **cause)
{
	struct chain_head stored;
	int64_t last = w->expect - 1;
	enum isms_status rc = chain_head(db, &stored, cause);
	char hex[HASH_HEX];

	if (rc != ISMS_OK || w->r->bad_seq != 0)
		return rc;
	hash_to_hex(w->prev, HASH_BYTES, hex);
	if (stored.seq > last)
		chain_bad(w->r, last + 1, "rows %lld to %lld are missing: the "
		    "history was cut short", (long long)last + 1,
		    (long long)stored.seq);
	else if (stored.seq < last)
		chain_bad(w->r, stored.seq + 1, "rows after %lld were added "
		    "without moving the stored head", (long long)stored.seq);
	else if (strcmp(stored.hash, hex) != 0)
		chain_bad(w->r, last, "the stored head does not match row %lld",
		    (long long)last);
	if (w->anchor != NULL && w->anchor->seq > last)
		chain_bad(w->r, last + 1, "the anchor names row %lld but the "
		    "history ends at row %lld", (long long)w->anchor->seq,
		    (long long)last);
	return ISMS_OK;
}

/* Every kept digest must have its redaction row, later in the chain. */
static enum isms_status
chain_walk_redactions(struct db *db, struct chain_walk *w, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	int r;

	rc = db_prepare(db, "SELECT r.seq, r.field FROM history_redaction r "
	    "WHERE NOT EXISTS (SELECT 1 FROM history h WHERE h.entity = "
	    "'history' AND h.key = CAST(r.seq AS TEXT) AND h.field = 'redact ' "
	    "|| r.field AND h.seq > r.seq) ORDER BY r.seq LIMIT 1;", &st,
	    cause);
	if (rc != ISMS_OK)
		return rc;
	if ((r = db_step(st, cause)) == DB_ROW)
		chain_bad(w->r, db_column_int(st, 0), "row %lld: its %s was "
		    "hidden without a redaction on record",
		    (long long)db_column_int(st, 0), db_column_text(st, 1));
	else if (r != DB_DONE)
		rc = db_stmt_error(st);
	db_finalize(st);
	return rc;
}

enum isms_status
chain_verify(struct db *db, const struct chain_head *anchor,
             struct chain_report *r, char **cause)
{
	struct chain_walk w = { .anchor = anchor, .r = r, .expect = 1 };
	enum isms_status rc;

	memset(r, 0, sizeof *r);
	rc = chain_redactions_load(db, &w.red, cause);
	if (rc == ISMS_OK)
		rc = chain_walk_rows(db, &w, cause);
	if (rc == ISMS_OK)
		rc = chain_walk_end(db, &w, cause);
	if (rc == ISMS_OK)
		rc = chain_walk_redactions(db, &w, cause);
	chain_redactions_done(&w.red);
	r->head.seq = w.expect - 1;
	hash_to_hex(w.prev, HASH_BYTES, r->head.hash);
	if (rc != ISMS_OK)
		return rc;
	return r->bad_seq == 0 ? ISMS_OK : ISMS_NEGATIVE;
}
