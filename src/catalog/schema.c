/*
 * schema.c - libcyaml schemas for frameworks, document lists and risk
 * matrices.
 *
 * One section per kind, each built from the raw structs of schema.h.  The
 * schema is C code that libcyaml trusts with pointer arithmetic, so it stays
 * as plain as possible: strings are pointers with a bounded length, lists
 * are pointers with a bounded count, every key is optional, nothing is
 * CYAML_UNLIMITED.  Unknown keys are errors because the loader never sets
 * CYAML_CFG_IGNORE_UNKNOWN_KEYS.
 */
#include "isms/catalog/schema.h"

#define OPT (CYAML_FLAG_POINTER | CYAML_FLAG_OPTIONAL)

/* A string member of a raw struct. */
#define SCHEMA_STRING(key, type, member) \
	CYAML_FIELD_STRING_PTR(key, OPT, type, member, 0, \
	    CATALOG_SCHEMA_MAX_STRING)

/* A list member of a raw struct, counted in n_<member>. */
#define SCHEMA_LIST(key, type, member, entry, max) \
	CYAML_FIELD_SEQUENCE_COUNT(key, OPT, type, member, n_##member, \
	    entry, 0, max)

/* The four common keys, for a raw struct embedding catalog_raw_head. */
#define SCHEMA_HEAD(type) \
	SCHEMA_STRING("format", type, head.format), \
	SCHEMA_STRING("kind", type, head.kind), \
	SCHEMA_STRING("id", type, head.id), \
	SCHEMA_STRING("title", type, head.title)

static const cyaml_schema_value_t schema_string = {
	CYAML_VALUE_STRING(CYAML_FLAG_POINTER, char, 0,
	    CATALOG_SCHEMA_MAX_STRING),
};

/* --- kind: framework ------------------------------------------------- */

static const cyaml_schema_field_t schema_theme_fields[] = {
	SCHEMA_STRING("id", struct catalog_raw_theme, id),
	SCHEMA_STRING("title", struct catalog_raw_theme, title),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t schema_theme = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct catalog_raw_theme,
	    schema_theme_fields),
};

static const cyaml_schema_field_t schema_attr_set_fields[] = {
	SCHEMA_STRING("id", struct catalog_raw_attr_set, id),
	SCHEMA_STRING("title", struct catalog_raw_attr_set, title),
	SCHEMA_LIST("values", struct catalog_raw_attr_set, values,
	    &schema_string, CATALOG_SCHEMA_MAX_LIST),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t schema_attr_set = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct catalog_raw_attr_set,
	    schema_attr_set_fields),
};

static const cyaml_schema_field_t schema_attr_fields[] = {
	SCHEMA_STRING("set", struct catalog_raw_attr, set),
	SCHEMA_LIST("values", struct catalog_raw_attr, values,
	    &schema_string, CATALOG_SCHEMA_MAX_LIST),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t schema_attr = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct catalog_raw_attr,
	    schema_attr_fields),
};

static const cyaml_schema_field_t schema_requirement_fields[] = {
	SCHEMA_STRING("id", struct catalog_raw_requirement, id),
	SCHEMA_STRING("kind", struct catalog_raw_requirement, kind),
	SCHEMA_STRING("parent", struct catalog_raw_requirement, parent),
	SCHEMA_STRING("title", struct catalog_raw_requirement, title),
	SCHEMA_STRING("summary", struct catalog_raw_requirement, summary),
	SCHEMA_STRING("theme", struct catalog_raw_requirement, theme),
	SCHEMA_STRING("new", struct catalog_raw_requirement, is_new),
	SCHEMA_LIST("attributes", struct catalog_raw_requirement, attrs,
	    &schema_attr, CATALOG_SCHEMA_MAX_LIST),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t schema_requirement = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT,
	    struct catalog_raw_requirement, schema_requirement_fields),
};

