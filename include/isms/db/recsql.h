/*
 * recsql.h - how the db layer reads the records a descriptor (rec.h)
 * describes: one generated SELECT column list and one row reader for
 * every register, from its descriptor and a struct rec_sql that says
 * where its rows come from and the SQL of each derived field.  For
 * src/db/ only.
 *
 * A stored field is the column of its name in the register's table
 * (under alias); an integer one reads 0 for NULL.  The column list ends
 * with the row's id, rev, updated_at and updated_by.
 */
#ifndef ISMS_DB_RECSQL_H
#define ISMS_DB_RECSQL_H

#include <stddef.h>

#include "isms/db/db.h"
#include "isms/rec/rec.h"
#include "isms/util/buf.h"

struct rec_sql {
	const struct rec_desc *d;
	const char *alias;            /* of the register's table: "a" */
	/* "FROM asset a ...": the table and the joins the derived fields
	 * need, ending where a WHERE may follow */
	const char *from;
	/* SQL of field i, by index; NULL reads alias.name (set for every
	 * derived field, and for a stored one read otherwise) */
	const char *const *expr;
};

/* Append the column list (no SELECT) to b. */
void rec_sql_cols(struct buf *b, const struct rec_sql *s);
/* Append "SELECT <columns> <from> " to b. */
void rec_sql_select(struct buf *b, const struct rec_sql *s);
/* How many columns rec_sql_cols() lists. */
int rec_sql_ncols(const struct rec_sql *s);

/* Fill row (zeroed, s->d->size bytes) from the current row of st, its
 * columns starting at column 0 in rec_sql_cols() order. */
void rec_sql_read(struct db_stmt *st, const struct rec_sql *s, void *row);

/* Step st to its end, reading every row into a growing array of
 * records; *rows (rec_free() with s->d) holds *n.  On failure nothing is
 * left allocated and the status is returned. */
enum isms_status rec_sql_fetch_all(struct db_stmt *st, const struct rec_sql *s,
                                   void **rows, size_t *n, char **cause);

/* Step st to its end, reading each row and handing it to each(ctx, row),
 * which may not keep it (it is released after the call): a list of any
 * length in the memory of one row.  A nonzero return of each stops the
 * walk and is left in *stopped (when not NULL), with ISMS_OK. */
enum isms_status rec_sql_each(struct db_stmt *st, const struct rec_sql *s,
                              int (*each)(void *ctx, const void *row),
                              void *ctx, int *stopped, char **cause);

/* The first row of st into row; ISMS_NOT_FOUND (no message) when none. */
enum isms_status rec_sql_fetch_one(struct db_stmt *st, const struct rec_sql *s,
                                   void *row, char **cause);

/* Every record of s, in order (SQL after ORDER BY), whose hay (an SQL
 * expression of its text columns) holds text, letter case ignored as
 * lower() ignores it; all of them when text is NULL.  *rows and *n as
 * rec_sql_fetch_all() gives them. */
enum isms_status rec_sql_list_text(struct db *db, const struct rec_sql *s,
                                   const char *hay, const char *order,
                                   const char *text, void **rows, size_t *n,
                                   char **cause);

#endif
