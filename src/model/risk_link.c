/*
 * risk_link.c - what a risk is tied to: assets, Annex A controls (which
 * give those controls reason RA in the SoA), the acceptance of its
 * residual risk and its revocation, and its treatment actions.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/store_risk.h"
#include "isms/model/reg.h"
#include "isms_db.h"
#include "isms/model/risk.h"
#include "isms/model/soa.h"
#include "isms/rec/vocab.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

/* Look the risk up inside a write transaction begun here. */
static enum isms_status
link_begin(struct isms *m, const char *ref, struct risk_row *r, char **cause)
{
	enum isms_status rc;

	if ((rc = isms_require_writable(m, cause)) != ISMS_OK)
		return rc;
	if ((rc = db_begin(isms_db(m), cause)) != ISMS_OK)
		return rc;
	if ((rc = risk_get(m, ref, r, cause)) != ISMS_OK)
		db_rollback(isms_db(m));
	return rc;
}

static enum isms_status
link_end(struct isms *m, struct risk_row *r, enum isms_status rc,
         char **cause)
{
	risk_row_done(r);
	if (rc == ISMS_OK)
		return db_commit(isms_db(m), cause);
	db_rollback(isms_db(m));
	return rc;
}

enum isms_status
risk_link_asset(struct isms *m, const char *ref, const char *asset,
                bool unlink, char **cause)
{
	struct risk_row r = { 0 };
	struct asset_row a = { 0 };
	struct row_author author;
	char at[21];
	enum isms_status rc = link_begin(m, ref, &r, cause);

	if (rc != ISMS_OK)
		return rc;
	rc = reg_get(m, &reg_asset, asset, &a, cause);
	if (rc == ISMS_OK) {
		isms_author(&author, at);
		rc = store_risk_asset(isms_db(m), r.id, r.ref, a.id, a.name,
		    !unlink, &author, cause);
	}
	asset_row_done(&a);
	return link_end(m, &r, rc, cause);
}

enum isms_status
risk_link_control(struct isms *m, const char *ref, const char *control,
                  bool unlink, bool force, char **cause)
{
	struct risk_row r = { 0 };
	struct row_author author;
	size_t used = 0;
	char at[21], *id = NULL;
	enum isms_status rc = link_begin(m, ref, &r, cause);

	if (rc != ISMS_OK)
		return rc;
	rc = soa_control_id(m, control, &id, cause);
	if (rc == ISMS_OK && unlink && !force)
		rc = store_action_count_control(isms_db(m), r.id, id, &used,
		    cause);
	if (rc == ISMS_OK && used > 0)
		rc = status_fail(cause, ISMS_CONFLICT, "%s: %zu treatment "
		    "action%s of this risk name %s (see 'isms risk action list "
		    "%s'); unlink with --force to keep them anyway", r.ref,
		    used, used == 1 ? "" : "s", id, r.ref);
	if (rc == ISMS_OK) {
		isms_author(&author, at);
		rc = store_risk_control(isms_db(m), r.id, r.ref,
		    isms_info(m)->framework_id, id, !unlink, &author, cause);
	}
	free(id);
	return link_end(m, &r, rc, cause);
}

enum isms_status
risk_link(struct isms *m, const char *ref, const char *const *assets,
          size_t n_assets, const char *const *controls, size_t n_controls,
          bool unlink, bool force, char **cause)
{
	struct db *db = isms_db(m);
	enum isms_status rc;

	if ((rc = isms_require_writable(m, cause)) != ISMS_OK ||
	    (rc = db_begin(db, cause)) != ISMS_OK)
		return rc;
	for (size_t i = 0; rc == ISMS_OK && i < n_assets; i++)
		rc = risk_link_asset(m, ref, assets[i], unlink, cause);
	for (size_t i = 0; rc == ISMS_OK && i < n_controls; i++)
		rc = risk_link_control(m, ref, controls[i], unlink, force,
		    cause);
	if (rc == ISMS_OK)
		return db_commit(db, cause);
	db_rollback(db);
	return rc;
}

enum isms_status
risk_accept(struct isms *m, const char *ref, const char *by,
            const char *until, const char *note, char **cause)
{
	struct risk_row r = { 0 };
	struct row_author author;
	char at[21], today[11];
	enum isms_status rc;

	if (by == NULL || by[0] == '\0')
		return status_fail(cause, ISMS_INVALID, "%s: say who accepts "
		    "the risk (--by NAME, normally the risk owner)", ref);
	if ((rc = isms_text_check(ref, "accepted by", by, true, cause)) !=
	    ISMS_OK || (note != NULL && (rc = isms_text_check(ref, "note",
	    note, false, cause)) != ISMS_OK))
		return rc;
	date_today(today);
	if (until != NULL && (!date_valid(until) || strcmp(until, today) < 0))
		return status_fail(cause, ISMS_INVALID, "%s: --until '%s' must "
		    "be a date (YYYY-MM-DD) from today on", ref, until);
	if ((rc = link_begin(m, ref, &r, cause)) != ISMS_OK)
		return rc;
	if (r.rl == 0 || r.ri == 0)
		rc = status_fail(cause, ISMS_INVALID, "%s: score the residual "
		    "risk first (--residual-likelihood, --residual-impact); "
		    "that is what is accepted", r.ref);
	if (rc == ISMS_OK) {
		isms_author(&author, at);
		rc = store_risk_accept(isms_db(m), r.id, r.ref, by, until, note,
		    &author, cause);
	}
	return link_end(m, &r, rc, cause);
}

enum isms_status
risk_revoke(struct isms *m, const char *ref, const char *by, const char *note,
            char **cause)
{
	struct risk_row r = { 0 };
	struct row_author author;
	char at[21];
	enum isms_status rc;

	if ((by != NULL && (rc = isms_text_check(ref, "revoked by", by, true,
	    cause)) != ISMS_OK) || (note != NULL && (rc = isms_text_check(ref,
	    "note", note, false, cause)) != ISMS_OK))
		return rc;
	if ((rc = link_begin(m, ref, &r, cause)) != ISMS_OK)
		return rc;
	if (!r.accepted)
		rc = status_fail(cause, ISMS_INVALID, "%s: no acceptance to "
		    "revoke (isms risk show %s)", r.ref, r.ref);
	if (rc == ISMS_OK) {
		isms_author(&author, at);
		rc = store_risk_revoke(isms_db(m), r.id, r.ref, r.accepted_by,
		    by != NULL && by[0] != '\0' ? by : author.who, note,
		    &author, cause);
	}
	return link_end(m, &r, rc, cause);
}
