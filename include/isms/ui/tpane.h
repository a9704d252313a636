/*
 * tpane.h - the table-pane base every register tab is built on (tig's
 * views over one view_ops are the model): the shared table over the
 * register's records, which a windowed register (reg_windowed()) pages
 * through the window cache and any other holds in memory, sorted and
 * searched there; the cursor kept on its record across reloads; and the
 * default draw, status, reload and has_row of a pane.
 *
 * A pane embeds a struct tpane as its first member and names what is its
 * own in a static struct tpane_spec: the register, the columns, the cell
 * of a record and, for a windowed register, the query of what the pane
 * shows now.  The base owns the rows it holds.
 */
#ifndef ISMS_UI_TPANE_H
#define ISMS_UI_TPANE_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/model/reg.h"
#include "isms/ui/app.h"
#include "isms/ui/layout.h"
#include "isms/ui/table.h"
#include "isms/ui/window.h"

struct tpane_spec {
	const struct reg *reg;
	const struct layout_col *cols;
	size_t n_cols;
	/* Column col of record row (the register's row struct); may format
	 * into the pane's cell buffer (struct tpane.cell). */
	void (*cell)(void *pane, const void *row, size_t col,
	             struct table_cell *out);
	/* Windowed registers: the register's query struct for what the pane
	 * shows now (its own filters, the table's text filter and sort),
	 * valid until the next call. */
	const void *(*query)(void *pane);
	/* Called after every requery (counts and rows re-read); may be
	 * NULL. */
	void (*requeried)(void *pane);
	/* Registers held in memory: append to *rows (n records of the
	 * register's row struct, grown with xreallocarray()) the rows the
	 * pane shows besides the records (placeholders), as the table's text
	 * filter selects them ("" for all); the base owns them then.  May be
	 * NULL. */
	void (*extra)(void *pane, const char *filter, void **rows, size_t *n);
};

#define TPANE_COLS 16

struct tpane {
	struct app *app;
	const struct tpane_spec *spec;
	struct layout_col cols[TPANE_COLS];   /* the spec's, as the table
	                                       * lays them out now */
	struct table t;
	struct window win;            /* windowed registers */
	void *rows;                   /* other registers: every record */
	size_t n, all;
	size_t *order;                /* rows in the table's order */
	char cell[256];
};

/* Set up the base of pane p (whose first member it is) and read it. */
void tpane_init(struct tpane *p, struct app *app,
                const struct tpane_spec *spec);
void tpane_done(struct tpane *p);

/* Rows the table shows, and the record at pos (NULL when none). */
size_t tpane_count(struct tpane *p);
const void *tpane_row(struct tpane *p, size_t pos);
/* The record under the cursor, or NULL. */
const void *tpane_current(struct tpane *p);

/* Make column col exactly width wide (never narrower than the spec has
 * it): a key column as wide as the widest key of the register. */
void tpane_col_width(struct tpane *p, size_t col, int width);

/* Put the cursor on record key (the table's filter cleared by the
 * caller when it may hide it); false, with the message set, when the
 * pane does not show it. */
bool tpane_show_key(struct tpane *p, const char *key);

/* The pane_ops defaults for a pane whose first member is a tpane. */
void tpane_reload(void *pane);
bool tpane_idle(void *pane);
void tpane_draw(void *pane, int y, int h, int w);
void tpane_status(void *pane, char *buf, size_t size);
bool tpane_has_row(void *pane);
bool tpane_record(void *pane, const char **entity, char *key, size_t size);

#endif
