/*
 * store.h - the SQL of each register: the row shapes the model works with
 * and the queries that fill them.
 *
 * Functions returning rows allocate them; the caller releases a single row
 * with the matching *_done() and an array with the matching *_free().
 * Updates go through row_update() (row.h) with the row_table of the entity
 * declared here, so every write is rev-checked and recorded in history.
 */
#ifndef ISMS_DB_STORE_H
#define ISMS_DB_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/catalog/catalog.h"
#include "isms/db/db.h"
#include "isms/db/row.h"

/* ---- the ISMS itself (one row) ---- */

struct isms_info {
	int64_t row_id;
	char *org;
	char *scope;
	char *framework_id;
	char *framework_title;
	char *document_list_id;       /* NULL when none was imported */
	char *matrix_id;
	char *matrix_title;
	char *created_at;
	char *created_by;
	int64_t rev;
	char *updated_at;
	char *updated_by;
};

enum { STORE_ISMS_ORG, STORE_ISMS_SCOPE };
extern const struct row_table store_isms_table;

void isms_info_done(struct isms_info *info);
enum isms_status store_isms_get(struct db *db, struct isms_info *out,
                                char **cause);
enum isms_status store_isms_insert(struct db *db, const char *org,
                                   const char *scope, const char *framework_id,
                                   const char *document_list_id,
                                   const char *matrix_id,
                                   const struct row_author *author,
                                   char **cause);

/* ---- catalogs copied into the database ---- */

/* Copy a framework catalog (themes, attribute sets, requirements and their
 * attributes) and create the clause_status and soa_entry rows of its
 * clauses and controls.  Inside the caller's transaction. */
enum isms_status store_import_framework(struct db *db,
                                        const struct catalog *fw,
                                        const struct row_author *author,
                                        char **cause);
enum isms_status store_import_documents(struct db *db,
                                        const struct catalog *docs,
                                        const struct row_author *author,
                                        char **cause);
enum isms_status store_import_matrix(struct db *db,
                                     const struct catalog *matrix,
                                     const struct row_author *author,
                                     char **cause);

/* ---- clause checklist ---- */

struct clause_row {
	int64_t row_id;
	char *id;
	char *title;
	char *parent;                 /* NULL for top-level clauses */
	char *summary;
	int depth;                    /* 0 for 4..10, 1 for 4.1, ... */
	char *status;                 /* vocabulary token */
	char *owner;
	char *due;                    /* YYYY-MM-DD or NULL */
	char *notes;
	char *evidence;
	int64_t rev;
	char *updated_at;
	char *updated_by;
};

enum {
	STORE_CLAUSE_STATUS, STORE_CLAUSE_OWNER, STORE_CLAUSE_DUE,
	STORE_CLAUSE_NOTES, STORE_CLAUSE_EVIDENCE
};
extern const struct row_table store_clause_table;

void clause_row_done(struct clause_row *row);
void clause_rows_free(struct clause_row *rows, size_t n);
/* All clauses of the framework in catalog order. */
enum isms_status store_clause_list(struct db *db, const char *framework_id,
                                   struct clause_row **rows, size_t *n,
                                   char **cause);
/* One clause; ISMS_NOT_FOUND when id is not a clause. */
enum isms_status store_clause_get(struct db *db, const char *framework_id,
                                  const char *id, struct clause_row *out,
                                  char **cause);

/* A mandatory document or record from the imported document list. */
struct document_row {
	char *id;
	char *kind;
	char *name;
	char *requirement_id;
	char *item;                   /* NULL when none */
};

void document_rows_free(struct document_row *rows, size_t n);
/* The documents that requirement id (and its subclauses) calls for. */
enum isms_status store_documents_for(struct db *db, const char *framework_id,
                                     const char *id,
                                     struct document_row **rows, size_t *n,
                                     char **cause);

/* ---- Statement of Applicability ---- */

