/*
 * history.c - the change history through the model: listing it by
 * record, login, day or text, in the words of the vocabularies, and the
 * hash chain that lets an auditor verify it (chain.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/chain.h"
#include "isms/db/schema.h"
#include "isms/db/store_history.h"
#include "isms/model/history.h"
#include "isms_db.h"
#include "isms/rec/asset.h"
#include "isms/rec/clause.h"
#include "isms/rec/risk.h"
#include "isms/rec/soa.h"
#include "isms/rec/vocab.h"
#include "isms/util/date.h"

static enum isms_status
history_check(const struct history_filter *f, char **cause)
{
	if (f != NULL && f->since != NULL && f->since[0] != '\0' &&
	    !date_valid(f->since))
		return status_fail(cause, ISMS_INVALID,
		    "--since %s: not a date (YYYY-MM-DD)", f->since);
	return ISMS_OK;
}

enum isms_status
history_list(struct isms *m, const struct history_filter *f, size_t offset,
             size_t limit, struct history_row **rows, size_t *n,
             char **cause)
{
	enum isms_status rc = history_check(f, cause);

	*rows = NULL;
	*n = 0;
	if (rc != ISMS_OK)
		return rc;
	return store_history_list(isms_db(m), f, offset, limit, rows, n,
	    cause);
}

enum isms_status
history_count(struct isms *m, const struct history_filter *f, size_t *n,
              char **cause)
{
	enum isms_status rc = history_check(f, cause);

	*n = 0;
	return rc != ISMS_OK ? rc : store_history_count(isms_db(m), f, n,
	    cause);
}

enum isms_status
history_find(struct isms *m, const struct history_filter *f,
             const char *needle, int64_t from, int dir, size_t *pos,
             char **cause)
{
	enum isms_status rc = history_check(f, cause);

	return rc != ISMS_OK ? rc : store_history_find(isms_db(m), f, needle,
	    from, dir, pos, cause);
}

/* The descriptors whose fields history rows name, by entity. */
static const struct rec_desc *const history_descs[] = {
	&rec_clause, &rec_soa, &rec_asset, &rec_risk, &rec_action,
};

const char *
history_shown(const struct history_row *h, const char *value)
{
	if (value == NULL || value[0] == '\0')
		return value;
	for (size_t k = 0; k < sizeof history_descs / sizeof *history_descs;
	    k++) {
		const struct rec_desc *d = history_descs[k];

		if (strcmp(d->entity, h->entity) != 0)
			continue;
		for (size_t i = 0; i < d->n_fields; i++)
			if (strcmp(d->fields[i].name, h->field) == 0 &&
			    d->fields[i].vocab != NULL &&
			    d->fields[i].kind == REC_TERM)
				return vocab_label(d->fields[i].vocab, value);
	}
	return value;
}

enum isms_status
history_summarize(struct isms *m, const char *entity,
                  struct history_summary *out, char **cause)
{
	return store_history_summary(isms_db(m), entity, out, cause);
}

void
history_check_done(struct history_check *c)
{
	free(c->why);
	c->why = NULL;
}

/* ISMS_INVALID, saying so, for a file whose history has no chain yet. */
static enum isms_status
history_chained(struct isms *m, char **cause)
{
	int64_t version = 0;
	enum isms_status rc = schema_version(isms_db(m), &version, cause);

	if (rc == ISMS_OK && version < 2)
		rc = status_fail(cause, ISMS_INVALID, "%s: schema version %lld "
		    "has no history chain yet; it is built when the database "
		    "is next opened for writing (or by isms db upgrade)",
		    isms_path(m), (long long)version);
	return rc;
}

enum isms_status
history_verify(struct isms *m, const char *anchor, struct history_check *c,
               char **cause)
{
	struct chain_head at;
	struct chain_report r;
	enum isms_status rc;

	memset(c, 0, sizeof *c);
	if (anchor != NULL && !chain_head_parse(anchor, &at))
		return status_fail(cause, ISMS_USAGE, "--anchor %s: not a head "
		    "(SEQ:HASH, as isms verify --head prints it)", anchor);
	if ((rc = history_chained(m, cause)) != ISMS_OK)
		return rc;
	rc = chain_verify(isms_db(m), anchor != NULL ? &at : NULL, &r, cause);
	c->rows = r.rows;
	c->bad_seq = r.bad_seq;
	c->why = r.why;
	c->anchored = r.anchored;
	snprintf(c->head, sizeof c->head, "%lld:%s", (long long)r.head.seq,
	    r.head.hash);
	return rc;
}

enum isms_status
history_head(struct isms *m, char *head, size_t size, char **cause)
{
	struct chain_head h;
	int64_t version = 0;
	enum isms_status rc = schema_version(isms_db(m), &version, cause);

	if (rc == ISMS_OK && version < 2) {
		snprintf(head, size, "-");
		return ISMS_OK;
	}
	if (rc == ISMS_OK)
		rc = chain_head(isms_db(m), &h, cause);
	if (rc == ISMS_OK)
		snprintf(head, size, "%lld:%s", (long long)h.seq, h.hash);
	return rc;
}

enum isms_status
history_redact(struct isms *m, int64_t seq, bool who, const char *reason,
               char **cause)
{
	struct db *db = isms_db(m);
	struct row_author author;
	char at[21];
	enum isms_status rc;

	if ((rc = isms_require_writable(m, cause)) != ISMS_OK)
		return rc;
	if (reason == NULL || reason[0] == '\0')
		return status_fail(cause, ISMS_INVALID, "history row %lld: say "
		    "why it is redacted (--reason TEXT)", (long long)seq);
	if ((rc = isms_text_check(NULL, "reason", reason, true, cause)) !=
	    ISMS_OK || (rc = history_chained(m, cause)) != ISMS_OK)
		return rc;
	if ((rc = db_begin(db, cause)) != ISMS_OK)
		return rc;
	isms_author(&author, at);
	rc = chain_redact(db, seq, CHAIN_OLD | CHAIN_NEW | (who ? CHAIN_WHO :
	    0), reason, &author, cause);
	if (rc == ISMS_OK)
		return db_commit(db, cause);
	db_rollback(db);
	return rc;
}
