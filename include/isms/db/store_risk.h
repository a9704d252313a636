/*
 * store_risk.h - the risk register (store_risk.c, store_risk_view.c), treatment
 * actions (store_action.c) and moving the register to another matrix
 * (store_remap.c).
 * Seen only by src/db/ and src/model/.
 */
#ifndef ISMS_DB_STORE_RISK_H
#define ISMS_DB_STORE_RISK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/db/db.h"
#include "isms/db/row.h"
#include "isms/db/view.h"
#include "isms/rec/risk.h"

/* Filters of a risk view, in stored form; NULL / -1 / false for any. */
struct store_risk_view {
	int level_rank;               /* residual (else inherent) level */
	int cell_l, cell_i;           /* a heat-map cell, 0 for any */
	bool cell_residual;           /* ... of the residual scores */
	const char *owner;
	const char *treatment;
	const char *status;
	bool above;                   /* above the acceptance criterion */
	bool flagged;                 /* above and no valid acceptance */
	bool overdue;                 /* next review before today */
	bool stale;                   /* acceptance stale */
	bool action_late;             /* an open action due before today */
	const char *text;
	/* the trigram query of text when the index narrows it down
	 * (store_risk_text_plan()), else NULL: each row is looked at */
	const char *match;
	const char *control;          /* linked to this control id */
	const char *today;            /* YYYY-MM-DD */
};

/* How the view looks for text: *match (caller frees) is the query of the
 * text index when that gives few enough risks that checking only them is
 * cheaper than reading the rows in the view's order until a page is full;
 * NULL when it does not, when text is shorter than three characters (a
 * trigram), or on a file without the index. */
enum isms_status store_risk_text_plan(struct db *db, const char *text,
                                      char **match, char **cause);

/* The register for the view engine (view.h), filtered by a struct
 * store_risk_view: sorts in the order of enum risk_sort (model/risk.h),
 * ties by id, rows named by ref, found by ref, statement or owner. */
extern const struct view_sql store_risk_view_sql;

/* Every risk, counted by the smallest index. */
enum isms_status store_risk_total(struct db *db, size_t *total, char **cause);

/* Risk counts per (likelihood, impact) cell, inherent or residual:
 * counts[(l-1)*n_impact+(i-1)] for a matrix of n_l x n_i. */
enum isms_status store_risk_heat(struct db *db, bool residual, int n_l,
                                 int n_i, size_t *counts, char **cause);

/* The length of the longest ref (0 for none), from the ref index. */
enum isms_status store_risk_ref_width(struct db *db, size_t *width,
                                      char **cause);

/* The distinct owners of risks (at most 200), for a filter list. */
enum isms_status store_risk_owners(struct db *db, char ***owners, size_t *n,
                                   char **cause);

enum isms_status store_risk_get(struct db *db, const char *ref,
                                struct risk_row *out, char **cause);
/* Insert a risk with the next free ref ("R-001"), scored with matrix
 * matrix_id at version; *ref (caller frees) and *id receive it. */
enum isms_status store_risk_insert(struct db *db, const char *statement,
                                   const char *matrix_id, int version,
                                   const struct row_author *author,
                                   char **ref, int64_t *id, char **cause);
enum isms_status store_risk_delete(struct db *db, int64_t id, const char *ref,
                                   const struct row_author *author,
                                   char **cause);
/* Link or unlink an asset or an Annex A control (history records it);
 * unlinking what is not linked is ISMS_NOT_FOUND. */
enum isms_status store_risk_asset(struct db *db, int64_t risk_id,
                                  const char *ref, int64_t asset_id,
                                  const char *asset_name, bool link,
                                  const struct row_author *author,
                                  char **cause);
enum isms_status store_risk_control(struct db *db, int64_t risk_id,
                                    const char *ref, const char *framework_id,
                                    const char *control_id, bool link,
                                    const struct row_author *author,
                                    char **cause);
