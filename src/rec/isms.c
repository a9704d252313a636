/*
 * isms.c - the descriptor of the ISMS record.
 */
#include "isms/rec/isms.h"

#define F(member, name, label, kind, flags, option) \
	REC_FIELD(struct isms_info, member, name, label, kind, flags, NULL, \
	    option, NULL, 0)

static const struct rec_field isms_fields[ISMS_FIELDS] = {
	[ISMS_ORG] = F(org, "org", "Organisation", REC_LINE, 0, "org"),
	[ISMS_SCOPE] = F(scope, "scope", "Scope", REC_TEXT, 0, "scope"),
	[ISMS_FRAMEWORK] = F(framework_id, "framework_id", "Framework",
	    REC_REF, REC_FIXED, NULL),
	[ISMS_FRAMEWORK_TITLE] = F(framework_title, "framework_title",
	    "Framework title", REC_LINE, REC_DERIVED, NULL),
	[ISMS_DOCUMENT_LIST] = F(document_list_id, "document_list_id",
	    "Document list", REC_REF, REC_FIXED, NULL),
	[ISMS_MATRIX] = F(matrix_id, "matrix_id", "Risk matrix", REC_REF,
	    REC_FIXED, NULL),
	[ISMS_MATRIX_TITLE] = F(matrix_title, "matrix_title", "Matrix title",
	    REC_LINE, REC_DERIVED, NULL),
	[ISMS_CREATED_AT] = F(created_at, "created_at", "Created at",
	    REC_LINE, REC_FIXED, NULL),
	[ISMS_CREATED_BY] = F(created_by, "created_by", "Created by",
	    REC_PERSON, REC_FIXED, NULL),
};

const struct rec_desc rec_isms = {
	"isms", "isms", "ISMS", sizeof(struct isms_info),
	offsetof(struct isms_info, row_id), offsetof(struct isms_info, rev),
	offsetof(struct isms_info, updated_at),
	offsetof(struct isms_info, updated_by),
	isms_fields, ISMS_FIELDS,
};

void
isms_info_done(struct isms_info *info)
{
	rec_done(&rec_isms, info);
}
