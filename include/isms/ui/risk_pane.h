/*
 * risk_pane.h - the state the files of the Risks pane share (pane_risks.c
 * the table, pane_risks_ops.c the actions, risk_form.c the form).  The
 * pane owns everything in it.
 */
#ifndef ISMS_UI_RISK_PANE_H
#define ISMS_UI_RISK_PANE_H

#include "isms/model/risk.h"
#include "isms/rec/vocab.h"
#include "isms/ui/app.h"
#include "isms/ui/table.h"

struct form;

/* A scale of the matrix as a vocabulary: "3" shown as "3 Possible", and
 * "" for not scored. */
struct scale_vocab {
	struct vocab v;
	struct vocab_term terms[17];
	char tokens[17][4];
	char labels[17][80];
};

struct risk_pane {
	struct app *app;
	struct table t;
	struct risk_query filter;     /* picked filters (strings owned below) */
	char *level, *treatment, *status, *control, *owner;
	char *filter_name;            /* for the status bar */
	struct matrix *mx;
	size_t count, all;
	struct risk_row *win;         /* rows win_top .. win_top+win_n-1 */
	size_t win_top, win_n;
	char today[11];
	char cell[256];
	char **picks;                 /* entries of the open picker */
	size_t n_picks;
	char *pick_ref;               /* the risk a picker works on */
	bool *pick_was;               /* marks when the picker opened */
	struct scale_vocab likelihood, impact;  /* of mx, for the form */
};

extern const struct table_source risk_source;
extern const struct layout_col *const risk_pane_cols;
extern const size_t risk_pane_n_cols;

/* Row row of the view, fetched by window; NULL when out of range. */
const struct risk_row *risk_pane_at(struct risk_pane *p, size_t row);
void risk_pane_drop(struct risk_pane *p);

/* The model query of what the pane shows now. */
void risk_pane_query(const struct risk_pane *p, struct risk_query *q);

/* Open the detail form of ref (editing at once with edit) and return it;
 * NULL, with a message set, when it cannot be read. */
struct form *risk_form_open(struct risk_pane *p, const char *ref, bool edit);

/* Replace the picker entries (taking the strings). */
void risk_pane_picks(struct risk_pane *p, char **items, size_t n);

#endif
