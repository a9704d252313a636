/*
 * recsql.c - the SELECT column list and the row reader of recsql.h,
 * generated from a register's descriptor: text fields copied (NULL stays
 * NULL), numbers as int, flags as bool.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "isms/db/recsql.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

static void
rec_sql_col(struct buf *b, const struct rec_sql *s, size_t i)
{
	const struct rec_field *f = &s->d->fields[i];

	if (s->expr != NULL && s->expr[i] != NULL)
		buf_adds(b, s->expr[i]);
	else if (rec_kind_is_text(f->kind))
		buf_printf(b, "%s.%s", s->alias, f->name);
	else
		buf_printf(b, "ifnull(%s.%s, 0)", s->alias, f->name);
}

void
rec_sql_cols(struct buf *b, const struct rec_sql *s)
{
	for (size_t i = 0; i < s->d->n_fields; i++) {
		rec_sql_col(b, s, i);
		buf_adds(b, ", ");
	}
	buf_printf(b, "%s.id, %s.rev, %s.updated_at, %s.updated_by", s->alias,
	    s->alias, s->alias, s->alias);
}

void
rec_sql_select(struct buf *b, const struct rec_sql *s)
{
	buf_adds(b, "SELECT ");
	rec_sql_cols(b, s);
	buf_printf(b, " %s ", s->from);
}

int
rec_sql_ncols(const struct rec_sql *s)
{
	return (int)s->d->n_fields + 4;
}

/* The member at offset off of row. */
static void *
rec_sql_at(void *row, size_t off)
{
	return (char *)row + off;
}

void
rec_sql_read(struct db_stmt *st, const struct rec_sql *s, void *row)
{
	const struct rec_desc *d = s->d;
	int col = 0;

	for (size_t i = 0; i < d->n_fields; i++, col++) {
		const struct rec_field *f = &d->fields[i];
		void *p = rec_sql_at(row, f->offset);

		if (rec_kind_is_text(f->kind))
			*(char **)p = db_column_dup(st, col);
		else if (f->kind == REC_FLAG)
			*(bool *)p = db_column_int(st, col) != 0;
		else
			*(int *)p = (int)db_column_int(st, col);
	}
	*(int64_t *)rec_sql_at(row, d->id_offset) = db_column_int(st, col++);
	*(int64_t *)rec_sql_at(row, d->rev_offset) = db_column_int(st, col++);
	*(char **)rec_sql_at(row, d->at_offset) = db_column_dup(st, col++);
	*(char **)rec_sql_at(row, d->by_offset) = db_column_dup(st, col);
}

enum isms_status
rec_sql_fetch_all(struct db_stmt *st, const struct rec_sql *s, void **rows,
                  size_t *n, char **cause)
{
	size_t cap = 0, size = s->d->size;
	int r;

	*rows = NULL;
	*n = 0;
	while ((r = db_step(st, cause)) == DB_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*rows = xreallocarray(*rows, cap, size);
		}
		memset((char *)*rows + *n * size, 0, size);
		rec_sql_read(st, s, (char *)*rows + *n * size);
		(*n)++;
	}
	if (r == DB_DONE)
		return ISMS_OK;
	rec_free(s->d, *rows, *n);
	*rows = NULL;
	*n = 0;
	return db_stmt_error(st);
}

enum isms_status
rec_sql_each(struct db_stmt *st, const struct rec_sql *s,
             int (*each)(void *ctx, const void *row), void *ctx,
             int *stopped, char **cause)
{
	void *row = xcalloc(1, s->d->size);
	int r = DB_DONE, stop = 0;

	while (stop == 0 && (r = db_step(st, cause)) == DB_ROW) {
		rec_sql_read(st, s, row);
		stop = each(ctx, row);
		rec_done(s->d, row);
		memset(row, 0, s->d->size);
	}
	free(row);
	if (stopped != NULL)
		*stopped = stop;
	return stop != 0 || r == DB_DONE ? ISMS_OK : db_stmt_error(st);
}

enum isms_status
rec_sql_fetch_one(struct db_stmt *st, const struct rec_sql *s, void *row,
                  char **cause)
{
	int r = db_step(st, cause);

	if (r == DB_ROW) {
		rec_sql_read(st, s, row);
		return ISMS_OK;
	}
	return r == DB_DONE ? ISMS_NOT_FOUND : db_stmt_error(st);
}

enum isms_status
rec_sql_list_text(struct db *db, const struct rec_sql *s, const char *hay,
                  const char *order, const char *text, void **rows,
                  size_t *n, char **cause)
{
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;

	buf_init(&sql);
	rec_sql_select(&sql, s);
	buf_printf(&sql, "WHERE :text IS NULL OR instr(lower(%s), "
	    "lower(:text)) > 0 ORDER BY %s;", hay, order);
	rc = db_prepare_cached(db, buf_str(&sql), &st, cause);
	buf_done(&sql);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":text", text);
	rc = rec_sql_fetch_all(st, s, rows, n, cause);
	db_finalize(st);
	return rc;
}