struct soa_row {
	int64_t row_id;
	char *id;                     /* control id, "A.5.7" */
	char *title;
	char *summary;
	char *theme;
	char *applicable;             /* yes, no, undecided */
	char *reasons;                /* stored tokens "LR,CO" (never RA) */
	bool risk_linked;             /* reason RA, derived from risk links */
	char *risks;                  /* "R-001,R-007" or "" */
	char *justification;
	char *status;
	char *how;
	char *evidence;
	char *owner;
	char *reviewed;               /* YYYY-MM-DD or NULL */
	int64_t rev;
	char *updated_at;
	char *updated_by;
};

enum {
	STORE_SOA_APPLICABLE, STORE_SOA_REASONS, STORE_SOA_JUSTIFICATION,
	STORE_SOA_STATUS, STORE_SOA_HOW, STORE_SOA_EVIDENCE, STORE_SOA_OWNER,
	STORE_SOA_REVIEWED
};
extern const struct row_table store_soa_table;

void soa_row_done(struct soa_row *row);
void soa_rows_free(struct soa_row *rows, size_t n);
/* All controls in catalog order; theme NULL for every theme. */
enum isms_status store_soa_list(struct db *db, const char *framework_id,
                                const char *theme, struct soa_row **rows,
                                size_t *n, char **cause);
enum isms_status store_soa_get(struct db *db, const char *framework_id,
                               const char *id, struct soa_row *out,
                               char **cause);

/* The canonical id of Annex A control id (any case) in *out (caller
 * frees); ISMS_NOT_FOUND naming it when there is none.  Cheap: the full
 * SoA row gathers every linked risk. */
enum isms_status store_control_id(struct db *db, const char *framework_id,
                                  const char *id, char **out, char **cause);

/* "set: value" lines of a requirement's attributes, in catalog order. */
enum isms_status store_requirement_attributes(struct db *db,
                                              const char *framework_id,
                                              const char *id, char ***lines,
                                              size_t *n, char **cause);

/* Themes of the framework: ids in order (caller frees each and the array). */
enum isms_status store_themes(struct db *db, const char *framework_id,
                              char ***ids, size_t *n, char **cause);

/* ---- history ---- */

struct history_row {
	int64_t id;
	int64_t seq;                  /* position in the chain */
	char *at;
	char *who;
	char *entity;
	char *key;
	char *field;
	char *old_value;              /* NULL for none */
	char *new_value;
};

void history_rows_free(struct history_row *rows, size_t n);
/* The newest limit rows (all when limit <= 0), newest first; entity and
 * key filter when not NULL. */
enum isms_status store_history_list(struct db *db, const char *entity,
                                    const char *key, int64_t limit,
                                    struct history_row **rows, size_t *n,
                                    char **cause);

/* How often an entity's records were changed (one save of several fields
 * counts once) and the latest change; zeros and NULLs when never. */
struct history_summary {
	int64_t changes;
	char *last_at;
	char *last_by;
};
void history_summary_done(struct history_summary *s);
enum isms_status store_history_summary(struct db *db, const char *entity,
                                       struct history_summary *out,
                                       char **cause);

/* ---- SoA views: filtered, sorted, by window (store_soa_query.c) ---- */

/* Canonical members (the model has checked them); NULL for "any". */
struct store_soa_view {
	const char *theme;            /* theme id */
	const char *applicable;       /* vocabulary token */
	const char *status;           /* vocabulary token */
	const char *attr_set;         /* attribute set id, or NULL for any set */
	const char *attr_value;       /* attribute value */
	const char *text;             /* substring of id, title, owner, ... */
	int sort;                     /* enum soa_sort (model/soa.h) */
	bool descending;
};

enum isms_status store_soa_count(struct db *db, const char *framework_id,
                                 const struct store_soa_view *v,
                                 size_t *total, char **cause);
enum isms_status store_soa_page(struct db *db, const char *framework_id,
                                const struct store_soa_view *v,
                                size_t offset, size_t limit,
                                struct soa_row **rows, size_t *n,
                                char **cause);
/* The first position (0-based, in the view's order) after from (dir +1)
 * or before it (-1), wrapping, of an entry whose id, title or owner
 * contains needle; from -1 is before the first.  ISMS_NOT_FOUND (no
 * message) when none does. */
enum isms_status store_soa_find(struct db *db, const char *framework_id,
                                const struct store_soa_view *v,
                                const char *needle, size_t from, int dir,
                                size_t *pos, char **cause);