/* Record an acceptance of the risk as it stands now (its residual scores,
 * treatment and controls are kept as the basis). */
enum isms_status store_risk_accept(struct db *db, int64_t risk_id,
                                   const char *ref, const char *by,
                                   const char *until, const char *note,
                                   const struct row_author *author,
                                   char **cause);

/* Record that the acceptance of the risk ends: a revocation row (basis
 * RISK_REVOKED) by by, with note, after the acceptance accepted_by gave;
 * the history says who accepted it and who revoked it why. */
enum isms_status store_risk_revoke(struct db *db, int64_t risk_id,
                                   const char *ref, const char *accepted_by,
                                   const char *by, const char *note,
                                   const struct row_author *author,
                                   char **cause);
/* ---- what is derived and stored (store_risk_derived.c) ---- */

/* Set the stored level ranks of risk id (of every risk when id is 0)
 * from its scores on its matrix; a current level not scored yet is the
 * level its tier names, if any. */
enum isms_status store_risk_rank(struct db *db, int64_t id, char **cause);

/* Whether column of the risk table is text the filter's index holds. */
bool store_risk_fts_column(const char *column);
/* The filter's index entry of risk id: dropped before that text changes
 * or the risk goes, added once it is written (row.c and the insert do). */
enum isms_status store_risk_fts_drop(struct db *db, int64_t id,
                                     char **cause);
enum isms_status store_risk_fts_add(struct db *db, int64_t id, char **cause);

/* How many risks the text index does not hold as they are (or holds and
 * they are not), how many have stored levels their scores do not give,
 * how many counts of linked risks per control are not the links', and
 * (version 5 on) whether the stored number of risks is not theirs (1):
 * all 0 unless the file was changed outside isms. */
enum isms_status store_risk_derived_check(struct db *db, size_t *text,
                                          size_t *ranks, size_t *counts,
                                          size_t *total, char **cause);

/* The ranks and the index of every risk afresh (after a bulk write). */
enum isms_status store_risk_refresh(struct db *db, char **cause);

/* The code step of the migration to schema version 3 (schema.c): tiers
 * that name no level move into the description (recorded in history),
 * then store_risk_refresh(). */
enum isms_status store_risk_v3(struct db *db, char **cause);

/* Treatment actions. */

/* The actions of risk ref (NULL: of every risk), by risk then id. */
enum isms_status store_action_list(struct db *db, const char *ref,
                                   struct action_row **rows, size_t *n,
                                   char **cause);
/* Every action, by risk then id, one at a time (rec_sql_each()). */
enum isms_status store_action_each(struct db *db,
                                   int (*each)(void *ctx, const void *row),
                                   void *ctx, int *stopped, char **cause);
enum isms_status store_action_get(struct db *db, int64_t id,
                                  struct action_row *out, char **cause);
enum isms_status store_action_insert(struct db *db, int64_t risk_id,
                                     const char *framework_id,
                                     const char *what,
                                     const struct row_author *author,
                                     int64_t *id, char **cause);
/* Actions of risk_id that name control_id. */
enum isms_status store_action_count_control(struct db *db, int64_t risk_id,
                                            const char *control_id,
                                            size_t *n, char **cause);

/* ---- moving to another matrix (store_remap.c) ---- */

struct store_score_use {
	int value;
	size_t count;                 /* scores (inherent, current and
	                               * residual) */
};

/* The likelihood (or impact) values in use, with how often. */
enum isms_status store_scores_used(struct db *db, bool likelihood,
                                   struct store_score_use **out, size_t *n,
                                   char **cause);
/* Rewrite every score by lmap[1..nl] and imap[1..ni] and move every risk
 * to matrix_id at version; *changed risks were rewritten. */
enum isms_status store_remap(struct db *db, const char *matrix_id,
                             int version, const int *lmap, int nl,
                             const int *imap, int ni,
                             const struct row_author *author, size_t *changed,
                             char **cause);

#endif
