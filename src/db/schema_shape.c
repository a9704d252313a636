/*
 * schema_shape.c - reading the shape of a schema (schema_shape.h) through
 * SQLite's pragmas: one query lists the objects, then for each ordinary
 * table its columns, indexes and foreign keys.  Virtual tables are listed
 * but not opened, so a file naming a module this program lacks can still
 * be described.  Comparing two shapes is schema_diff.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isms/db/schema_shape.h"
#include "isms/db/sqlnorm.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

/* Every object but SQLite's own, in name order (NOCASE: SQLite's names
 * are ASCII case-insensitive, and schema_diff.c compares them so).
 * table_list is asked per table: joined whole it costs O(n^2). */
static const char shape_objects_sql[] =
	"SELECT m.type, m.name, m.tbl_name, m.sql, t.type, t.strict, t.wr "
	"FROM sqlite_schema AS m LEFT JOIN pragma_table_list(m.name) AS t "
	"ON t.schema = 'main' "
	"WHERE m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
	"ORDER BY m.name COLLATE NOCASE;";

static const char shape_columns_sql[] =
	"SELECT name, type, \"notnull\", dflt_value, pk, hidden "
	"FROM pragma_table_xinfo(:t, 'main') ORDER BY cid;";

/* The index of a primary key adds nothing to its columns' pk. */
static const char shape_indexes_sql[] =
	"SELECT i.name, i.\"unique\", i.origin, i.partial, x.cid, x.name, "
	"x.\"desc\", x.coll FROM pragma_index_list(:t, 'main') AS i, "
	"pragma_index_xinfo(i.name, 'main') AS x "
	"WHERE i.origin <> 'pk' AND x.key ORDER BY i.name, x.seqno;";

static const char shape_fkeys_sql[] =
	"SELECT id, \"table\", \"from\", \"to\", on_update, on_delete, "
	"\"match\" FROM pragma_foreign_key_list(:t, 'main') ORDER BY id, seq;";

/* The statements of one read, prepared once for all tables. */
struct shape_reader {
	struct db_stmt *cols, *idx, *fk;
};

/* Make room for one more element of size bytes in *arr. */
static void *
shape_push(void *arr, size_t n, size_t *cap, size_t size)
{
	if (n == *cap) {
		*cap = *cap ? *cap * 2 : 8;
		arr = xreallocarray(arr, *cap, size);
	}
	memset((char *)arr + n * size, 0, size);
	return arr;
}

static void
shape_texts_free(struct shape_text *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(t[i].norm);
		free(t[i].text);
	}
	free(t);
}

static int
shape_text_cmp(const void *a, const void *b)
{
	return strcmp(((const struct shape_text *)a)->norm,
	    ((const struct shape_text *)b)->norm);
}

/* Append text (owned by the caller) as a constraint compared with the
 * case of its names folded. */
static void
shape_text_add(struct shape_text **arr, size_t *n, size_t *cap,
               const char *text)
{
	char *norm = xstrdup(text);

	for (char *p = norm; *p != '\0'; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	*arr = shape_push(*arr, *n, cap, sizeof **arr);
	(*arr)[*n].norm = norm;
	(*arr)[*n].text = xstrdup(text);
	(*n)++;
}

/* A declared type as compared: upper case, one space between words. */
static char *
shape_type(const char *type)
{
	struct buf b;
	bool space = false;

	buf_init(&b);
	for (const char *p = type; *p != '\0'; p++) {
		if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
			space = true;
			continue;
		}
		if (space && b.len > 0)
			buf_addc(&b, ' ');
		space = false;
		buf_addc(&b, *p >= 'a' && *p <= 'z' ? (char)(*p - 'a' + 'A') :
		    *p);
	}
	return buf_take(&b);
}

