/*
 * tabs.h - the one registry of the tabs of the full-screen interface:
 * which pane each shows, its label, the digit that shows it and the group
 * it belongs to in the tab bar.  The app, the tab bar, the digit keys, the
 * tab picker and the drafts of interrupted edits all read this table, so
 * adding a tab is writing its pane and adding one line here.
 *
 * Everything here is static data; nothing is allocated.
 */
#ifndef ISMS_UI_TABS_H
#define ISMS_UI_TABS_H

#include <stddef.h>

struct app;
struct pane_ops;

/*
 * X(ID, name, label, key, group, ops), in the order of the tab bar:
 *   name   the word drafts on disk record the tab by; never renamed
 *   label  what the tab bar and the tab picker show
 *   key    the digit that shows the tab: '1'..'9' in this order, then
 *          '0' (a digit may be left out, kept for a tab to come: 5 is
 *          the Documents tab's); 0 for a tab reached only by Tab or the
 *          picker
 *   group  the group the bar folds the tab into when not all fit
 */
#define TABS(X) \
	X(CLAUSES, "Clauses", "Clauses", '1', "Plan", pane_clauses_ops) \
	X(SOA, "SoA", "SoA", '2', "Plan", pane_soa_ops) \
	X(RISKS, "Risks", "Risks", '3', "Plan", pane_risks_ops) \
	X(ASSETS, "Assets", "Assets", '4', "Plan", pane_assets_ops) \
	X(DOCUMENTS, "Documents", "Documents", '5', "Operate", \
	    pane_documents_ops) \
	X(PEOPLE, "People", "People", 0, "Context", pane_people_ops) \
	X(HISTORY, "History", "History", '6', "History", pane_history_ops)

/* A tab's stable id: its index in tabs_all[]. */
enum tab_id {
#define TABS_ENUM(id, name, label, key, group, ops) TAB_##id,
	TABS(TABS_ENUM)
#undef TABS_ENUM
	TAB_COUNT
};

/* The ops tables of the panes, defined in src/ui/pane_*.c. */
#define TABS_OPS(id, name, label, key, group, ops) \
	extern const struct pane_ops ops;
TABS(TABS_OPS)
#undef TABS_OPS

struct tab {
	const char *name;             /* stable: what drafts record */
	const char *label;            /* shown: "SoA" */
	int key;                      /* '1'..'9', '0', or 0 for none */
	const char *group;            /* "Plan" */
	const struct pane_ops *ops;
};

/* Every tab, indexed by enum tab_id. */
extern const struct tab tabs_all[TAB_COUNT];

/* The tab that key (a digit) shows, or -1 when none has it. */
int tabs_by_key(int key);

/* The tab whose stable name is name, or -1. */
int tabs_by_name(const char *name);

/* Open the tab picker on top of app: every tab as "N Label (Group)", the
 * active one under the cursor, searchable with /; Enter switches to the
 * chosen tab. */
void tabs_pick(struct app *app);

#endif
