/*
 * gen.c - make an ISMS with N risks and M assets of realistic text and
 * links, for `./dev bench`: isms-gen FILE RISKS ASSETS.  Everything goes
 * through the model, in one transaction, so the data obeys every rule.
 * Deterministic: the same arguments give the same register.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/db.h"
#include "isms/model/reg.h"
#include "isms/model/create.h"
#include "isms/model/isms_db.h"
#include "isms/model/risk.h"
#include "isms/util/xmalloc.h"

static unsigned long gen_state = 20261128;

static unsigned
gen_next(unsigned n)
{
	gen_state = gen_state * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((gen_state >> 33) % n);
}

#define PICK(a) (a[gen_next(sizeof a / sizeof *a)])

static const char *const threats[] = {
	"Ransomware", "Phishing", "Insider misuse", "Credential stuffing",
	"Supplier compromise", "Misconfiguration", "Power failure",
	"Theft", "Denial of service", "Software defect", "Social engineering",
	"Data entry error", "Malware", "Fire", "Flooding",
};
static const char *const verbs[] = {
	"encrypts", "exposes", "corrupts", "deletes", "leaks", "disrupts",
	"takes over", "makes unavailable", "alters", "exfiltrates",
};
static const char *const things[] = {
	"customer records", "payroll data", "the billing service",
	"source code", "backups", "the identity provider", "e-mail",
	"the data warehouse", "laptops", "the build pipeline", "contracts",
	"the public website", "support tickets", "encryption keys",
};
static const char *const weaknesses[] = {
	"no multi-factor authentication", "flat network", "unpatched systems",
	"shared accounts", "no offline backup", "weak supplier contracts",
	"missing logging", "manual deployments", "no awareness training",
	"single data centre",
};
static const char *const owners[] = {
	"CIO", "CISO", "CTO", "Head of Operations", "Head of Data", "CFO",
	"Head of People", "IT lead", "Facilities", "Legal counsel",
};
static const char *const controls[] = {
	"A.5.7", "A.5.15", "A.5.19", "A.5.23", "A.5.24", "A.5.30", "A.6.3",
	"A.7.4", "A.8.5", "A.8.7", "A.8.8", "A.8.9", "A.8.12", "A.8.13",
	"A.8.15", "A.8.16", "A.8.20", "A.8.24", "A.8.28",
};
static const char *const treatments[] = {
	"modify", "modify", "modify", "retain", "share", "avoid",
};
static const char *const statuses[] = {
	"open", "treating", "monitoring", "monitoring", "closed",
};

static void
gen_fail(const char *what, char *cause)
{
	fprintf(stderr, "isms-gen: %s: %s\n", what, cause ? cause : "failed");
	exit(1);
}

static void
gen_assets(struct isms *m, long n)
{
	static const char *const types[] = { "information", "software",
		"hardware", "service", "people", "site", "supplier" };
	char name[96], *cause = NULL, *key = NULL;

	for (long k = 1; k <= n; k++) {
		struct rec_patch p = { .v = { [ASSET_NAME] = name,
		    [ASSET_TYPE] = PICK(types), [ASSET_OWNER] = PICK(owners) } };

		snprintf(name, sizeof name, "%s %ld", PICK(things), k);
		if (reg_add(m, &reg_asset, &p, &key, &cause) != ISMS_OK)
			gen_fail("asset", cause);
		free(key);
	}
}

static void
gen_risk(struct isms *m, long assets)
{
	char statement[160], l[12], i[12], rl[12], ri[12], asset[24];
	char review[24];
	const char *ctl[2], *as[1];
	char *ref = NULL, *cause = NULL;
	struct rec_patch p = { .v = { [RISK_STATEMENT] = statement,
	    [RISK_OWNER] = PICK(owners), [RISK_THREAT] = PICK(threats),
	    [RISK_VULNERABILITY] = PICK(weaknesses), [RISK_IL] = l,
	    [RISK_II] = i, [RISK_TREATMENT] = PICK(treatments), [RISK_RL] = rl,
	    [RISK_RI] = ri, [RISK_STATUS] = PICK(statuses),
	    [RISK_REVIEW] = review } };

	snprintf(statement, sizeof statement, "%s %s %s", p.v[RISK_THREAT],
	    PICK(verbs), PICK(things));
	snprintf(l, sizeof l, "%u", 1 + gen_next(5));
	snprintf(i, sizeof i, "%u", 1 + gen_next(5));
	snprintf(rl, sizeof rl, "%u", 1 + gen_next((unsigned)atoi(l)));
	snprintf(ri, sizeof ri, "%u", 1 + gen_next((unsigned)atoi(i)));
	snprintf(review, sizeof review, "2027-%02u-%02u", 1 + gen_next(12),
	    1 + gen_next(28));
	if (reg_add(m, &reg_risk, &p, &ref, &cause) != ISMS_OK)
		gen_fail("risk", cause);
	ctl[0] = PICK(controls);
	ctl[1] = PICK(controls);
	snprintf(asset, sizeof asset, "%u", 1 + gen_next((unsigned)assets));
	as[0] = asset;
	if (risk_link(m, ref, as, assets > 0, ctl, ctl[0] == ctl[1] ? 1 : 2,
	    false, false, &cause) != ISMS_OK)
		gen_fail("link", cause);
	free(ref);
}

int
main(int argc, char **argv)
{
	struct isms_init init = { .org = "Benchmark Ltd" };
	struct isms *m;
	char *cause = NULL;
	long risks, assets;

	if (argc != 4 || (risks = atol(argv[2])) < 0 ||
	    (assets = atol(argv[3])) < 0) {
		fprintf(stderr, "usage: isms-gen FILE RISKS ASSETS\n");
		return 2;
	}
	if (isms_create(argv[1], &init, &m, &cause) != ISMS_OK)
		gen_fail(argv[1], cause);
	if (db_begin(isms_db(m), &cause) != ISMS_OK)
		gen_fail("begin", cause);
	gen_assets(m, assets);
	for (long k = 0; k < risks; k++)
		gen_risk(m, assets);
	if (db_commit(isms_db(m), &cause) != ISMS_OK)
		gen_fail("commit", cause);
	isms_close(m);
	return 0;
}
