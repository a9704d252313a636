/*
 * soa_export.c - one export of the SoA: gather, write to a temporary file
 * next to the target, flush it to disk, and only then rename it into
 * place; standard output for the text formats when no file is named.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "isms/report/soa_doc.h"
#include "isms/util/fsutil.h"
#include "isms/util/xmalloc.h"

static int
export_text(FILE *out, enum soa_format f, const struct soa_doc *doc)
{
	switch (f) {
	case SOA_FORMAT_CSV: return soa_doc_csv(out, doc);
	case SOA_FORMAT_MD: return soa_doc_md(out, doc);
	case SOA_FORMAT_HTML: return soa_doc_html(out, doc);
	default: return -1;
	}
}

/* Make a private temporary file in the directory of path. */
static char *
export_temp(const char *path, char **cause)
{
	char *dir = fs_dirname(path);
	char *tmp = xasprintf("%s/.isms-export-XXXXXX", dir);
	int fd = mkstemp(tmp);

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
export_write(const char *tmp, const char *path, enum soa_format f,
             const struct soa_doc *doc, char **cause)
{
	FILE *fp = fopen(tmp, "w");
	int rc;

	if (fp == NULL)
		return status_fail(cause, ISMS_IO, "%s: %s", path,
		    strerror(errno));
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

/* The mode a new file would get from the umask (mkstemp makes 0600). */
static void
export_mode(const char *tmp)
{
	mode_t mask = umask(0);

	umask(mask);
	chmod(tmp, 0666 & ~mask);
}

static enum isms_status
export_file(const char *path, enum soa_format f, const struct soa_doc *doc,
            char **cause)
{
	char *tmp = export_temp(path, cause);
	enum isms_status rc;

	if (tmp == NULL)
		return ISMS_IO;
	rc = f == SOA_FORMAT_XLSX ? soa_doc_xlsx(tmp, doc, cause) :
	    export_write(tmp, path, f, doc, cause);
	if (rc == ISMS_OK) {
		export_mode(tmp);
		if (rename(tmp, path) != 0)
			rc = status_fail(cause, ISMS_IO, "%s: %s", path,
			    strerror(errno));
	}
	if (rc != ISMS_OK)
		unlink(tmp);
	free(tmp);
	return rc;
}

enum isms_status
soa_export(struct isms *m, enum soa_format f, const char *theme,
           const char *path, char **cause)
{
	struct soa_doc doc;
	enum isms_status rc;

	if (f == SOA_FORMAT_XLSX && path == NULL)
		return status_fail(cause, ISMS_USAGE, "xlsx is a binary format: "
		    "name a file with -o FILE");
	rc = soa_doc_load(m, theme, &doc, cause);
	if (rc != ISMS_OK)
		return rc;
	if (path != NULL)
		rc = export_file(path, f, &doc, cause);
	else if (export_text(stdout, f, &doc) != 0 || fflush(stdout) != 0)
		rc = status_fail(cause, ISMS_IO, "standard output: %s",
		    strerror(errno ? errno : EIO));
	soa_doc_done(&doc);
	return rc;
}