static enum isms_status
shape_read_columns(struct shape_reader *r, struct shape_table *t,
                   char **cause)
{
	size_t cap = 0;
	int s;

	db_reset(r->cols);
	db_bind_text(r->cols, ":t", t->name);
	while ((s = db_step(r->cols, cause)) == DB_ROW) {
		struct shape_column *c;

		t->cols = shape_push(t->cols, t->n_cols, &cap, sizeof *t->cols);
		c = &t->cols[t->n_cols++];
		c->name = xstrdup(db_column_text(r->cols, 0));
		c->type = shape_type(db_column_text(r->cols, 1));
		c->notnull = db_column_int(r->cols, 2) != 0;
		c->dflt = db_column_is_null(r->cols, 3) ? NULL :
		    sqlnorm(db_column_text(r->cols, 3));
		c->pk = (int)db_column_int(r->cols, 4);
		c->hidden = (int)db_column_int(r->cols, 5);
	}
	return s == DB_DONE ? ISMS_OK : db_stmt_error(r->cols);
}

static struct shape_index *
shape_find_index(struct schema_shape *s, const char *name)
{
	for (size_t i = 0; i < s->n_indexes; i++)
		if (strcasecmp(s->indexes[i].name, name) == 0)
			return &s->indexes[i];
	return NULL;
}

/* One indexed column of index_xinfo as shown: name, DESC, collation. */
static void
shape_index_column(struct buf *b, struct db_stmt *st)
{
	const char *coll = db_column_text(st, 7);
	int64_t cid = db_column_int(st, 4);

	if (cid == -2)
		buf_adds(b, "<expression>");
	else if (cid == -1)
		buf_adds(b, "rowid");
	else
		buf_adds(b, db_column_text(st, 5));
	if (db_column_int(st, 6) != 0)
		buf_adds(b, " DESC");
	if (coll[0] != '\0' && strcasecmp(coll, "BINARY") != 0)
		buf_printf(b, " COLLATE %s", coll);
}

/* Close the index whose columns b holds: a named one gets them, a UNIQUE
 * constraint joins the table's uniques, a primary key is left out. */
static void
shape_index_end(struct schema_shape *s, struct shape_table *t, size_t *ucap,
                const char *name, const char *origin, bool unique,
                bool partial, struct buf *b)
{
	struct shape_index *ix;
	char *cols;

	if (b->len == 0)
		return;
	buf_addc(b, ')');
	cols = buf_take(b);
	if (strcmp(origin, "u") == 0) {
		shape_text_add(&t->uniques, &t->n_uniques, ucap, cols);
	} else if (strcmp(origin, "c") == 0 &&
	    (ix = shape_find_index(s, name)) != NULL) {
		free(ix->columns);
		ix->columns = cols;
		cols = NULL;
		ix->unique = unique;
		ix->partial = partial;
	}
	free(cols);
}

static enum isms_status
shape_read_indexes(struct shape_reader *r, struct schema_shape *s,
                   struct shape_table *t, char **cause)
{
	char *name = NULL, origin[4] = "";
	bool unique = false, partial = false;
	size_t ucap = 0;
	struct buf b;
	int st;

	buf_init(&b);
	db_reset(r->idx);
	db_bind_text(r->idx, ":t", t->name);
	while ((st = db_step(r->idx, cause)) == DB_ROW) {
		const char *n = db_column_text(r->idx, 0);

		if (name == NULL || strcmp(name, n) != 0) {
			if (name != NULL)
				shape_index_end(s, t, &ucap, name, origin,
				    unique, partial, &b);
			free(name);
			name = xstrdup(n);
			unique = db_column_int(r->idx, 1) != 0;
			snprintf(origin, sizeof origin, "%s",
			    db_column_text(r->idx, 2));
			partial = db_column_int(r->idx, 3) != 0;
			buf_addc(&b, '(');
		} else {
			buf_adds(&b, ", ");
		}
		shape_index_column(&b, r->idx);
	}
	if (name != NULL)
		shape_index_end(s, t, &ucap, name, origin, unique, partial, &b);
	free(name);
	buf_done(&b);
	if (t->n_uniques > 1)
		qsort(t->uniques, t->n_uniques, sizeof *t->uniques,
		    shape_text_cmp);
	return st == DB_DONE ? ISMS_OK : db_stmt_error(r->idx);
}

/* One foreign key, from the rows of foreign_key_list with one id. */
struct shape_fkey {
	struct buf from, to;
	char *parent, *on_update, *on_delete, *match;
	bool implicit;                /* REFERENCES parent, no columns */
};

