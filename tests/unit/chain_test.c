/*
 * chain_test.c - the history chain: the serialisation as isms(1) writes
 * it down, recomputed here independently of chain.c; the append-only
 * trigger that lets only a redaction through; redaction keeping the chain
 * whole; the v1 fixture chained by its migration; head parsing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "isms/db/chain.h"
#include "isms/model/reg.h"
#include "isms/model/create.h"
#include "isms/model/history.h"
#include "isms/model/isms.h"
#include "isms/model/soa.h"
#include "isms/util/hash.h"
#include "testutil.h"

struct fixture {
	char *dir, *path;
	struct isms *m;
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct isms_init init = { .org = "Chain Ltd" };
	char *cause = NULL;

	f->dir = test_tmpdir();
	f->path = test_path(f->dir, "isms.db");
	if (isms_create(f->path, &init, &f->m, &cause) != ISMS_OK) {
		fprintf(stderr, "isms_create: %s\n", cause);
		return -1;
	}
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	isms_close(f->m);
	test_rmtree(f->dir);
	free(f->path);
	free(f->dir);
	free(f);
	return 0;
}

/* d(v) as the man page defines it. */
static void
doc_digest(const char *salt_hex, const unsigned char *v, int len,
           unsigned char out[32])
{
	unsigned char salt[16], tag = v != NULL;
	struct hash h;

	assert_true(hash_from_hex(salt_hex, salt, 16));
	hash_init(&h);
	hash_add(&h, salt, 16);
	hash_add(&h, &tag, 1);
	if (v != NULL)
		hash_add(&h, v, (size_t)len);
	hash_final(&h, out);
}

/* Recompute row seq from its stored columns by the documented formula and
 * compare with its stored hash and the hash of the row before. */
