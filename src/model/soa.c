/*
 * soa.c - the Statement of Applicability as a register.  Every face (TUI,
 * command line) changes SoA entries only through reg_set(&reg_soa), so
 * the rules hold everywhere: its descriptor gives the closed vocabularies,
 * RA only from risk links (a derived reason) and real review dates; the
 * rules here: no control is excluded without a justification, and an
 * excluded control has no reasons for inclusion and no implementation
 * status (excluding clears them, the history keeps the old values; its
 * status reads "excluded").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/store_soa.h"
#include "isms_db.h"
#include "reg_int.h"
#include "isms/model/soa.h"
#include "isms/rec/vocab.h"
#include "isms/util/date.h"

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
soa_each(struct isms *m, const char *theme,
         int (*each)(void *ctx, const void *row), void *ctx, int *stopped,
         char **cause)
{
	char *id = NULL;
	enum isms_status rc;

	if (stopped != NULL)
		*stopped = 0;
	if (theme != NULL &&
	    (rc = soa_theme_parse(m, theme, &id, cause)) != ISMS_OK)
		return rc;
	rc = store_soa_each(isms_db(m), isms_info(m)->framework_id, id,
	    each, ctx, stopped, cause);
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
soa_reg_list(struct isms *m, const char *text, void **rows, size_t *n,
             char **cause)
{
	struct soa_query q = { .text = text };

	return reg_view_all(m, &reg_soa, &q, rows, n, cause);
}

static enum isms_status
soa_reg_get(struct isms *m, const char *key, void *row, char **cause)
{
	return soa_get(m, key, row, cause);
}

static void
soa_key(const void *row, char *buf, size_t size)
{
	snprintf(buf, size, "%s", ((const struct soa_row *)row)->id);
}

static bool
soa_is(const char *v, const char *what)
{
	return v != NULL && strcmp(v, what) == 0;
}

/* Excluding a control clears its reasons and status; including it
 * again starts its status anew.  Asking for reasons or a status of an
 * excluded control is refused. */
static enum isms_status
soa_amend(struct isms *m, const void *row, struct plan *p, char **cause)
{
	const struct soa_row *cur = row;
	const char *applicable = plan_value(p, SOA_APPLICABLE, cur, NULL, 0);
	const char *reasons = plan_value(p, SOA_REASONS, cur, NULL, 0);

	(void)m;
	if (!soa_is(applicable, "no")) {
		if (soa_is(cur->status, "excluded") && !plan_has(p, SOA_STATUS))
			plan_add(p, SOA_STATUS, "not-started");
		return ISMS_OK;
	}
	if (plan_has(p, SOA_REASONS) && reasons != NULL && reasons[0] != '\0')
		return status_fail(cause, ISMS_INVALID, "%s: an excluded "
		    "control has no reasons for inclusion (make it applicable "
		    "first)", cur->id);
	if (plan_has(p, SOA_STATUS))
		return status_fail(cause, ISMS_INVALID, "%s: an excluded "
		    "control has no implementation status (make it applicable "
		    "first)", cur->id);
	plan_add(p, SOA_REASONS, "");
	plan_add(p, SOA_STATUS, "excluded");
	return ISMS_OK;
}

/* Rules on the entry as a whole, as it would be after the change: an
 * excluded control needs a justification. */
static enum isms_status
soa_rules(struct isms *m, const void *row, const struct plan *p, char **cause)
{
	const struct soa_row *cur = row;
	const char *applicable = plan_value(p, SOA_APPLICABLE, cur, NULL, 0);
	const char *why = plan_value(p, SOA_JUSTIFICATION, cur, NULL, 0);

	(void)m;
	if (applicable != NULL && strcmp(applicable, "no") == 0 &&
	    (why == NULL || why[0] == '\0'))
		return status_fail(cause, ISMS_INVALID, "%s: a justification "
		    "is required when a control is not applicable", cur->id);
	return ISMS_OK;
}

const struct reg reg_soa = {
	.d = &rec_soa,
	.view = &soa_reg_view,
	.name_field = -1,
	.first_field = -1,
	.list = soa_reg_list,
	.get = soa_reg_get,
	.key = soa_key,
	.amend = soa_amend,
	.rules = soa_rules,
};

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
