/*
 * cmd_soa.c - `isms soa list|show|set|export|approve|versions|diff`: the
 * Statement of Applicability (approve, versions and diff in
 * cmd_version.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/cli/cmd.h"
#include "isms/model/document.h"
#include "isms/model/soa.h"
#include "isms/rec/vocab.h"
#include "isms/report/csv.h"
#include "isms/report/text.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

static void
soa_csv(const struct soa_row *rows, size_t n)
{
	static const char *const head[] = {
		"control", "title", "theme", "applicable", "reasons",
		"justification", "status", "how", "evidence", "owner", "risks",
		"reviewed"
	};

	csv_row(stdout, head, 12);
	for (size_t i = 0; i < n; i++) {
		const struct soa_row *r = &rows[i];
		char *reasons = vocab_reasons_display(r->reasons,
		    r->risk_linked, " "), count[24];
		const char *cells[] = { r->id, r->title, r->theme,
		    r->applicable, reasons, r->justification, r->status, r->how,
		    r->evidence, r->owner, count, r->reviewed };

		snprintf(count, sizeof count, "%d", r->risk_count);
		csv_row(stdout, cells, 12);
		free(reasons);
	}
}

static void
soa_text(const struct soa_row *rows, size_t n)
{
	static const char *const head[] = {
		"ID", "TITLE", "APPLICABLE", "REASONS", "RISKS", "STATUS",
		"OWNER"
	};
	struct text_table t;

	text_table_init(&t, head, 7);
	for (size_t i = 0; i < n; i++) {
		const struct soa_row *r = &rows[i];
		char *reasons = vocab_reasons_display(r->reasons,
		    r->risk_linked, " "), count[24];
		const char *cells[] = { r->id, r->title, r->applicable, reasons,
		    count, vocab_label(&vocab_soa_status, r->status),
		    r->owner };

		snprintf(count, sizeof count, "%d", r->risk_count);
		text_table_add(&t, cells);
		free(reasons);
	}
	text_table_print(&t, stdout);
	text_table_done(&t);
}

static int
soa_list_run(struct cli_call *c)
{
	const char *format = cli_opt(c, "format"), *sort = cli_opt(c, "sort");
	const char *const *attrs;
	size_t n_attrs = cli_opts(c, "attribute", &attrs);
	enum args_format fmt = ARGS_FORMAT_TEXT;
	struct soa_query q = {
		.theme = cli_opt(c, "theme"), .status = cli_opt(c, "status"),
		.applicable = cli_opt(c, "applicable"),
		.attribute = n_attrs > 0 ? attrs[0] : NULL,
		.attributes = n_attrs > 1 ? attrs + 1 : NULL,
		.n_attributes = n_attrs > 1 ? n_attrs - 1 : 0,
		.text = cli_opt(c, "search"),
		.descending = cli_flag(c, "reverse"),
	};
	struct soa_row *rows = NULL;
	size_t n = 0;
	char *cause = NULL;
	enum isms_status st;
	int rc;

	if (format != NULL && !args_format(c->path, format, &fmt))
		return 2;
	if (sort != NULL && soa_sort_parse(sort, &q.sort, &cause) != ISMS_OK) {
		rc = cli_usage(c, "--sort %s", cause);
		free(cause);
		return rc;
	}
	st = reg_view_all(c->m, &reg_soa, &q, (void **)&rows, &n, &cause);
	if (st != ISMS_OK)
		return cli_fail(st, cause);
	if (fmt == ARGS_FORMAT_CSV)
		soa_csv(rows, n);
	else
		soa_text(rows, n);
	soa_rows_free(rows, n);
	return cli_flush();
}

static char *
soa_attributes_text(struct isms *m, const char *id)
{
	char **lines;
	size_t n;
	struct buf b;

	buf_init(&b);
	if (soa_attributes(m, id, &lines, &n, NULL) != ISMS_OK)
		return buf_take(&b);
	for (size_t i = 0; i < n; i++) {
		buf_printf(&b, "%s%s", i > 0 ? "\n" : "", lines[i]);
		free(lines[i]);
	}
	free(lines);
	return buf_take(&b);
}

/* The required documents control id brings, each with its state. */
static char *
soa_documents_text(struct isms *m, const char *id)
{
	struct required_row *req;
	struct buf b;
	size_t n;

	buf_init(&b);
	if (required_list(m, id, &req, &n, NULL) != ISMS_OK)
		return buf_take(&b);
	for (size_t i = 0; i < n; i++) {
		char *line = required_line(&req[i]);

		buf_printf(&b, "%s%s", i > 0 ? "\n" : "", line);
		free(line);
	}
	required_rows_free(req, n);
	return buf_take(&b);
}

