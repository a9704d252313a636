/*
 * cmd_version.c - `isms soa approve|versions|diff` and `isms treatment
 * approve|versions|diff`: the approved versions of the SoA and of the
 * treatment plan, and what changed between two of them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/args.h"
#include "isms/cli/cmd.h"
#include "isms/model/version.h"
#include "isms/report/document_doc.h"
#include "isms/report/text.h"

const struct cli_opt cmd_version_approve_opts[] = {
	{ "by", 'b', "NAME", "who approves it" },
	{ "note", 'n', "TEXT", "a note kept with the version" },
	{ NULL, 0, NULL, NULL },
};

const struct cli_opt cmd_version_list_opts[] = {
	{ "format", 'f', "text|csv", "text (aligned columns) or csv" },
	{ NULL, 0, NULL, NULL },
};

const struct cli_opt cmd_version_diff_opts[] = {
	{ "format", 'f', "text|csv|md|html", "text (aligned columns), csv, "
	  "markdown or html" },
	{ NULL, 0, NULL, NULL },
};

int
cmd_version_approve_check(struct cli_call *c)
{
	if (cli_opt(c, "by") == NULL)
		return cli_usage(c, "say who approves it with --by NAME");
	return 0;
}

static int
version_approve_run(struct cli_call *c, const struct version_spec *s)
{
	char *cause = NULL;
	int v = 0;
	enum isms_status st = version_approve(c->m, s, cli_opt(c, "by"),
	    cli_opt(c, "note"), &v, &cause);

	if (st != ISMS_OK)
		return cli_fail(st, cause);
	text_line(stdout, "%s version %d", version_title(s), v);
	return cli_flush();
}

static int
version_list_run(struct cli_call *c, const struct version_spec *s)
{
	const char *format = cli_opt(c, "format");
	enum args_format fmt = ARGS_FORMAT_TEXT;
	struct version_row *rows = NULL;
	size_t n = 0;
	char *cause = NULL;
	enum isms_status st;

	if (format != NULL && !args_format(c->path, format, &fmt))
		return 2;
	if ((st = version_list(c->m, s, &rows, &n, &cause)) != ISMS_OK)
		return cli_fail(st, cause);
	cmd_rec_print(&rec_version, NULL, rows, n, fmt == ARGS_FORMAT_CSV);
	rec_free(&rec_version, rows, n);
	return cli_flush();
}

/* A version operand: a number from 1. */
static bool
version_operand(struct cli_call *c, int i, int *v)
{
	int64_t n;

	*v = 0;
	if (i >= c->argc)
		return true;
	if (!args_int(c->path, "version", c->argv[i], 1, 1000000, &n))
		return false;
	*v = (int)n;
	return true;
}

int
cmd_version_diff_check(struct cli_call *c)
{
	const char *format = cli_opt(c, "format");
	int v1, v2;

	if (!version_operand(c, 0, &v1) || !version_operand(c, 1, &v2))
		return 2;
	if (format != NULL && strcmp(format, "text") != 0 &&
	    strcmp(format, "csv") != 0 && strcmp(format, "md") != 0 &&
	    strcmp(format, "html") != 0)
		return cli_usage(c, "--format %s: unknown format (use text, "
		    "csv, md or html)", format);
	return 0;
}

static int
version_diff_run(struct cli_call *c, const struct version_spec *s)
{
	const char *format = cli_opt(c, "format");
	struct change_row *rows = NULL;
	enum doc_format f;
	struct doc d;
	size_t n = 0;
	char *cause = NULL;
	int v1, v2;
	enum isms_status st;

	version_operand(c, 0, &v1);   /* checked by cmd_version_diff_check() */
	version_operand(c, 1, &v2);
	if (format == NULL || strcmp(format, "text") == 0 ||
	    strcmp(format, "csv") == 0) {
		st = version_diff(c->m, s, v1, v2, &rows, &n, &cause);
		if (st != ISMS_OK)
			return cli_fail(st, cause);
		cmd_rec_print(&rec_change, NULL, rows, n, format != NULL &&
		    strcmp(format, "csv") == 0);
		rec_free(&rec_change, rows, n);
		return cli_flush();
	}
	doc_format_parse(format, &f, NULL);
	st = version_diff_doc(c->m, s, v1, v2, &d, &cause);
	if (st == ISMS_OK)
		st = doc_export(&d, f, NULL, NULL, &cause);
	doc_done(&d);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

int
cmd_soa_approve(struct cli_call *c)
{
	return version_approve_run(c, &version_soa);
}

int
cmd_soa_versions(struct cli_call *c)
{
	return version_list_run(c, &version_soa);
}

int
cmd_soa_diff(struct cli_call *c)
{
	return version_diff_run(c, &version_soa);
}

int
cmd_treatment_approve(struct cli_call *c)
{
	return version_approve_run(c, &version_treatment);
}

int
cmd_treatment_versions(struct cli_call *c)
{
	return version_list_run(c, &version_treatment);
}

int
cmd_treatment_diff(struct cli_call *c)
{
	return version_diff_run(c, &version_treatment);
}
