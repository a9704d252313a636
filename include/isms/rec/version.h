/*
 * version.h - the approved versions of a register that is also a
 * document (the SoA, the risk treatment plan): who approved version N and
 * when, the hash of its frozen content, and what changed between two
 * versions; with their descriptors.
 *
 * Rows own their strings: rec_done() / rec_free() with the descriptor.
 */
#ifndef ISMS_REC_VERSION_H
#define ISMS_REC_VERSION_H

#include <stddef.h>
#include <stdint.h>

#include "isms/rec/rec.h"

struct version_row {
	int64_t id;
	int version;                  /* from 1 */
	char *approved_by, *approved_on, *note;
	char *sha256;                 /* of the frozen content */
	int items;                    /* records frozen */
	char *undecided;              /* SoA: "A.5.3,A.8.2", or "" */
	int64_t rev;                  /* always 1: versions are kept as is */
	char *updated_at, *updated_by;
};

enum {
	VERSION_NUMBER, VERSION_BY, VERSION_ON, VERSION_NOTE, VERSION_SHA256,
	VERSION_ITEMS, VERSION_UNDECIDED, VERSION_FIELDS
};

extern const struct rec_desc rec_version;

/* One difference between two versions: a field of a record, or a record
 * that one of them does not have (field "record", old or new NULL). */
struct change_row {
	int64_t id;
	char *key;                    /* "A.5.7", an action's number */
	char *field;                  /* the field's label: "Status" */
	char *old_value, *new_value;  /* as the versions hold them */
	int64_t rev;
	char *updated_at, *updated_by;
};

enum { CHANGE_KEY, CHANGE_FIELD, CHANGE_OLD, CHANGE_NEW, CHANGE_FIELDS };

extern const struct rec_desc rec_change;

#endif
