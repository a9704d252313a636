/*
 * tabbar.c - the tab bar's text: flat when every tab fits, else grouped,
 * else windowed around the active tab (see tabbar.h).  Pure: strings in,
 * one allocated string out.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/ui/tabbar.h"
#include "isms/util/buf.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

/* What the grouped form shows: of the active tab's group the members
 * lo..hi (indexes into members), and the other groups' names or not. */
struct tabbar_view {
	const struct tab *tabs;
	size_t n, active;
	size_t *members;              /* the tabs of the active group */
	size_t n_members, pos;        /* members[pos] == active */
	size_t lo, hi;
	bool others;
	const char *more;             /* the ellipsis */
};

static const char *
tabbar_group(const struct tab *t)
{
	return t->group != NULL ? t->group : "";
}

static bool
tabbar_same_group(const struct tab *a, const struct tab *b)
{
	return strcmp(tabbar_group(a), tabbar_group(b)) == 0;
}

/* True when no tab before i is of i's group. */
static bool
tabbar_group_starts(const struct tab *tabs, size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (tabbar_same_group(&tabs[j], &tabs[i]))
			return false;
	return true;
}

/* Append tab t: "[N Label]" when active, else "N Label", padded with a
 * blank each side when pad (so the flat bar does not move as the active
 * tab changes); a tab without a digit shows its label alone. */
static void
tabbar_item(struct buf *b, const struct tab *t, bool active, bool pad,
            struct tabbar *bar)
{
	size_t at = b->len;

	buf_adds(b, active ? "[" : pad ? " " : "");
	if (t->key != 0)
		buf_printf(b, "%c ", t->key);
	buf_adds(b, t->label);
	buf_adds(b, active ? "]" : pad ? " " : "");
	if (active) {
		bar->active_at = at;
		bar->active_len = b->len - at;
	}
}

static void
tabbar_flat(const struct tab *tabs, size_t n, size_t active, struct buf *b,
            struct tabbar *bar)
{
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(b, ' ');
		tabbar_item(b, &tabs[i], i == active, true, bar);
	}
}

/* "Group: [N Label] N Label ...", with the ellipsis where members are
 * left out. */
static void
tabbar_active_group(const struct tabbar_view *v, struct buf *b,
                    struct tabbar *bar)
{
	buf_printf(b, "%s: ", tabbar_group(&v->tabs[v->active]));
	if (v->lo > 0)
		buf_printf(b, "%s ", v->more);
	for (size_t k = v->lo; k <= v->hi; k++) {
		if (k > v->lo)
			buf_addc(b, ' ');
		tabbar_item(b, &v->tabs[v->members[k]], k == v->pos, false,
		    bar);
	}
	if (v->hi + 1 < v->n_members)
		buf_printf(b, " %s", v->more);
}

static void
tabbar_grouped(const struct tabbar_view *v, struct buf *b,
               struct tabbar *bar)
{
	const struct tab *act = &v->tabs[v->active];
	bool first = true;

	for (size_t i = 0; i < v->n; i++) {
		bool mine = tabbar_same_group(&v->tabs[i], act);

		if (!tabbar_group_starts(v->tabs, i) || (!mine && !v->others))
			continue;
		if (!first)
			buf_adds(b, " | ");
		first = false;
		if (mine)
			tabbar_active_group(v, b, bar);
		else
			buf_adds(b, tabbar_group(&v->tabs[i]));
	}
}

/* Lay out v into b when it fits width; b is left empty otherwise. */
static bool
tabbar_fits(const struct tabbar_view *v, int width, struct buf *b,
            struct tabbar *bar)
{
	buf_reset(b);
	tabbar_grouped(v, b, bar);
	if (utf8_width(buf_str(b)) <= (size_t)width)
		return true;
	buf_reset(b);
	return false;
}

/* Widen the window of the active group one tab at a time, right then
 * left, while it fits; b holds the widest that fitted. */
static void
tabbar_widen(struct tabbar_view *v, int width, struct buf *b,
             struct tabbar *bar)
{
	bool grown = true;

	while (grown) {
		grown = false;
		if (v->hi + 1 < v->n_members) {
			v->hi++;
			if (tabbar_fits(v, width, b, bar))
				grown = true;
			else
				v->hi--;
		}
		if (v->lo > 0) {
			v->lo--;
			if (tabbar_fits(v, width, b, bar))
				grown = true;
			else
				v->lo++;
		}
	}
	tabbar_fits(v, width, b, bar);    /* the last try may have failed */
}

/* The grouped form, narrowed until it fits; false when not even the
 * active tab alone with its group's name does. */
static bool
tabbar_group_form(const struct tab *tabs, size_t n, size_t active,
                  int width, bool ascii, struct buf *b, struct tabbar *bar)
{
	struct tabbar_view v = { tabs, n, active, NULL, 0, 0, 0, 0, true,
	    ascii ? "~" : "\xE2\x80\xA6" };
	bool ok;

	v.members = xcalloc(n, sizeof *v.members);
	for (size_t i = 0; i < n; i++)
		if (tabbar_same_group(&tabs[i], &tabs[active])) {
			if (i == active)
				v.pos = v.n_members;
			v.members[v.n_members++] = i;
		}
	v.lo = v.hi = v.pos;
	ok = tabbar_fits(&v, width, b, bar);
	if (!ok) {
		v.others = false;
		ok = tabbar_fits(&v, width, b, bar);
	}
	if (ok)
		tabbar_widen(&v, width, b, bar);
	free(v.members);
	return ok;
}

/* Where the active tab is, in columns. */
static void
tabbar_place(struct tabbar *bar)
{
	char *before = xstrndup(bar->text, bar->active_at);
	char *active = xstrndup(bar->text + bar->active_at, bar->active_len);

	bar->cols = (int)utf8_width(bar->text);
	bar->active_x = (int)utf8_width(before);
	bar->active_w = (int)utf8_width(active);
	free(before);
	free(active);
}

void
tabbar_layout(const struct tab *tabs, size_t n, size_t active, int width,
              bool ascii, struct tabbar *bar)
{
	struct buf b;

	memset(bar, 0, sizeof *bar);
	buf_init(&b);
	if (n == 0 || active >= n) {
		bar->text = buf_take(&b);
		return;
	}
	tabbar_flat(tabs, n, active, &b, bar);
	if (utf8_width(buf_str(&b)) > (size_t)width) {
		bar->grouped = true;
		if (!tabbar_group_form(tabs, n, active, width, ascii, &b,
		    bar)) {
			/* narrower than one tab: as much of it as fits */
			char *t;

			buf_reset(&b);
			tabbar_item(&b, &tabs[active], true, false, bar);
			t = utf8_truncate(buf_str(&b), width > 0 ?
			    (size_t)width : 0, ascii);
			buf_reset(&b);
			buf_adds(&b, t);
			bar->active_at = 0;
			bar->active_len = strlen(t);
			free(t);
		}
	}
	bar->text = buf_take(&b);
	tabbar_place(bar);
}

void
tabbar_done(struct tabbar *bar)
{
	free(bar->text);
	bar->text = NULL;
}
