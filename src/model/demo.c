/*
 * demo.c - the demo ISMS of a small fictional SaaS company.  Every record
 * goes through the same model functions as the user's own, so the demo
 * obeys every rule (an exclusion has its justification, RA comes from the
 * linked risks, scores fit the matrix).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/clause.h"
#include "isms/model/demo.h"
#include "isms_db.h"
#include "isms/model/reg.h"
#include "isms/model/risk.h"
#include "isms/model/soa.h"
#include "isms/util/xmalloc.h"

/* name, type, owner, location, classification, C, I, A */
static const char *const demo_assets[][8] = {
	{ "Customer analytics data", "information", "Head of Data",
	  "AWS eu-north-1", "confidential", "5", "4", "3" },
	{ "Analytics platform", "software", "CTO", "AWS eu-north-1",
	  "internal", "4", "5", "5" },
	{ "Source code repository", "software", "CTO", "GitHub (SaaS)",
	  "confidential", "4", "5", "3" },
	{ "Production cloud account", "service", "Head of Operations",
	  "AWS", "internal", "5", "5", "5" },
	{ "Staff laptops", "hardware", "IT lead", "Bergen office and homes",
	  "internal", "4", "3", "3" },
	{ "Identity provider", "service", "IT lead", "Entra ID (SaaS)",
	  "internal", "5", "5", "4" },
	{ "Payroll and HR records", "information", "Head of People",
	  "HR system (SaaS)", "confidential", "5", "4", "2" },
	{ "Operations team", "people", "Head of Operations", "Bergen",
	  "", "", "", "4" },
	{ "Bergen office", "site", "Office manager", "Bergen", "", "", "",
	  "3" },
	{ "Payment provider", "supplier", "CFO", "", "", "4", "4", "3" },
};

struct demo_risk {
	const char *statement, *threat, *vulnerability, *owner;
	const char *l, *i, *treatment, *rl, *ri, *status;
	const char *assets, *controls;        /* ";"- and ","-separated */
	const char *action, *action_control, *due;
	const char *accept_by;
};

static const struct demo_risk demo_risks[] = {
	{ "Ransomware encrypts production and backups", "criminal group",
	  "backups reachable from production credentials", "Head of Operations",
	  "3", "5", "modify", "3", "4", "treating",
	  "Analytics platform;Production cloud account", "A.8.13,A.8.7,A.5.30",
	  "Immutable, separately credentialed backups; quarterly restore test",
	  "A.8.13", "2027-03-31", NULL },
	{ "Customer data exposed through a misconfigured storage bucket",
	  "misconfiguration", "no automated configuration checks",
	  "Head of Data", "3", "5", "modify", "2", "3", "treating",
	  "Customer analytics data;Production cloud account",
	  "A.8.9,A.8.12,A.5.34", "Policy-as-code checks on every deployment",
	  "A.8.9", "2027-02-28", NULL },
	{ "Phishing leads to account takeover of an administrator",
	  "phishing", "no phishing-resistant MFA for all admins", "IT lead",
	  "4", "4", "modify", "2", "4", "treating", "Identity provider",
	  "A.5.17,A.8.5,A.6.3", "FIDO2 keys for every administrator",
	  "A.8.5", "2027-01-31", NULL },
	{ "Unpatched library in the platform is exploited",
	  "opportunistic attacker", "slow dependency updates", "CTO",
	  "3", "4", "modify", "2", "3", "monitoring", "Analytics platform",
	  "A.8.8,A.8.28", "Automated dependency updates with weekly review",
	  "A.8.8", "2027-04-30", "CTO" },
	{ "Source code leaked by a departing developer", "insider",
	  "broad repository access", "CTO", "2", "4", "modify", "2", "3",
	  "monitoring", "Source code repository", "A.5.18,A.6.5",
	  "Quarterly access review of repositories", "A.5.18", "2027-03-31",
	  NULL },
	{ "Laptop with customer extracts is stolen", "theft",
	  "local copies of data", "IT lead", "3", "3", "modify", "2", "2",
	  "monitoring", "Staff laptops;Customer analytics data",
	  "A.8.1,A.8.24", "Full-disk encryption enforced by MDM", "A.8.1",
	  "2026-12-31", NULL },
	{ "Cloud region outage stops the service for more than a day",
	  "provider outage", "single-region deployment", "Head of Operations",
	  "2", "4", "retain", "2", "4", "monitoring",
	  "Analytics platform;Production cloud account", "A.5.30,A.8.14",
	  NULL, NULL, NULL, "Head of Operations" },
	{ "Payment provider breach exposes card data", "supplier compromise",
	  "dependence on one provider", "CFO", "2", "4", "share", "1", "3",
	  "monitoring", "Payment provider", "A.5.19,A.5.20", NULL, NULL,
	  NULL, "CFO" },
	{ "HR records disclosed by misdirected e-mail", "human error",
	  "manual exports from the HR system", "Head of People", "3", "3",
	  "modify", "2", "2", "open", "Payroll and HR records",
	  "A.5.14,A.6.3", "Stop manual exports; share through the HR system",
	  "A.5.14", "2027-02-15", NULL },
	{ "Key operations engineer unavailable during an incident",
	  "loss of key staff", "knowledge held by one person",
	  "Head of Operations", "3", "3", "modify", "2", "2", "open",
	  "Operations team", "A.5.24,A.5.26", "Runbooks and on-call rotation",
	  "A.5.24", "2026-10-31", NULL },
	{ "Unauthorised visitor in the office", "intruder",
	  "shared building entrance", "Office manager", "2", "2", "retain",
	  "2", "2", "monitoring", "Bergen office", "A.7.2", NULL, NULL, NULL,
	  NULL },
	{ "Analytics model leaks personal data in aggregated reports",
	  "inference attack", "small cohorts in reports", "Head of Data", "2",
	  "4", "avoid", "1", "2", "open", "Customer analytics data",
	  "A.8.11,A.5.34", "Minimum cohort size of 20 in every report",
	  "A.8.11", "2027-05-31", NULL },
};

