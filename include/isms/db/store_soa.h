/*
 * store_soa.h - the Statement of Applicability: entries, attributes and
 * themes of the framework, and views by window (store_soa_query.c).
 * Seen only by src/db/ and src/model/.
 */
#ifndef ISMS_DB_STORE_SOA_H
#define ISMS_DB_STORE_SOA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/db/db.h"
#include "isms/db/row.h"
#include "isms/rec/soa.h"

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

#endif
