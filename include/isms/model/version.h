/*
 * version.h - the SoA and the risk treatment plan as documents an auditor
 * can sign: approving one freezes its content as version N (numbered from
 * 1) with the approver and the date, hashes it and enters the hash in the
 * history; versions can be compared with each other or with the register
 * as it stands; the document that satisfies the register's required
 * document (6.1.3 d for the SoA, 6.1.3 e for the plan) gets the approval
 * too.
 */
#ifndef ISMS_MODEL_VERSION_H
#define ISMS_MODEL_VERSION_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/model/isms.h"
#include "isms/rec/version.h"

struct version_spec;

/* The versioned registers. */
extern const struct version_spec version_soa;        /* "soa" */
extern const struct version_spec version_treatment;  /* "treatment" */

/* "SoA", "treatment plan": the register in messages. */
const char *version_title(const struct version_spec *s);

/*
 * Freeze the register as its next version, approved by by (a person, by
 * the people rule) with note (may be NULL); *version gets its number.
 * Refused when nothing changed since the last version.  The document that
 * satisfies the register's required document, when there is one, is
 * approved in the same change with the version's hash (document.h: the
 * approver may not be its owner without an exception).
 */
enum isms_status version_approve(struct isms *m, const struct version_spec *s,
                                 const char *by, const char *note,
                                 int *version, char **cause);

/* Every version, oldest first; release with rec_free(&rec_version, ...). */
enum isms_status version_list(struct isms *m, const struct version_spec *s,
                              struct version_row **rows, size_t *n,
                              char **cause);

/*
 * What changed from version v1 to version v2: v1 0 is the last approved
 * version, v2 0 the register as it stands.  One row a changed field of a
 * record (by the field's label), in the register's order; a record one
 * side lacks is one row (field "Record": "added" or "removed").  Release
 * with rec_free(&rec_change, ...).  ISMS_NOT_FOUND for a version that
 * does not exist (or none approved yet).
 */
enum isms_status version_diff(struct isms *m, const struct version_spec *s,
                              int v1, int v2, struct change_row **rows,
                              size_t *n, char **cause);

/* Where the register stands: its last version (0: none) with who
 * approved it and when, and the keys of the records changed since, in
 * order (none when last is 0).  version_state_done() releases it. */
struct version_state {
	int last;
	char *approved_by, *approved_on;
	char **keys;
	size_t n_keys;
};
enum isms_status version_state(struct isms *m, const struct version_spec *s,
                               struct version_state *out, char **cause);
void version_state_done(struct version_state *st);

/* Whether key is among the changed records of st. */
bool version_state_changed(const struct version_state *st, const char *key);

#endif
