/*
 * window.h - the one window cache of the TUI: the rows of a windowed
 * register (reg_windowed()) around what a table shows, with their marks,
 * fetched by key from the nearest row whose mark it knows (the rows on
 * screen, the last row found or located, or either end), so scrolling a
 * register of 100,000 rows costs what scrolling 100 does.
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

struct window {
	struct app *app;
	const struct reg *reg;
	size_t count, all;            /* rows the query selects; in all */
	void *rows;                   /* rows top .. top+n-1 */
	struct rec_mark *marks;
	size_t top, n;
	struct rec_mark anchor;       /* a mark known at anchor_pos */
	size_t anchor_pos;
	size_t fetched;               /* rows read so far (for tests) */
};

void window_init(struct window *w, struct app *app, const struct reg *reg);
void window_done(struct window *w);

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

#endif