static void
shape_fkey_end(struct shape_fkey *k, struct shape_table *t, size_t *cap)
{
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "(%s) REFERENCES %s", buf_str(&k->from), k->parent);
	if (!k->implicit)
		buf_printf(&b, "(%s)", buf_str(&k->to));
	if (strcmp(k->on_update, "NO ACTION") != 0)
		buf_printf(&b, " ON UPDATE %s", k->on_update);
	if (strcmp(k->on_delete, "NO ACTION") != 0)
		buf_printf(&b, " ON DELETE %s", k->on_delete);
	if (strcmp(k->match, "NONE") != 0)
		buf_printf(&b, " MATCH %s", k->match);
	shape_text_add(&t->fkeys, &t->n_fkeys, cap, buf_str(&b));
	buf_done(&b);
	buf_reset(&k->from);
	buf_reset(&k->to);
	free(k->parent);
	free(k->on_update);
	free(k->on_delete);
	free(k->match);
	k->parent = k->on_update = k->on_delete = k->match = NULL;
	k->implicit = false;
}

static enum isms_status
shape_read_fkeys(struct shape_reader *r, struct shape_table *t, char **cause)
{
	struct shape_fkey k = { 0 };
	int64_t id = -1;
	size_t cap = 0;
	int st;

	buf_init(&k.from);
	buf_init(&k.to);
	db_reset(r->fk);
	db_bind_text(r->fk, ":t", t->name);
	while ((st = db_step(r->fk, cause)) == DB_ROW) {
		if (db_column_int(r->fk, 0) != id) {
			if (id >= 0)
				shape_fkey_end(&k, t, &cap);
			id = db_column_int(r->fk, 0);
			k.parent = xstrdup(db_column_text(r->fk, 1));
			k.on_update = xstrdup(db_column_text(r->fk, 4));
			k.on_delete = xstrdup(db_column_text(r->fk, 5));
			k.match = xstrdup(db_column_text(r->fk, 6));
		} else {
			buf_adds(&k.from, ", ");
			buf_adds(&k.to, ", ");
		}
		buf_adds(&k.from, db_column_text(r->fk, 2));
		if (db_column_is_null(r->fk, 3))
			k.implicit = true;
		buf_adds(&k.to, db_column_text(r->fk, 3));
	}
	if (id >= 0)
		shape_fkey_end(&k, t, &cap);
	buf_done(&k.from);
	buf_done(&k.to);
	if (t->n_fkeys > 1)
		qsort(t->fkeys, t->n_fkeys, sizeof *t->fkeys, shape_text_cmp);
	return st == DB_DONE ? ISMS_OK : db_stmt_error(r->fk);
}

static void
shape_read_checks(struct shape_table *t, const char *sql)
{
	size_t n;
	struct sqlnorm_clause *c = sqlnorm_checks(sql, &n);

	if (n == 0)
		return;
	t->checks = xcalloc(n, sizeof *t->checks);
	for (size_t i = 0; i < n; i++) {
		t->checks[i].norm = c[i].norm;
		t->checks[i].text = c[i].text;
	}
	t->n_checks = n;
	free(c);
	if (n > 1)
		qsort(t->checks, n, sizeof *t->checks, shape_text_cmp);
}

