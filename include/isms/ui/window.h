/*
 * window.h - the one window cache of the TUI: the rows of a windowed
 * register (reg_windowed()) around what a table shows, with their marks,
 * fetched by key from the nearest row whose mark it knows (the rows on
 * screen, the last row found or located, or either end), so scrolling a
 * register of 100,000 rows costs what scrolling 100 does.
 *
 * What would cost the whole register to know is not waited for: a count
 * that no index gives is at first only what has been seen (count_exact
 * false), and a row far from either end, found or kept across a new sort,
 * stands at a provisional position (floating) until its rank is counted;
 * window_idle() finishes both while no key waits, and window_settle()
 * at once when a key needs them.  When provisional positions become
 * exact, every position moves by the same amount, which window_moved()
 * hands to the table so that its cursor stays on its row.
 *
 * The cache owns its rows and marks; a pointer from window_at() is valid
 * until the next call that fetches or requeries.  query is the
 * register's query struct (reg.h), passed on each call as the pane has
 * it then.
 */
#ifndef ISMS_UI_WINDOW_H
#define ISMS_UI_WINDOW_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/model/reg.h"
#include "isms/rec/mark.h"
#include "isms/ui/app.h"

/* Ranks counted before the frame; a row further from the start than
 * this floats until idle. */
#define WINDOW_RANK_NOW 2000
/* Rows read ahead when the count is not known yet. */
#define WINDOW_AHEAD 64

struct window {
	struct app *app;
	const struct reg *reg;
	size_t count, all;            /* rows the query selects; in all */
	size_t ahead;                 /* rows a new query reads while its
	                               * count is not known: a page and one
	                               * (0: WINDOW_AHEAD) */
	bool cheap;                   /* the filter's count costs little */
	bool count_exact;             /* else count rows are known to exist */
	struct rec_mark edge;         /* then: the mark of row count-1 */
	bool all_known;               /* all is counted for this data */
	bool floating;                /* positions are provisional */
	long moved;                   /* by how much they moved, not yet
	                               * taken by window_moved() */
	void *rows;                   /* rows top .. top+n-1 */
	struct rec_mark *marks;
	size_t top, n;
	struct rec_mark anchor;       /* a mark known at anchor_pos */
	size_t anchor_pos;
	size_t fetched;               /* rows read so far (for tests) */
};

void window_init(struct window *w, struct app *app, const struct reg *reg);
void window_done(struct window *w);

/* The data changed: the total is counted again at the next requery. */
void window_forget(struct window *w);

/* Forget the rows (the data or the query changed); with counts re-count
 * too.  *cursor becomes the position of record keep in the new view
 * (0 when keep is NULL or no longer shown). */
void window_requery(struct window *w, const void *query, bool counts,
                    const char *keep, size_t *cursor);

/* Have rows top .. top+n-1 at hand (as many as exist). */
void window_fetch(struct window *w, const void *query, size_t top, size_t n);

/* The row at pos, fetched when it is not at hand; NULL past the end or
 * when the read failed (the message is set). */
const void *window_at(struct window *w, const void *query, size_t pos);

/* The next row after from (dir +1) or before it (-1), wrapping, that
 * contains needle; from (size_t)-1 is before the first.  False when none
 * does, or (with *cause set) when the search failed. */
bool window_find(struct window *w, const void *query, const char *needle,
                 size_t from, int dir, size_t *pos, char **cause);

/* The position of record key; false (with the message set) when the
 * view does not show it. */
bool window_locate(struct window *w, const void *query, const char *key,
                   size_t *pos);

/* Whether the count and the positions are final. */
bool window_exact(const struct window *w);

/*
 * Make what a move needs final now: with jump, the cursor goes to one end
 * (want 0: the first row; SIZE_MAX: the last, whose position needs the
 * count), and provisional positions are simply dropped; without it, it
 * moves to position want past what is known (the count is extended that
 * far) or above provisional position 0 (the rank is counted).
 */
void window_settle(struct window *w, const void *query, size_t want,
                   bool jump);

/* Some of the work left for idle time, stopping when a key comes (the
 * model's interrupt, isms_set_interrupt()); true when it did some and
 * the table should be drawn again. */
bool window_idle(struct window *w, const void *query);

/* How far positions moved since the last call (provisional ones became
 * exact); the table moves its cursor and top by as much. */
long window_moved(struct window *w);

#endif
