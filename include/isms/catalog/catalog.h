/*
 * catalog.h - YAML catalogs: frameworks, document lists and risk matrices.
 *
 * A catalog is read from a file with a size cap, parsed with libcyaml
 * through the schemas in src/catalog/, then validated; every problem is
 * collected as "FILE:LINE: message" in a struct diag_list.  A catalog that
 * loads without problems is returned as a struct catalog which the caller
 * owns and releases with catalog_free().  All strings are NUL-terminated
 * UTF-8 without control characters (the validator checks this).
 *
 * The format is documented in isms-catalog(5).
 */
#ifndef ISMS_CATALOG_CATALOG_H
#define ISMS_CATALOG_CATALOG_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/util/diag.h"
#include "isms/util/status.h"

enum catalog_kind {
	CATALOG_FRAMEWORK,
	CATALOG_DOCUMENTS,
	CATALOG_MATRIX,
};

/* "framework", "documents", "risk-matrix". */
const char *catalog_kind_name(enum catalog_kind kind);

/* One value set of attributes, e.g. control_type = Preventive|Detective|... */
struct catalog_attr_set {
	char *id;
	char *title;
	char **values;
	size_t n_values;
};

struct catalog_theme {
	char *id;        /* e.g. "Organizational" */
	char *title;     /* e.g. "Organizational controls" */
};

/* The values a requirement has in one attribute set. */
struct catalog_attr {
	char *set;       /* an id from catalog_framework.attr_sets */
	char **values;
	size_t n_values;
};

struct catalog_requirement {
	char *id;        /* "4.1", "A.5.7" */
	char *kind;      /* "clause" or "control" */
	char *parent;    /* id of the parent requirement, or NULL */
	char *title;
	char *summary;   /* our own one-line summary */
	char *theme;     /* controls: an id from catalog_framework.themes */
	bool is_new;     /* new in this edition of the framework */
	struct catalog_attr *attrs;
	size_t n_attrs;
};

struct catalog_framework {
	char *title;
	char *version;
	struct catalog_theme *themes;
	size_t n_themes;
	struct catalog_attr_set *attr_sets;
	size_t n_attr_sets;
	struct catalog_requirement *reqs;   /* in catalog order, parents
					       first */
	size_t n_reqs;
};

struct catalog_document {
	char *id;        /* "D-01" */
	char *kind;      /* document, record, control-document,
			    control-record */
	char *name;
	char *ref;       /* requirement id in the framework: "6.1.3", "A.5.9" */
	char *item;      /* list item within ref ("d"), or NULL */
};

struct catalog_documents {
	char *title;
	char *framework;                    /* id of the framework catalog */
	struct catalog_document *docs;
	size_t n_docs;
};

/* A likelihood or impact level; its value is its 1-based position. */
struct catalog_scale_level {
	char *abbrev;
	char *name;
	char *criteria;
};

struct catalog_risk_level {
	char *id;
	char *name;
	char *colour;        /* one of the eight curses colour names */
	unsigned review_days;/* review interval of risks at this level */
};

struct catalog_matrix {
	char *title;
	struct catalog_scale_level *likelihood;   /* lowest first */
	size_t n_likelihood;
	struct catalog_scale_level *impact;       /* lowest first */
	size_t n_impact;
	struct catalog_risk_level *levels;        /* lowest first */
	size_t n_levels;
	/* grid[(l - 1) * n_impact + (i - 1)] is the index into levels of the
	 * cell with likelihood l and impact i. */
	unsigned *grid;
	unsigned acceptance;  /* index into levels: highest acceptable level */
};

struct catalog {
	enum catalog_kind kind;
	char *id;
	char *path;           /* the file it was loaded from */
	union {
		struct catalog_framework framework;
		struct catalog_documents documents;
		struct catalog_matrix matrix;
	} u;
};

/* Largest catalog file accepted, in bytes. */
#define CATALOG_MAX_BYTES (8u * 1024 * 1024)

/* Limits of the format (isms-catalog(5)); the validator enforces them. */
#define CATALOG_FORMAT 1            /* the only "format:" version so far */
#define CATALOG_MAX_ID 64           /* bytes of any id */
#define CATALOG_MAX_TITLE 200       /* bytes of titles, names, version */
#define CATALOG_MAX_TEXT 400        /* bytes of summaries and criteria */
#define CATALOG_MAX_ABBREV 4        /* characters of a scale abbreviation */
#define CATALOG_MIN_LEVELS 2        /* levels of each matrix scale ... */
#define CATALOG_MAX_LEVELS 10       /* ... and of risk levels */
#define CATALOG_MAX_REVIEW_DAYS 3650

/*
 * Load and validate the catalog at path.  On success returns ISMS_OK and
 * sets *out (caller frees with catalog_free).  On failure returns
 * ISMS_CATALOG (problems appended to diags sorted by line, *out NULL) or
 * ISMS_IO (the file cannot be read or is larger than CATALOG_MAX_BYTES; one
 * diag without a line says why), or ISMS_NOMEM when memory ran out in
 * libyaml or libcyaml (a diag says so).  diags may be NULL to discard
 * problems.
 * Never prints, crashes or hangs on malformed, truncated, binary, huge or
 * hostile input.
 */
enum isms_status catalog_load(const char *path, struct catalog **out,
                              struct diag_list *diags);

/* Check a document list against the framework it names: its "framework"
 * must be fw's id and every ref a requirement of fw.  Problems go to diags,
 * located by reading docs->path again; returns ISMS_OK or ISMS_CATALOG (also
 * when docs or fw is NULL or of the wrong kind). */
enum isms_status catalog_check_documents(const struct catalog *docs,
                                         const struct catalog *fw,
                                         struct diag_list *diags);

/* Release c and everything it owns; NULL is a no-op. */
void catalog_free(struct catalog *c);

/* Find a requirement of a framework catalog by id, or NULL. */
const struct catalog_requirement *
catalog_requirement_find(const struct catalog *fw, const char *id);

#endif
