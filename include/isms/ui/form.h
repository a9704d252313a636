/*
 * form.h - the detail and edit form for one row: read-only lines (the
 * clause summary, the documents it calls for, the control's attributes)
 * above editable fields.  Edits stay pending until saved; the save names
 * the revision read, so another user's change is never overwritten
 * silently: the form then shows their value next to yours.
 *
 * A form is a modal (app_push() takes it); its owner supplies ops that
 * read the row into the form and write the pending values back.
 */
#ifndef ISMS_UI_FORM_H
#define ISMS_UI_FORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/rec/vocab.h"
#include "isms/ui/app.h"
#include "isms/ui/draft.h"
#include "isms/ui/lineedit.h"

enum form_kind {
	FORM_LINE,                    /* one line, edited in place */
	FORM_LONG,                    /* free text: edited in place while it
	                               * is one line, else in $EDITOR */
	FORM_DATE,                    /* YYYY-MM-DD, checked as typed */
	FORM_CHOICE,                  /* one term of a vocabulary */
	FORM_TERMS,                   /* several terms of a vocabulary */
	FORM_PERSON,                  /* a person of the register, picked,
	                               * or a name or login typed */
};

struct form_field {
	const char *label;
	enum form_kind kind;
	const struct vocab *vocab;    /* FORM_CHOICE, FORM_TERMS */
	char *stored;                 /* as read; owned */
	char *value;                  /* pending; NULL when unchanged */
	bool theirs;                  /* stored changed under a pending edit */
};

struct form;
struct form_ops {
	/* Read the row: form_store() each field, form_info() lines, set rev.
	 * false (with a message set) when the row cannot be read. */
	bool (*load)(void *ctx, struct form *f, struct app *app);
	/* Write the pending values as one change read at f->rev; ISMS_OK,
	 * or a status with *cause (ISMS_CONFLICT when someone was first). */
	enum isms_status (*save)(void *ctx, struct form *f, char **cause);
	void (*free)(void *ctx);
};

struct form {
	struct modal md;
	char *title;
	char **info;
	size_t n_info;
	struct form_field *fields;
	size_t n_fields;
	size_t cursor;
	size_t info_top;
	bool editing;
	struct lineedit e;
	int64_t rev;
	const struct form_ops *ops;
	void *ctx;
	void (*saved)(void *owner, struct app *app);  /* after a save */
	void *owner;
	const char *tab;              /* its tab's stable name (static) */
	char *key;                    /* the record's key, owned */
	const char *entity;           /* its history entity (static), or
	                               * NULL: H has no history to show */
	/* What the form's opener does with an action of keymap_form the
	 * form has no use for itself (T in a risk's form); false when
	 * nothing.  May be NULL. */
	bool (*extra)(void *owner, struct form *f, struct app *app,
	              enum ui_action a);
	struct draft *draft;          /* restored into field draft_field */
	size_t draft_field;
	char **people;                /* the names a person picker shows */
	size_t n_people;
};

/* A form with the n fields of proto (labels and kinds; values empty),
 * loaded through ops at once.  NULL when load fails. */
struct form *form_new(struct app *app, const char *title,
                      const struct form_field *proto, size_t n,
                      const struct form_ops *ops, void *ctx);

/* Set the stored value of field i (copied; NULL is empty). */
void form_store(struct form *f, size_t i, const char *value);
/* Replace the read-only lines (taking ownership of lines and array). */
void form_info(struct form *f, char **lines, size_t n);
/* The value to write for field i: pending, or NULL when unchanged. */
const char *form_pending(const struct form *f, size_t i);
/* Start editing field i at once (the `e` key of a table). */
void form_edit_field(struct form *f, struct app *app, size_t i);

/* Say which record the form shows: its tab and its key (copied); drafts
 * of its text name them by the tab's stable name and the key. */
void form_origin(struct form *f, enum tab_id tab, const char *key);

/* Make text the pending value of the field labelled label, with the
 * cursor on it.  The form takes d, deletes it once that value is saved or
 * dropped (at once when text is what is saved already: form_pending() is
 * then NULL), and keeps it otherwise.  false, d left to the caller, when
 * the form has no such field. */
bool form_restore(struct form *f, const char *label, const char *text,
                  struct draft *d);

#endif
