/*
 * keymap.h - every action of the full-screen interface, declared once,
 * and the key tables that bind keys to them per context.
 *
 * The dispatcher, the `?` help screen, the hint bar and the KEY BINDINGS
 * section of isms(1) all read these tables, so they cannot disagree.
 * Everything here is static data; nothing is allocated.
 */
#ifndef ISMS_UI_KEYMAP_H
#define ISMS_UI_KEYMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* X(NAME, help text) */
#define UI_ACTIONS(X) \
	X(QUIT, "quit isms") \
	X(HELP, "show the keys of this view") \
	X(TAB_NEXT, "next tab") \
	X(TAB_PREV, "previous tab") \
	X(TAB_GOTO, "the tab of that number") \
	X(TAB_PICK, "choose a tab from a list") \
	X(REDRAW, "repaint the screen") \
	X(SUSPEND, "suspend isms (resume with fg)") \
	X(DOWN, "next row") \
	X(UP, "previous row") \
	X(PAGE_DOWN, "next page") \
	X(PAGE_UP, "previous page") \
	X(HALF_DOWN, "half a page down") \
	X(HALF_UP, "half a page up") \
	X(FIRST, "first row") \
	X(LAST, "last row") \
	X(SEARCH, "search forward") \
	X(SEARCH_NEXT, "next match") \
	X(SEARCH_PREV, "previous match") \
	X(FILTER, "filter rows by text") \
	X(CLEAR, "clear the filters") \
	X(SORT, "sort by the next column") \
	X(SORT_REVERSE, "reverse the sort order") \
	X(OPEN, "open the row") \
	X(EDIT, "edit the row") \
	X(FOLD, "fold or unfold a clause") \
	X(FOLD_ALL, "fold every clause") \
	X(UNFOLD_ALL, "unfold every clause") \
	X(PICK_FILTER, "filter by criteria picked from a list") \
	X(EXPORT, "export the register of this pane") \
	X(FIELD_NEXT, "next field") \
	X(FIELD_PREV, "previous field") \
	X(FIELD_EDIT, "change the field") \
	X(FIELD_EDITOR, "edit the field in $EDITOR") \
	X(FIELD_REVERT, "undo the change to the field") \
	X(SAVE, "save the changes") \
	X(CLOSE, "close (asks before dropping changes)") \
	X(PICK, "choose the item") \
	X(MARK, "mark or unmark the item") \
	X(CANCEL, "close without choosing") \
	X(ADD, "add a record") \
	X(DELETE, "delete the record (asks first)") \
	X(HEAT_MAP, "show the heat maps") \
	X(LINK_CONTROL, "link or unlink an Annex A control") \
	X(LINK_ASSET, "link or unlink an asset") \
	X(ACCEPT, "accept the residual risk") \
	X(APPROVE, "approve the document") \
	X(REVIEW, "record a review without change") \
	X(JUMP, "jump to the linked controls or risks") \
	X(LEFT, "previous column") \
	X(RIGHT, "next column") \
	X(SWITCH, "switch between inherent and residual") \
	X(RESTORE, "restore the draft into its form") \
	X(DISCARD, "discard the draft (asks first)") \
	X(KEEP, "keep the drafts for later") \
	X(VIEW, "read the field in full") \
	X(PAGER, "read it in $PAGER") \
	X(BACK, "close it") \
	X(HISTORY, "the history of the record") \
	X(ACTIONS, "the treatment actions of the risk") \
	X(ORG, "the organisation and scope of the ISMS")

enum ui_action {
#define UI_ACTION_ENUM(name, help) UI_ACTION_##name,
	UI_ACTIONS(UI_ACTION_ENUM)
#undef UI_ACTION_ENUM
	UI_ACTION_COUNT,
	UI_ACTION_NONE = -1
};

/* Preconditions checked once by the dispatcher. */
enum {
	KEYMAP_NEEDS_ROW = 1,         /* the table has a row under the cursor */
	KEYMAP_NEEDS_WRITABLE = 2,    /* the ISMS can be written */
	KEYMAP_HINT = 4,              /* shown in the hint bar */
};

struct keymap_binding {
	int key;
	enum ui_action action;
	unsigned flags;
};

/* A key table: its title in help and the man page, and its bindings. */
struct keymap {
	const char *title;
	const struct keymap_binding *bindings;
	size_t n;
};

extern const struct keymap keymap_global;   /* everywhere */
extern const struct keymap keymap_table;    /* every table */
extern const struct keymap keymap_clauses;  /* the Clauses pane */
extern const struct keymap keymap_soa;      /* the SoA pane */
extern const struct keymap keymap_risks;    /* the Risks pane */
extern const struct keymap keymap_assets;   /* the Assets pane */
extern const struct keymap keymap_documents;  /* the Documents pane */
extern const struct keymap keymap_people;   /* the People pane */
extern const struct keymap keymap_heat;     /* the heat maps */
extern const struct keymap keymap_form;     /* a detail/edit form */
extern const struct keymap keymap_help;     /* the help screen */
extern const struct keymap keymap_picker;   /* a list to choose from */
extern const struct keymap keymap_drafts;   /* drafts offered at start */
extern const struct keymap keymap_view;     /* a text to read */
extern const struct keymap keymap_actions;  /* a risk's treatment actions */
extern const struct keymap keymap_history;  /* the History pane */

/* Every key table, in the order the man page lists them. */
extern const struct keymap *const keymap_all[];
extern const size_t keymap_all_n;

/* The binding of key in map, or NULL. */
const struct keymap_binding *keymap_find(const struct keymap *map, int key);

/* Help text of an action ("next row"). */
const char *keymap_action_help(enum ui_action a);

/* The keys bound to action in map, names joined by ", " into buf. */
const char *keymap_keys(const struct keymap *map, enum ui_action a,
                        char *buf, size_t size);

/* Write the KEY BINDINGS section of isms(1) (mdoc) for every table. */
void keymap_write_mdoc(FILE *out);

#endif
