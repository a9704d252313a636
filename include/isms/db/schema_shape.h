/*
 * schema_shape.h - the structure of a database schema as SQLite reports it,
 * and the differences between two of them.
 *
 * A shape is read through the pragmas (table_list, table_xinfo,
 * index_list, index_xinfo, foreign_key_list), not from the stored CREATE
 * text, which ALTER TABLE rewrites: two files that went through the same
 * migrations in different ways have the same shape.  Only triggers, views
 * and CHECK constraints, which the pragmas do not describe, are taken from
 * their text, in the normal form of sqlnorm.h.  Objects SQLite owns
 * (sqlite_sequence, sqlite_stat1, ...) are not part of a shape.
 */
#ifndef ISMS_DB_SCHEMA_SHAPE_H
#define ISMS_DB_SCHEMA_SHAPE_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/db/db.h"

struct shape_column {
	char *name;
	char *type;          /* declared type in upper case; "" for none */
	char *dflt;          /* default in normal form; NULL for none */
	bool notnull;
	int pk;              /* position in the primary key from 1; 0: not */
	int hidden;          /* table_xinfo: 0 ordinary, 2 and 3 generated */
};

/* A constraint compared by its normal form and shown as written. */
struct shape_text {
	char *norm;
	char *text;
};

struct shape_table {
	char *name;
	bool is_virtual;     /* no columns or constraints are read then */
	bool strict;
	bool without_rowid;
	struct shape_column *cols;
	size_t n_cols;
	struct shape_text *fkeys;     /* "(a, b) REFERENCES p(x, y) ..." */
	size_t n_fkeys;
	struct shape_text *uniques;   /* UNIQUE constraints: "(a, b)" */
	size_t n_uniques;
	struct shape_text *checks;    /* "CHECK (...)" */
	size_t n_checks;
};

/* An index made by CREATE INDEX (those of UNIQUE constraints are in the
 * table's uniques, those of primary keys follow from its columns). */
struct shape_index {
	char *name;
	char *table;
	char *columns;       /* "(a, b DESC)"; "<expression>" for one */
	bool unique;
	bool partial;
	char *norm;          /* its CREATE INDEX in normal form */
};

/* A trigger or a view: compared by its text in normal form. */
struct shape_code {
	char *name;
	char *table;         /* the table of a trigger; the view's own name */
	char *norm;
};

struct schema_shape {
	struct shape_table *tables;   /* each array sorted by name */
	size_t n_tables;
	struct shape_index *indexes;
	size_t n_indexes;
	struct shape_code *triggers;
	size_t n_triggers;
	struct shape_code *views;
	size_t n_views;
};

/* Read the shape of the main database of db into *out (released with
 * schema_shape_done(), also after a failure). */
enum isms_status schema_shape_read(struct db *db, struct schema_shape *out,
                                   char **cause);

void schema_shape_done(struct schema_shape *s);

/* True when s holds no table, index, trigger or view. */
bool schema_shape_empty(const struct schema_shape *s);

/*
 * Compare have (a file) with want (what it should be): every missing,
 * extra or altered object is one line passed to fn, naming it ("trigger
 * history_no_update is missing", "extra trigger x on soa_entry", "table
 * risk: column owner has type INTEGER, expected TEXT"); fn may be NULL.
 * Returns the number of lines.
 */
size_t schema_shape_diff(const struct schema_shape *want,
                         const struct schema_shape *have,
                         void (*fn)(void *ctx, const char *problem),
                         void *ctx);

#endif
