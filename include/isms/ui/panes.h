/*
 * panes.h - the ops tables of the panes behind the tabs.
 */
#ifndef ISMS_UI_PANES_H
#define ISMS_UI_PANES_H

#include "isms/ui/app.h"

extern const struct pane_ops pane_clauses_ops;  /* clause 4-10 checklist */
extern const struct pane_ops pane_soa_ops;      /* Statement of Applicability */
extern const struct pane_ops pane_risks_ops;    /* risk register (later) */
extern const struct pane_ops pane_assets_ops;   /* asset inventory (later) */

#endif
