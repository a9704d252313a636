/*
 * clause.c - the rules of the clause checklist: statuses from the closed
 * vocabulary, real due dates, one-line owners, and rev-checked writes.
 */
#include <stdlib.h>

#include "isms/db/store_clause.h"
#include "isms/model/clause.h"
#include "isms/model/isms_db.h"
#include "isms/rec/vocab.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

enum isms_status
clause_list(struct isms *m, struct clause_row **rows, size_t *n, char **cause)
{
	return store_clause_list(isms_db(m), isms_info(m)->framework_id, rows,
	    n, cause);
}

enum isms_status
clause_get(struct isms *m, const char *id, struct clause_row *out,
           char **cause)
{
	return store_clause_get(isms_db(m), isms_info(m)->framework_id, id,
	    out, cause);
}

enum isms_status
clause_documents(struct isms *m, const char *id, struct document_row **rows,
                 size_t *n, char **cause)
{
	return store_documents_for(isms_db(m), isms_info(m)->framework_id, id,
	    rows, n, cause);
}

/* Validate patch against the clause as stored (cur) and turn it into row
 * changes (at most five). */
static enum isms_status
clause_changes(const char *id, const struct clause_patch *p,
               const struct clause_row *cur, struct row_change *ch,
               size_t *n, char **cause)
{
	enum isms_status rc = ISMS_OK;

	*n = 0;
	if (p->status != NULL) {
		const char *tok = vocab_parse(&vocab_clause_status, p->status);

		if (tok == NULL) {
			char *choices = vocab_choices(&vocab_clause_status);

			rc = status_fail(cause, ISMS_INVALID, "%s: unknown clause "
			    "status '%s' (use %s)", id, p->status, choices);
			free(choices);
			return rc;
		}
		ch[(*n)++] = (struct row_change){ CLAUSE_STATUS, tok };
	}
	if (p->owner != NULL) {
		rc = isms_text_change(id, "owner", p->owner, cur->owner, true,
		    cause);
		ch[(*n)++] = (struct row_change){ CLAUSE_OWNER, p->owner };
	}
	if (rc == ISMS_OK && p->due != NULL) {
		if (p->due[0] != '\0' && !date_valid(p->due))
			return status_fail(cause, ISMS_INVALID, "%s: due date "
			    "'%s' is not a calendar date (YYYY-MM-DD)", id, p->due);
		ch[(*n)++] = (struct row_change){ CLAUSE_DUE,
		    p->due[0] != '\0' ? p->due : NULL };
	}
	if (rc == ISMS_OK && p->notes != NULL) {
		rc = isms_text_change(id, "notes", p->notes, cur->notes, false,
		    cause);
		ch[(*n)++] = (struct row_change){ CLAUSE_NOTES, p->notes };
	}
	if (rc == ISMS_OK && p->evidence != NULL) {
		rc = isms_text_change(id, "evidence", p->evidence, cur->evidence,
		    false, cause);
		ch[(*n)++] = (struct row_change){ CLAUSE_EVIDENCE,
		    p->evidence };
	}
	return rc;
}

enum isms_status
clause_set(struct isms *m, const char *id, const struct clause_patch *patch,
           int64_t expected_rev, int64_t *new_rev, char **cause)
{
	struct db *db = isms_db(m);
	struct row_change changes[5];
	struct clause_row cur = { 0 };
	struct row_author author;
	size_t n;
	char at[21];
	enum isms_status rc;

	if ((rc = isms_require_writable(m, cause)) != ISMS_OK)
		return rc;
	if ((rc = db_begin(db, cause)) != ISMS_OK)
		return rc;
	/* Read, check and write under one write lock. */
	rc = clause_get(m, id, &cur, cause);
	if (rc == ISMS_OK)
		rc = clause_changes(cur.id, patch, &cur, changes, &n, cause);
	if (rc == ISMS_OK) {
		isms_author(&author, at);
		rc = row_update(db, &rec_clause, cur.row_id, cur.id,
		    expected_rev >= 0 ? expected_rev : cur.rev, changes, n,
		    &author, new_rev, cause);
	}
	clause_row_done(&cur);
	if (rc == ISMS_OK)
		return db_commit(db, cause);
	db_rollback(db);
	return rc;
}
