/*
 * version.c - the descriptors of approved register versions and of the
 * differences between two of them.
 */
#include "isms/rec/version.h"

#define F(member, name, label, kind, flags, vocab, option, head, width) \
	REC_FIELD(struct version_row, member, name, label, kind, flags, \
	    vocab, option, head, width)

static const struct rec_field version_fields[VERSION_FIELDS] = {
	[VERSION_NUMBER] = F(version, "version", "Version", REC_NUMBER,
	    REC_KEY, NULL, NULL, "VERSION", 7),
	[VERSION_BY] = F(approved_by, "approved_by", "Approved by",
	    REC_PERSON, 0, NULL, NULL, "APPROVED BY", 18),
	[VERSION_ON] = F(approved_on, "approved_on", "Approved on", REC_DATE,
	    0, NULL, NULL, "ON", 10),
	[VERSION_NOTE] = F(note, "note", "Note", REC_LINE, 0, NULL, NULL,
	    "NOTE", 30),
	[VERSION_SHA256] = F(sha256, "sha256", "SHA-256", REC_LINE, 0, NULL,
	    NULL, NULL, 64),
	[VERSION_ITEMS] = F(items, "items", "Records", REC_NUMBER, 0, NULL,
	    NULL, NULL, 5),
	[VERSION_UNDECIDED] = F(undecided, "undecided", "Undecided", REC_LINE,
	    0, NULL, NULL, NULL, 20),
};

const struct rec_desc rec_version = {
	"version", "register_version", "version", sizeof(struct version_row),
	offsetof(struct version_row, id), offsetof(struct version_row, rev),
	offsetof(struct version_row, updated_at),
	offsetof(struct version_row, updated_by),
	version_fields, VERSION_FIELDS,
};

#undef F
#define F(member, name, label, kind, flags, vocab, option, head, width) \
	REC_FIELD(struct change_row, member, name, label, kind, flags, \
	    vocab, option, head, width)

static const struct rec_field change_fields[CHANGE_FIELDS] = {
	[CHANGE_KEY] = F(key, "key", "Record", REC_LINE, REC_KEY, NULL, NULL,
	    "RECORD", 8),
	[CHANGE_FIELD] = F(field, "field", "Field", REC_LINE, 0, NULL, NULL,
	    "FIELD", 16),
	[CHANGE_OLD] = F(old_value, "old", "Before", REC_TEXT, 0, NULL, NULL,
	    "BEFORE", 30),
	[CHANGE_NEW] = F(new_value, "new", "After", REC_TEXT, 0, NULL, NULL,
	    "AFTER", 30),
};

const struct rec_desc rec_change = {
	"change", "register_version_item", "change", sizeof(struct change_row),
	offsetof(struct change_row, id), offsetof(struct change_row, rev),
	offsetof(struct change_row, updated_at),
	offsetof(struct change_row, updated_by),
	change_fields, CHANGE_FIELDS,
};
