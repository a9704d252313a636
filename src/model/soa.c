/*
 * soa.c - the rules of the Statement of Applicability.  Every face (TUI,
 * command line) changes SoA entries only through soa_set(), so the rules
 * hold everywhere: closed vocabularies, RA only from risk links, real
 * review dates, and no exclusion without a justification.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/db/store_soa.h"
#include "isms/model/isms_db.h"
#include "isms/model/soa.h"
#include "isms/rec/vocab.h"
#include "isms/util/date.h"

/* A validated patch: canonical tokens, owned reasons string. */
struct soa_plan {
	struct row_change ch[8];
	size_t n;
	char *reasons;                /* owned canonical reasons, or NULL */
};

enum isms_status
soa_list(struct isms *m, const char *theme, struct soa_row **rows, size_t *n,
         char **cause)
{
	char *id = NULL;
	enum isms_status rc;

	*rows = NULL;
	*n = 0;
	if (theme != NULL &&
	    (rc = soa_theme_parse(m, theme, &id, cause)) != ISMS_OK)
		return rc;
	rc = store_soa_list(isms_db(m), isms_info(m)->framework_id, id, rows,
	    n, cause);
	free(id);
	return rc;
}

enum isms_status
soa_get(struct isms *m, const char *id, struct soa_row *out, char **cause)
{
	return store_soa_get(isms_db(m), isms_info(m)->framework_id, id, out,
	    cause);
}

enum isms_status
soa_attributes(struct isms *m, const char *id, char ***lines, size_t *n,
               char **cause)
{
	return store_requirement_attributes(isms_db(m),
	    isms_info(m)->framework_id, id, lines, n, cause);
}

static enum isms_status
soa_term(const char *id, const struct vocab *v, const char *input,
         size_t field, struct soa_plan *plan, char **cause)
{
	const char *tok = vocab_parse(v, input);
	enum isms_status rc;
	char *choices;

	if (tok != NULL) {
		plan->ch[plan->n++] = (struct row_change){ field, tok };
		return ISMS_OK;
	}
	choices = vocab_choices(v);
	rc = status_fail(cause, ISMS_INVALID, "%s: unknown %s '%s' (use %s)",
	    id, v->name, input, choices);
	free(choices);
	return rc;
}

static enum isms_status
soa_text(const char *id, const char *name, const char *value,
         const char *stored, size_t field, bool single_line,
         struct soa_plan *plan, char **cause)
{
	enum isms_status rc = isms_text_change(id, name, value, stored,
	    single_line, cause);

	if (rc == ISMS_OK)
		plan->ch[plan->n++] = (struct row_change){ field, value };
	return rc;
}

/* Check each field of p on its own, against the entry as stored (cur),
 * and plan the changes. */
static enum isms_status
soa_plan_make(const char *id, const struct soa_patch *p,
              const struct soa_row *cur, struct soa_plan *plan, char **cause)
{
	enum isms_status rc = ISMS_OK;

	if (p->applicable != NULL)
		rc = soa_term(id, &vocab_applicable, p->applicable,
		    SOA_APPLICABLE, plan, cause);
	if (rc == ISMS_OK && p->reasons != NULL) {
		rc = vocab_parse_reasons(id, p->reasons, &plan->reasons, cause);
		if (rc == ISMS_OK)
			plan->ch[plan->n++] = (struct row_change){
			    SOA_REASONS, plan->reasons };
	}
	if (rc == ISMS_OK && p->justification != NULL)
		rc = soa_text(id, "justification", p->justification,
		    cur->justification, SOA_JUSTIFICATION, false, plan,
		    cause);
	if (rc == ISMS_OK && p->status != NULL)
		rc = soa_term(id, &vocab_soa_status, p->status, SOA_STATUS,
		    plan, cause);
	if (rc == ISMS_OK && p->how != NULL)
		rc = soa_text(id, "implementation description", p->how,
		    cur->how, SOA_HOW, false, plan, cause);
	if (rc == ISMS_OK && p->evidence != NULL)
		rc = soa_text(id, "evidence", p->evidence, cur->evidence,
		    SOA_EVIDENCE, false, plan, cause);
	if (rc == ISMS_OK && p->owner != NULL)
		rc = soa_text(id, "owner", p->owner, cur->owner, SOA_OWNER,
		    true, plan, cause);
	if (rc == ISMS_OK && p->reviewed != NULL) {
		if (p->reviewed[0] != '\0' && !date_valid(p->reviewed))
			return status_fail(cause, ISMS_INVALID, "%s: review date "
			    "'%s' is not a calendar date (YYYY-MM-DD)", id,
			    p->reviewed);
		plan->ch[plan->n++] = (struct row_change){ SOA_REVIEWED,
		    p->reviewed[0] != '\0' ? p->reviewed : NULL };
	}
	return rc;
}

/* The value field will have once plan is applied to cur. */
static const char *
soa_after(const struct soa_plan *plan, size_t field, const char *cur)
{
	for (size_t i = 0; i < plan->n; i++)
		if (plan->ch[i].field == field)
			return plan->ch[i].value;
	return cur;
}

/* Rules on the entry as a whole, as it would be after the change. */
static enum isms_status
soa_rules(const struct soa_row *cur, const struct soa_plan *plan,
          char **cause)
{
	const char *applicable = soa_after(plan, SOA_APPLICABLE,
	    cur->applicable);
	const char *why = soa_after(plan, SOA_JUSTIFICATION,
	    cur->justification);

	if (strcmp(applicable, "no") == 0 && (why == NULL || why[0] == '\0'))
		return status_fail(cause, ISMS_INVALID, "%s: a justification is "
		    "required when a control is not applicable", cur->id);
	return ISMS_OK;
}

enum isms_status
soa_set(struct isms *m, const char *id, const struct soa_patch *patch,
        int64_t expected_rev, int64_t *new_rev, char **cause)
{
	struct db *db = isms_db(m);
	struct soa_plan plan = { .n = 0, .reasons = NULL };
	struct soa_row cur = { 0 };
	struct row_author author;
	char at[21];
	enum isms_status rc;

	if ((rc = isms_require_writable(m, cause)) != ISMS_OK)
		return rc;
	if ((rc = db_begin(db, cause)) != ISMS_OK)
		return rc;
	/* Read, check and write under one write lock. */
	rc = soa_get(m, id, &cur, cause);
	if (rc == ISMS_OK)
		rc = soa_plan_make(cur.id, patch, &cur, &plan, cause);
	/* A stale rev is reported as a conflict by row_update(); the rules
	 * are checked against the entry as it stands now. */
	if (rc == ISMS_OK && (expected_rev < 0 || cur.rev == expected_rev))
		rc = soa_rules(&cur, &plan, cause);
	if (rc == ISMS_OK) {
		isms_author(&author, at);
		rc = row_update(db, &rec_soa, cur.row_id, cur.id,
		    expected_rev >= 0 ? expected_rev : cur.rev, plan.ch, plan.n,
		    &author, new_rev, cause);
	}
	soa_row_done(&cur);
	free(plan.reasons);
	if (rc == ISMS_OK)
		return db_commit(db, cause);
	db_rollback(db);
	return rc;
}

enum isms_status
soa_themes(struct isms *m, char ***ids, size_t *n, char **cause)
{
	return store_themes(isms_db(m), isms_info(m)->framework_id, ids, n,
	    cause);
}

enum isms_status
soa_control_id(struct isms *m, const char *id, char **out, char **cause)
{
	return store_control_id(isms_db(m), isms_info(m)->framework_id, id,
	    out, cause);
}
