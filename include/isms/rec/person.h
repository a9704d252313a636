/*
 * person.h - a person of the organisation and the people register's
 * descriptor: the owners, approvers, auditors and attendees of every
 * other register are people, named by name or login.
 *
 * A struct person_row owns its strings: person_row_done() (rec_done())
 * frees them, person_rows_free() an array of rows.
 */
#ifndef ISMS_REC_PERSON_H
#define ISMS_REC_PERSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/rec/rec.h"

struct person_row {
	int64_t id;
	char *name, *login, *email;
	char *roles;                  /* free words: "ISMS manager, CISO" */
	bool top_management;
	bool active;
	char *notes;
	int64_t rev;
	char *updated_at, *updated_by;
};

/* Field indexes of rec_person. */
enum {
	PERSON_NAME, PERSON_LOGIN, PERSON_EMAIL, PERSON_ROLES, PERSON_TOP,
	PERSON_ACTIVE, PERSON_NOTES, PERSON_FIELDS
};

extern const struct rec_desc rec_person;

void person_row_done(struct person_row *row);
void person_rows_free(struct person_row *rows, size_t n);

#endif