static const cyaml_schema_field_t schema_framework_fields[] = {
	SCHEMA_HEAD(struct catalog_raw_framework),
	SCHEMA_STRING("version", struct catalog_raw_framework, version),
	SCHEMA_LIST("themes", struct catalog_raw_framework, themes,
	    &schema_theme, CATALOG_SCHEMA_MAX_LIST),
	SCHEMA_LIST("attribute_sets", struct catalog_raw_framework, attr_sets,
	    &schema_attr_set, CATALOG_SCHEMA_MAX_LIST),
	SCHEMA_LIST("requirements", struct catalog_raw_framework, reqs,
	    &schema_requirement, CATALOG_SCHEMA_MAX_ITEMS),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t schema_framework = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, struct catalog_raw_framework,
	    schema_framework_fields),
};

/* --- kind: documents ------------------------------------------------- */

static const cyaml_schema_field_t schema_document_fields[] = {
	SCHEMA_STRING("id", struct catalog_raw_document, id),
	SCHEMA_STRING("kind", struct catalog_raw_document, kind),
	SCHEMA_STRING("name", struct catalog_raw_document, name),
	SCHEMA_STRING("ref", struct catalog_raw_document, ref),
	SCHEMA_STRING("item", struct catalog_raw_document, item),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t schema_document = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct catalog_raw_document,
	    schema_document_fields),
};

static const cyaml_schema_field_t schema_documents_fields[] = {
	SCHEMA_HEAD(struct catalog_raw_documents),
	SCHEMA_STRING("framework", struct catalog_raw_documents, framework),
	SCHEMA_LIST("documents", struct catalog_raw_documents, docs,
	    &schema_document, CATALOG_SCHEMA_MAX_ITEMS),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t schema_documents = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, struct catalog_raw_documents,
	    schema_documents_fields),
};

/* --- kind: risk-matrix ----------------------------------------------- */

static const cyaml_schema_field_t schema_scale_level_fields[] = {
	SCHEMA_STRING("abbrev", struct catalog_raw_scale_level, abbrev),
	SCHEMA_STRING("name", struct catalog_raw_scale_level, name),
	SCHEMA_STRING("criteria", struct catalog_raw_scale_level, criteria),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t schema_scale_level = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT,
	    struct catalog_raw_scale_level, schema_scale_level_fields),
};

static const cyaml_schema_field_t schema_risk_level_fields[] = {
	SCHEMA_STRING("id", struct catalog_raw_risk_level, id),
	SCHEMA_STRING("name", struct catalog_raw_risk_level, name),
	SCHEMA_STRING("colour", struct catalog_raw_risk_level, colour),
	SCHEMA_STRING("review_days", struct catalog_raw_risk_level,
	    review_days),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t schema_risk_level = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, struct catalog_raw_risk_level,
	    schema_risk_level_fields),
};

static const cyaml_schema_field_t schema_matrix_fields[] = {
	SCHEMA_HEAD(struct catalog_raw_matrix),
	SCHEMA_LIST("likelihood", struct catalog_raw_matrix, likelihood,
	    &schema_scale_level, CATALOG_SCHEMA_MAX_LIST),
	SCHEMA_LIST("impact", struct catalog_raw_matrix, impact,
	    &schema_scale_level, CATALOG_SCHEMA_MAX_LIST),
	SCHEMA_LIST("levels", struct catalog_raw_matrix, levels,
	    &schema_risk_level, CATALOG_SCHEMA_MAX_LIST),
	CYAML_FIELD_IGNORE("grid", CYAML_FLAG_OPTIONAL),
	SCHEMA_STRING("acceptance", struct catalog_raw_matrix, acceptance),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t schema_matrix = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, struct catalog_raw_matrix,
	    schema_matrix_fields),
};

const cyaml_schema_value_t *
catalog_schema(enum catalog_kind kind)
{
	switch (kind) {
	case CATALOG_DOCUMENTS:
		return &schema_documents;
	case CATALOG_MATRIX:
		return &schema_matrix;
	case CATALOG_FRAMEWORK:
	default:
		return &schema_framework;
	}
}
