/*
 * risk.h - a risk of the register, a treatment action, and their
 * descriptors.
 *
 * Rows own their strings: risk_row_done() / risk_rows_free() and
 * action_row_done() / action_rows_free().
 */
#ifndef ISMS_REC_RISK_H
#define ISMS_REC_RISK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/rec/rec.h"

struct risk_row {
	int64_t id;
	char *ref, *statement, *description, *threat, *vulnerability;
	char *owner, *identified;
	char *matrix_id;
	int matrix_version;
	int il, ii, cl, ci, rl, ri;   /* scores; 0 when not set */
	/* levels of the inherent, current and residual scores (stored,
	 * kept with the scores); -1 when not scored */
	int inherent_rank, current_rank, residual_rank;
	char *tier;                   /* a current level named before the
	                               * current risk was scored (v1, v2) */
	char *treatment, *status, *next_review;
	char *assets;                 /* "Payroll DB; HR laptop" */
	char *controls;               /* "A.5.15,A.8.8", catalog order */
	char *accepted_by, *accepted_at, *accepted_until, *accepted_note;
	bool accepted;                /* an acceptance is on record */
	bool stale;                   /* ... but scores, treatment or
	                               * controls changed since */
	bool above;                   /* level above the acceptance criterion */
	char *action_due;             /* the earliest due date of its actions
	                               * not done or cancelled; NULL if none */
	char *excluded;               /* linked controls the SoA excludes,
	                               * "A.7.4,A.7.5"; allowed, but flagged */
	int64_t rev;
	char *updated_at, *updated_by;
};

/* Field indexes of rec_risk. */
enum {
	RISK_REF, RISK_STATEMENT, RISK_DESCRIPTION, RISK_THREAT,
	RISK_VULNERABILITY, RISK_OWNER, RISK_IDENTIFIED, RISK_MATRIX,
	RISK_MATRIX_VERSION, RISK_IL, RISK_II, RISK_INHERENT_RANK, RISK_CL,
	RISK_CI, RISK_CURRENT_RANK, RISK_TIER, RISK_TREATMENT, RISK_RL,
	RISK_RI, RISK_RESIDUAL_RANK, RISK_STATUS,
	RISK_REVIEW, RISK_ASSETS, RISK_CONTROLS, RISK_ACCEPTED_BY,
	RISK_ACCEPTED_AT, RISK_ACCEPTED_UNTIL, RISK_ACCEPTED_NOTE,
	RISK_ACCEPTED, RISK_STALE, RISK_ABOVE, RISK_ACTION_DUE, RISK_EXCLUDED,
	RISK_FIELDS
};

extern const struct rec_desc rec_risk;

void risk_row_done(struct risk_row *row);
void risk_rows_free(struct risk_row *rows, size_t n);

/* A treatment action of a risk. */
struct action_row {
	int64_t id;
	char *risk_ref;
	char *what, *control, *owner, *due, *status, *done;
	int64_t rev;
	char *updated_at, *updated_by;
};

/* Field indexes of rec_action. */
enum {
	ACTION_RISK, ACTION_WHAT, ACTION_CONTROL, ACTION_OWNER, ACTION_DUE,
	ACTION_STATUS, ACTION_DONE, ACTION_FIELDS
};

extern const struct rec_desc rec_action;

void action_row_done(struct action_row *row);
void action_rows_free(struct action_row *rows, size_t n);

#endif
