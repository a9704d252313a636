/*
 * matrix.c - reading the risk matrix of the ISMS and computing levels.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isms/db/store_matrix.h"
#include "isms_db.h"
#include "isms/model/matrix.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

enum isms_status
matrix_get(struct isms *m, struct matrix **out, char **cause)
{
	return store_matrix_load(isms_db(m), isms_info(m)->matrix_id, out,
	    cause);
}

int
matrix_rank(const struct matrix *mx, int l, int i)
{
	if (l < 1 || i < 1 || l > mx->n_likelihood || i > mx->n_impact)
		return -1;
	return mx->grid[(l - 1) * mx->n_impact + i - 1];
}

const struct matrix_level *
matrix_level_at(const struct matrix *mx, int r)
{
	for (int k = 0; k < mx->n_levels; k++)
		if (mx->levels[k].rank == r)
			return &mx->levels[k];
	return NULL;
}

int
matrix_level_find(const struct matrix *mx, const char *name)
{
	for (int k = 0; k < mx->n_levels; k++)
		if (strcasecmp(mx->levels[k].id, name) == 0 ||
		    strcasecmp(mx->levels[k].name, name) == 0)
			return mx->levels[k].rank;
	return -1;
}

bool
matrix_above(const struct matrix *mx, int r)
{
	return r > mx->acceptance_rank;
}

const char *
matrix_score_text(const struct matrix *mx, int l, int i, char *buf,
                  size_t size)
{
	const struct matrix_level *lv = matrix_level_at(mx, matrix_rank(mx, l,
	    i));

	if (lv == NULL)
		snprintf(buf, size, "-");
	else
		snprintf(buf, size, "%s (L%d I%d)", lv->name, l, i);
	return buf;
}

static enum isms_status
matrix_bad_value(const struct matrix_step *steps, int n, const char *axis,
                 const char *text, char **cause)
{
	struct buf b;
	enum isms_status rc;

	buf_init(&b);
	for (int k = 0; k < n; k++)
		buf_printf(&b, "%s%d %s", k ? ", " : "", steps[k].value,
		    steps[k].name);
	rc = status_fail(cause, ISMS_INVALID, "%s: not a %s on this matrix "
	    "(use %s)", text, axis, buf_str(&b));
	buf_done(&b);
	return rc;
}

enum isms_status
matrix_parse_value(const struct matrix *mx, const char *axis,
                   const char *text, int *out, char **cause)
{
	bool l = strcmp(axis, "likelihood") == 0;
	const struct matrix_step *steps = l ? mx->likelihood : mx->impact;
	int n = l ? mx->n_likelihood : mx->n_impact;
	char *end;
	long v;

	*out = 0;
	if (text[0] == '\0' || strcmp(text, "-") == 0)
		return ISMS_OK;
	v = strtol(text, &end, 10);
	if (*end == '\0' && v >= 1 && v <= n) {
		*out = (int)v;
		return ISMS_OK;
	}
	for (int k = 0; k < n; k++)
		if (strcasecmp(steps[k].abbrev, text) == 0 ||
		    strcasecmp(steps[k].name, text) == 0) {
			*out = steps[k].value;
			return ISMS_OK;
		}
	return matrix_bad_value(steps, n, axis, text, cause);
}
