/*
 * schema_diff.c - the differences between two schema shapes, one line
 * each: what is missing, what is extra, and what of an object present in
 * both differs.  Objects are matched by name (the arrays are sorted by
 * it), constraints by their normal form.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isms/db/schema_shape.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

/* The merge below reads an object's name as its first member. */
_Static_assert(offsetof(struct shape_table, name) == 0, "name first");
_Static_assert(offsetof(struct shape_index, name) == 0, "name first");
_Static_assert(offsetof(struct shape_code, name) == 0, "name first");

struct diff {
	void (*fn)(void *ctx, const char *problem);
	void *ctx;
	size_t n;
};

static void __attribute__((format(printf, 2, 3)))
diff_line(struct diff *d, const char *fmt, ...)
{
	va_list ap;
	char *line;

	d->n++;
	if (d->fn == NULL)
		return;
	va_start(ap, fmt);
	line = xvasprintf(fmt, ap);
	va_end(ap);
	d->fn(d->ctx, line);
	free(line);
}

/* What to say about an object of one kind. */
struct diff_kind {
	void (*missing)(struct diff *d, const void *want);
	void (*extra)(struct diff *d, const void *have);
	void (*both)(struct diff *d, const void *want, const void *have);
};

/* Names compare as SQLite compares them: ASCII letters without case. */
static int
diff_cmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		int ca = *a >= 'A' && *a <= 'Z' ? *a - 'A' + 'a' :
		    (unsigned char)*a;
		int cb = *b >= 'A' && *b <= 'Z' ? *b - 'A' + 'a' :
		    (unsigned char)*b;

		if (ca != cb || ca == 0)
			return ca - cb;
	}
}

static const char *
diff_name(const void *elem)
{
	return *(char *const *)elem;
}

/* Walk two arrays of size-byte objects sorted by name side by side. */
static void
diff_merge(struct diff *d, const struct diff_kind *k, const void *want,
           size_t n_want, const void *have, size_t n_have, size_t size)
{
	const char *w = want, *h = have;
	size_t i = 0, j = 0;

	while (i < n_want || j < n_have) {
		int c = i == n_want ? 1 : j == n_have ? -1 :
		    diff_cmp(diff_name(w + i * size), diff_name(h + j * size));

		if (c < 0)
			k->missing(d, w + i++ * size);
		else if (c > 0)
			k->extra(d, h + j++ * size);
		else
			k->both(d, w + i++ * size, h + j++ * size);
	}
}

/* Constraints of table (what names them: "foreign key", "CHECK", ...),
 * compared as sets of normal forms. */
static void
diff_texts(struct diff *d, const char *table, const char *what,
           const struct shape_text *want, size_t n_want,
           const struct shape_text *have, size_t n_have)
{
	size_t i = 0, j = 0;

	while (i < n_want || j < n_have) {
		int c = i == n_want ? 1 : j == n_have ? -1 :
		    strcmp(want[i].norm, have[j].norm);

		if (c < 0)
			diff_line(d, "table %s: %s%s is missing", table, what,
			    want[i++].text);
		else if (c > 0)
			diff_line(d, "table %s: extra %s%s", table, what,
			    have[j++].text);
		else
			i++, j++;
	}
}

/* ---- tables ---- */

static const struct shape_column *
diff_column(const struct shape_table *t, const char *name)
{
	for (size_t i = 0; i < t->n_cols; i++)
		if (diff_cmp(t->cols[i].name, name) == 0)
			return &t->cols[i];
	return NULL;
}

static const char *
diff_hidden(int hidden)
{
	switch (hidden) {
	case 0:
		return "an ordinary column";
	case 2:
		return "a generated (virtual) column";
	case 3:
		return "a generated (stored) column";
	default:
		return "a hidden column";
	}
}