/* Controls excluded, with the reason an auditor would accept. */
static const char *const demo_excluded[][2] = {
	{ "A.8.30", "No development is outsourced; all code is written by "
	  "employees." },
	{ "A.7.11", "No own data centre: supporting utilities are the cloud "
	  "provider's (covered by its certifications, see A.5.23)." },
	{ "A.7.13", "No own equipment room; office equipment is laptops under "
	  "vendor warranty." },
};

static void
split_into(const char *list, const char *sep, const char **out, size_t *n,
           char *buf, size_t size)
{
	char *save = NULL;

	snprintf(buf, size, "%s", list);
	*n = 0;
	for (char *t = strtok_r(buf, sep, &save); t != NULL && *n < 8;
	    t = strtok_r(NULL, sep, &save))
		out[(*n)++] = t;
}

/* Fixed review dates, so that the demo looks the same every day. */
static const char *const demo_reviews[] = {
	"2027-01-31", "2027-03-31", "2027-04-30", "2027-06-30",
};

static enum isms_status
demo_risk(struct isms *m, const struct demo_risk *d, size_t k, char **cause)
{
	struct rec_patch p = { .v = {
		[RISK_STATEMENT] = d->statement, [RISK_THREAT] = d->threat,
		[RISK_VULNERABILITY] = d->vulnerability,
		[RISK_OWNER] = d->owner, [RISK_IL] = d->l, [RISK_II] = d->i,
		[RISK_TREATMENT] = d->treatment, [RISK_RL] = d->rl,
		[RISK_RI] = d->ri, [RISK_STATUS] = d->status,
		[RISK_IDENTIFIED] = "2026-09-15",
		[RISK_REVIEW] = demo_reviews[k % 4],
	} };
	const char *assets[8], *controls[8];
	char abuf[256], cbuf[128], *ref = NULL, *id = NULL;
	size_t na, nc;
	enum isms_status rc = reg_add(m, &reg_risk, &p, &ref, cause);

	split_into(d->assets, ";", assets, &na, abuf, sizeof abuf);
	split_into(d->controls, ",", controls, &nc, cbuf, sizeof cbuf);
	if (rc == ISMS_OK)
		rc = risk_link(m, ref, assets, na, controls, nc, false, false,
		    cause);
	if (rc == ISMS_OK && d->action != NULL) {
		struct rec_patch a = { .v = {
			[ACTION_RISK] = ref, [ACTION_WHAT] = d->action,
			[ACTION_CONTROL] = d->action_control,
			[ACTION_OWNER] = d->owner, [ACTION_DUE] = d->due,
		} };

		rc = reg_add(m, &reg_action, &a, &id, cause);
		free(id);
	}
	if (rc == ISMS_OK && d->accept_by != NULL)
		rc = risk_accept(m, ref, d->accept_by, "2027-12-31",
		    "Reviewed in the management review", cause);
	free(ref);
	return rc;
}

/* Every control applicable for business reasons unless excluded; every
 * third implemented, others partial or planned. */
