/*
 * cmd_export.c - the exports of the command line: `soa export`, `risk
 * export`, `treatment export` and `doc export`, as csv, md, html or
 * xlsx, to a file (written whole or not at all) or to standard output
 * (-o - or no -o).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/args.h"
#include "isms/cli/cmd.h"
#include "isms/report/document_doc.h"
#include "isms/report/risk_doc.h"
#include "isms/report/soa_doc.h"
#include "isms/report/text.h"

const struct cli_opt cmd_export_opts[] = {
	{ "format", 'f', "csv|md|html|xlsx", "the format (default csv)" },
	{ "output", 'o', "FILE", "write FILE (- or none: standard output; "
	  "xlsx needs a file)" },
	{ NULL, 0, NULL, NULL },
};

const struct cli_opt cmd_soa_export_opts[] = {
	{ "format", 'f', "csv|md|html|xlsx", "the format (default csv)" },
	{ "output", 'o', "FILE", "write FILE (- or none: standard output; "
	  "xlsx needs a file)" },
	{ "theme", 't', "THEME", "only the controls of one theme" },
	{ NULL, 0, NULL, NULL },
};

/* The format and the file of an export call; 0, or 2 after a usage
 * error.  *out is NULL for standard output. */
static int
export_target(struct cli_call *c, enum doc_format *fmt, const char **out)
{
	const char *format = cli_opt(c, "format");
	char *cause = NULL;
	int rc;

	*fmt = DOC_CSV;
	*out = cli_opt(c, "output");
	if (*out != NULL && strcmp(*out, "-") == 0)
		*out = NULL;
	if (format != NULL && doc_format_parse(format, fmt, &cause) !=
	    ISMS_OK) {
		rc = cli_usage(c, "--format %s", cause);
		free(cause);
		return rc;
	}
	if (*fmt == DOC_XLSX && *out == NULL)
		return cli_usage(c, "xlsx is a binary format: name a file with "
		    "-o FILE");
	return 0;
}

/* The exports, by what they export. */
enum export_what { EXPORT_SOA, EXPORT_RISKS, EXPORT_TREATMENT,
                   EXPORT_DOCUMENTS };

static enum isms_status
export_write(struct cli_call *c, enum export_what what, enum doc_format fmt,
             const char *out, char **warning, char **cause)
{
	switch (what) {
	case EXPORT_SOA:
		return soa_export(c->m, fmt, cli_opt(c, "theme"), out, warning,
		    cause);
	case EXPORT_RISKS:
		return risk_export(c->m, fmt, out, warning, cause);
	case EXPORT_DOCUMENTS:
		return document_export(c->m, fmt, out, warning, cause);
	case EXPORT_TREATMENT:
		break;
	}
	return treatment_export(c->m, fmt, out, warning, cause);
}

/* Run one export and report its end: its warning, and the file written. */
static int
export_run(struct cli_call *c, enum export_what what)
{
	enum doc_format fmt, named;
	const char *out;
	char *cause = NULL, *warning = NULL;
	enum isms_status st;
	int rc;

	if ((rc = export_target(c, &fmt, &out)) != 0)
		return rc;
	if (out != NULL && doc_format_of_name(out, &named) && named != fmt)
		text_line(stderr, "isms: warning: %s names %s, but it is "
		    "written as %s (--format)", out, doc_format_names[named],
		    doc_format_names[fmt]);
	st = export_write(c, what, fmt, out, &warning, &cause);
	if (st != ISMS_OK)
		return cli_fail(st, cause);
	cli_warn(warning);
	if (out != NULL)
		text_line(stderr, "isms: wrote %s", out);
	return cli_flush();
}

int
cmd_soa_export(struct cli_call *c)
{
	return export_run(c, EXPORT_SOA);
}

int
cmd_doc_export(struct cli_call *c)
{
	return export_run(c, EXPORT_DOCUMENTS);
}

int
cmd_risk_export(struct cli_call *c)
{
	return export_run(c, EXPORT_RISKS);
}

int
cmd_treatment_export(struct cli_call *c)
{
	return export_run(c, EXPORT_TREATMENT);
}

const struct cli_cmd cli_treatment[] = {
	CLI_LEAF("export", "[--format csv|md|html|xlsx] [-o FILE]", "the "
	    "treatment plan: actions with their risk and control", 0, 0,
	    CLI_READS, cmd_export_opts, cmd_treatment_export),
	CLI_VERSIONS("treatment plan", cmd_treatment_approve,
	    cmd_treatment_versions, cmd_treatment_diff),
	CLI_END,
};
