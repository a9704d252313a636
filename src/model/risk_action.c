/*
 * risk_action.c - the treatment plan: actions per risk with their control,
 * owner, due date, status and done date.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/store_risk.h"
#include "isms_db.h"
#include "reg_int.h"
#include "isms/model/risk.h"
#include "isms/model/soa.h"
#include "isms/rec/vocab.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

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

enum isms_status
action_each(struct isms *m, int (*each)(void *ctx, const void *row),
            void *ctx, int *stopped, char **cause)
{
	return store_action_each(isms_db(m), each, ctx, stopped, cause);
}

/* The control of an action: an Annex A control id in any case, stored
 * canonical. */
static enum isms_status
action_control(struct isms *m, const struct rec_field *f, const char *key,
               const char *in, char *out, size_t size, char **cause)
{
	char *id = NULL, *why = NULL;
	enum isms_status rc;

	(void)f;
	out[0] = '\0';
	if (in[0] == '\0')
		return ISMS_OK;
	rc = soa_control_id(m, in, &id, &why);
	if (rc == ISMS_OK)
		snprintf(out, size, "%s", id);
	else
		rc = status_fail(cause, rc, "%s: %s", key, why);
	free(id);
	free(why);
	return rc;
}

static const struct plan_hooks action_hooks = { action_control };

static enum isms_status
action_reg_list(struct isms *m, const char *text, void **rows, size_t *n,
                char **cause)
{
	(void)text;
	return store_action_list(isms_db(m), NULL, (struct action_row **)rows,
	    n, cause);
}

static enum isms_status
action_reg_get(struct isms *m, const char *key, void *row, char **cause)
{
	char *end;
	long long id = strtoll(key, &end, 10);

	if (key[0] == '\0' || *end != '\0' || id < 1)
		return status_fail(cause, ISMS_INVALID,
		    "%s: an action is named by its number (see 'isms risk "
		    "action list')", key);
	return store_action_get(isms_db(m), id, row, cause);
}

static void
action_key(const void *row, char *buf, size_t size)
{
	snprintf(buf, size, "%lld", (long long)((const struct action_row *)
	    row)->id);
}

static enum isms_status
action_insert(struct isms *m, const struct rec_patch *rp, const struct plan *p,
              const struct row_author *a, int64_t *id, char **key,
              char **cause)
{
	struct risk_row r = { 0 };
	const char *ref = rp->v[ACTION_RISK];
	char buf[24];
	enum isms_status rc;

	(void)p;
	if (ref == NULL)
		return status_fail(cause, ISMS_INVALID, "an action belongs to "
		    "a risk: name it");
	rc = risk_get(m, ref, &r, cause);
	if (rc == ISMS_OK)
		rc = store_action_insert(isms_db(m), r.id,
		    isms_info(m)->framework_id, rp->v[ACTION_WHAT], a, id,
		    cause);
	risk_row_done(&r);
	snprintf(buf, sizeof buf, "%lld", (long long)*id);
	*key = rc == ISMS_OK ? xstrdup(buf) : NULL;
	return rc;
}

static enum isms_status
action_remove(struct isms *m, const void *row, const struct row_author *a,
              char **cause)
{
	char key[24];

	action_key(row, key, sizeof key);
	return row_delete(isms_db(m), &rec_action, ((const struct action_row *)
	    row)->id, key, a, cause);
}

const struct reg reg_action = {
	.d = &rec_action,
	.hooks = &action_hooks,
	.name_field = ACTION_RISK,
	.first_field = ACTION_WHAT,
	.list = action_reg_list,
	.get = action_reg_get,
	.key = action_key,
	.insert = action_insert,
	.remove = action_remove,
};
