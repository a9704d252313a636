/*
 * cmd_export.c - `isms soa export`: the Statement of Applicability for the
 * auditor, as csv, md, html or xlsx.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/report/soa_doc.h"
#include "isms/report/text.h"

int
cmd_soa_export(const struct cli_globals *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "theme", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 },
	};
	enum doc_format fmt = DOC_CSV;
	const char *out = NULL, *theme = NULL;
	char *cause = NULL, *warning = NULL;
	struct isms *m;
	enum isms_status st;
	int c, rc;

	args_begin();
	while ((c = args_next("soa export", argc, argv, ":f:o:t:", opts)) != -1)
		if (c == 'f') {
			if (doc_format_parse(optarg, &fmt, &cause) != ISMS_OK) {
				rc = args_usage("soa export", "--format %s",
				    cause);
				free(cause);
				return rc;
			}
		} else if (c == 'o')
			out = optarg;
		else if (c == 't')
			theme = optarg;
		else
			return 2;
	if (!args_operands("soa export", argc, 0, 0, "soa export [--format "
	    "csv|md|html|xlsx] [-o FILE] [--theme T]"))
		return 2;
	if (fmt == DOC_XLSX && out == NULL)
		return args_usage("soa export", "xlsx is a binary format: name "
		    "a file with -o FILE");
	if ((rc = cli_open(g, false, &m)) != 0)
		return rc;
	st = soa_export(m, fmt, theme, out, &warning, &cause);
	isms_close(m);
	if (st != ISMS_OK)
		return cli_fail(st, cause);
	cli_warn(warning);
	if (out != NULL)
		text_line(stderr, "isms: wrote %s", out);
	return cli_flush();
}
