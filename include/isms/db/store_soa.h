/*
 * store_soa.h - the Statement of Applicability: entries, attributes and
 * themes of the framework, and its view for the engine of view.h
 * (store_soa_query.c).
 * Seen only by src/db/ and src/model/.
 */
#ifndef ISMS_DB_STORE_SOA_H
#define ISMS_DB_STORE_SOA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/db/db.h"
#include "isms/db/row.h"
#include "isms/db/view.h"
#include "isms/rec/soa.h"

/* All controls in catalog order; theme NULL for every theme. */
enum isms_status store_soa_list(struct db *db, const char *framework_id,
                                const char *theme, struct soa_row **rows,
                                size_t *n, char **cause);
/* The same, one entry at a time (rec_sql_each()), for an export. */
enum isms_status store_soa_each(struct db *db, const char *framework_id,
                                const char *theme,
                                int (*each)(void *ctx, const void *row),
                                void *ctx, int *stopped, char **cause);
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

/* ---- SoA views: filtered, sorted, by window (store_soa_query.c) ---- */

/* At most this many attribute values narrow one view. */
#define STORE_SOA_ATTRS 4

/* The filter of an SoA view (store_soa_view_sql): canonical members (the
 * model has checked them); NULL for "any". */
struct store_soa_view {
	const char *framework_id;
	const char *theme;            /* theme id */
	const char *applicable;       /* vocabulary token */
	const char *status;           /* vocabulary token */
	/* attribute values a control must all have: set id (NULL for any
	 * set) and value, NULL values unused */
	const char *attr_set[STORE_SOA_ATTRS];
	const char *attr_value[STORE_SOA_ATTRS];
	const char *text;             /* substring of id, title, owner, ... */
};

/* The SoA for the view engine (view.h): sorts in the order of enum
 * soa_sort (model/soa.h), ties in catalog order, rows named by control
 * id, found by id, title or owner. */
extern const struct view_sql store_soa_view_sql;

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

#endif
