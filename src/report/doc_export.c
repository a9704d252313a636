/*
 * doc_export.c - writing one report: to a temporary file next to the
 * target, flushed to disk, and only then renamed into place; standard
 * output for the text formats when no file is named; straight into a
 * target that is not a regular file (a device such as /dev/null, a FIFO),
 * which a rename would replace.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "isms/report/doc.h"
#include "isms/util/cleanup.h"
#include "isms/util/fsutil.h"
#include "isms/util/xmalloc.h"

static int
export_text(FILE *out, enum doc_format f, const struct doc *d)
{
	switch (f) {
	case DOC_CSV: return doc_csv(out, d);
	case DOC_MD: return doc_md(out, d);
	case DOC_HTML: return doc_html(out, d);
	default: return -1;
	}
}

/* Make a private temporary file in the directory of path, removed should
 * the process be killed or abort before it is renamed. */
static char *
export_temp(const char *path, char **cause)
{
	char *dir = fs_dirname(path);
	char *tmp = xasprintf("%s/.isms-export-XXXXXX", dir);
	int fd = cleanup_mkstemp(tmp, O_CLOEXEC, false);

	free(dir);
	if (fd < 0) {
		status_fail(cause, ISMS_IO, "%s: %s", path, strerror(errno));
		free(tmp);
		return NULL;
	}
	close(fd);
	return tmp;
}

/* Write a text format into tmp and flush it to disk. */
static enum isms_status
export_write(const char *tmp, const char *path, enum doc_format f,
             const struct doc *doc, char **cause)
{
	FILE *fp = fopen(tmp, "we");
	int rc;

	if (fp == NULL)
		return status_fail(cause, ISMS_IO, "%s: %s", path,
		    strerror(errno));
	errno = 0;   /* so that a failed write names its own cause */
	rc = export_text(fp, f, doc);
	if (fflush(fp) != 0 || fsync(fileno(fp)) != 0)
		rc = -1;
	if (fclose(fp) != 0)
		rc = -1;
	if (rc != 0)
		return status_fail(cause, ISMS_IO, "%s: %s; nothing was "
		    "written", path, strerror(errno ? errno : EIO));
	return ISMS_OK;
}

/* Write the workbook into tmp (libxlsxwriter closes it) and flush it to
 * disk. */
static enum isms_status
export_xlsx(const char *tmp, const char *path, const struct doc *doc,
            char **warning, char **cause)
{
	enum isms_status rc = doc_xlsx(tmp, path, doc, warning, cause);
	int fd;

	if (rc != ISMS_OK)
		return rc;
	if ((fd = open(tmp, O_RDONLY | O_CLOEXEC)) < 0 || fsync(fd) != 0)
		rc = status_fail(cause, ISMS_IO, "%s: %s; nothing was written",
		    path, strerror(errno));
	if (fd >= 0)
		close(fd);
	return rc;
}

/* The mode a new file would get from the umask (mkostemp makes 0600). */
static void
export_mode(const char *tmp)
{
	mode_t mask = umask(0);

	umask(mask);
	chmod(tmp, 0666 & ~mask);
}

/* A text format into path as it is (a device, a FIFO): nothing is
 * renamed over it. */
static enum isms_status
export_special(const char *path, enum doc_format f, const struct doc *doc,
               char **cause)
{
	FILE *fp;
	int rc;

	if (f == DOC_XLSX)
		return status_fail(cause, ISMS_USAGE, "%s: not a regular file; "
		    "xlsx is written to a file", path);
	if ((fp = fopen(path, "we")) == NULL)
		return status_fail(cause, ISMS_IO, "%s: %s", path,
		    strerror(errno));
	errno = 0;
	rc = export_text(fp, f, doc);
	if (fclose(fp) != 0 || rc != 0)
		return status_fail(cause, ISMS_IO, "%s: %s", path,
		    strerror(errno ? errno : EIO));
	return ISMS_OK;
}

static enum isms_status
export_file(const char *path, enum doc_format f, const struct doc *doc,
            char **warning, char **cause)
{
	struct stat sb;
	char *tmp;
	enum isms_status rc;

	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode) &&
	    !S_ISDIR(sb.st_mode))
		return export_special(path, f, doc, cause);
	if ((tmp = export_temp(path, cause)) == NULL)
		return ISMS_IO;
	rc = f == DOC_XLSX ? export_xlsx(tmp, path, doc, warning, cause) :
	    export_write(tmp, path, f, doc, cause);
	if (rc == ISMS_OK) {
		export_mode(tmp);
		if (rename(tmp, path) != 0)
			rc = status_fail(cause, ISMS_IO, "%s: %s", path,
			    strerror(errno));
	}
	if (rc != ISMS_OK)
		unlink(tmp);
	cleanup_drop(tmp);
	if (rc != ISMS_OK) {
		if (warning != NULL) {
			free(*warning);
			*warning = NULL;
		}
	}
	free(tmp);
	return rc;
}

enum isms_status
doc_export(const struct doc *d, enum doc_format f, const char *path,
           char **warning, char **cause)
{
	if (warning != NULL)
		*warning = NULL;
	if (!doc_format_available(f))
		return status_fail(cause, ISMS_USAGE, "%s: %s",
		    doc_format_names[f], DOC_NO_XLSX);
	if (f == DOC_XLSX && path == NULL)
		return status_fail(cause, ISMS_USAGE,
		    "xlsx is a binary format: name a file with -o FILE");
	if (path != NULL)
		return export_file(path, f, d, warning, cause);
	errno = 0;
	if (export_text(stdout, f, d) != 0 || fflush(stdout) != 0)
		return status_fail(cause, ISMS_IO, "standard output: %s",
		    strerror(errno ? errno : EIO));
	return ISMS_OK;
}
