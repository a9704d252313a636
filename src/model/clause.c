/*
 * clause.c - the clause checklist as a register: its descriptor gives
 * the statuses from the closed vocabulary, real due dates and one-line
 * owners; a clause is found by its number.  A clause with subclauses
 * stands as its leaf clauses do (clause_progress()).
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/store_clause.h"
#include "isms/model/clause.h"
#include "isms_db.h"
#include "reg_int.h"
#include "isms/rec/vocab.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

enum isms_status
clause_list(struct isms *m, struct clause_row **rows, size_t *n, char **cause)
{
	return store_clause_list(isms_db(m), isms_info(m)->framework_id, rows,
	    n, cause);
}

enum isms_status
clause_get(struct isms *m, const char *id, struct clause_row *out,
           char **cause)
{
	return store_clause_get(isms_db(m), isms_info(m)->framework_id, id,
	    out, cause);
}

/* Is row d below row a?  Ids nest by prefix ("6.1.2" in 6). */
static bool
clause_under(const struct clause_row *a, const struct clause_row *d)
{
	size_t n = strlen(a->id);

	return strncmp(a->id, d->id, n) == 0 && d->id[n] == '.';
}

static bool
clause_finished(const char *status)
{
	return strcmp(status, "implemented") == 0 ||
	    strcmp(status, "verified") == 0;
}

/* The leaves of rows[i], which clause_list() gives right after it. */
static void
clause_leaves(const struct clause_row *rows, size_t n, size_t i,
              struct clause_progress *p)
{
	size_t verified = 0;
	bool started = false;

	for (size_t j = i + 1; j < n && clause_under(&rows[i], &rows[j]);
	    j++) {
		if (j + 1 < n && clause_under(&rows[j], &rows[j + 1]))
			continue;         /* a parent itself: its leaves
					     count */
		p->total++;
		p->done += clause_finished(rows[j].status);
		verified += strcmp(rows[j].status, "verified") == 0;
		started |= strcmp(rows[j].status, "not-started") != 0;
	}
	p->status = verified == p->total ? "verified" : p->done == p->total ?
	    "implemented" : started ? "in-progress" : "not-started";
}

void
clause_progress(const struct clause_row *rows, size_t n,
                struct clause_progress *out)
{
	for (size_t i = 0; i < n; i++) {
		out[i] = (struct clause_progress){ 0, 0, rows[i].status };
		if (i + 1 < n && clause_under(&rows[i], &rows[i + 1]))
			clause_leaves(rows, n, i, &out[i]);
	}
}

static enum isms_status
clause_reg_list(struct isms *m, const char *text, void **rows, size_t *n,
                char **cause)
{
	(void)text;
	return clause_list(m, (struct clause_row **)rows, n, cause);
}

static enum isms_status
clause_reg_get(struct isms *m, const char *key, void *row, char **cause)
{
	return clause_get(m, key, row, cause);
}

static void
clause_key(const void *row, char *buf, size_t size)
{
	snprintf(buf, size, "%s", ((const struct clause_row *)row)->id);
}

const struct reg reg_clause = {
	.d = &rec_clause,
	.name_field = -1,
	.first_field = -1,
	.list = clause_reg_list,
	.get = clause_reg_get,
	.key = clause_key,
};
