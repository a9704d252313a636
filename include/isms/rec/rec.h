/*
 * rec.h - records and their field descriptors: the words every layer
 * shares (tmux's options table and libcyaml's schemas are the models).
 *
 * A register is declared once, as a static struct rec_desc: its table, its
 * fields (name, label, kind, vocabulary, CLI option, list header, width,
 * where the value lives in the row struct) and the offsets of the columns
 * every editable row has (id, rev, updated_at, updated_by). It holds no SQL:
 * the db layer maps each stored field to its column and each derived one to
 * the expression that computes it.  Generic code in every layer reads it: the
 * db layer's column list and row read, rec_done(), the model's checks and
 * patch plan, the form, the command line's options and output, the export
 * columns, and the name of the field in history rows (the column name, as the
 * chain has always recorded it).
 *
 * A row struct owns its strings; rec_done() frees them, rec_free() an
 * array of rows.  Nothing here allocates but rec_value_dup().
 */
#ifndef ISMS_REC_REC_H
#define ISMS_REC_REC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct vocab;

/* What a field holds, and so how it is stored in the row struct. */
enum rec_kind {
	REC_LINE,       /* one line of text                    char * */
	REC_TEXT,       /* several lines of text               char * */
	REC_DATE,       /* YYYY-MM-DD, NULL when none          char * */
	REC_TERM,       /* one token of a vocabulary           char * */
	REC_TERMS,      /* tokens of a vocabulary, "LR,CO"     char * */
	REC_PERSON,     /* a person: a name or a login         char * */
	REC_REF,        /* the key of another record           char * */
	REC_RATING,     /* 1 to 5, 0 when not rated            int    */
	REC_SCORE,      /* a value of the risk matrix, 0: none int    */
	REC_NUMBER,     /* a count                             int    */
	REC_FLAG,       /* yes or no                           bool   */
};

enum rec_flags {
	REC_REQUIRED = 1 << 0,  /* may not be empty */
	REC_DERIVED  = 1 << 1,  /* read from an expression, never written */
	REC_FIXED    = 1 << 2,  /* stored, but not changed by a patch */
	REC_KEY      = 1 << 3,  /* how people name the record */
};

struct rec_field {
	const char *name;       /* column (and history field) name */
	const char *label;      /* "Owner" */
	enum rec_kind kind;
	unsigned flags;         /* enum rec_flags */
	const struct vocab *vocab;      /* REC_TERM, REC_TERMS */
	const char *option;     /* command-line long option, or NULL */
	const char *head;       /* column header in lists, or NULL */
	int width;              /* width hint in columns (TUI, xlsx) */
	size_t offset;          /* of the value in the row struct */
};

struct rec_desc {
	const char *entity;     /* history entity: "asset" */
	const char *table;      /* SQL table */
	const char *noun;       /* in messages: "asset" */
	size_t size;            /* of the row struct */
	size_t id_offset;       /* int64_t: INTEGER PRIMARY KEY */
	size_t rev_offset;      /* int64_t */
	size_t at_offset;       /* char *updated_at */
	size_t by_offset;       /* char *updated_by */
	const struct rec_field *fields;
	size_t n_fields;
};

/* At most this many fields a register. */
#define REC_FIELDS_MAX 40

/* REC_FIELD(struct, member, name, label, kind, flags, vocab, option,
 * head, width): one entry of a descriptor's field table.  (Derived fields
 * have REC_DERIVED; the db layer knows the SQL that reads them.) */
#define REC_FIELD(type, member, name, label, kind, flags, vocab, option, \
                  head, width) \
	{ name, label, kind, flags, vocab, option, head, width, \
	  offsetof(type, member) }

/*
 * What a user asks to change in a record: one value per field of the
 * register's descriptor, as typed (a vocabulary label, a score's name, a
 * date); NULL leaves a field as it is, "" clears it.  The strings belong
 * to the caller.
 */
struct rec_patch {
	const char *v[REC_FIELDS_MAX];
};

/* Set the value of field name of d in p; a name d does not have is a
 * programming error, which aborts. */
void rec_patch_put(struct rec_patch *p, const struct rec_desc *d,
                   const char *name, const char *value);
/* True when p changes no field of d that a patch may change (neither
 * derived nor fixed). */
bool rec_patch_empty(const struct rec_patch *p, const struct rec_desc *d);

/* Whether a kind is held as char *, as int or as bool. */
bool rec_kind_is_text(enum rec_kind kind);
bool rec_kind_is_int(enum rec_kind kind);

/* The index of field name in d, or -1. */
int rec_field_index(const struct rec_desc *d, const char *name);

/* Where field i of row lives (row is a d->size struct). */
char **rec_text_slot(const struct rec_desc *d, void *row, size_t i);
int *rec_int_slot(const struct rec_desc *d, void *row, size_t i);
bool *rec_flag_slot(const struct rec_desc *d, void *row, size_t i);

/* The common columns of a row. */
int64_t rec_id(const struct rec_desc *d, const void *row);
int64_t rec_rev(const struct rec_desc *d, const void *row);
const char *rec_updated_at(const struct rec_desc *d, const void *row);
const char *rec_updated_by(const struct rec_desc *d, const void *row);

/* The stored value of field i as text: a text field as it is (NULL for
 * SQL NULL), a number in buf (a rating or score of 0, which means none,
 * as ""; a count of 0 as "0"), a flag as
 * "yes" or "no".  Valid while row and buf are. */
const char *rec_value(const struct rec_desc *d, const void *row, size_t i,
                      char *buf, size_t size);

/* Free the strings of row (not row itself) and zero it. */
void rec_done(const struct rec_desc *d, void *row);
/* rec_done() each of n rows, then free the array; NULL is fine. */
void rec_free(const struct rec_desc *d, void *rows, size_t n);

#endif
