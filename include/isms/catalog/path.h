/*
 * path.h - where catalogs are looked for, and finding one by id.
 *
 * Search order: each directory of $ISMS_CATALOG_PATH (colon-separated; set
 * by ./dev and the tests to the build tree's catalogs/), then
 * $XDG_DATA_HOME/isms/catalogs (default ~/.local/share/isms/catalogs), each
 * $XDG_DATA_DIRS entry + /isms/catalogs (default /usr/local/share and
 * /usr/share), then, for the program of the build tree run before make
 * install, its source tree's catalogs/, then the installed
 * $(pkgdatadir)/catalogs.  Empty or
 * relative XDG values are ignored; a directory is listed once, at its first
 * place.  The first catalog with a given id wins, whatever its kind.
 */
#ifndef ISMS_CATALOG_PATH_H
#define ISMS_CATALOG_PATH_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/catalog/catalog.h"

struct catalog_dirs {
	char **dirs;          /* owned */
	size_t count;
};

/* Fill dirs from the environment; release with catalog_dirs_done(). */
void catalog_dirs_init(struct catalog_dirs *dirs);
void catalog_dirs_done(struct catalog_dirs *dirs);

/* One entry of a catalog listing. */
struct catalog_entry {
	char *id;
	enum catalog_kind kind;
	char *title;
	char *path;
};

struct catalog_index {
	struct catalog_entry *entries;   /* sorted by kind, then id */
	size_t count;
	struct diag_list problems;       /* catalogs that failed to load */
	bool nomem;                      /* one failed for want of memory */
};

/* Load every *.yaml file in dirs (first id wins) and index them.  Files
 * that fail to load are recorded in idx->problems, not fatal.  When memory
 * ran out on the way, idx->nomem is set: the index may then miss a catalog
 * or hold one that another should have shadowed, and must not be trusted.
 * Release with catalog_index_done(). */
void catalog_index_build(struct catalog_index *idx,
                         const struct catalog_dirs *dirs);
void catalog_index_done(struct catalog_index *idx);

/* The entry with this id (and kind, unless kind is -1), or NULL. */
const struct catalog_entry *
catalog_index_find(const struct catalog_index *idx, const char *id, int kind);

#endif
