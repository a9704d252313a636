/*
 * risk.h - the risk register (clauses 6.1.2, 6.1.3, 8.2, 8.3): risks scored
 * on the ISMS's matrix before and after treatment, their treatment option,
 * linked assets and Annex A controls (which give the SoA reason RA), the
 * treatment plan, and the acceptance of residual risk, which turns stale
 * when the residual scores, the treatment or the controls change after it.
 *
 * Rows are struct risk_row and struct action_row (rec/risk.h); release
 * them with risk_row_done()/risk_rows_free() and action_row_done()/...
 * free().
 */
#ifndef ISMS_MODEL_RISK_H
#define ISMS_MODEL_RISK_H

#include "isms/model/isms.h"

/* Risks are added, changed and deleted through reg_risk (reg.h) with a
 * struct rec_patch of rec_risk's fields: scores take a number or a step's
 * abbreviation or name; a new risk's identified date defaults to today
 * and its next review to today plus the review interval of its level; a
 * deletion takes its links, actions and acceptances with it. */

enum isms_status risk_get(struct isms *m, const char *ref,
                          struct risk_row *out, char **cause);

/* Link (or with unlink, remove) an asset by number or name.  Removing a
 * control that treatment actions name is refused unless force. */
enum isms_status risk_link_asset(struct isms *m, const char *ref,
                                 const char *asset, bool unlink,
                                 char **cause);
enum isms_status risk_link_control(struct isms *m, const char *ref,
                                   const char *control, bool unlink,
                                   bool force, char **cause);

/* Link (or unlink) several assets and controls at once: all of them or,
 * on the first problem, none. */
enum isms_status risk_link(struct isms *m, const char *ref,
                           const char *const *assets, size_t n_assets,
                           const char *const *controls, size_t n_controls,
                           bool unlink, bool force, char **cause);

/* The risk owner (by) accepts the residual risk as it stands, until a
 * date or open-ended. */
enum isms_status risk_accept(struct isms *m, const char *ref, const char *by,
                             const char *until, const char *note,
                             char **cause);

/* End the acceptance of risk ref (valid, stale or expired): by (NULL: the
 * login) revokes it, saying why in note (may be NULL).  The acceptance
 * stays on record as it was; the revocation is a history event of its
 * own.  ISMS_INVALID when the risk has no acceptance to revoke. */
enum isms_status risk_revoke(struct isms *m, const char *ref, const char *by,
                             const char *note, char **cause);

/* ---- treatment actions ---- */

/* Actions are added, changed and deleted through reg_action (reg.h): a
 * new one names its risk in the patch's "risk" field; its control is an
 * Annex A control id ("" clears). */
enum isms_status action_list(struct isms *m, const char *ref,
                             struct action_row **rows, size_t *n,
                             char **cause);
/* Every action, by risk then id, handed one at a time to each(ctx, row)
 * (a struct action_row, released after the call); a nonzero return stops
 * the walk (*stopped, when not NULL). */
enum isms_status action_each(struct isms *m,
                             int (*each)(void *ctx, const void *row),
                             void *ctx, int *stopped, char **cause);

/* ---- views for tables and lists ---- */

enum risk_sort {
	RISK_SORT_REF, RISK_SORT_STATEMENT, RISK_SORT_OWNER,
	RISK_SORT_INHERENT, RISK_SORT_RESIDUAL, RISK_SORT_TREATMENT,
	RISK_SORT_STATUS, RISK_SORT_REVIEW, RISK_SORT_CURRENT, RISK_SORT_COUNT
};
extern const char *const risk_sort_names[RISK_SORT_COUNT];
enum isms_status risk_sort_parse(const char *name, enum risk_sort *out,
                                 char **cause);

struct risk_query {
	const char *level;            /* level id or name (residual, else
	                               * inherent) */
	const char *owner;
	const char *treatment;
	const char *status;
	bool above;                   /* above the acceptance criterion */
	bool flagged;                 /* above and not validly accepted */
	bool overdue;                 /* review date passed */
	bool stale;                   /* acceptance stale */
	bool action_late;             /* an action past its due date */
	const char *text;
	const char *control;          /* linked to this Annex A control */
	int cell_l, cell_i;           /* open risks in one heat-map cell */
	bool cell_residual;           /* ... by residual scores */
	enum risk_sort sort;
	bool descending;
};

/* The views of the register are reg_view_*() on reg_risk (reg.h) with a
 * struct risk_query; find looks in the ref, statement and owner; records
 * are named by ref. */

/* Whether the risk needs attention: above the criterion without a valid
 * acceptance (not stale, not expired), and whether its review is overdue. */
bool risk_flagged(const struct risk_row *r, const char *today);
bool risk_overdue(const struct risk_row *r, const char *today);
/* Whether a treatment action of the open risk r is past its due date and
 * neither done nor cancelled; and whether action a is. */
bool risk_action_late(const struct risk_row *r, const char *today);
bool action_late(const struct action_row *a, const char *today);

/* The owners named in the register, for a filter list; caller frees each
 * and the array. */
enum isms_status risk_owners(struct isms *m, char ***owners, size_t *n,
                             char **cause);

/* The length of the longest ref in the register (0 when it is empty), so
 * a table's column holds R-10000 as well as R-001. */
enum isms_status risk_ref_width(struct isms *m, size_t *width, char **cause);

/* Risk counts per matrix cell (inherent or residual), open risks only. */
enum isms_status risk_heat(struct isms *m, const struct matrix *mx,
                           bool residual, size_t *counts, char **cause);

#endif
