/*
 * person.c - the descriptor of the people register.
 */
#include "isms/rec/person.h"

#define F(member, name, label, kind, flags, vocab, option, head, width) \
	REC_FIELD(struct person_row, member, name, label, kind, flags, vocab, \
	    option, head, width)

static const struct rec_field person_fields[PERSON_FIELDS] = {
	[PERSON_NAME] = F(name, "name", "Name", REC_LINE, REC_REQUIRED, NULL,
	    "name", "NAME", 22),
	[PERSON_LOGIN] = F(login, "login", "Login", REC_LINE, 0, NULL, "login",
	    "LOGIN", 10),
	[PERSON_EMAIL] = F(email, "email", "E-mail", REC_LINE, 0, NULL,
	    "email", NULL, 24),
	[PERSON_ROLES] = F(roles, "roles", "Roles", REC_LINE, 0, NULL, "roles",
	    "ROLES", 24),
	[PERSON_TOP] = F(top_management, "top_management", "Top management",
	    REC_FLAG, REC_REQUIRED, NULL, "top-management", "TOP", 3),
	[PERSON_ACTIVE] = F(active, "active", "Active", REC_FLAG, REC_REQUIRED,
	    NULL, "active", "ACTIVE", 6),
	[PERSON_NOTES] = F(notes, "notes", "Notes", REC_TEXT, 0, NULL, "notes",
	    NULL, 30),
};

const struct rec_desc rec_person = {
	"person", "person", "person", sizeof(struct person_row),
	offsetof(struct person_row, id), offsetof(struct person_row, rev),
	offsetof(struct person_row, updated_at),
	offsetof(struct person_row, updated_by),
	person_fields, PERSON_FIELDS,
};

void
person_row_done(struct person_row *row)
{
	rec_done(&rec_person, row);
}

void
person_rows_free(struct person_row *rows, size_t n)
{
	rec_free(&rec_person, rows, n);
}
