/*
 * reg_int.h - how a register module of the model describes itself to the
 * generic operations of reg.c; for src/model/ only.
 *
 * Each hook may be NULL where the register has nothing special.  Hooks run
 * inside the operation's write transaction.
 */
#ifndef ISMS_MODEL_REG_INT_H
#define ISMS_MODEL_REG_INT_H

#include "isms/db/row.h"
#include "isms/model/plan.h"
#include "isms/model/reg.h"

struct reg {
	const struct rec_desc *d;
	const struct plan_hooks *hooks;
	/* The field whose value names a new record in messages ("Payroll
	 * DB: unknown asset type"), or -1 for "new NOUN". */
	int name_field;
	/* The field a new record is given as the operand of add, or -1. */
	int first_field;
	enum isms_status (*list)(struct isms *m, const char *text,
	                         void **rows, size_t *n, char **cause);
	enum isms_status (*get)(struct isms *m, const char *key, void *row,
	                        char **cause);
	void (*key)(const void *row, char *buf, size_t size);
	/* More changes a plan brings with it (the matrix version with the
	 * scores), before the rules; cur is NULL for a new record. */
	enum isms_status (*amend)(struct isms *m, const void *cur,
	                          struct plan *p, char **cause);
	/* Rules over the record as the plan leaves it (cur NULL: new). */
	enum isms_status (*rules)(struct isms *m, const void *cur,
	                          const struct plan *p, char **cause);
	/* Insert a new record from p (NULL: cannot add): *id and *key (a
	 * new string) name it; reg_add() then fills it from the plan. */
	enum isms_status (*insert)(struct isms *m, const struct rec_patch *rp,
	                           const struct plan *p,
	                           const struct row_author *a, int64_t *id,
	                           char **key, char **cause);
	/* Refuse to delete row while something relies on it. */
	enum isms_status (*in_use)(struct isms *m, const void *row,
	                           char **cause);
	/* Delete row (NULL: cannot delete), recording what goes with it. */
	enum isms_status (*remove)(struct isms *m, const void *row,
	                           const struct row_author *a, char **cause);
};

#endif
