/*
 * heat.h - the heat maps of the Risks pane: inherent and residual side by
 * side, the level name and the count of open risks in every cell (so they
 * read without colour); Enter lists the risks of the selected cell.
 */
#ifndef ISMS_UI_HEAT_H
#define ISMS_UI_HEAT_H

#include "isms/ui/risk_pane.h"

/* A heat-map modal over pane p (which it filters on Enter). */
struct modal *heat_new(struct risk_pane *p);

#endif
