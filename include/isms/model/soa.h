/*
 * soa.h - the Statement of Applicability: per Annex A control whether it
 * applies, why, how far it is implemented, and the rules that guard it:
 * an excluded control needs a justification, reason RA comes only from
 * risk links, statuses and reasons are closed vocabularies, dates are real.
 * Entries change through reg_set(&reg_soa) (reg.h) with a struct rec_patch
 * of rec_soa's fields.
 */
#ifndef ISMS_MODEL_SOA_H
#define ISMS_MODEL_SOA_H

#include "isms/model/isms.h"

/*
 * Entries in catalog order.  theme (NULL for all) is any form
 * soa_theme_parse() accepts; an unknown theme is ISMS_INVALID naming the
 * valid ones.  Free with soa_rows_free().
 */
enum isms_status soa_list(struct isms *m, const char *theme,
                          struct soa_row **rows, size_t *n, char **cause);

/* The entries of soa_list(), with the risks linked to each, handed one
 * at a time to each(ctx, row) (a struct soa_row, released after the
 * call): an export of any length in little memory.  A nonzero return
 * stops the walk (*stopped, when not NULL). */
enum isms_status soa_each(struct isms *m, const char *theme,
                          int (*each)(void *ctx, const void *row), void *ctx,
                          int *stopped, char **cause);

/* One entry by control id ("A.5.7"); release with soa_row_done(). */
enum isms_status soa_get(struct isms *m, const char *id, struct soa_row *out,
                         char **cause);

/* "Control type: Preventive" lines for control id; caller frees each line
 * and the array. */
enum isms_status soa_attributes(struct isms *m, const char *id,
                                char ***lines, size_t *n, char **cause);

/* The canonical id of Annex A control id, given in any case (caller
 * frees); ISMS_NOT_FOUND naming it when there is no such control. */
enum isms_status soa_control_id(struct isms *m, const char *id, char **out,
                                char **cause);

/* The theme ids of the framework in catalog order ("Organizational", ...);
 * caller frees each and the array. */
enum isms_status soa_themes(struct isms *m, char ***ids, size_t *n,
                            char **cause);

/* The theme id (caller frees) that in names: an id ("Organizational"), a
 * title ("Organizational controls") or the section of its controls ("5"
 * or "A.5"), in any case.  ISMS_INVALID naming the theme ids otherwise. */
enum isms_status soa_theme_parse(struct isms *m, const char *in, char **id,
                                 char **cause);

/* ---- views of the SoA for tables (soa_query.c) ---- */

enum soa_sort {
	SOA_SORT_ORDER,               /* catalog order, A.5.1 ... A.8.34 */
	SOA_SORT_ID = SOA_SORT_ORDER,
	SOA_SORT_TITLE,
	SOA_SORT_THEME,
	SOA_SORT_APPLICABLE,
	SOA_SORT_REASONS,
	SOA_SORT_STATUS,
	SOA_SORT_OWNER,
	SOA_SORT_REVIEWED,
	SOA_SORT_RISKS,               /* how many risks are linked */
	SOA_SORT_COUNT
};

/* The column names soa_sort_parse() accepts, in enum order. */
extern const char *const soa_sort_names[SOA_SORT_COUNT];

/* A view of the SoA; every member NULL (or 0) is "all, in catalog order".
 * The strings are borrowed. */
struct soa_query {
	const char *theme;            /* soa_theme_parse(): "Organizational",
	                               * "organizational controls", "5" */
	const char *applicable;       /* any form vocab_parse() accepts */
	const char *status;           /* ditto */
	const char *attribute;        /* ISO/IEC 27002 attribute value, any
	                               * case, "#" optional: "Detective",
	                               * "#respond", "Control type:Detective" */
	const char *const *attributes;  /* more values, each of which the
	                                 * control must have too (at most 4
	                                 * values in all) */
	size_t n_attributes;
	const char *text;             /* substring of id, title, owner,
	                               * justification, how or evidence */
	enum soa_sort sort;
	bool descending;              /* ties stay in catalog order */
};

/* enum soa_sort of a column name ("status"); ISMS_INVALID naming the
 * choices otherwise. */
enum isms_status soa_sort_parse(const char *name, enum soa_sort *out,
                                char **cause);

/* The views of the SoA are reg_view_*() on reg_soa (reg.h) with a struct
 * soa_query: an unknown theme, applicability, status or attribute value
 * is ISMS_INVALID naming the member and the choices; find looks in the
 * id, title and owner; records are named by control id. */

struct soa_summary {
	size_t total, applicable, excluded, undecided;
	size_t implemented;           /* applicable and implemented */
	size_t by_status[4];          /* applicable ones per status, vocab
					 order */
};

/* Counts for the summary line. */
enum isms_status soa_summarize(struct isms *m, struct soa_summary *out,
                               char **cause);

/* "Set title: value" lines of every attribute value of the framework, in
 * catalog order, for a filter list; caller frees each and the array. */
enum isms_status soa_attribute_values(struct isms *m, char ***lines,
                                      size_t *n, char **cause);

#endif
