/*
 * soa.h - an entry of the Statement of Applicability and its descriptor.
 *
 * A struct soa_row owns its strings: soa_row_done(), soa_rows_free().
 */
#ifndef ISMS_REC_SOA_H
#define ISMS_REC_SOA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/rec/rec.h"

struct soa_row {
	int64_t row_id;
	char *id;                     /* control id, "A.5.7" */
	char *title;
	char *summary;
	char *theme;
	char *applicable;             /* yes, no, undecided */
	char *reasons;                /* stored tokens "LR,CO" (never RA) */
	bool risk_linked;             /* reason RA, derived from risk links */
	char *risks;                  /* "R-001,R-007" or "" (a record and
	                               * its exports; "" in lists) */
	int risk_count;               /* how many risks are linked */
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

/* Field indexes of rec_soa. */
enum {
	SOA_ID, SOA_TITLE, SOA_SUMMARY, SOA_THEME, SOA_APPLICABLE, SOA_REASONS,
	SOA_RISK_LINKED, SOA_RISKS, SOA_RISK_COUNT, SOA_JUSTIFICATION,
	SOA_STATUS, SOA_HOW, SOA_EVIDENCE, SOA_OWNER, SOA_REVIEWED, SOA_FIELDS
};

extern const struct rec_desc rec_soa;

void soa_row_done(struct soa_row *row);
void soa_rows_free(struct soa_row *rows, size_t n);

#endif
