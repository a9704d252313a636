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
#include "isms/ui/filtermenu.h"
#include "isms/ui/tpane.h"

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
	struct tpane base;            /* first: the pane is a table pane */
	struct risk_query filter;     /* picked filters (strings owned below) */
	char *level, *treatment, *status, *control, *owner;
	char *filter_name;            /* for the status bar */
	struct risk_query q;          /* of what the pane shows now */
	struct matrix *mx;            /* read with every requery */
	bool refs_changed;            /* the widest ref is to be read again */
	char today[11];
	struct filtermenu filters;    /* of the F picker */
	char **picks;                 /* entries of the other pickers */
	size_t n_picks;
	char *pick_ref;               /* the risk a picker works on */
	char *accept_by;              /* an acceptance being asked for */
	char *form_ref;               /* the risk of the form opened last */
	char accept_until[11];
	bool *pick_was;               /* marks when the picker opened */
	struct scale_vocab likelihood, impact;  /* of mx, for the form */
};

/* The register by window, as a table pane (pane_risks.c). */
extern const struct tpane_spec risk_spec;

/* The model query of what the pane shows now (a struct risk_query in the
 * pane), valid until the next call. */
const void *risk_pane_query(void *pane);

/* Open the detail form of ref (editing at once with edit) and return it;
 * NULL, with a message set, when it cannot be read. */
struct form *risk_form_open(struct risk_pane *p, const char *ref, bool edit);

/* Replace the picker entries (taking the strings). */
void risk_pane_picks(struct risk_pane *p, char **items, size_t n);

#endif
