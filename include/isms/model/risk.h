/*
 * risk.h - the risk register (clauses 6.1.2, 6.1.3, 8.2, 8.3): risks scored
 * on the ISMS's matrix before and after treatment, their treatment option,
 * linked assets and Annex A controls (which give the SoA reason RA), the
 * treatment plan, and the acceptance of residual risk, which turns stale
 * when the residual scores, the treatment or the controls change after it.
 *
 * Rows are struct risk_row and struct action_row (store.h); release them
 * with risk_row_done()/risk_rows_free() and action_row_done()/...free().
 */
#ifndef ISMS_MODEL_RISK_H
#define ISMS_MODEL_RISK_H

#include "isms/model/isms.h"

/* Fields to change; NULL leaves one, "" clears it (not the statement).
 * Scores take a number or a step's abbreviation or name. */
struct risk_patch {
	const char *statement, *description, *threat, *vulnerability;
	const char *owner;
	const char *identified;       /* YYYY-MM-DD */
	const char *likelihood, *impact;            /* inherent */
	const char *tier;             /* current tier, free text */
	const char *treatment;        /* modify|mitigate, retain|accept, ... */
	const char *residual_likelihood, *residual_impact;
	const char *status;           /* open, treating, monitoring, closed */
	const char *review;           /* next review, YYYY-MM-DD */
};

enum isms_status risk_get(struct isms *m, const char *ref,
                          struct risk_row *out, char **cause);

/* Add a risk; its ref ("R-001") goes to *ref (caller frees).  The
 * identified date defaults to today and the next review to today plus the
 * review interval of its level. */
enum isms_status risk_add(struct isms *m, const struct risk_patch *p,
                          char **ref, char **cause);

/* Change risk ref read at expected_rev (-1: current). */
enum isms_status risk_set(struct isms *m, const char *ref,
                          const struct risk_patch *p, int64_t expected_rev,
                          char **cause);

/* Delete a risk with its links, actions and acceptances. */
enum isms_status risk_rm(struct isms *m, const char *ref, char **cause);

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

/* ---- treatment actions ---- */

struct action_patch {
	const char *what;
	const char *control;          /* Annex A control id, "" clears */
	const char *owner;
	const char *due;              /* YYYY-MM-DD */
	const char *status;           /* planned, in-progress, done, cancelled */
	const char *done;             /* YYYY-MM-DD; set with status done */
};

enum isms_status action_list(struct isms *m, const char *ref,
                             struct action_row **rows, size_t *n,
                             char **cause);
enum isms_status action_add(struct isms *m, const char *ref,
                            const struct action_patch *p, int64_t *id,
                            char **cause);
enum isms_status action_set(struct isms *m, int64_t id,
                            const struct action_patch *p,
                            int64_t expected_rev, char **cause);

/* ---- views for tables and lists ---- */

enum risk_sort {
	RISK_SORT_REF, RISK_SORT_STATEMENT, RISK_SORT_OWNER,
	RISK_SORT_INHERENT, RISK_SORT_RESIDUAL, RISK_SORT_TREATMENT,
	RISK_SORT_STATUS, RISK_SORT_REVIEW, RISK_SORT_COUNT
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
	const char *text;
	const char *control;          /* linked to this Annex A control */
	int cell_l, cell_i;           /* open risks in one heat-map cell */
	bool cell_residual;           /* ... by residual scores */
	enum risk_sort sort;
	bool descending;
};

enum isms_status risk_count(struct isms *m, const struct risk_query *q,
                            size_t *total, char **cause);
enum isms_status risk_page(struct isms *m, const struct risk_query *q,
                           size_t offset, size_t limit,
                           struct risk_row **rows, size_t *n, char **cause);
enum isms_status risk_find(struct isms *m, const struct risk_query *q,
                           const char *needle, size_t from, int direction,
                           size_t *pos, char **cause);
enum isms_status risk_position(struct isms *m, const struct risk_query *q,
                               const char *ref, size_t *pos, char **cause);

/* Whether the risk needs attention: above the criterion without a valid
 * acceptance (not stale, not expired), and whether its review is overdue. */
bool risk_flagged(const struct risk_row *r, const char *today);
bool risk_overdue(const struct risk_row *r, const char *today);

/* The owners named in the register, for a filter list; caller frees each
 * and the array. */
enum isms_status risk_owners(struct isms *m, char ***owners, size_t *n,
                             char **cause);

/* Risk counts per matrix cell (inherent or residual), open risks only. */
enum isms_status risk_heat(struct isms *m, const struct matrix *mx,
                           bool residual, size_t *counts, char **cause);

#endif