static enum isms_status
demo_soa(struct isms *m, char **cause)
{
	struct soa_row *rows;
	size_t n;
	enum isms_status rc = soa_list(m, NULL, &rows, &n, cause);

	for (size_t i = 0; rc == ISMS_OK && i < n; i++) {
		struct rec_patch p = { .v = {
			[SOA_APPLICABLE] = "yes",
			[SOA_REASONS] = i % 4 == 0 ? "LR,BR" : "BR,BP",
			[SOA_STATUS] = i % 3 == 0 ? "implemented" : i % 3 == 1 ?
			    "partial" : "planned",
			[SOA_OWNER] = "ISMS manager",
		} };

		for (size_t k = 0; k < sizeof demo_excluded /
		    sizeof *demo_excluded; k++)
			if (strcmp(rows[i].id, demo_excluded[k][0]) == 0) {
				p = (struct rec_patch){ .v = {
					[SOA_APPLICABLE] = "no",
					[SOA_JUSTIFICATION] =
					    demo_excluded[k][1],
				} };
			}
		rc = reg_set(m, &reg_soa, rows[i].id, &p, -1, NULL, cause);
	}
	soa_rows_free(rows, n);
	return rc;
}

static enum isms_status
demo_clauses(struct isms *m, char **cause)
{
	static const char *const done[] = { "4.1", "4.2", "4.3", "4.4", "5.1",
		"5.2", "5.3", "6.1.1", "6.1.2", "6.2", "7.1", "7.2" };
	struct rec_patch p = { .v = { [CLAUSE_STATUS] = "implemented",
	    [CLAUSE_OWNER] = "ISMS manager" } };
	struct rec_patch later = { .v = { [CLAUSE_STATUS] = "in-progress",
	    [CLAUSE_OWNER] = "ISMS manager", [CLAUSE_DUE] = "2027-03-31" } };
	enum isms_status rc = ISMS_OK;

	for (size_t i = 0; rc == ISMS_OK && i < sizeof done / sizeof *done; i++)
		rc = reg_set(m, &reg_clause, done[i], &p, -1, NULL, cause);
	if (rc == ISMS_OK)
		rc = reg_set(m, &reg_clause, "6.1.3", &later, -1, NULL, cause);
	if (rc == ISMS_OK)
		rc = reg_set(m, &reg_clause, "9.2", &later, -1, NULL, cause);
	return rc;
}

/* What a register looks like in real life: a review that slipped and an
 * acceptance that a later change made stale. */
static enum isms_status
demo_attention(struct isms *m, char **cause)
{
	struct rec_patch late = { .v = { [RISK_REVIEW] = "2026-09-30" } };
	struct rec_patch worse = { .v = { [RISK_RL] = "3" } };
	enum isms_status rc = reg_set(m, &reg_risk, "R-011", &late, -1, NULL,
	    cause);

	if (rc == ISMS_OK)
		rc = reg_set(m, &reg_risk, "R-004", &worse, -1, NULL, cause);
	return rc;
}

/* One asset of the table: its values in field order. */
static enum isms_status
demo_asset(struct isms *m, const char *const values[8], char **cause)
{
	static const int fields[8] = { ASSET_NAME, ASSET_TYPE, ASSET_OWNER,
		ASSET_LOCATION, ASSET_CLASSIFICATION, ASSET_C, ASSET_I,
		ASSET_A };
	struct rec_patch p = { .v = { NULL } };
	char *key = NULL;
	enum isms_status rc;

	for (int k = 0; k < 8; k++)
		p.v[fields[k]] = values[k];
	rc = reg_add(m, &reg_asset, &p, &key, cause);
	free(key);
	return rc;
}

enum isms_status
demo_fill(struct isms *m, char **cause)
{
	struct db *db = isms_db(m);
	enum isms_status rc;

	if ((rc = db_begin(db, cause)) != ISMS_OK)
		return rc;
	for (size_t i = 0; rc == ISMS_OK &&
	    i < sizeof demo_assets / sizeof *demo_assets; i++)
		rc = demo_asset(m, demo_assets[i], cause);
	if (rc == ISMS_OK)
		rc = demo_soa(m, cause);
	for (size_t i = 0; rc == ISMS_OK &&
	    i < sizeof demo_risks / sizeof *demo_risks; i++)
		rc = demo_risk(m, &demo_risks[i], i, cause);
	if (rc == ISMS_OK)
		rc = demo_clauses(m, cause);
	if (rc == ISMS_OK)
		rc = demo_attention(m, cause);
	if (rc == ISMS_OK)
		rc = demo_fill_documents(m, cause);
	if (rc == ISMS_OK)
		return db_commit(db, cause);
	db_rollback(db);
	return rc;
}
