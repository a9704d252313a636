/*
 * soa.h - the Statement of Applicability: per Annex A control whether it
 * applies, why, how far it is implemented, and the rules that guard it:
 * an excluded control needs a justification, reason RA comes only from
 * risk links, statuses and reasons are closed vocabularies, dates are real.
 */
#ifndef ISMS_MODEL_SOA_H
#define ISMS_MODEL_SOA_H

#include "isms/model/isms.h"

/* Fields to change; NULL leaves a field as it is; "" clears a text field
 * or the review date. */
struct soa_patch {
	const char *applicable;       /* yes, no, undecided */
	const char *reasons;          /* "LR,CO" ...; RA refused */
	const char *justification;
	const char *status;           /* not-started, planned, partial, implemented */
	const char *how;
	const char *evidence;
	const char *owner;
	const char *reviewed;         /* YYYY-MM-DD */
};

/*
 * Entries in catalog order.  theme (NULL for all) is matched against the
 * framework's theme ids ignoring case; an unknown theme is ISMS_INVALID
 * naming the valid ones.  Free with soa_rows_free().
 */
enum isms_status soa_list(struct isms *m, const char *theme,
                          struct soa_row **rows, size_t *n, char **cause);

/* One entry by control id ("A.5.7"); release with soa_row_done(). */
enum isms_status soa_get(struct isms *m, const char *id, struct soa_row *out,
                         char **cause);

/* Apply patch to the entry of control id, read at expected_rev (-1: the
 * current one).  Errors as for clause_set(). */
enum isms_status soa_set(struct isms *m, const char *id,
                         const struct soa_patch *patch, int64_t expected_rev,
                         int64_t *new_rev, char **cause);

/* "Control type: Preventive" lines for control id; caller frees each line
 * and the array. */
enum isms_status soa_attributes(struct isms *m, const char *id,
                                char ***lines, size_t *n, char **cause);

#endif
