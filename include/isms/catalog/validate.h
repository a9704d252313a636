/*
 * validate.h - the checks a catalog passes after it is decoded.
 *
 * Validation never stops at the first problem: each check adds a located
 * "FILE:LINE: message" to a diag list and goes on, so one run shows the
 * author everything to fix.  Lines come from the line index (lines.h).  The
 * entry points are catalog_validate_head() (before libcyaml runs) and
 * catalog_validate() (after); the helpers below are shared by the per-kind
 * files validate_framework.c, validate_documents.c and validate_matrix.c.
 */
#ifndef ISMS_CATALOG_VALIDATE_H
#define ISMS_CATALOG_VALIDATE_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/catalog/catalog.h"
#include "isms/catalog/lines.h"
#include "isms/catalog/schema.h"

/*
 * Check the common keys "format" and "kind" straight from the line index,
 * so a file of another format version or kind is refused before libcyaml
 * decodes it against the wrong schema.  Returns ISMS_OK and sets *kind, or
 * ISMS_CATALOG with the problems appended to diags.
 */
enum isms_status catalog_validate_head(const struct catalog_lines *li,
                                       const char *file,
                                       enum catalog_kind *kind,
                                       struct diag_list *diags);

/*
 * Check a decoded catalog (raw is a struct catalog_raw_<kind>, or NULL for
 * an empty one) against the rules of isms-catalog(5).  Returns ISMS_OK when
 * it has no problem, else ISMS_CATALOG with every problem appended to
 * diags.  A catalog that passes can be converted without further checks.
 */
enum isms_status catalog_validate(enum catalog_kind kind, const void *raw,
                                  const struct catalog_lines *li,
                                  const char *file, struct diag_list *diags);

/* What one validation run reports to. */
struct validate_ctx {
	const char *file;
	const struct catalog_lines *lines;
	struct diag_list *diags;
	size_t problems;
};

/* Add a problem at line, prefixed with "label: " unless label is NULL. */
void validate_problem(struct validate_ctx *v, unsigned line,
                      const char *label, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* The line of key in the item at path item ("" for the top level), or of
 * the item itself when the key is absent. */
unsigned validate_line(const struct validate_ctx *v, const char *item,
                       const char *key);

/* 'what "id"' when id is a printable identifier, else 'what N' (N being
 * the 1-based position i + 1).  Caller frees. */
char *validate_label(const char *what, const char *id, size_t i);

/*
 * Check the string s given for key of item (key NULL: s is the list entry
 * at path item, called "value" in messages): when NULL, a problem only if
 * required; otherwise it must be non-empty, one line without control
 * characters and at most max bytes.  True when s is present and passes.
 */
bool validate_text(struct validate_ctx *v, const char *label,
                   const char *item, const char *key, const char *s,
                   size_t max, bool required);

/* As validate_text() for an identifier: at most CATALOG_MAX_ID bytes of
 * letters, digits, '.', '_' and '-', starting with a letter or digit. */
bool validate_token(struct validate_ctx *v, const char *label,
                    const char *item, const char *key, const char *s,
                    bool required);

/* As validate_text() for the id of a catalog: at most CATALOG_MAX_ID bytes
 * of lowercase letters, digits, '.' and '-', starting with a letter or
 * digit. */
bool validate_catalog_id(struct validate_ctx *v, const char *label,
                         const char *item, const char *key, const char *s,
                         bool required);

/* Check that the list key of item, which decoded to n entries, is present
 * and not empty.  True when n > 0. */
bool validate_list(struct validate_ctx *v, const char *label,
                   const char *item, const char *key, size_t n);

/* True when s is a decimal number (digits only, no sign or spaces) from
 * min to max; *out receives it. */
bool validate_uint(const char *s, unsigned long min, unsigned long max,
                   unsigned long *out);

/* Check a list of ids for repeats: ids[i] is the id of item i of the list
 * at path list; a repeat is reported as '<what> "ID" is defined twice
 * (first on line N)' at the line of its "id" key (key names that key). */
void validate_unique(struct validate_ctx *v, const char *what,
                     const char *list, const char *key,
                     const char *const *ids, size_t n);

/* Per-kind checks, called by catalog_validate(). */
void validate_framework(struct validate_ctx *v,
                        const struct catalog_raw_framework *fw);
void validate_documents(struct validate_ctx *v,
                        const struct catalog_raw_documents *dl);
void validate_matrix(struct validate_ctx *v,
                     const struct catalog_raw_matrix *m);

#endif
