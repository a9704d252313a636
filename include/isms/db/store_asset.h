/*
 * store_asset.h - the asset inventory (store_asset.c).
 * Seen only by src/db/ and src/model/.
 */
#ifndef ISMS_DB_STORE_ASSET_H
#define ISMS_DB_STORE_ASSET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/db/db.h"
#include "isms/db/row.h"
#include "isms/rec/asset.h"

enum isms_status store_asset_list(struct db *db, const char *text,
                                  struct asset_row **rows, size_t *n,
                                  char **cause);
/* One asset by id, or by name when id_or_name is not a number. */
enum isms_status store_asset_get(struct db *db, const char *id_or_name,
                                 struct asset_row *out, char **cause);
/* Insert with the name; the other fields follow through row_update(). */
enum isms_status store_asset_insert(struct db *db, const char *name,
                                    const struct row_author *author,
                                    int64_t *id, char **cause);
/* Delete asset id (its risk links too); history records it. */
enum isms_status store_asset_delete(struct db *db, int64_t id,
                                    const char *key,
                                    const struct row_author *author,
                                    char **cause);
/* Refs of the risks that name asset id. */
enum isms_status store_asset_risks(struct db *db, int64_t id, char ***refs,
                                   size_t *n, char **cause);

#endif
