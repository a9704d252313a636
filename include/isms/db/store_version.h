/*
 * store_version.h - the approved versions of the SoA and the treatment
 * plan, and their frozen content (store_version.c).  Seen only by
 * src/db/ and src/model/.
 */
#ifndef ISMS_DB_STORE_VERSION_H
#define ISMS_DB_STORE_VERSION_H

#include <stddef.h>
#include <stdint.h>

#include "isms/db/db.h"
#include "isms/db/row.h"
#include "isms/rec/version.h"

/* One frozen value: field of the record key, the ord-th record. */
struct version_item {
	int ord;
	char *key, *field, *value;
};

void version_items_free(struct version_item *items, size_t n);

/* The versions of reg ("soa", "treatment"), oldest first. */
enum isms_status store_version_list(struct db *db, const char *reg,
                                    struct version_row **rows, size_t *n,
                                    char **cause);
/* The highest version of reg, 0 when none. */
enum isms_status store_version_last(struct db *db, const char *reg,
                                    int *version, char **cause);
/* The frozen values of version of reg in record order; ISMS_NOT_FOUND
 * (no message) when there is no such version. */
enum isms_status store_version_items(struct db *db, const char *reg,
                                     int version, struct version_item **items,
                                     size_t *n, char **cause);
/* Store version v of reg (approved_by, approved_on, note, sha256 of *v)
 * with its n items, and record it in history (entity "REG_version", key
 * the number): who approved it, the note and the hash. */
enum isms_status store_version_insert(struct db *db, const char *reg,
                                      const struct version_row *v,
                                      const struct version_item *items,
                                      size_t n,
                                      const struct row_author *author,
                                      char **cause);

#endif
