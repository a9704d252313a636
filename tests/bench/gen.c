/*
 * gen.c - make an ISMS with N risks and M assets of realistic text and
 * links, for `./dev bench`: isms-gen FILE RISKS ASSETS.  The ISMS is
 * created by the model; the register is then written straight into its
 * tables in one transaction with prepared statements (100,000 risks take
 * seconds, a million about a minute), with values every rule
 * accepts: scores on the matrix, terms of the vocabularies, review dates,
 * links to assets and Annex A controls, acceptances (some gone stale,
 * some expired) and treatment actions.  One history entry says the
 * register was generated, so the chain verifies.  Deterministic: the same
 * arguments give the same register.  The ranks and the text index the db
 * layer keeps beside each risk are then made for all at once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/db.h"
#include "isms/db/row.h"
#include "isms/db/store_risk.h"
#include "isms/model/create.h"
#include "../../src/model/isms_db.h"  /* the model's own */
#include "isms/util/xmalloc.h"

#define GEN_AT "2026-11-28T09:00:00Z"
#define GEN_WHO "bench"

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
/* In catalog order, so that sorting them as text is sorting them by
 * position where the basis of an acceptance asks for it. */
static const char *const controls[] = {
	"A.5.15", "A.5.19", "A.5.23", "A.5.24", "A.5.30", "A.5.7", "A.6.3",
	"A.7.4", "A.8.12", "A.8.13", "A.8.15", "A.8.16", "A.8.20", "A.8.24",
	"A.8.28", "A.8.5", "A.8.7", "A.8.8", "A.8.9",
};
static const char *const treatments[] = {
	"modify", "modify", "modify", "retain", "share", "avoid",
};
static const char *const statuses[] = {
	"open", "treating", "monitoring", "monitoring", "closed",
};
static const char *const action_statuses[] = {
	"planned", "planned", "in-progress", "done", "cancelled",
};
static const char *const asset_types[] = { "information", "software",
	"hardware", "service", "people", "site", "supplier" };

static void
gen_fail(const char *what, char *cause)
{
	fprintf(stderr, "isms-gen: %s: %s\n", what, cause ? cause : "failed");
	exit(1);
}

static struct db_stmt *
gen_prepare(struct db *db, const char *sql)
{
	struct db_stmt *st;
	char *cause = NULL;

	if (db_prepare(db, sql, &st, &cause) != ISMS_OK)
		gen_fail("prepare", cause);
	return st;
}

static void
gen_run(struct db_stmt *st, const char *what)
{
	char *cause = NULL;

	if (db_step_done(st, &cause) != ISMS_OK)
		gen_fail(what, cause);
	db_reset(st);
}

/* The statements of the register, prepared once. */
struct gen {
	struct db *db;
	struct db_stmt *asset, *risk, *risk_asset, *risk_control, *accept,
	    *action;
	long assets;
};

static void
gen_assets(struct gen *g)
{
	char name[96];

	for (long k = 1; k <= g->assets; k++) {
		snprintf(name, sizeof name, "%s %ld", PICK(things), k);
		db_bind_int(g->asset, ":id", k);
		db_bind_text(g->asset, ":name", name);
		db_bind_text(g->asset, ":type", PICK(asset_types));
		db_bind_text(g->asset, ":owner", PICK(owners));
		gen_run(g->asset, "asset");
	}
}

static void
gen_score(struct db_stmt *st, const char *name, unsigned v)
{
	db_bind_int(st, name, (int64_t)v);
}

/* The acceptance of risk id on its residual scores, treatment and
 * controls (the basis); stale when the basis given is not the risk's. */
static void
gen_accept(struct gen *g, long id, const char *owner, unsigned rl,
           unsigned ri, const char *treatment, const char *c1,
           const char *c2, bool stale)
{
	char basis[96], until[16];

	if (c2 != NULL && strcmp(c1, c2) > 0) {
		const char *t = c1;

		c1 = c2;
		c2 = t;
	}
	snprintf(basis, sizeof basis, "%u:%u:%s:%s%s%s", stale ? rl + 1 : rl,
	    ri, treatment, c1, c2 != NULL ? "," : "", c2 != NULL ? c2 : "");
	snprintf(until, sizeof until, "%u-%02u-28", 2026 + gen_next(2),
	    1 + gen_next(12));
	db_bind_int(g->accept, ":risk", id);
	db_bind_text(g->accept, ":by", owner);
	db_bind_text(g->accept, ":until", until);
	db_bind_text(g->accept, ":basis", basis);
	gen_run(g->accept, "acceptance");
}

