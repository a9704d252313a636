/*
 * risk_doc.c - the risk register, its method and heat maps, and the
 * treatment plan as report documents.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/matrix.h"
#include "isms/model/reg.h"
#include "isms/model/risk.h"
#include "isms/rec/vocab.h"
#include "isms/report/doc_rec.h"
#include "isms/report/risk_doc.h"
#include "isms/util/buf.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

char *
risk_doc_flags(const struct risk_row *r, const char *today)
{
	struct buf b;

	buf_init(&b);
	if (risk_flagged(r, today))
		buf_adds(&b, "above-appetite");
	if (r->accepted && r->stale)
		buf_printf(&b, "%saccepted-stale", b.len ? " " : "");
	if (risk_overdue(r, today))
		buf_printf(&b, "%sreview-overdue", b.len ? " " : "");
	if (risk_action_late(r, today))
		buf_printf(&b, "%saction-overdue", b.len ? " " : "");
	if (r->excluded != NULL && r->excluded[0] != '\0')
		buf_printf(&b, "%sexcluded-control", b.len ? " " : "");
	return buf_take(&b);
}

const char *
risk_doc_acceptance(const struct risk_row *r, const char *today)
{
	if (!r->accepted)
		return "";
	if (r->stale)
		return "stale";
	if (r->accepted_until != NULL && strcmp(r->accepted_until, today) < 0)
		return "expired";
	return "accepted";
}

void
risk_doc_level(const struct matrix *mx, int l, int i, char *buf,
               size_t size)
{
	const struct matrix_level *lv = matrix_level_at(mx, matrix_rank(mx, l,
	    i));

	if (lv == NULL)
		buf[0] = '\0';
	else
		snprintf(buf, size, "%s (L%d I%d)", lv->name, l, i);
}

void
risk_doc_current(const struct matrix *mx, const struct risk_row *r,
                 char *buf, size_t size)
{
	const struct matrix_level *lv;

	if (r->cl > 0 && r->ci > 0) {
		risk_doc_level(mx, r->cl, r->ci, buf, size);
		return;
	}
	/* named before the current risk was scored on the matrix */
	lv = matrix_level_at(mx, r->current_rank);
	snprintf(buf, size, "%s", lv != NULL ? lv->name : "");
}

static const char *
register_inherent(const void *row, void *ctx, char *buf, size_t size)
{
	const struct risk_row *r = row;

	risk_doc_level(((struct risk_doc_source *)ctx)->mx, r->il, r->ii, buf,
	    size);
	return buf;
}

static const char *
register_current(const void *row, void *ctx, char *buf, size_t size)
{
	risk_doc_current(((struct risk_doc_source *)ctx)->mx, row, buf, size);
	return buf;
}

static const char *
register_residual(const void *row, void *ctx, char *buf, size_t size)
{
	const struct risk_row *r = row;

	risk_doc_level(((struct risk_doc_source *)ctx)->mx, r->rl, r->ri, buf,
	    size);
	return buf;
}

static const char *
register_acceptance(const void *row, void *ctx, char *buf, size_t size)
{
	(void)buf;
	(void)size;
	return risk_doc_acceptance(row, ((struct risk_doc_source *)ctx)->today);
}

static const char *
register_flags(const void *row, void *ctx, char *buf, size_t size)
{
	const struct risk_doc_source *src = ctx;
	char *flags = risk_doc_flags(row, src->today);

	snprintf(buf, size, "%s", flags);
	free(flags);
	return buf;
}

static const struct doc_col register_cols[] = {
	{ RISK_REF, NULL, 8, NULL },
	{ RISK_STATEMENT, NULL, 40, NULL },
	{ RISK_THREAT, NULL, 22, NULL },
	{ RISK_VULNERABILITY, NULL, 22, NULL },
	{ RISK_ASSETS, NULL, 22, NULL },
	{ RISK_OWNER, NULL, 16, NULL },
	{ RISK_IDENTIFIED, NULL, 11, NULL },
	{ RISK_INHERENT_RANK, NULL, 16, register_inherent },
	{ RISK_CURRENT_RANK, NULL, 16, register_current },
	{ RISK_TREATMENT, NULL, 16, NULL },
	{ RISK_CONTROLS, NULL, 18, NULL },
	{ RISK_RESIDUAL_RANK, NULL, 16, register_residual },
	{ RISK_STATUS, NULL, 12, NULL },
	{ RISK_REVIEW, NULL, 11, NULL },
	{ RISK_ACCEPTED_BY, NULL, 16, NULL },
	{ RISK_ACCEPTED_AT, NULL, 20, NULL },
	{ RISK_ACCEPTED_UNTIL, NULL, 12, NULL },
	{ -1, "Acceptance", 11, register_acceptance },
	{ -1, "Flags", 24, register_flags },
	{ RISK_DESCRIPTION, NULL, 40, NULL },
};
#define REGISTER_COLS (sizeof register_cols / sizeof *register_cols)

void
risk_doc_source_init(struct risk_doc_source *src, struct isms *m,
                     const struct matrix *mx, const void *query)
{
	memset(src, 0, sizeof *src);
	src->m = m;
	src->mx = mx;
	src->query = query;
	date_today(src->today);
}

void
risk_doc_source_done(struct risk_doc_source *src)
{
	free(src->cause);
	src->cause = NULL;
}

static int
register_each(void *ctx, const void *row)
{
	struct risk_doc_source *src = ctx;

	return doc_rec_emit(&rec_risk, register_cols, REGISTER_COLS, row, src,
	    src->emit, src->ectx);
}

/* The register's rows from the statement to the writer, one at a time. */
static int
register_rows(void *ctx, doc_emit_fn emit, void *ectx)
{
	struct risk_doc_source *src = ctx;
	int stopped = 0;

	src->emit = emit;
	src->ectx = ectx;
	free(src->cause);
	src->cause = NULL;
	src->rc = reg_view_each(src->m, &reg_risk, src->query, register_each,
	    src, &stopped, &src->cause);
	return src->rc != ISMS_OK || stopped != 0 ? -1 : 0;
}

struct doc_sheet *
risk_doc_register(struct doc *d, struct risk_doc_source *src)
{
	struct doc_sheet *s = doc_rec_sheet(d, "Register", &rec_risk,
	    register_cols, REGISTER_COLS);

	d->main = (size_t)(s - d->sheets);
	doc_sheet_stream(s, register_rows, src);
	return s;
}
