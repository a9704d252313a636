/*
 * person.h - the people of the organisation (reg_person in reg.h) and the
 * one rule by which the model compares people: two names are the same
 * person when they are equal trimmed, case-folded and with runs of spaces
 * collapsed, or when each is the name or login of the same person of the
 * register.  Owner-like fields stay free text; the rules that compare
 * people (an approver is not the owner) use this rule.
 */
#ifndef ISMS_MODEL_PERSON_H
#define ISMS_MODEL_PERSON_H

#include <stdbool.h>

#include "isms/model/isms.h"
#include "isms/rec/person.h"

/* s as the rule compares it: trimmed, blanks collapsed to one space,
 * letters in lower case (utf8_lower()).  Newly allocated. */
char *person_fold(const char *s);

/* The person whose name or login in names (by the rule) into out (zeroed
 * by the caller; person_row_done()).  ISMS_NOT_FOUND naming in when none
 * does; ISMS_INVALID when people of different names do. */
enum isms_status person_find(struct isms *m, const char *in,
                             struct person_row *out, char **cause);

/* The name to store for in: the name of the person it names, newly
 * allocated in *out, or NULL when it names no one (free text).  Fails
 * only as person_find() does for an ambiguous name, or on a database
 * error. */
enum isms_status person_canonical(struct isms *m, const char *in, char **out,
                                  char **cause);

/* Whether a and b (names or logins, either may be NULL or empty: then
 * false) are the same person by the rule, into *same.  Fails only on a
 * database error or out of memory, which a rule must not take for
 * "not the same" (the transaction may be gone with it). */
enum isms_status person_compare(struct isms *m, const char *a,
                                const char *b, bool *same, char **cause);
/* person_compare() where an error counts as not the same (for tests and
 * display, never for a rule in a transaction). */
bool person_same(struct isms *m, const char *a, const char *b);

/* Add the person who runs isms (login as name and login), unless someone
 * has that login already; in the caller's transaction or its own. */
enum isms_status person_add_login(struct isms *m, const char *login,
                                  char **cause);

#endif
