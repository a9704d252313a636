/*
 * xlsx_other.c - modules that are not the xlsx writer of this isms, for
 * xlsx_module_test: built as xlsx_other.so, one of another isms version,
 * and (with XLSX_OTHER_NONE) as xlsx_none.so, a shared object that gives
 * no module at all.
 */
#include "../../src/report/xlsx_module.h"

#ifndef XLSX_OTHER_NONE
static enum isms_status
other_write(const char *path, const char *name, const struct doc *d,
            char **warning, char **cause)
{
	(void)path;
	(void)name;
	(void)d;
	(void)warning;
	(void)cause;
	return ISMS_OK;
}

const struct xlsx_module xlsx_module = {
	"0.0.0-other", sizeof(struct doc), sizeof(struct doc_sheet),
	other_write
};
#else
int xlsx_other_none;
#endif
