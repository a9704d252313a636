/*
 * asset.c - the descriptor of the asset inventory.
 */
#include "isms/rec/asset.h"
#include "isms/rec/vocab.h"

#define F(member, name, label, kind, flags, vocab, option, head, width) \
	REC_FIELD(struct asset_row, member, name, label, kind, flags, vocab, \
	    option, head, width)

static const struct rec_field asset_fields[ASSET_FIELDS] = {
	[ASSET_NAME] = F(name, "name", "Name", REC_LINE, REC_REQUIRED, NULL,
	    "name", "NAME", 24),
	[ASSET_TYPE] = F(type, "type", "Type", REC_TERM, REC_REQUIRED,
	    &vocab_asset_type, "type", "TYPE", 11),
	[ASSET_OWNER] = F(owner, "owner", "Owner", REC_PERSON, 0, NULL,
	    "owner", "OWNER", 14),
	[ASSET_LOCATION] = F(location, "location", "Location", REC_LINE, 0,
	    NULL, "location", "LOCATION", 14),
	[ASSET_CLASSIFICATION] = F(classification, "classification",
	    "Classification", REC_LINE, 0, NULL, "classification", "CLASS",
	    12),
	[ASSET_C] = F(c, "confidentiality", "Confidentiality", REC_RATING, 0,
	    NULL, "confidentiality", "C", 1),
	[ASSET_I] = F(i, "integrity", "Integrity", REC_RATING, 0, NULL,
	    "integrity", "I", 1),
	[ASSET_A] = F(a, "availability", "Availability", REC_RATING, 0, NULL,
	    "availability", "A", 1),
	[ASSET_RISKS] = F(n_risks, "risks", "Risks", REC_NUMBER, REC_DERIVED,
	    NULL, NULL, "RISKS", 5),
	[ASSET_NOTES] = F(notes, "notes", "Notes", REC_TEXT, 0, NULL, "notes",
	    NULL, 30),
};

const struct rec_desc rec_asset = {
	"asset", "asset", "asset", sizeof(struct asset_row),
	offsetof(struct asset_row, id), offsetof(struct asset_row, rev),
	offsetof(struct asset_row, updated_at),
	offsetof(struct asset_row, updated_by),
	asset_fields, ASSET_FIELDS,
};

void
asset_row_done(struct asset_row *row)
{
	rec_done(&rec_asset, row);
}

void
asset_rows_free(struct asset_row *rows, size_t n)
{
	rec_free(&rec_asset, rows, n);
}
