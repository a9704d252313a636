/*
 * plan.h - changes to a record, checked field by field from its
 * descriptor, in the form the db layer writes; for the register modules
 * of the model only.
 *
 * A struct rec_patch (rec.h) holds what a user asked for.  plan_make() checks
 * each value by its field's kind (the character rule for text, real dates,
 * closed vocabularies, ratings 1 to 5, counts, yes or no, and what the
 * register's hooks check: scores on the matrix, references) against the
 * record as stored, and turns it into row changes.  A person named by the
 * name or login of someone in the people register is stored by that
 * person's name.  A struct plan is embedded by its user: plan_init(),
 * plan_make(), ..., plan_done().
 */
#ifndef ISMS_MODEL_PLAN_H
#define ISMS_MODEL_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/db/row.h"
#include "isms/model/isms.h"
#include "isms/rec/rec.h"

#define PLAN_TEXT 48

struct plan {
	const struct rec_desc *d;
	struct row_change ch[REC_FIELDS_MAX];
	size_t n;
	char buf[REC_FIELDS_MAX][PLAN_TEXT];  /* numbers, canonical refs */
	char *owned[REC_FIELDS_MAX];          /* lists of terms */
	/* The model's own write (an approval, a disposal): fixed fields
	 * and derived terms may be set too.  Set after plan_init(). */
	bool model;
};

/* What a register checks beyond the kinds (hooks beside its descriptor):
 * the stored form of a REC_SCORE or REC_REF value in out (at most size
 * bytes, "" for none), or a failure naming key. */
struct plan_hooks {
	enum isms_status (*value)(struct isms *m, const struct rec_field *f,
	                          const char *key, const char *in, char *out,
	                          size_t size, char **cause);
};

void plan_init(struct plan *p, const struct rec_desc *d);
void plan_done(struct plan *p);

/*
 * Check each value patch gives (for its descriptor's fields that are
 * neither derived nor fixed) against the record cur as stored (NULL for a
 * new one: then every value is checked) and add the changes to p.  Text
 * equal to the stored value is not checked again (an old value stays
 * editable around).  Messages name key and the field ("R-001: owner:
 * U+202E (right-to-left override) is not allowed").
 */
enum isms_status plan_make(struct plan *p, struct isms *m,
                           const struct plan_hooks *h, const char *key,
                           const struct rec_patch *patch, const void *cur,
                           char **cause);

/* Add one change as it is (a default the register fills in); value is
 * copied. */
void plan_add(struct plan *p, size_t field, const char *value);
/* Whether p changes field. */
bool plan_has(const struct plan *p, size_t field);
/* The value field will have once p is applied to cur (cur NULL: a new
 * record), as text; numbers use buf. */
const char *plan_value(const struct plan *p, size_t field, const void *cur,
                       char *buf, size_t size);

#endif