static void
gen_action(struct gen *g, long id, const char *control, const char *thing)
{
	char what[128], due[16];

	snprintf(what, sizeof what, "Apply %s to %s", control, thing);
	snprintf(due, sizeof due, "%u-%02u-%02u", 2026 + gen_next(2),
	    1 + gen_next(12), 1 + gen_next(28));
	db_bind_int(g->action, ":risk", id);
	db_bind_text(g->action, ":what", what);
	db_bind_text(g->action, ":control", control);
	db_bind_text(g->action, ":owner", PICK(owners));
	db_bind_text(g->action, ":due", due);
	db_bind_text(g->action, ":status", PICK(action_statuses));
	gen_run(g->action, "action");
}

static void
gen_link(struct gen *g, long id, const char *c1, const char *c2)
{
	if (g->assets > 0) {
		db_bind_int(g->risk_asset, ":risk", id);
		db_bind_int(g->risk_asset, ":asset",
		    1 + gen_next((unsigned)g->assets));
		gen_run(g->risk_asset, "asset link");
	}
	db_bind_int(g->risk_control, ":risk", id);
	db_bind_text(g->risk_control, ":control", c1);
	gen_run(g->risk_control, "control link");
	if (c2 != NULL) {
		db_bind_int(g->risk_control, ":risk", id);
		db_bind_text(g->risk_control, ":control", c2);
		gen_run(g->risk_control, "control link");
	}
}

static void
gen_risk(struct gen *g, long id)
{
	const char *threat = PICK(threats), *owner = PICK(owners);
	const char *thing, *treatment = PICK(treatments), *c1, *c2;
	char statement[160], ref[24], identified[16], review[16];
	unsigned il = 1 + gen_next(5), ii = 1 + gen_next(5), rl, ri;

	thing = PICK(things);
	snprintf(statement, sizeof statement, "%s %s %s", threat, PICK(verbs),
	    thing);
	snprintf(ref, sizeof ref, "R-%03ld", id);
	snprintf(identified, sizeof identified, "2025-%02u-%02u",
	    1 + gen_next(12), 1 + gen_next(28));
	snprintf(review, sizeof review, "2027-%02u-%02u", 1 + gen_next(12),
	    1 + gen_next(28));
	rl = 1 + gen_next(il);
	ri = 1 + gen_next(ii);
	db_bind_int(g->risk, ":id", id);
	db_bind_text(g->risk, ":ref", ref);
	db_bind_text(g->risk, ":statement", statement);
	db_bind_text(g->risk, ":threat", threat);
	db_bind_text(g->risk, ":vuln", PICK(weaknesses));
	db_bind_text(g->risk, ":owner", owner);
	db_bind_text(g->risk, ":identified", identified);
	gen_score(g->risk, ":il", il);
	gen_score(g->risk, ":ii", ii);
	db_bind_text(g->risk, ":treatment", treatment);
	gen_score(g->risk, ":rl", rl);
	gen_score(g->risk, ":ri", ri);
	db_bind_text(g->risk, ":status", PICK(statuses));
	db_bind_text(g->risk, ":review", review);
	gen_run(g->risk, "risk");
	c1 = PICK(controls);
	c2 = PICK(controls);
	if (strcmp(c1, c2) == 0)
		c2 = NULL;
	gen_link(g, id, c1, c2);
	if (gen_next(12) == 0)
		gen_accept(g, id, owner, rl, ri, treatment, c1, c2,
		    gen_next(4) == 0);
	if (gen_next(3) == 0)
		gen_action(g, id, c1, thing);
}