static void
check_row(sqlite3 *h, int64_t seq)
{
	sqlite3_stmt *st;
	unsigned char prev[32] = { 0 }, hash[32], d[32];
	char hex[65];
	struct hash sh;

	assert_int_equal(sqlite3_prepare_v2(h, "SELECT at, who, entity, key, "
	    "field, old, new, salts, prev_hash, hash FROM history WHERE seq = "
	    "?;", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_int64(st, 1, seq);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	if (seq > 1)
		assert_true(hash_from_hex((const char *)sqlite3_column_text(st,
		    8), prev, 32));
	hash_init(&sh);
	hash_add(&sh, "isms-history-chain-1", 21);      /* with its NUL */
	hash_add(&sh, prev, 32);
	hash_add_u64(&sh, (uint64_t)seq);
	for (int i = 0; i < 7; i++) {
		char salt[33];

		memcpy(salt, (const char *)sqlite3_column_text(st, 7) + 32 * i,
		    32);
		salt[32] = '\0';
		doc_digest(salt, sqlite3_column_type(st, i) == SQLITE_NULL ?
		    NULL : sqlite3_column_text(st, i), sqlite3_column_bytes(st,
		    i), d);
		hash_add(&sh, d, 32);
	}
	hash_final(&sh, hash);
	hash_to_hex(hash, 32, hex);
	assert_string_equal(hex, (const char *)sqlite3_column_text(st, 9));
	sqlite3_finalize(st);
}

static void
test_serialisation_as_documented(void **state)
{
	struct fixture *f = *state;
	struct rec_patch p = { .v = { [SOA_OWNER] = "Zo\xC3\xAB",
	    [SOA_HOW] = "two\nlines" } };
	struct history_check c;
	char *cause = NULL, head[96];
	sqlite3 *h;

	assert_int_equal(reg_set(f->m, &reg_soa, "A.5.1", &p, -1, NULL, &cause),
	    ISMS_OK);
	assert_int_equal(history_verify(f->m, NULL, &c, &cause), ISMS_OK);
	/* init's row, the person of init (name, login), the two fields */
	assert_int_equal(c.rows, 5);
	assert_int_equal(c.bad_seq, 0);
	assert_int_equal(history_head(f->m, head, sizeof head, &cause),
	    ISMS_OK);
	assert_string_equal(head, c.head);
	history_check_done(&c);
	assert_int_equal(sqlite3_open(f->path, &h), SQLITE_OK);
	for (int64_t seq = 1; seq <= 5; seq++)
		check_row(h, seq);
	/* The head is the newest row. */
	assert_true(strncmp(head, "5:", 2) == 0);
	sqlite3_close(h);
}

/* With the trigger in place, history can be changed only as a redaction
 * changes it. */
static void
test_append_only(void **state)
{
	struct fixture *f = *state;
	sqlite3 *h;
	char *err = NULL;

	assert_int_equal(sqlite3_open(f->path, &h), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(h, "UPDATE history SET new = 'x' "
	    "WHERE seq = 1;", NULL, NULL, &err), SQLITE_OK);
	assert_non_null(strstr(err, "append-only"));
	sqlite3_free(err);
	err = NULL;
	assert_int_not_equal(sqlite3_exec(h, "DELETE FROM history;", NULL,
	    NULL, &err), SQLITE_OK);
	sqlite3_free(err);
	err = NULL;
	/* A redaction record does not open other columns. */
	assert_int_equal(sqlite3_exec(h, "INSERT INTO history_redaction (seq, "
	    "field, digest) VALUES (1, 'new', 'x');", NULL, NULL, NULL),
	    SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(h, "UPDATE history SET key = 'y' "
	    "WHERE seq = 1;", NULL, NULL, &err), SQLITE_OK);
	sqlite3_free(err);
	err = NULL;
	assert_int_not_equal(sqlite3_exec(h, "UPDATE history SET new = 'y' "
	    "WHERE seq = 1;", NULL, NULL, &err), SQLITE_OK);
	sqlite3_free(err);
	err = NULL;
	assert_int_not_equal(sqlite3_exec(h, "DELETE FROM history_redaction;",
	    NULL, NULL, &err), SQLITE_OK);
	sqlite3_free(err);
	sqlite3_close(h);
}

static void
test_redaction_keeps_the_chain(void **state)
{
	struct fixture *f = *state;
	struct rec_patch p = { .v = { [SOA_OWNER] = "Jane Roe" } };
	struct history_row *rows;
	struct history_check c;
	char *cause = NULL;
	size_t n;

	assert_int_equal(reg_set(f->m, &reg_soa, "A.5.2", &p, -1, NULL, &cause),
	    ISMS_OK);
	/* row 4: rows 2 and 3 are the person of init */
	assert_int_equal(history_redact(f->m, 4, true, "Art. 17 request",
	    &cause), ISMS_OK);
	assert_int_equal(history_verify(f->m, NULL, &c, &cause), ISMS_OK);
	assert_int_equal(c.rows, 7);                 /* + redact who, new */
	history_check_done(&c);
	assert_int_equal(history_list(f->m, &(struct history_filter){
	    .entity = "soa", .key = "A.5.2" }, 0, 0, &rows, &n, &cause),
	    ISMS_OK);
	assert_int_equal(n, 1);
	assert_string_equal(rows[0].new_value, CHAIN_REDACTED);
	assert_string_equal(rows[0].who, CHAIN_REDACTED);
	history_rows_free(rows, n);
	/* Nothing is left to redact the second time. */
	assert_int_equal(history_redact(f->m, 4, true, "again", &cause),
	    ISMS_INVALID);
	free(cause);
	cause = NULL;
	/* A reason is required and follows the character rule. */
	assert_int_equal(history_redact(f->m, 1, false, "", &cause),
	    ISMS_INVALID);
	free(cause);
	cause = NULL;
	assert_int_equal(history_redact(f->m, 1, false, "\x1b[2J", &cause),
	    ISMS_INVALID);
	free(cause);
}

/* The migration from version 1 chains every row the file has, in order. */
static void
test_v1_fixture_migrates(void **state)
{
	struct fixture *f = *state;
	char *src = test_data("isms-v1.db"), *copy = test_path(f->dir, "v1.db");
	char *data, *cause = NULL;
	struct history_check c;
	struct isms *m;
	size_t len;

	data = test_slurp(src, &len);
	assert_non_null(data);
	assert_int_equal(test_write(copy, data, len), 0);
	assert_int_equal(isms_open(copy, true, &m, &cause), ISMS_OK);
	assert_int_equal(history_verify(m, NULL, &c, &cause), ISMS_INVALID);
	free(cause);
	cause = NULL;
	isms_close(m);
	assert_int_equal(isms_open(copy, false, &m, &cause), ISMS_OK);
	assert_int_equal(history_verify(m, NULL, &c, &cause), ISMS_OK);
	assert_int_equal(c.rows, 693);
	assert_true(strncmp(c.head, "693:", 4) == 0);
	history_check_done(&c);
	isms_close(m);
	free(data);
	free(src);
	free(copy);
}

/* The migration from version 2 to 3 adds tables and leaves every row
 * the chain holds as it was: the same rows, the same head. */
static void
test_v2_fixture_migrates(void **state)
{
	static const char head[] = "723:2d461474abe89bccec3bab30ccd8ada"
	    "d7e7005a8fbae4659e06236f042c1aaa0";
	struct fixture *f = *state;
	char *src = test_data("isms-v2-docs.db");
	char *copy = test_path(f->dir, "v2.db"), *data, *cause = NULL, *key;
	struct rec_patch p = { .v = { [PERSON_NAME] = "Zo\xC3\xAB" } };
	struct history_check c;
	struct isms *m;
	size_t len;

	data = test_slurp(src, &len);
	assert_non_null(data);
	assert_int_equal(test_write(copy, data, len), 0);
	assert_int_equal(isms_open(copy, true, &m, &cause), ISMS_OK);
	assert_int_equal(history_verify(m, NULL, &c, &cause), ISMS_OK);
	assert_string_equal(c.head, head);
	history_check_done(&c);
	isms_close(m);
	assert_int_equal(isms_open(copy, false, &m, &cause), ISMS_OK);
	assert_int_equal(history_verify(m, NULL, &c, &cause), ISMS_OK);
	assert_int_equal(c.rows, 723);
	assert_string_equal(c.head, head);
	history_check_done(&c);
	/* and the new registers take rows into the same chain */
	assert_int_equal(reg_add(m, &reg_person, &p, &key, &cause), ISMS_OK);
	free(key);
	assert_int_equal(history_verify(m, NULL, &c, &cause), ISMS_OK);
	assert_int_equal(c.rows, 724);
	history_check_done(&c);
	isms_close(m);
	free(data);
	free(src);
	free(copy);
}

static void
test_head_parse(void **state)
{
	struct chain_head h;
	char good[80];

	(void)state;
	snprintf(good, sizeof good, "12:%064d", 0);
	assert_true(chain_head_parse(good, &h));
	assert_int_equal(h.seq, 12);
	good[10] = 'A';               /* upper case is read, printed lower */
	assert_true(chain_head_parse(good, &h));
	assert_int_equal(h.hash[7], 'a');
	assert_false(chain_head_parse("12", &h));
	assert_false(chain_head_parse(":00", &h));
	assert_false(chain_head_parse("0:0000", &h));
	assert_false(chain_head_parse("-3:00", &h));
	snprintf(good, sizeof good, "12:%063d", 0);
	assert_false(chain_head_parse(good, &h));
	snprintf(good, sizeof good, "x12:%064d", 0);
	assert_false(chain_head_parse(good, &h));
}

int
main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_serialisation_as_documented),
		T(test_append_only),
		T(test_redaction_keeps_the_chain),
		T(test_v1_fixture_migrates),
		T(test_v2_fixture_migrates),
		cmocka_unit_test(test_head_parse),
	};
#undef T

	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
