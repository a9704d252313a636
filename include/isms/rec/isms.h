/*
 * isms.h - the ISMS record itself (organisation, scope, the catalogs it
 * was made from) and its descriptor.
 *
 * A struct isms_info owns its strings: isms_info_done().
 */
#ifndef ISMS_REC_ISMS_H
#define ISMS_REC_ISMS_H

#include <stdint.h>

#include "isms/rec/rec.h"

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

/* Field indexes of rec_isms. */
enum {
	ISMS_ORG, ISMS_SCOPE, ISMS_FRAMEWORK, ISMS_FRAMEWORK_TITLE,
	ISMS_DOCUMENT_LIST, ISMS_MATRIX, ISMS_MATRIX_TITLE, ISMS_CREATED_AT,
	ISMS_CREATED_BY, ISMS_FIELDS
};

extern const struct rec_desc rec_isms;

void isms_info_done(struct isms_info *info);

#endif
