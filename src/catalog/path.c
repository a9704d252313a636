/*
 * path.c - the catalog search path and the index of catalogs found on it.
 *
 * The directories come from the environment in the order path.h gives, each
 * kept once; a program run from its build tree adds its source tree's.
 * Building the index loads and validates every *.yaml file of every directory
 * (in name order, so the result never depends on readdir); the first catalog
 * with an id wins, later ones with the same id are shadowed, and files that
 * fail to load are recorded as problems without stopping the rest.
 */
#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "isms/catalog/path.h"
#include "isms/util/fsutil.h"
#include "isms/util/xmalloc.h"

#ifndef PKGDATADIR
#define PKGDATADIR "/usr/local/share/isms"
#endif

/* The XDG default when $XDG_DATA_DIRS is unset or empty. */
#define PATH_XDG_DATA_DIRS "/usr/local/share:/usr/share"

/* Whether the running program is the one of the build tree, not an
 * installed copy: then its source tree's catalogs are what it was built
 * with.  Linux tells through /proc/self/exe; elsewhere it is not. */
static bool
path_uninstalled(void)
{
#ifdef ISMS_BUILDDIR
	return fs_self_in(ISMS_BUILDDIR, false);
#else
	return false;
#endif
}

/* Add dir (owned) unless it is already listed. */
static void
path_add(struct catalog_dirs *dirs, char *dir)
{
	for (size_t i = 0; i < dirs->count; i++) {
		if (strcmp(dirs->dirs[i], dir) == 0) {
			free(dir);
			return;
		}
	}
	dirs->dirs = xreallocarray(dirs->dirs, dirs->count + 1,
	    sizeof *dirs->dirs);
	dirs->dirs[dirs->count++] = dir;
}

/* Add each non-empty entry of a colon-separated list, with suffix; only
 * absolute ones when absolute is set. */
static void
path_add_list(struct catalog_dirs *dirs, const char *list, const char *suffix,
              bool absolute)
{
	const char *p = list;

	while (p != NULL && *p != '\0') {
		size_t n = strcspn(p, ":");

		if (n > 0 && (!absolute || p[0] == '/'))
			path_add(dirs, xasprintf("%.*s%s", (int)n, p, suffix));
		p += n;
		if (*p == ':')
			p++;
	}
}

void
catalog_dirs_init(struct catalog_dirs *dirs)
{
	const char *env = getenv("ISMS_CATALOG_PATH");
	const char *home = getenv("HOME");
	const char *data = getenv("XDG_DATA_HOME");

	dirs->dirs = NULL;
	dirs->count = 0;
	path_add_list(dirs, env, "", false);
	if (data != NULL && data[0] == '/')
		path_add(dirs, xasprintf("%s/isms/catalogs", data));
	else if (home != NULL && home[0] == '/')
		path_add(dirs, xasprintf("%s/.local/share/isms/catalogs",
		    home));
	env = getenv("XDG_DATA_DIRS");
	if (env == NULL || env[0] == '\0')
		env = PATH_XDG_DATA_DIRS;
	path_add_list(dirs, env, "/isms/catalogs", true);
#ifdef ISMS_SOURCEDIR
	if (path_uninstalled())
		path_add(dirs, xstrdup(ISMS_SOURCEDIR "/catalogs"));
#endif
	path_add(dirs, xstrdup(PKGDATADIR "/catalogs"));
}

void
catalog_dirs_done(struct catalog_dirs *dirs)
{
	for (size_t i = 0; i < dirs->count; i++)
		free(dirs->dirs[i]);
	free(dirs->dirs);
	dirs->dirs = NULL;
	dirs->count = 0;
}

static int
path_cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* True for "x.yaml", not for ".yaml" or hidden files. */
static bool
path_is_catalog(const char *name)
{
	size_t n = strlen(name);

	return name[0] != '.' && n > 5 && strcmp(name + n - 5, ".yaml") == 0;
}

/* The *.yaml names in dir, sorted; NULL-terminated, caller frees. */
static char **
path_list(const char *dir, size_t *count, struct catalog_index *idx)
{
	struct diag_list *problems = &idx->problems;
	DIR *d = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0;

	*count = 0;
	if (d == NULL) {
		if (errno == ENOMEM)
			idx->nomem = true;
		if (errno != ENOENT && errno != ENOTDIR)
			diag_add(problems, dir, 0, "cannot list: %s",
			    strerror(errno));
		return NULL;
	}
	while ((de = readdir(d)) != NULL) {
		if (!path_is_catalog(de->d_name))
			continue;
		names = xreallocarray(names, n + 1, sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof *names, path_cmp_names);
	*count = n;
	return names;
}

/* The entry with this id in any kind, or NULL. */
static struct catalog_entry *
path_entry(struct catalog_index *idx, const char *id)
{
	for (size_t i = 0; i < idx->count; i++)
		if (strcmp(idx->entries[i].id, id) == 0)
			return &idx->entries[i];
	return NULL;
}

static void
path_index_file(struct catalog_index *idx, const char *path)
{
	struct catalog *c = NULL;
	struct catalog_entry *e;
	const char *title;
	enum isms_status rc = catalog_load(path, &c, &idx->problems);

	if (rc == ISMS_NOMEM)
		idx->nomem = true;
	if (rc != ISMS_OK)
		return;
	if (path_entry(idx, c->id) != NULL) {
		catalog_free(c);   /* shadowed by an earlier directory */
		return;
	}
	switch (c->kind) {
	case CATALOG_DOCUMENTS:
		title = c->u.documents.title;
		break;
	case CATALOG_MATRIX:
		title = c->u.matrix.title;
		break;
	case CATALOG_FRAMEWORK:
	default:
		title = c->u.framework.title;
		break;
	}
	idx->entries = xreallocarray(idx->entries, idx->count + 1,
	    sizeof *idx->entries);
	e = &idx->entries[idx->count++];
	e->id = xstrdup(c->id);
	e->kind = c->kind;
	e->title = xstrdup(title);
	e->path = xstrdup(path);
	catalog_free(c);
}

static int
path_cmp_entries(const void *a, const void *b)
{
	const struct catalog_entry *x = a, *y = b;

	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return strcmp(x->id, y->id);
}

void
catalog_index_build(struct catalog_index *idx, const struct catalog_dirs *dirs)
{
	idx->entries = NULL;
	idx->count = 0;
	idx->nomem = false;
	diag_list_init(&idx->problems);
	for (size_t i = 0; i < dirs->count; i++) {
		size_t n;
		char **names = path_list(dirs->dirs[i], &n, idx);

		for (size_t j = 0; j < n; j++) {
			char *path = xasprintf("%s/%s", dirs->dirs[i],
			    names[j]);

			path_index_file(idx, path);
			free(path);
			free(names[j]);
		}
		free(names);
	}
	if (idx->count > 1)
		qsort(idx->entries, idx->count, sizeof *idx->entries,
		    path_cmp_entries);
}

void
catalog_index_done(struct catalog_index *idx)
{
	for (size_t i = 0; i < idx->count; i++) {
		free(idx->entries[i].id);
		free(idx->entries[i].title);
		free(idx->entries[i].path);
	}
	free(idx->entries);
	idx->entries = NULL;
	idx->count = 0;
	diag_list_done(&idx->problems);
}

const struct catalog_entry *
catalog_index_find(const struct catalog_index *idx, const char *id, int kind)
{
	for (size_t i = 0; i < idx->count; i++) {
		const struct catalog_entry *e = &idx->entries[i];

		if (strcmp(e->id, id) == 0 &&
		    (kind < 0 || (int)e->kind == kind))
			return e;
	}
	return NULL;
}
