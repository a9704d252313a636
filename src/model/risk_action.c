/*
 * risk_action.c - the treatment plan: actions per risk with their control,
 * owner, due date, status and done date.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/store_risk.h"
#include "isms/model/isms_db.h"
#include "isms/model/risk.h"
#include "isms/model/soa.h"
#include "isms/rec/vocab.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

struct action_plan {
	struct row_change ch[ACTION_FIELDS];
	size_t n;
	char *control;                /* canonical control id, owned */
};

enum isms_status
action_list(struct isms *m, const char *ref, struct action_row **rows,
            size_t *n, char **cause)
{
	struct risk_row r = { 0 };
	enum isms_status rc = ISMS_OK;

	if (ref != NULL) {
		rc = risk_get(m, ref, &r, cause);
		risk_row_done(&r);
	}
	if (rc == ISMS_OK)
		rc = store_action_list(isms_db(m), ref, rows, n, cause);
	return rc;
}

static enum isms_status
action_field(const char *key, const char *name, const char *value,
             const char *stored, size_t field, bool is_date,
             struct action_plan *p, char **cause)
{
	enum isms_status rc;

	if (value == NULL)
		return ISMS_OK;
	if (is_date) {
		if (value[0] != '\0' && !date_valid(value))
			return status_fail(cause, ISMS_INVALID, "%s: %s '%s' is "
			    "not a date (YYYY-MM-DD)", key, name, value);
		p->ch[p->n++] = (struct row_change){ field, value[0] ? value :
		    NULL };
		return ISMS_OK;
	}
	rc = isms_text_change(key, name, value, stored, true, cause);
	if (rc == ISMS_OK)
		p->ch[p->n++] = (struct row_change){ field, value };
	return rc;
}

static enum isms_status
action_control(struct isms *m, const char *key, const char *control,
               struct action_plan *p, char **cause)
{
	enum isms_status rc;
	char *why = NULL;

	if (control == NULL)
		return ISMS_OK;
	if (control[0] == '\0') {
		p->ch[p->n++] = (struct row_change){ ACTION_CONTROL, NULL };
		return ISMS_OK;
	}
	rc = soa_control_id(m, control, &p->control, &why);
	if (rc == ISMS_OK)
		p->ch[p->n++] = (struct row_change){ ACTION_CONTROL,
		    p->control };
	else {
		rc = status_fail(cause, rc, "%s: %s", key, why);
		free(why);
	}
	return rc;
}

/* Check a against the action as stored (cur; all empty for a new one)
 * and plan the changes. */
static enum isms_status
action_plan_make(struct isms *m, const char *key,
                 const struct action_patch *a, const struct action_row *cur,
                 struct action_plan *p, char **cause)
{
	enum isms_status rc;
	const char *status = NULL;

	if (a->what != NULL && a->what[0] == '\0')
		return status_fail(cause, ISMS_INVALID, "%s: an action needs to "
		    "say what is done", key);
	if (a->status != NULL &&
	    (status = vocab_parse(&vocab_action_status, a->status)) == NULL) {
		char *choices = vocab_choices(&vocab_action_status);

		rc = status_fail(cause, ISMS_INVALID, "%s: unknown action status "
		    "'%s' (use %s)", key, a->status, choices);
		free(choices);
		return rc;
	}
	rc = action_field(key, "what", a->what, cur->what, ACTION_WHAT,
	    false, p, cause);
	if (rc == ISMS_OK)
		rc = action_field(key, "owner", a->owner, cur->owner,
		    ACTION_OWNER, false, p, cause);
	if (rc == ISMS_OK)
		rc = action_field(key, "due date", a->due, NULL,
		    ACTION_DUE, true, p, cause);
	if (rc == ISMS_OK)
		rc = action_field(key, "done date", a->done, NULL,
		    ACTION_DONE, true, p, cause);
	if (rc == ISMS_OK && status != NULL)
		p->ch[p->n++] = (struct row_change){ ACTION_STATUS,
		    status };
	if (rc == ISMS_OK)
		rc = action_control(m, key, a->control, p, cause);
	return rc;
}

/* Write plan to action id (read at rev) inside the caller's transaction;
 * rev 0 fills an action just inserted, which stays at rev 1. */
static enum isms_status
action_write(struct isms *m, int64_t id, int64_t rev,
             const struct action_plan *p, char **cause)
{
	struct row_author author;
	char at[21], key[32];

	snprintf(key, sizeof key, "%lld", (long long)id);
	isms_author(&author, at);
	if (rev == 0)
		return row_fill(isms_db(m), &rec_action, id, key, p->ch,
		    p->n, &author, cause);
	return row_update(isms_db(m), &rec_action, id, key, rev, p->ch,
	    p->n, &author, NULL, cause);
}

enum isms_status
action_add(struct isms *m, const char *ref, const struct action_patch *a,
           int64_t *id, char **cause)
{
	struct action_plan plan = { .n = 0 };
	const struct action_row none = { .what = NULL };
	struct row_author author;
	struct risk_row r = { 0 };
	struct db *db = isms_db(m);
	char at[21];
	enum isms_status rc;

	if ((rc = isms_require_writable(m, cause)) != ISMS_OK)
		return rc;
	if (a->what == NULL)
		return status_fail(cause, ISMS_INVALID, "%s: an action needs to "
		    "say what is done", ref);
	rc = action_plan_make(m, ref, a, &none, &plan, cause);
	if (rc == ISMS_OK && (rc = db_begin(db, cause)) == ISMS_OK) {
		rc = risk_get(m, ref, &r, cause);
		isms_author(&author, at);
		if (rc == ISMS_OK)
			rc = store_action_insert(db, r.id,
			    isms_info(m)->framework_id, a->what, &author, id,
			    cause);
		if (rc == ISMS_OK)
			rc = action_write(m, *id, 0, &plan, cause);
		if (rc == ISMS_OK)
			rc = db_commit(db, cause);
		else
			db_rollback(db);
	}
	risk_row_done(&r);
	free(plan.control);
	return rc;
}

enum isms_status
action_set(struct isms *m, int64_t id, const struct action_patch *a,
           int64_t expected_rev, char **cause)
{
	struct action_plan plan = { .n = 0 };
	struct action_row cur = { 0 };
	struct db *db = isms_db(m);
	char key[32];
	enum isms_status rc;

	if ((rc = isms_require_writable(m, cause)) != ISMS_OK)
		return rc;
	snprintf(key, sizeof key, "action %lld", (long long)id);
	if ((rc = db_begin(db, cause)) != ISMS_OK)
		return rc;
	/* Read, check and write under one write lock. */
	rc = store_action_get(db, id, &cur, cause);
	if (rc == ISMS_OK)
		rc = action_plan_make(m, key, a, &cur, &plan, cause);
	if (rc == ISMS_OK)
		rc = action_write(m, id, expected_rev >= 0 ? expected_rev :
		    cur.rev, &plan, cause);
	action_row_done(&cur);
	free(plan.control);
	if (rc == ISMS_OK)
		return db_commit(db, cause);
	db_rollback(db);
	return rc;
}