static void
diff_column_pair(struct diff *d, const char *table,
                 const struct shape_column *w, const struct shape_column *h)
{
	if (strcmp(w->type, h->type) != 0)
		diff_line(d, "table %s: column %s has %s%s, expected %s",
		    table, w->name, h->type[0] ? "type " : "no type", h->type,
		    w->type[0] ? w->type : "no type");
	if (w->notnull && !h->notnull)
		diff_line(d, "table %s: column %s may be NULL, expected NOT "
		    "NULL", table, w->name);
	else if (!w->notnull && h->notnull)
		diff_line(d, "table %s: column %s is NOT NULL, expected it to "
		    "allow NULL", table, w->name);
	if (w->dflt == NULL && h->dflt != NULL)
		diff_line(d, "table %s: column %s has default %s, expected "
		    "none", table, w->name, h->dflt);
	else if (w->dflt != NULL && h->dflt == NULL)
		diff_line(d, "table %s: column %s has no default, expected %s",
		    table, w->name, w->dflt);
	else if (w->dflt != NULL && strcmp(w->dflt, h->dflt) != 0)
		diff_line(d, "table %s: column %s has default %s, expected %s",
		    table, w->name, h->dflt, w->dflt);
	if (w->hidden != h->hidden)
		diff_line(d, "table %s: column %s is %s, expected %s", table,
		    w->name, diff_hidden(h->hidden), diff_hidden(w->hidden));
}

/* The primary key of t as "(a, b)"; NULL when it has none.  Newly
 * allocated. */
static char *
diff_pk(const struct shape_table *t)
{
	struct buf b;

	buf_init(&b);
	for (int pos = 1; pos <= (int)t->n_cols; pos++)
		for (size_t i = 0; i < t->n_cols; i++)
			if (t->cols[i].pk == pos)
				buf_printf(&b, "%s%s", b.len ? ", " : "(",
				    t->cols[i].name);
	if (b.len == 0)
		return NULL;
	buf_addc(&b, ')');
	return buf_take(&b);
}

static void
diff_primary_key(struct diff *d, const struct shape_table *w,
                 const struct shape_table *h)
{
	char *pw = diff_pk(w), *ph = diff_pk(h);

	if (pw != NULL && ph == NULL)
		diff_line(d, "table %s: has no primary key, expected %s",
		    w->name, pw);
	else if (pw == NULL && ph != NULL)
		diff_line(d, "table %s: has primary key %s, expected none",
		    w->name, ph);
	else if (pw != NULL && diff_cmp(pw, ph) != 0)
		diff_line(d, "table %s: has primary key %s, expected %s",
		    w->name, ph, pw);
	free(pw);
	free(ph);
}

/* Columns both tables have: the same order in each? */
static bool
diff_same_order(const struct shape_table *w, const struct shape_table *h)
{
	size_t j = 0;

	for (size_t i = 0; i < w->n_cols; i++) {
		if (diff_column(h, w->cols[i].name) == NULL)
			continue;
		while (j < h->n_cols && diff_column(w, h->cols[j].name) == NULL)
			j++;
		if (j == h->n_cols || diff_cmp(h->cols[j].name,
		    w->cols[i].name) != 0)
			return false;
		j++;
	}
	return true;
}

static void
diff_columns(struct diff *d, const struct shape_table *w,
             const struct shape_table *h)
{
	for (size_t i = 0; i < w->n_cols; i++) {
		const struct shape_column *hc = diff_column(h, w->cols[i].name);

		if (hc == NULL)
			diff_line(d, "table %s: column %s is missing", w->name,
			    w->cols[i].name);
		else
			diff_column_pair(d, w->name, &w->cols[i], hc);
	}
	for (size_t j = 0; j < h->n_cols; j++)
		if (diff_column(w, h->cols[j].name) == NULL)
			diff_line(d, "table %s: extra column %s", w->name,
			    h->cols[j].name);
	if (!diff_same_order(w, h))
		diff_line(d, "table %s: the columns are in another order",
		    w->name);
}

static void
diff_table_missing(struct diff *d, const void *want)
{
	diff_line(d, "table %s is missing", diff_name(want));
}

static void
diff_table_extra(struct diff *d, const void *have)
{
	const struct shape_table *t = have;

	diff_line(d, "extra %stable %s", t->is_virtual ? "virtual " : "",
	    t->name);
}

static void
diff_table_both(struct diff *d, const void *want, const void *have)
{
	const struct shape_table *w = want, *h = have;

	if (w->is_virtual != h->is_virtual) {
		diff_line(d, "table %s: is %s, expected %s", w->name,
		    h->is_virtual ? "a virtual table" : "an ordinary table",
		    w->is_virtual ? "a virtual table" : "an ordinary table");
		return;
	}
	diff_columns(d, w, h);
	diff_primary_key(d, w, h);
	if (w->strict != h->strict)
		diff_line(d, "table %s: is %sSTRICT, expected %sSTRICT",
		    w->name, h->strict ? "" : "not ", w->strict ? "" : "not ");
	if (w->without_rowid != h->without_rowid)
		diff_line(d, "table %s: is %s, expected %s", w->name,
		    h->without_rowid ? "WITHOUT ROWID" : "a rowid table",
		    w->without_rowid ? "WITHOUT ROWID" : "a rowid table");
	diff_texts(d, w->name, "UNIQUE ", w->uniques, w->n_uniques,
	    h->uniques, h->n_uniques);
	diff_texts(d, w->name, "foreign key ", w->fkeys, w->n_fkeys,
	    h->fkeys, h->n_fkeys);
	diff_texts(d, w->name, "", w->checks, w->n_checks, h->checks,
	    h->n_checks);
}

