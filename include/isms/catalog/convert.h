/*
 * convert.h - from libcyaml's raw structs to the struct catalog callers use.
 */
#ifndef ISMS_CATALOG_CONVERT_H
#define ISMS_CATALOG_CONVERT_H

#include "isms/catalog/catalog.h"
#include "isms/catalog/lines.h"

/*
 * A newly allocated struct catalog (release with catalog_free()) holding
 * copies of everything in raw, a struct catalog_raw_<kind> that passed
 * catalog_validate(); li supplies the risk matrix grid and path is recorded
 * as the catalog's file.  Only valid input may be given: the conversion
 * does not check again.
 */
struct catalog *catalog_convert(enum catalog_kind kind, const void *raw,
                                const struct catalog_lines *li,
                                const char *path);

#endif
