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
#include "isms/db/view.h"
#include "plan.h"
#include "isms/model/reg.h"

/*
 * A register whose tables page its rows by window (reg_windowed()): how
 * its query struct becomes the view engine's filter (db/view.h).  make()
 * checks query (NULL: every record) and fills filter (filter_size bytes,
 * zeroed) and req's sort and direction; done() frees what filter owns.
 * When is_all() says the filter selects everything, total() counts
 * faster than the view; cheap() says whether counting what the filter
 * selects costs little (an index narrows it down), may be NULL.
 */
struct reg_view {
	const struct view_sql *sql;
	size_t filter_size;
	enum isms_status (*make)(struct isms *m, const void *query,
	                         void *filter, struct view_req *req,
	                         char **cause);
	void (*done)(void *filter);
	bool (*is_all)(const void *filter);
	enum isms_status (*total)(struct isms *m, size_t *n, char **cause);
	bool (*cheap)(const void *filter);
};

struct reg {
	const struct rec_desc *d;
	const struct reg_view *view;  /* NULL: tables hold every record */
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
	/* What follows from a record once it is written (added or set),
	 * in the same transaction: id names it, p is what was planned. */
	enum isms_status (*written)(struct isms *m, int64_t id,
	                            const struct plan *p, char **cause);
	/* Refuse to delete row while something relies on it. */
	enum isms_status (*in_use)(struct isms *m, const void *row,
	                           char **cause);
	/* Delete row (NULL: cannot delete), recording what goes with it. */
	enum isms_status (*remove)(struct isms *m, const void *row,
	                           const struct row_author *a, char **cause);
	/* What to tell the user about row as it stands after a change (a
	 * risk above the appetite and not accepted): a new string, or NULL. */
	char *(*warn)(struct isms *m, const void *row);
};

/* What runs after a model's own write, in its transaction: cur is the
 * record as it was read, a the author of the change. */
typedef enum isms_status (*reg_then_fn)(struct isms *m, const void *cur,
                                         const struct row_author *a,
                                         void *ctx, char **cause);

/*
 * The model's own change of record key (an approval, a disposal): like
 * reg_set(), but p may set fixed fields and derived terms (checked by
 * their kinds all the same, and by the register's rules), and then (may
 * be NULL) runs after the row is written, in the same transaction, to
 * write what goes with it (a version row).
 */
enum isms_status reg_set_model(struct isms *m, const struct reg *r,
                               const char *key, const struct rec_patch *p,
                               int64_t expected_rev, reg_then_fn then,
                               void *ctx, char **cause);

/* The views of the windowed registers (soa_query.c, risk_view.c). */
extern const struct reg_view soa_reg_view;
extern const struct reg_view risk_reg_view;

#endif