static void
soa_show_print(struct isms *m, const struct soa_row *r)
{
	static const char *const labels[] = {
		"Control", "Title", "Theme", "Summary", "Applicable", "Reasons",
		"Justification", "Status", "How implemented", "Evidence",
		"Owner", "Linked risks", "Last review", "Documents",
		"Attributes", "Revision"
	};
	char *reasons = vocab_reasons_display(r->reasons, r->risk_linked, " ");
	char *attrs = soa_attributes_text(m, r->id);
	char *docs = soa_documents_text(m, r->id);
	char *rev = xasprintf("%lld, %s by %s", (long long)r->rev,
	    r->updated_at, r->updated_by);
	const char *values[] = { r->id, r->title, r->theme, r->summary,
	    r->applicable, reasons, r->justification,
	    vocab_label(&vocab_soa_status, r->status), r->how, r->evidence,
	    r->owner, r->risks, r->reviewed, docs, attrs, rev };

	text_fields_print(stdout, labels, values, 16);
	free(reasons);
	free(attrs);
	free(docs);
	free(rev);
}

static int
soa_show_run(struct cli_call *c)
{
	struct soa_row r = { 0 };
	char *cause = NULL;
	enum isms_status st = soa_get(c->m, c->argv[0], &r, &cause);

	if (st != ISMS_OK)
		return cli_fail(st, cause);
	soa_show_print(c->m, &r);
	soa_row_done(&r);
	return cli_flush();
}

static const struct cli_opt soa_list_opts[] = {
	{ "format", 'f', "text|csv", "text (aligned columns) or csv (every "
	  "field)" },
	{ "theme", 't', "THEME", "the controls of one theme (5, A.6, "
	  "organizational, ...)" },
	{ "status", 's', "STATUS", "only this implementation status" },
	{ "applicable", 'a', "yes|no|undecided", "only this applicability" },
	{ "attribute", 'A', "[SET:]VALUE", "only controls with this ISO/IEC "
	  "27002 attribute value (several: controls with all of them)" },
	{ "search", 'q', "TEXT", "only entries whose text contains TEXT" },
	{ "sort", 'S', "COLUMN", "sort by id, title, theme, applicable, "
	  "reasons, status, owner, reviewed or risks" },
	{ "reverse", 'r', NULL, "reverse the order" },
	{ NULL, 0, NULL, NULL },
};

const struct cli_cmd cli_soa[] = {
	CLI_LEAF("list", "[OPTION]...", "the Statement of Applicability, "
	    "filtered and sorted", 0, 0, CLI_READS, soa_list_opts,
	    soa_list_run),
	CLI_LEAF("show", "ID", "one control with its required documents and "
	    "attributes", 1, 1,
	    CLI_READS, NULL, soa_show_run),
	CLI_REG_SET("ID [OPTION]...", "change a control's applicability, "
	    "reasons, justification, status, implementation, evidence, owner "
	    "or review date", &reg_soa),
	CLI_LEAF("export", "[--format csv|md|html|xlsx] [-o FILE] [--theme T]",
	    "the SoA as the auditor receives it", 0, 0, CLI_READS,
	    cmd_soa_export_opts, cmd_soa_export),
	CLI_VERSIONS("SoA", cmd_soa_approve, cmd_soa_versions, cmd_soa_diff),
	CLI_END,
};
