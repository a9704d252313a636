/*
 * create.h - creating a new ISMS from the catalogs (`isms init`).
 */
#ifndef ISMS_MODEL_CREATE_H
#define ISMS_MODEL_CREATE_H

#include "isms/catalog/catalog.h"
#include "isms/model/isms.h"

/* What `isms init` sets up.  NULL members take the defaults. */
struct isms_init {
	const char *org;
	const char *scope;
	const char *framework;  /* framework catalog id;
				   ISMS_DEFAULT_FRAMEWORK */
	const char *documents;  /* document list id; default: the first one
	                           found for the framework */
	const char *matrix;     /* risk matrix catalog id;
				   ISMS_DEFAULT_MATRIX */
	bool demo;              /* fill with the demo organisation (demo.h);
	                           needs the default matrix */
	const char *group;      /* a group database of this Unix group, in a
	                           directory of its own (share.h) */
};

#define ISMS_DEFAULT_FRAMEWORK "iso27001-2022"
#define ISMS_DEFAULT_MATRIX "5x5"

/*
 * Create a new ISMS at path (which must not exist; missing parent
 * directories are created 0700, the file 0600), copying the chosen
 * catalogs from the catalog search path into it (and, with demo, the demo
 * organisation).  With init->group its directory must be missing (its
 * parent must exist) or empty, and becomes a group directory (2770,
 * setgid); the file is 0660 of that group.  The database is built under a
 * temporary name beside path and renamed to path only when complete, and
 * never over a file that appeared meanwhile: path holds a whole ISMS or
 * nothing, whatever happens to the process (a directory made for it is
 * removed again on failure).  ISMS_EXISTS, ISMS_NOT_FOUND (an unknown
 * catalog id or group), ISMS_USAGE (not a member of the group),
 * ISMS_CATALOG (an invalid catalog; *cause lists every problem, one
 * "FILE:LINE: message" per line) or a database error.
 */
enum isms_status isms_create(const char *path, const struct isms_init *init,
                             struct isms **out, char **cause);

/* Load the catalog id of kind from the catalog search path (the error
 * lists what is available); catalog_free() releases it. */
enum isms_status isms_catalog_get(const char *id, enum catalog_kind kind,
                                  struct catalog **out, char **cause);

#endif