/* ---- indexes ---- */

static void
diff_index_missing(struct diff *d, const void *want)
{
	diff_line(d, "index %s is missing", diff_name(want));
}

static void
diff_index_extra(struct diff *d, const void *have)
{
	const struct shape_index *ix = have;

	diff_line(d, "extra index %s on %s", ix->name, ix->table);
}

static void
diff_index_both(struct diff *d, const void *want, const void *have)
{
	const struct shape_index *w = want, *h = have;

	if (diff_cmp(w->table, h->table) != 0) {
		diff_line(d, "index %s is on table %s, expected %s", w->name,
		    h->table, w->table);
		return;
	}
	if (diff_cmp(w->columns, h->columns) != 0)
		diff_line(d, "index %s: columns are %s, expected %s", w->name,
		    h->columns, w->columns);
	if (w->unique != h->unique)
		diff_line(d, "index %s is %sUNIQUE, expected %sUNIQUE",
		    w->name, h->unique ? "" : "not ", w->unique ? "" : "not ");
	if (w->partial != h->partial)
		diff_line(d, "index %s is %s, expected %s", w->name,
		    h->partial ? "partial" : "on every row",
		    w->partial ? "partial" : "on every row");
	else if ((w->partial || strstr(w->columns, "<expression>") != NULL) &&
	    diff_cmp(w->columns, h->columns) == 0 &&
	    strcmp(w->norm, h->norm) != 0)
		diff_line(d, "index %s is altered", w->name);
}

/* ---- triggers and views ---- */

static void
diff_trigger_missing(struct diff *d, const void *want)
{
	diff_line(d, "trigger %s is missing", diff_name(want));
}

static void
diff_trigger_extra(struct diff *d, const void *have)
{
	const struct shape_code *c = have;

	diff_line(d, "extra trigger %s on %s", c->name, c->table);
}

static void
diff_trigger_both(struct diff *d, const void *want, const void *have)
{
	const struct shape_code *w = want, *h = have;

	if (diff_cmp(w->table, h->table) != 0)
		diff_line(d, "trigger %s is on table %s, expected %s", w->name,
		    h->table, w->table);
	else if (strcmp(w->norm, h->norm) != 0)
		diff_line(d, "trigger %s is altered", w->name);
}

static void
diff_view_missing(struct diff *d, const void *want)
{
	diff_line(d, "view %s is missing", diff_name(want));
}

static void
diff_view_extra(struct diff *d, const void *have)
{
	diff_line(d, "extra view %s", diff_name(have));
}

static void
diff_view_both(struct diff *d, const void *want, const void *have)
{
	const struct shape_code *w = want, *h = have;

	if (strcmp(w->norm, h->norm) != 0)
		diff_line(d, "view %s is altered", w->name);
}

size_t
schema_shape_diff(const struct schema_shape *want,
                  const struct schema_shape *have,
                  void (*fn)(void *ctx, const char *problem), void *ctx)
{
	static const struct diff_kind tables = {
		diff_table_missing, diff_table_extra, diff_table_both };
	static const struct diff_kind indexes = {
		diff_index_missing, diff_index_extra, diff_index_both };
	static const struct diff_kind triggers = {
		diff_trigger_missing, diff_trigger_extra, diff_trigger_both };
	static const struct diff_kind views = {
		diff_view_missing, diff_view_extra, diff_view_both };
	struct diff d = { fn, ctx, 0 };

	diff_merge(&d, &tables, want->tables, want->n_tables, have->tables,
	    have->n_tables, sizeof *want->tables);
	diff_merge(&d, &indexes, want->indexes, want->n_indexes,
	    have->indexes, have->n_indexes, sizeof *want->indexes);
	diff_merge(&d, &triggers, want->triggers, want->n_triggers,
	    have->triggers, have->n_triggers, sizeof *want->triggers);
	diff_merge(&d, &views, want->views, want->n_views, have->views,
	    have->n_views, sizeof *want->views);
	return d.n;
}