static void
gen_prepare_all(struct gen *g, const char *matrix)
{
	char *sql;

	g->asset = gen_prepare(g->db, "INSERT INTO asset (id, name, type, "
	    "owner, updated_at, updated_by) VALUES (:id, :name, :type, :owner, "
	    "'" GEN_AT "', '" GEN_WHO "');");
	sql = xasprintf("INSERT INTO risk (id, ref, statement, threat, "
	    "vulnerability, owner, identified, matrix_id, matrix_version, "
	    "inherent_likelihood, inherent_impact, treatment, "
	    "residual_likelihood, residual_impact, status, next_review, "
	    "updated_at, updated_by) VALUES (:id, :ref, :statement, :threat, "
	    ":vuln, :owner, :identified, '%s', 1, :il, :ii, :treatment, :rl, "
	    ":ri, :status, :review, '" GEN_AT "', '" GEN_WHO "');", matrix);
	g->risk = gen_prepare(g->db, sql);
	free(sql);
	g->risk_asset = gen_prepare(g->db, "INSERT OR IGNORE INTO risk_asset "
	    "(risk_id, asset_id) VALUES (:risk, :asset);");
	g->risk_control = gen_prepare(g->db, "INSERT INTO risk_control "
	    "(risk_id, framework_id, control_id) VALUES (:risk, "
	    "'iso27001-2022', :control);");
	g->accept = gen_prepare(g->db, "INSERT INTO risk_acceptance (risk_id, "
	    "accepted_by, accepted_at, until, basis, updated_at, updated_by) "
	    "VALUES (:risk, :by, '" GEN_AT "', :until, :basis, '" GEN_AT "', "
	    "'" GEN_WHO "');");
	g->action = gen_prepare(g->db, "INSERT INTO risk_action (risk_id, "
	    "what, framework_id, control_id, owner, due, status, updated_at, "
	    "updated_by) VALUES (:risk, :what, 'iso27001-2022', :control, "
	    ":owner, :due, :status, '" GEN_AT "', '" GEN_WHO "');");
}

static void
gen_finalize_all(struct gen *g)
{
	db_finalize(g->asset);
	db_finalize(g->risk);
	db_finalize(g->risk_asset);
	db_finalize(g->risk_control);
	db_finalize(g->accept);
	db_finalize(g->action);
}

/* The one history entry of the generated register. */
static void
gen_note(struct db *db, long risks, long assets)
{
	struct row_author a = { GEN_WHO, GEN_AT };
	char *note = xasprintf("%ld risks and %ld assets generated by "
	    "tests/bench/gen", risks, assets), *cause = NULL;

	if (row_history(db, &a, "isms", "isms", "generated", NULL, note,
	    &cause) != ISMS_OK)
		gen_fail("history", cause);
	free(note);
}

int
main(int argc, char **argv)
{
	struct isms_init init = { .org = "Benchmark Ltd", .matrix = "5x5" };
	struct gen g = { 0 };
	struct isms *m;
	char *cause = NULL;
	long risks;

	if (argc != 4 || (risks = atol(argv[2])) < 0 ||
	    (g.assets = atol(argv[3])) < 0) {
		fprintf(stderr, "usage: isms-gen FILE RISKS ASSETS\n");
		return 2;
	}
	if (isms_create(argv[1], &init, &m, &cause) != ISMS_OK)
		gen_fail(argv[1], cause);
	g.db = isms_db(m);
	/* a cache that holds what one transaction of this size touches */
	if (db_exec(g.db, "PRAGMA cache_size = -262144;", &cause) != ISMS_OK ||
	    db_begin(g.db, &cause) != ISMS_OK)
		gen_fail("begin", cause);
	gen_prepare_all(&g, "5x5");
	gen_assets(&g);
	for (long k = 1; k <= risks; k++)
		gen_risk(&g, k);
	gen_finalize_all(&g);
	/* what the db layer keeps beside each risk: its level ranks and its
	 * entry in the text index of the filter, for all of them at once */
	if (store_risk_refresh(g.db, &cause) != ISMS_OK)
		gen_fail("refresh", cause);
	gen_note(g.db, risks, g.assets);
	if (db_commit(g.db, &cause) != ISMS_OK)
		gen_fail("commit", cause);
	isms_close(m);
	return 0;
}