/* Position of control id (any case) in the view; ISMS_NOT_FOUND when not
 * in it. */
enum isms_status store_soa_position(struct db *db, const char *framework_id,
                                    const struct store_soa_view *v,
                                    const char *id, size_t *pos,
                                    char **cause);

/* Entries per (applicable, status) pair, for the summary line. */
struct store_soa_tally {
	char *applicable;
	char *status;
	size_t n;
};
void store_soa_tally_free(struct store_soa_tally *t, size_t n);
enum isms_status store_soa_tally(struct db *db, const char *framework_id,
                                 struct store_soa_tally **t, size_t *n,
                                 char **cause);

/* Every attribute value of the framework in catalog order. */
struct store_attribute {
	char *set_id;
	char *set_title;
	char *value;
};
void store_attributes_free(struct store_attribute *a, size_t n);
enum isms_status store_attributes(struct db *db, const char *framework_id,
                                  struct store_attribute **a, size_t *n,
                                  char **cause);

/* The themes of the framework in order, with their titles and the id of
 * their first control ("A.5.1"; NULL when they have none). */
struct store_theme {
	char *id;
	char *title;
	char *first;
};
void store_themes_free(struct store_theme *t, size_t n);
enum isms_status store_theme_list(struct db *db, const char *framework_id,
                                  struct store_theme **t, size_t *n,
                                  char **cause);

/* ---- the risk matrix of the ISMS (store_matrix.c) ---- */

struct matrix_step {                  /* a likelihood or impact value */
	int value;                    /* 1 .. n */
	char *abbrev, *name, *criteria;
};

struct matrix_level {
	int rank;                     /* 0 = lowest */
	char *id, *name, *colour;
	int review_days;
};

struct matrix {
	char *id, *title;
	int version;
	int acceptance_rank;          /* highest acceptable level rank */
	struct matrix_step *likelihood, *impact;
	int n_likelihood, n_impact;
	struct matrix_level *levels;
	int n_levels;
	int *grid;                    /* [(l-1)*n_impact+(i-1)] = level rank */
};

void matrix_free(struct matrix *mx);
/* The matrix id as stored; ISMS_NOT_FOUND when there is none. */
enum isms_status store_matrix_load(struct db *db, const char *id,
                                   struct matrix **out, char **cause);
/* The ids of every matrix copied into the database. */
enum isms_status store_matrix_ids(struct db *db, char ***ids, size_t *n,
                                  char **cause);

/* ---- assets (store_asset.c) ---- */

struct asset_row {
	int64_t id;
	char *name, *type, *owner, *location, *classification;
	int c, i, a;                  /* 0 when not rated */
	char *notes;
	size_t n_risks;               /* risks that name the asset */
	int64_t rev;
	char *updated_at, *updated_by;
};

enum {
	STORE_ASSET_NAME, STORE_ASSET_TYPE, STORE_ASSET_OWNER,
	STORE_ASSET_LOCATION, STORE_ASSET_CLASSIFICATION, STORE_ASSET_C,
	STORE_ASSET_I, STORE_ASSET_A, STORE_ASSET_NOTES, STORE_ASSET_FIELDS
};
extern const struct row_table store_asset_table;

void asset_row_done(struct asset_row *row);
void asset_rows_free(struct asset_row *rows, size_t n);
enum isms_status store_asset_list(struct db *db, const char *text,
                                  struct asset_row **rows, size_t *n,
                                  char **cause);
/* One asset by id, or by name when id_or_name is not a number. */
enum isms_status store_asset_get(struct db *db, const char *id_or_name,
                                 struct asset_row *out, char **cause);
/* Insert with the name; the other fields follow through row_update(). */
enum isms_status store_asset_insert(struct db *db, const char *name,
                                    const struct row_author *author,
                                    int64_t *id, char **cause);
/* Delete asset id (its risk links too); history records it. */
enum isms_status store_asset_delete(struct db *db, int64_t id,
                                    const char *key,
                                    const struct row_author *author,
                                    char **cause);
/* Refs of the risks that name asset id. */
enum isms_status store_asset_risks(struct db *db, int64_t id, char ***refs,
                                   size_t *n, char **cause);

