/*
 * tabbar.h - the text of the tab bar as a pure function of the tabs, the
 * active one and the width: no curses here, so the unit tests cover it
 * with registries of any size.
 *
 * When every tab fits, the bar is flat, as it always was:
 *
 *   [1 Clauses]  2 SoA   3 Risks   4 Assets
 *
 * Otherwise it shows the groups, the active tab's group with its tabs and
 * the others by their names only:
 *
 *   Plan: [1 Clauses] 2 SoA 3 Risks 4 Assets | Operate | Improve
 *
 * and when even that is too wide, the tabs of the active group nearest
 * the active one, with an ellipsis where some are left out, then without
 * the other groups.  The active tab is always there.
 */
#ifndef ISMS_UI_TABBAR_H
#define ISMS_UI_TABBAR_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/ui/tabs.h"

struct tabbar {
	char *text;                   /* the bar, at most width columns */
	int cols;                     /* its display width */
	bool grouped;                 /* not the flat form */
	size_t active_at, active_len; /* the active "[N Label]" in text ... */
	int active_x, active_w;       /* ... and in columns */
};

/*
 * Lay out the n tabs with tabs[active] active in width columns into bar
 * (ascii: "~" for the ellipsis).  bar->text is allocated; tabbar_done()
 * frees it.
 */
void tabbar_layout(const struct tab *tabs, size_t n, size_t active,
                   int width, bool ascii, struct tabbar *bar);
void tabbar_done(struct tabbar *bar);

#endif
