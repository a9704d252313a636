/*
 * sqlnorm.h - a normal form of SQL definitions, so that two schemas can be
 * compared by what their triggers, views and constraints say rather than
 * by how the text was laid out.
 *
 * The normal form drops comments, folds keywords and identifiers to lower
 * case (ASCII), unquotes identifiers that need no quotes, keeps string
 * literals byte for byte, puts one space between two words and none around
 * punctuation, and drops trailing semicolons.  It is for comparing only:
 * it is not meant to be run.
 */
#ifndef ISMS_DB_SQLNORM_H
#define ISMS_DB_SQLNORM_H

#include <stddef.h>

/* The normal form of sql; newly allocated (caller frees). */
char *sqlnorm(const char *sql);

/* One clause of a definition: its normal form, to compare, and its text
 * as written with whitespace collapsed, to show; both owned. */
struct sqlnorm_clause {
	char *norm;
	char *text;
};

/* The CHECK constraints of the CREATE TABLE statement sql, in the order
 * written (column and table constraints alike); an array the caller frees
 * with sqlnorm_clauses_free(), NULL with *n 0 when there are none. */
struct sqlnorm_clause *sqlnorm_checks(const char *sql, size_t *n);

void sqlnorm_clauses_free(struct sqlnorm_clause *c, size_t n);

#endif
