/*
 * decode.h - running libcyaml on a catalog under a safe configuration.
 *
 * The configuration refuses aliases and unknown keys, caps the memory
 * libcyaml may hold at CATALOG_DECODE_MAX_MEMORY and captures libcyaml's
 * log instead of printing it; a load error becomes one located diag
 * ("FILE:LINE: unknown key \"tittle\"") using the backtrace libcyaml logs and
 * the line index of lines.h.
 */
#ifndef ISMS_CATALOG_DECODE_H
#define ISMS_CATALOG_DECODE_H

#include <stddef.h>

#include "isms/catalog/catalog.h"
#include "isms/catalog/lines.h"

/* Most bytes libcyaml may hold while decoding one catalog. */
#define CATALOG_DECODE_MAX_MEMORY (32u * 1024 * 1024)

struct catalog_decoded {
	enum catalog_kind kind;
	void *raw;       /* struct catalog_raw_<kind> (schema.h), or NULL */
	size_t live;     /* bytes libcyaml holds for it */
	size_t peak;     /* most bytes held at once while decoding */
	bool nomem;      /* an allocation failed below the cap */
};

/*
 * Decode data[0..len), the contents of file, as a catalog of kind; the
 * data must have passed catalog_lines_scan() (a libyaml error is then
 * taken for memory running out).  On
 * success returns ISMS_OK with d->raw set (it may be NULL for a document
 * without any key of the schema); release with catalog_decode_done().  On
 * failure returns ISMS_CATALOG with one diag located through li, or
 * ISMS_NOMEM (with a diag saying so) when memory ran out below the cap,
 * and d holds nothing.
 */
enum isms_status catalog_decode(struct catalog_decoded *d,
                                enum catalog_kind kind, const char *file,
                                const char *data, size_t len,
                                const struct catalog_lines *li,
                                struct diag_list *diags);

/* Free what catalog_decode() returned in d; a no-op when d->raw is NULL. */
void catalog_decode_done(struct catalog_decoded *d);

#endif
