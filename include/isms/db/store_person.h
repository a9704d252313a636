/*
 * store_person.h - the people register (store_person.c).
 * Seen only by src/db/ and src/model/.
 */
#ifndef ISMS_DB_STORE_PERSON_H
#define ISMS_DB_STORE_PERSON_H

#include <stddef.h>
#include <stdint.h>

#include "isms/db/db.h"
#include "isms/db/row.h"
#include "isms/rec/person.h"

/* Every person (text NULL) or those whose name, login, e-mail or roles
 * contain text, by name. */
enum isms_status store_person_list(struct db *db, const char *text,
                                   struct person_row **rows, size_t *n,
                                   char **cause);
/* Person id; ISMS_NOT_FOUND (no message) when there is none. */
enum isms_status store_person_get(struct db *db, int64_t id,
                                  struct person_row *out, char **cause);
/* Insert with the name; the other fields follow through row_fill(). */
enum isms_status store_person_insert(struct db *db, const char *name,
                                     const struct row_author *author,
                                     int64_t *id, char **cause);

/* Where people are named: "clause 6.1.2 owner" in *places and the name
 * as stored in *names, n of each (caller frees each and the arrays). */
enum isms_status store_person_named(struct db *db, char ***places,
                                    char ***names, size_t *n, char **cause);

#endif
