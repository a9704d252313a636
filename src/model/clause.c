/*
 * clause.c - the clause checklist as a register: its descriptor gives
 * the statuses from the closed vocabulary, real due dates and one-line
 * owners; a clause is found by its number.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/db/store_clause.h"
#include "isms/model/clause.h"
#include "isms/model/isms_db.h"
#include "isms/model/reg_int.h"
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