/* Route one row of shape_objects_sql into s. */
static void
shape_add_object(struct schema_shape *s, struct db_stmt *st, size_t cap[4])
{
	const char *type = db_column_text(st, 0);
	const char *name = db_column_text(st, 1);
	const char *table = db_column_text(st, 2);
	const char *sql = db_column_text(st, 3);

	if (strcmp(type, "table") == 0) {
		struct shape_table *t;

		s->tables = shape_push(s->tables, s->n_tables, &cap[0],
		    sizeof *s->tables);
		t = &s->tables[s->n_tables++];
		t->name = xstrdup(name);
		t->is_virtual = strcmp(db_column_text(st, 4), "virtual") == 0;
		t->strict = db_column_int(st, 5) != 0;
		t->without_rowid = db_column_int(st, 6) != 0;
		if (!t->is_virtual)
			shape_read_checks(t, sql);
	} else if (strcmp(type, "index") == 0) {
		struct shape_index *ix;

		s->indexes = shape_push(s->indexes, s->n_indexes, &cap[1],
		    sizeof *s->indexes);
		ix = &s->indexes[s->n_indexes++];
		ix->name = xstrdup(name);
		ix->table = xstrdup(table);
		ix->columns = xstrdup("()");
		ix->norm = sqlnorm(sql);
	} else {
		bool trigger = strcmp(type, "trigger") == 0;
		struct shape_code **arr = trigger ? &s->triggers : &s->views;
		size_t *n = trigger ? &s->n_triggers : &s->n_views;
		struct shape_code *c;

		*arr = shape_push(*arr, *n, &cap[trigger ? 2 : 3],
		    sizeof **arr);
		c = &(*arr)[(*n)++];
		c->name = xstrdup(name);
		c->table = xstrdup(table);
		c->norm = sqlnorm(sql);
	}
}

static enum isms_status
shape_read_objects(struct db *db, struct schema_shape *s, char **cause)
{
	struct db_stmt *st;
	size_t cap[4] = { 0 };
	enum isms_status rc = db_prepare(db, shape_objects_sql, &st, cause);
	int r;

	if (rc != ISMS_OK)
		return rc;
	while ((r = db_step(st, cause)) == DB_ROW)
		shape_add_object(s, st, cap);
	rc = r == DB_DONE ? ISMS_OK : db_stmt_error(st);
	db_finalize(st);
	return rc;
}

enum isms_status
schema_shape_read(struct db *db, struct schema_shape *out, char **cause)
{
	struct shape_reader r = { 0 };
	enum isms_status rc;

	memset(out, 0, sizeof *out);
	rc = shape_read_objects(db, out, cause);
	if (rc == ISMS_OK)
		rc = db_prepare(db, shape_columns_sql, &r.cols, cause);
	if (rc == ISMS_OK)
		rc = db_prepare(db, shape_indexes_sql, &r.idx, cause);
	if (rc == ISMS_OK)
		rc = db_prepare(db, shape_fkeys_sql, &r.fk, cause);
	for (size_t i = 0; rc == ISMS_OK && i < out->n_tables; i++) {
		struct shape_table *t = &out->tables[i];

		if (t->is_virtual)
			continue;
		rc = shape_read_columns(&r, t, cause);
		if (rc == ISMS_OK)
			rc = shape_read_indexes(&r, out, t, cause);
		if (rc == ISMS_OK)
			rc = shape_read_fkeys(&r, t, cause);
	}
	db_finalize(r.cols);
	db_finalize(r.idx);
	db_finalize(r.fk);
	return rc;
}

static void
shape_codes_free(struct shape_code *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(c[i].name);
		free(c[i].table);
		free(c[i].norm);
	}
	free(c);
}

void
schema_shape_done(struct schema_shape *s)
{
	for (size_t i = 0; i < s->n_tables; i++) {
		struct shape_table *t = &s->tables[i];

		for (size_t j = 0; j < t->n_cols; j++) {
			free(t->cols[j].name);
			free(t->cols[j].type);
			free(t->cols[j].dflt);
		}
		free(t->cols);
		free(t->name);
		shape_texts_free(t->fkeys, t->n_fkeys);
		shape_texts_free(t->uniques, t->n_uniques);
		shape_texts_free(t->checks, t->n_checks);
	}
	free(s->tables);
	for (size_t i = 0; i < s->n_indexes; i++) {
		free(s->indexes[i].name);
		free(s->indexes[i].table);
		free(s->indexes[i].columns);
		free(s->indexes[i].norm);
	}
	free(s->indexes);
	shape_codes_free(s->triggers, s->n_triggers);
	shape_codes_free(s->views, s->n_views);
	memset(s, 0, sizeof *s);
}

bool
schema_shape_empty(const struct schema_shape *s)
{
	return s->n_tables == 0 && s->n_indexes == 0 && s->n_triggers == 0 &&
	    s->n_views == 0;
}
