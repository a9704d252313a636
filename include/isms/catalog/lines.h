/*
 * lines.h - where every node of a YAML catalog sits in its file.
 *
 * A first pass over the file with libyaml's event parser, before libcyaml
 * sees it.  It records each node under a key path ("requirements/12/parent",
 * "grid/1/2"; the root is "") with its 1-based source line, its type, its
 * text when it is a scalar and its number of entries when it is a list or a
 * mapping.  The validator asks it for lines; the loader asks it for the
 * top-level kind; the matrix validator reads the grid from it.
 *
 * The pass also refuses what no catalog needs and what could hurt later
 * stages: syntax errors, more than one document, anchors and aliases,
 * non-mapping roots, complex, empty, overlong or duplicate keys, NUL
 * characters in strings, nesting deeper than CATALOG_LINES_MAX_DEPTH and
 * more than CATALOG_LINES_MAX_EVENTS parser events.
 */
#ifndef ISMS_CATALOG_LINES_H
#define ISMS_CATALOG_LINES_H

#include <stddef.h>

#include "isms/util/diag.h"
#include "isms/util/status.h"

/* Deepest nesting of lists and mappings accepted. */
#define CATALOG_LINES_MAX_DEPTH 64
/* Most libyaml events read from one file. */
#define CATALOG_LINES_MAX_EVENTS 250000
/* Longest mapping key accepted, in bytes. */
#define CATALOG_LINES_MAX_KEY 64

enum catalog_node {
	CATALOG_NODE_SCALAR,
	CATALOG_NODE_SEQUENCE,
	CATALOG_NODE_MAPPING,
};

struct catalog_line {
	char *path;              /* "" for the root; owned */
	unsigned line;           /* of the key, or of the node for list items */
	enum catalog_node type;
	char *value;             /* scalars: the text; otherwise NULL; owned */
	size_t count;            /* lists and mappings: number of entries */
	size_t seq;              /* position in the document */
};

struct catalog_lines {
	struct catalog_line *items;   /* sorted by path, then document order */
	size_t count;
	size_t cap;
	size_t bytes;                 /* path and text bytes held */
};

/* An empty index; release with catalog_lines_done(). */
void catalog_lines_init(struct catalog_lines *li);
void catalog_lines_done(struct catalog_lines *li);

/*
 * Parse data[0..len) (the contents of file, used only in messages) and fill
 * li.  Returns ISMS_OK, or ISMS_CATALOG with located problems appended to
 * diags, or ISMS_NOMEM when libyaml ran out of memory (also with a diag);
 * li may then be partly filled and must still be released.
 */
enum isms_status catalog_lines_scan(struct catalog_lines *li,
                                    const char *file, const char *data,
                                    size_t len, struct diag_list *diags);

/* The node at path (the first one when a key was repeated), or NULL. */
const struct catalog_line *catalog_lines_get(const struct catalog_lines *li,
                                             const char *path);

/* As catalog_lines_get() with a printf-style path. */
const struct catalog_line *catalog_lines_getf(const struct catalog_lines *li,
                                              const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The text of the scalar at the printf-style path, or NULL when there is
 * no such node or it is not a scalar. */
const char *catalog_lines_scalar(const struct catalog_lines *li,
                                 const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The line of the node at the printf-style path or, when there is none,
 * of its nearest recorded ancestor; 1 when li is empty. */
unsigned catalog_lines_at(const struct catalog_lines *li, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The line of the node at path exactly, or 0. */
unsigned catalog_lines_exact(const struct catalog_lines *li, const char *path);

#endif
