/*
 * xlsx_load.c - doc_xlsx() of an isms built with libxlsxwriter: the
 * writer is the module xlsx.so (xlsx_module.h), opened at the first
 * workbook and kept open until the process ends.  An isms run from its
 * build tree, or a test built there, opens the build tree's module;
 * every other one the module installed with it in $(pkglibdir).  No
 * variable of the environment names it: what code isms runs is decided
 * when it is built and installed.
 */
#include <dlfcn.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "isms/report/csv.h"
#include "isms/report/doc.h"
#include "isms/util/buf.h"
#include "isms/util/fsutil.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"
#include "xlsx_module.h"

#ifndef PKGLIBDIR
#define PKGLIBDIR "/usr/local/lib/isms"
#endif

const bool doc_xlsx_built = true;

/* What the module calls of isms, exported to it (xlsx.dynlist, the same
 * names; tests/layers.sh compares the two): named here so that every
 * program that can load the module links them in, whatever else it
 * uses of the library. */
__attribute__((used)) static const void *const xlsx_exports[] = {
	(const void *)buf_done,
	(const void *)buf_init,
	(const void *)buf_str,
	(const void *)csv_escape_formula,
	(const void *)doc_sheet_each,
	(const void *)status_fail,
	(const void *)utf8_escape_lines,
	(const void *)utf8_next,
	(const void *)xasprintf,
};

/* The module's file: of the build tree for a program that lies in it
 * (isms itself or a test program below it), else the installed one. */
static char *
xlsx_module_path(void)
{
#ifdef ISMS_BUILDDIR
	if (fs_self_in(ISMS_BUILDDIR, true))
		return xasprintf("%s/%s", ISMS_BUILDDIR, XLSX_MODULE_FILE);
#endif
	return xasprintf("%s/%s", PKGLIBDIR, XLSX_MODULE_FILE);
}

enum isms_status
xlsx_module_load(const char *path, const char *name,
                 const struct xlsx_module **out, char **cause)
{
	const struct xlsx_module *m;
	void *h;

	*out = NULL;
	if ((h = dlopen(path, RTLD_NOW | RTLD_LOCAL)) == NULL) {
		const char *why = dlerror();

		/* the loader says so in words only */
		if (why != NULL && (strstr(why, "cannot allocate memory") !=
		    NULL || strstr(why, "out of memory") != NULL))
			return status_fail(cause, ISMS_NOMEM, "%s: out of "
			    "memory loading the xlsx writer", name);
		return status_fail(cause, ISMS_IO, "%s: the xlsx writer of "
		    "isms cannot be loaded (%s); reinstall isms, or use csv, "
		    "md or html", name, why != NULL ? why : path);
	}
	m = dlsym(h, "xlsx_module");
	if (m == NULL || m->version == NULL || strcmp(m->version,
	    PACKAGE_VERSION) != 0 || m->doc_size != sizeof(struct doc) ||
	    m->sheet_size != sizeof(struct doc_sheet) || m->write == NULL) {
		dlclose(h);
		return status_fail(cause, ISMS_IO, "%s: %s is not the xlsx "
		    "writer of this isms (isms %s); reinstall isms, or use "
		    "csv, md or html", name, path, PACKAGE_VERSION);
	}
	*out = m;                     /* open until the process ends */
	return ISMS_OK;
}

enum isms_status
doc_xlsx(const char *path, const char *name, const struct doc *d,
         char **warning, char **cause)
{
	static const struct xlsx_module *mod;
	enum isms_status rc;

	if (warning != NULL)
		*warning = NULL;
	if (mod == NULL) {
		char *file = xlsx_module_path();

		rc = xlsx_module_load(file, name, &mod, cause);
		free(file);
		if (rc != ISMS_OK)
			return rc;
	}
	return mod->write(path, name, d, warning, cause);
}
