/*
 * doc_noxlsx.c - doc_xlsx() of an isms built without libxlsxwriter
 * (configure --without-xlsx), in place of doc_xlsx.c: it writes nothing
 * and says why, and doc_xlsx_built tells the faces not to offer xlsx.
 */
#include <stdbool.h>
#include <stddef.h>

#include "isms/report/doc.h"

const bool doc_xlsx_built = false;

enum isms_status
doc_xlsx(const char *path, const char *name, const struct doc *d,
         char **warning, char **cause)
{
	(void)path;
	(void)d;
	if (warning != NULL)
		*warning = NULL;
	return status_fail(cause, ISMS_USAGE, "%s: %s", name, DOC_NO_XLSX);
}
