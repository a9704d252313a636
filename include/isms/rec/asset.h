/*
 * asset.h - an asset of the inventory (A.5.9) and its descriptor.
 *
 * A struct asset_row owns its strings: asset_row_done() (rec_done())
 * frees them, asset_rows_free() an array of rows.
 */
#ifndef ISMS_REC_ASSET_H
#define ISMS_REC_ASSET_H

#include <stddef.h>
#include <stdint.h>

#include "isms/rec/rec.h"

struct asset_row {
	int64_t id;
	char *name, *type, *owner, *location, *classification;
	int c, i, a;                  /* 0 when not rated */
	int n_risks;                  /* risks that name the asset */
	char *notes;
	int64_t rev;
	char *updated_at, *updated_by;
};

/* Field indexes of rec_asset. */
enum {
	ASSET_NAME, ASSET_TYPE, ASSET_OWNER, ASSET_LOCATION,
	ASSET_CLASSIFICATION, ASSET_C, ASSET_I, ASSET_A, ASSET_RISKS,
	ASSET_NOTES, ASSET_FIELDS
};

extern const struct rec_desc rec_asset;

void asset_row_done(struct asset_row *row);
void asset_rows_free(struct asset_row *rows, size_t n);

#endif
