/*
 * schema.h - the libcyaml schemas of the three catalog kinds, and the raw
 * structs libcyaml decodes into.
 *
 * The raw structs mirror the YAML exactly: every scalar is a string (numbers
 * and booleans are parsed strictly by the validator, because libcyaml 1.3.1
 * accepts "12abc" as 12 and any word as true), every key is optional (the
 * validator reports all missing keys at once, with lines), and string and
 * list sizes have hard upper bounds that only protect memory; the format's
 * own, tighter limits are the validator's to report.  The risk matrix grid
 * is a list of lists, which libcyaml cannot decode, so the schema skips it
 * and the validator reads it from the line index (lines.h).
 *
 * Only src/catalog includes this header; it is the one place besides the
 * sources there that sees <cyaml/cyaml.h>.
 */
#ifndef ISMS_CATALOG_SCHEMA_H
#define ISMS_CATALOG_SCHEMA_H

#include <cyaml/cyaml.h>

#include "isms/catalog/catalog.h"

/* Hard bounds enforced by libcyaml while decoding. */
#define CATALOG_SCHEMA_MAX_STRING 4096     /* bytes of any scalar */
#define CATALOG_SCHEMA_MAX_ITEMS 5000      /* requirements, documents */
#define CATALOG_SCHEMA_MAX_LIST 256        /* any other list */

/* The keys every catalog has. */
struct catalog_raw_head {
	char *format;
	char *kind;
	char *id;
	char *title;
};

struct catalog_raw_theme {
	char *id;
	char *title;
};

struct catalog_raw_attr_set {
	char *id;
	char *title;
	char **values;
	unsigned n_values;
};

struct catalog_raw_attr {
	char *set;
	char **values;
	unsigned n_values;
};

struct catalog_raw_requirement {
	char *id;
	char *kind;
	char *parent;
	char *title;
	char *summary;
	char *theme;
	char *is_new;            /* key "new" */
	struct catalog_raw_attr *attrs;
	unsigned n_attrs;
};

struct catalog_raw_framework {
	struct catalog_raw_head head;
	char *version;
	struct catalog_raw_theme *themes;
	unsigned n_themes;
	struct catalog_raw_attr_set *attr_sets;
	unsigned n_attr_sets;
	struct catalog_raw_requirement *reqs;
	unsigned n_reqs;
};

struct catalog_raw_document {
	char *id;
	char *kind;
	char *name;
	char *ref;
	char *item;
};

struct catalog_raw_documents {
	struct catalog_raw_head head;
	char *framework;
	struct catalog_raw_document *docs;
	unsigned n_docs;
};

struct catalog_raw_scale_level {
	char *abbrev;
	char *name;
	char *criteria;
};

struct catalog_raw_risk_level {
	char *id;
	char *name;
	char *colour;
	char *review_days;
};

struct catalog_raw_matrix {
	struct catalog_raw_head head;
	struct catalog_raw_scale_level *likelihood;
	unsigned n_likelihood;
	struct catalog_raw_scale_level *impact;
	unsigned n_impact;
	struct catalog_raw_risk_level *levels;
	unsigned n_levels;
	char *acceptance;        /* "grid" is skipped; see above */
};

/* The top-level schema for kind: a pointer to struct catalog_raw_framework,
 * catalog_raw_documents or catalog_raw_matrix.  Static; never NULL. */
const cyaml_schema_value_t *catalog_schema(enum catalog_kind kind);

#endif
