/*
 * asset.h - the asset inventory (A.5.9): what the ISMS protects, who owns
 * it, where it is, how it is classified and how much its confidentiality,
 * integrity and availability matter (1 to 5).
 */
#ifndef ISMS_MODEL_ASSET_H
#define ISMS_MODEL_ASSET_H

#include "isms/model/isms.h"

/* Fields to change; NULL leaves a field, "" clears it (not the name). */
struct asset_patch {
	const char *name;
	const char *type;             /* vocab_asset_type */
	const char *owner;
	const char *location;
	const char *classification;
	const char *c, *i, *a;        /* "1".."5", "" clears */
	const char *notes;
};

/* Assets by name (text: a substring filter, or NULL); free with
 * asset_rows_free(). */
enum isms_status asset_list(struct isms *m, const char *text,
                            struct asset_row **rows, size_t *n,
                            char **cause);

/* One asset by number or (unique) name; asset_row_done() releases it. */
enum isms_status asset_get(struct isms *m, const char *key,
                           struct asset_row *out, char **cause);

/* Add an asset named patch->name with the other fields of patch; *id
 * receives its number. */
enum isms_status asset_add(struct isms *m, const struct asset_patch *patch,
                           int64_t *id, char **cause);

/* Change asset key read at expected_rev (-1: current). */
enum isms_status asset_set(struct isms *m, const char *key,
                           const struct asset_patch *patch,
                           int64_t expected_rev, char **cause);

/* Delete asset key.  Refused (ISMS_CONFLICT naming them) while risks name
 * it, unless force, which unlinks it from them first. */
enum isms_status asset_rm(struct isms *m, const char *key, bool force,
                          char **cause);

#endif
