/*
 * risk.c - the descriptors of the risk register and of treatment actions.
 */
#include "isms/rec/risk.h"
#include "isms/rec/vocab.h"

#define F(member, name, label, kind, flags, vocab, option, head, width) \
	REC_FIELD(struct risk_row, member, name, label, kind, flags, vocab, \
	    option, head, width)
#define D(member, name, label, kind) \
	F(member, name, label, kind, REC_DERIVED, NULL, NULL, NULL, 0)

static const struct rec_field risk_fields[RISK_FIELDS] = {
	[RISK_REF] = F(ref, "ref", "Risk", REC_LINE, REC_FIXED | REC_KEY,
	    NULL, NULL, "REF", 5),
	[RISK_STATEMENT] = F(statement, "statement", "Statement", REC_LINE,
	    REC_REQUIRED, NULL, "statement", "STATEMENT", 24),
	[RISK_DESCRIPTION] = F(description, "description", "Description",
	    REC_TEXT, 0, NULL, "description", NULL, 30),
	[RISK_THREAT] = F(threat, "threat", "Threat", REC_LINE, 0, NULL,
	    "threat", NULL, 20),
	[RISK_VULNERABILITY] = F(vulnerability, "vulnerability",
	    "Vulnerability", REC_LINE, 0, NULL, "vulnerability", NULL, 20),
	[RISK_OWNER] = F(owner, "owner", "Owner", REC_PERSON, 0, NULL,
	    "owner", "OWNER", 14),
	[RISK_IDENTIFIED] = F(identified, "identified", "Identified",
	    REC_DATE, 0, NULL, "identified", NULL, 10),
	[RISK_MATRIX] = F(matrix_id, "matrix_id", "Matrix", REC_LINE,
	    REC_FIXED, NULL, NULL, NULL, 5),
	[RISK_MATRIX_VERSION] = F(matrix_version, "matrix_version",
	    "Matrix version", REC_NUMBER, REC_FIXED, NULL, NULL, NULL, 3),
	[RISK_IL] = F(il, "inherent_likelihood", "Inherent likelihood",
	    REC_SCORE, 0, NULL, "likelihood", NULL, 2),
	[RISK_II] = F(ii, "inherent_impact", "Inherent impact", REC_SCORE, 0,
	    NULL, "impact", NULL, 2),
	[RISK_INHERENT_RANK] = D(inherent_rank, "inherent_rank",
	    "Inherent level", REC_NUMBER),
	[RISK_CL] = F(cl, "current_likelihood", "Current likelihood",
	    REC_SCORE, 0, NULL, "current-likelihood", NULL, 2),
	[RISK_CI] = F(ci, "current_impact", "Current impact", REC_SCORE, 0,
	    NULL, "current-impact", NULL, 2),
	[RISK_CURRENT_RANK] = D(current_rank, "current_rank", "Current level",
	    REC_NUMBER),
	/* no longer written: scoring the current risk clears it */
	[RISK_TIER] = F(tier, "current_tier", "Current tier", REC_LINE,
	    REC_FIXED, NULL, NULL, NULL, 10),
	[RISK_TREATMENT] = F(treatment, "treatment", "Treatment", REC_TERM, 0,
	    &vocab_treatment, "treatment", "TREATMENT", 9),
	[RISK_RL] = F(rl, "residual_likelihood", "Residual likelihood",
	    REC_SCORE, 0, NULL, "residual-likelihood", NULL, 2),
	[RISK_RI] = F(ri, "residual_impact", "Residual impact", REC_SCORE, 0,
	    NULL, "residual-impact", NULL, 2),
	[RISK_RESIDUAL_RANK] = D(residual_rank, "residual_rank",
	    "Residual level", REC_NUMBER),
	[RISK_STATUS] = F(status, "status", "Status", REC_TERM, REC_REQUIRED,
	    &vocab_risk_status, "status", "STATUS", 10),
	[RISK_REVIEW] = F(next_review, "next_review", "Next review", REC_DATE,
	    0, NULL, "review", "REVIEW", 10),
	[RISK_ASSETS] = D(assets, "assets", "Assets", REC_LINE),
	[RISK_CONTROLS] = D(controls, "controls", "Controls", REC_LINE),
	[RISK_ACCEPTED_BY] = D(accepted_by, "accepted_by", "Accepted by",
	    REC_PERSON),
	[RISK_ACCEPTED_AT] = D(accepted_at, "accepted_at", "Accepted at",
	    REC_LINE),
	[RISK_ACCEPTED_UNTIL] = D(accepted_until, "accepted_until",
	    "Accepted until", REC_DATE),
	[RISK_ACCEPTED_NOTE] = D(accepted_note, "accepted_note",
	    "Acceptance note", REC_TEXT),
	[RISK_ACCEPTED] = D(accepted, "accepted", "Accepted", REC_FLAG),
	[RISK_STALE] = D(stale, "stale", "Acceptance stale", REC_FLAG),
	[RISK_ABOVE] = D(above, "above", "Above appetite", REC_FLAG),
	[RISK_ACTION_DUE] = D(action_due, "action_due", "Next action due",
	    REC_DATE),
	[RISK_EXCLUDED] = D(excluded, "excluded_controls",
	    "Excluded controls", REC_LINE),
};

const struct rec_desc rec_risk = {
	"risk", "risk", "risk", sizeof(struct risk_row),
	offsetof(struct risk_row, id), offsetof(struct risk_row, rev),
	offsetof(struct risk_row, updated_at),
	offsetof(struct risk_row, updated_by),
	risk_fields, RISK_FIELDS,
};

#undef F
#define F(member, name, label, kind, flags, vocab, option, head, width) \
	REC_FIELD(struct action_row, member, name, label, kind, flags, vocab, \
	    option, head, width)

static const struct rec_field action_fields[ACTION_FIELDS] = {
	[ACTION_RISK] = F(risk_ref, "risk", "Risk", REC_REF, REC_DERIVED,
	    NULL, NULL, "RISK", 5),
	[ACTION_WHAT] = F(what, "what", "Description", REC_LINE, REC_REQUIRED,
	    NULL, "what", "WHAT", 24),
	[ACTION_CONTROL] = F(control, "control_id", "Control", REC_REF, 0,
	    NULL, "control", "CONTROL", 7),
	[ACTION_OWNER] = F(owner, "owner", "Owner", REC_PERSON, 0, NULL,
	    "owner", "OWNER", 14),
	[ACTION_DUE] = F(due, "due", "Due", REC_DATE, 0, NULL, "due", "DUE",
	    10),
	[ACTION_STATUS] = F(status, "status", "Status", REC_TERM, REC_REQUIRED,
	    &vocab_action_status, "status", "STATUS", 11),
	[ACTION_DONE] = F(done, "done", "Done", REC_DATE, 0, NULL, "done",
	    "DONE", 10),
};

const struct rec_desc rec_action = {
	"action", "risk_action", "action", sizeof(struct action_row),
	offsetof(struct action_row, id), offsetof(struct action_row, rev),
	offsetof(struct action_row, updated_at),
	offsetof(struct action_row, updated_by),
	action_fields, ACTION_FIELDS,
};

void
risk_row_done(struct risk_row *row)
{
	rec_done(&rec_risk, row);
}

void
risk_rows_free(struct risk_row *rows, size_t n)
{
	rec_free(&rec_risk, rows, n);
}

void
action_row_done(struct action_row *row)
{
	rec_done(&rec_action, row);
}

void
action_rows_free(struct action_row *rows, size_t n)
{
	rec_free(&rec_action, rows, n);
}
