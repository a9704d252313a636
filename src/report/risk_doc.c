/*
 * risk_doc.c - the risk register, its method and heat maps, and the
 * treatment plan as report documents.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/model/matrix.h"
#include "isms/model/risk.h"
#include "isms/rec/vocab.h"
#include "isms/report/risk_doc.h"
#include "isms/util/buf.h"
#include "isms/util/date.h"
#include "isms/util/xmalloc.h"

#define REGISTER_COLS 20

static const char *const register_headers[REGISTER_COLS] = {
	"Risk", "Statement", "Threat", "Vulnerability", "Assets", "Owner",
	"Identified", "Inherent level", "Treatment", "Controls",
	"Residual level", "Status", "Next review", "Accepted by",
	"Accepted at", "Accepted until", "Acceptance", "Flags", "Tier",
	"Description",
};

static const double register_widths[REGISTER_COLS] = {
	8, 40, 22, 22, 22, 16, 11, 16, 16, 18, 16, 12, 11, 16, 20, 12, 11,
	24, 10, 40,
};

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

static void
register_row(struct doc_sheet *s, const struct matrix *mx,
             const struct risk_row *r, const char *today)
{
	char inh[96], res[96], *flags = risk_doc_flags(r, today);
	const char *cells[REGISTER_COLS] = {
		r->ref, r->statement, r->threat, r->vulnerability, r->assets,
		r->owner, r->identified, inh, r->treatment != NULL ?
		vocab_label(&vocab_treatment, r->treatment) : "", r->controls,
		res, vocab_label(&vocab_risk_status, r->status), r->next_review,
		r->accepted_by, r->accepted_at, r->accepted_until,
		risk_doc_acceptance(r, today), flags, r->tier, r->description,
	};

	risk_doc_level(mx, r->il, r->ii, inh, sizeof inh);
	risk_doc_level(mx, r->rl, r->ri, res, sizeof res);
	doc_row(s, cells);
	free(flags);
}

struct doc_sheet *
risk_doc_register(struct doc *d, const struct matrix *mx,
                  const struct risk_row *rows, size_t n)
{
	struct doc_sheet *s = doc_sheet(d, "Register", register_headers,
	    REGISTER_COLS);
	char today[11];

	date_today(today);
	s->widths = register_widths;
	s->lists[s->n_lists].col = 8;
	s->lists[s->n_lists++].v = &vocab_treatment;
	s->lists[s->n_lists].col = 11;
	s->lists[s->n_lists++].v = &vocab_risk_status;
	d->main = (size_t)(s - d->sheets);
	for (size_t i = 0; i < n; i++)
		register_row(s, mx, &rows[i], today);
	return s;
}