/* ---- risks (store_risk.c, store_risk_view.c) ---- */

struct risk_row {
	int64_t id;
	char *ref, *statement, *description, *threat, *vulnerability;
	char *owner, *identified;
	char *matrix_id;
	int matrix_version;
	int il, ii, rl, ri;           /* scores; 0 when not set */
	int inherent_rank, residual_rank;  /* -1 when not scored */
	char *tier, *treatment, *status, *next_review;
	char *assets;                 /* "Payroll DB; HR laptop" */
	char *controls;               /* "A.5.15,A.8.8", catalog order */
	char *accepted_by, *accepted_at, *accepted_until, *accepted_note;
	bool accepted;                /* an acceptance is on record */
	bool stale;                   /* ... but scores, treatment or
	                               * controls changed since */
	bool above;                   /* level above the acceptance criterion */
	int64_t rev;
	char *updated_at, *updated_by;
};

enum {
	STORE_RISK_STATEMENT, STORE_RISK_DESCRIPTION, STORE_RISK_THREAT,
	STORE_RISK_VULNERABILITY, STORE_RISK_OWNER, STORE_RISK_IDENTIFIED,
	STORE_RISK_IL, STORE_RISK_II, STORE_RISK_TIER, STORE_RISK_TREATMENT,
	STORE_RISK_RL, STORE_RISK_RI, STORE_RISK_STATUS, STORE_RISK_REVIEW,
	STORE_RISK_MATRIX_VERSION, STORE_RISK_FIELDS
};
extern const struct row_table store_risk_table;

void risk_row_done(struct risk_row *row);
void risk_rows_free(struct risk_row *rows, size_t n);

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
	const char *text;
	const char *control;          /* linked to this control id */
	const char *today;            /* YYYY-MM-DD */
	int sort;                     /* enum risk_sort (model/risk.h) */
	bool descending;
};

enum isms_status store_risk_count(struct db *db, const struct store_risk_view *v,
                                  size_t *total, char **cause);
/* Every risk, counted by the smallest index. */
enum isms_status store_risk_total(struct db *db, size_t *total, char **cause);
enum isms_status store_risk_page(struct db *db, const struct store_risk_view *v,
                                 size_t offset, size_t limit,
                                 struct risk_row **rows, size_t *n,
                                 char **cause);
/* The first position after from (dir +1) or before it (-1), wrapping,
 * whose ref, statement or owner contains needle. */
enum isms_status store_risk_find(struct db *db, const struct store_risk_view *v,
                                 const char *needle, size_t from, int dir,
                                 size_t *pos, char **cause);
enum isms_status store_risk_position(struct db *db,
                                     const struct store_risk_view *v,
                                     const char *ref, size_t *pos,
                                     char **cause);
/* Risk counts per (likelihood, impact) cell, inherent or residual:
 * counts[(l-1)*n_impact+(i-1)] for a matrix of n_l x n_i. */
enum isms_status store_risk_heat(struct db *db, bool residual, int n_l,
                                 int n_i, size_t *counts, char **cause);

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

/* Treatment actions. */
struct action_row {
	int64_t id;
	char *risk_ref;
	char *what, *control, *owner, *due, *status, *done;
	int64_t rev;
	char *updated_at, *updated_by;
};

enum {
	STORE_ACTION_WHAT, STORE_ACTION_CONTROL, STORE_ACTION_OWNER,
	STORE_ACTION_DUE, STORE_ACTION_STATUS, STORE_ACTION_DONE,
	STORE_ACTION_FIELDS
};
extern const struct row_table store_action_table;

void action_rows_free(struct action_row *rows, size_t n);
void action_row_done(struct action_row *row);
/* The actions of risk ref (NULL: of every risk), by risk then id. */
enum isms_status store_action_list(struct db *db, const char *ref,
                                   struct action_row **rows, size_t *n,
                                   char **cause);
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
	size_t count;                 /* scores (inherent and residual) */
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
/* Point the ISMS at another (imported) matrix, with history. */
enum isms_status store_isms_set_matrix(struct db *db, const char *old_id,
                                       const char *new_id,
                                       const struct row_author *author,
                                       char **cause);

#endif
