/*
 * cmd_doc.c - `isms doc ...`: the documented-information register.  list,
 * add, set and rm are the register's generic ones; show adds the versions;
 * the others are what the model does to documents besides editing them
 * (link, approve, review, hash, verify, dispose), the required documents
 * that are missing, and the export.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/args.h"
#include "isms/cli/cmd.h"
#include "isms/model/document.h"
#include "isms/report/text.h"

static int
doc_show_run(struct cli_call *c)
{
	struct document_row r = { 0 };
	struct docver_row *v = NULL;
	size_t n = 0;
	char *cause = NULL;
	enum isms_status st = reg_get(c->m, &reg_document, c->argv[0], &r,
	    &cause);

	if (st == ISMS_OK)
		st = document_versions(c->m, r.ref, &v, &n, &cause);
	if (st == ISMS_OK) {
		cmd_rec_show(&reg_document, &r);
		if (n > 0) {
			text_line(stdout, "%s", "");
			text_line(stdout, "Versions:");
			cmd_rec_print(&rec_docver, NULL, v, n, false);
		}
	}
	rec_free(&rec_docver, v, n);
	document_row_done(&r);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static int
doc_link_run(struct cli_call *c)
{
	static const char *const opt[DOC_LINK_KINDS] = {
		"satisfies", "clause", "control", "risk",
	};
	struct doc_links l;
	char *cause = NULL;
	size_t total = 0;
	enum isms_status st;

	for (int k = 0; k < DOC_LINK_KINDS; k++) {
		const char *const *vals;

		l.n[k] = cli_opts(c, opt[k], &vals);
		l.ids[k] = vals;
		total += l.n[k];
	}
	if (total == 0)
		return cli_usage(c, "nothing to link (give --satisfies, "
		    "--clause, --control or --risk)");
	st = document_link(c->m, c->argv[0], &l, cli_flag(c, "remove"), &cause);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static int
doc_approve_run(struct cli_call *c)
{
	char *cause = NULL;
	enum isms_status st = document_approve(c->m, c->argv[0], cli_opt(c,
	    "by"), cli_opt(c, "version"), cli_opt(c, "summary"), cli_opt(c,
	    "exception"), &cause);

	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static int
doc_review_run(struct cli_call *c)
{
	char *cause = NULL;
	enum isms_status st = document_review(c->m, c->argv[0], cli_opt(c,
	    "by"), cli_opt(c, "note"), &cause);

	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static int
doc_hash_run(struct cli_call *c)
{
	char hex[65], *cause = NULL;
	enum isms_status st = document_hash(c->m, c->argv[0], c->argv[1], hex,
	    &cause);

	if (st != ISMS_OK)
		return cli_fail(st, cause);
	text_line(stdout, "%s", hex);
	return cli_flush();
}

static int
doc_verify_run(struct cli_call *c)
{
	char *cause = NULL;
	enum isms_status st = document_verify(c->m, c->argv[0], c->argv[1],
	    &cause);

	if (st != ISMS_OK)
		return cli_fail(st, cause);
	text_line(stdout, "%s: the file recorded", c->argv[1]);
	return cli_flush();
}

static int
doc_dispose_check(struct cli_call *c)
{
	const char *method = cli_opt(c, "method");

	if (method == NULL || method[0] == '\0')
		return cli_usage(c, "say how it is disposed of with --method "
		    "TEXT");
	if (cli_flag(c, "force") && cli_opt(c, "reason") == NULL)
		return cli_usage(c, "--force needs --reason TEXT: the history "
		    "keeps why");
	if (!cli_flag(c, "force") && cli_opt(c, "reason") != NULL)
		return cli_usage(c, "--reason goes with --force");
	return 0;
}

static int
doc_dispose_run(struct cli_call *c)
{
	char *cause = NULL;
	enum isms_status st = document_dispose(c->m, c->argv[0], cli_opt(c,
	    "method"), cli_flag(c, "force"), cli_opt(c, "reason"), &cause);

	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

/* The required documents that are missing, or with --all every one;
 * exit 1 when any is missing. */
static int
doc_missing_run(struct cli_call *c)
{
	const char *format = cli_opt(c, "format");
	enum args_format fmt = ARGS_FORMAT_TEXT;
	struct required_row *rows = NULL;
	size_t n = 0, missing = 0;
	char *cause = NULL;
	enum isms_status st;
	int rc;

	if (format != NULL && !args_format(c->path, format, &fmt))
		return 2;
	st = cli_flag(c, "all") ? required_list(c->m, NULL, &rows, &n, &cause) :
	    required_missing(c->m, cli_flag(c, "pending"), &rows, &n, &cause);
	if (st != ISMS_OK)
		return cli_fail(st, cause);
	for (size_t i = 0; i < n; i++)
		missing += strcmp(rows[i].status, "missing") == 0;
	if (n > 0 || fmt == ARGS_FORMAT_CSV)
		cmd_rec_print(&rec_required, NULL, rows, n,
		    fmt == ARGS_FORMAT_CSV);
	required_rows_free(rows, n);
	rc = cli_flush();
	return rc != 0 ? rc : missing > 0;
}

static const struct cli_opt doc_link_opts[] = {
	{ "satisfies", 's', "ID", "the required document it satisfies (D-05; "
	  "repeat for more)" },
	{ "clause", 'c', "ID", "a clause it is about (repeat for more)" },
	{ "control", 'C', "ID", "an Annex A control it is about (repeat for "
	  "more)" },
	{ "risk", 'r', "REF", "a risk it is about (repeat for more)" },
	{ "remove", 'u', NULL, "remove the links instead" },
	{ NULL, 0, NULL, NULL },
};

static const struct cli_opt doc_approve_opts[] = {
	{ "by", 'b', "NAME", "who approves it (default: its approver); not "
	  "its owner" },
	{ "version", 'v', "MAJOR.MINOR", "approve it as this version" },
	{ "summary", 's', "TEXT", "what changed in this version" },
	{ "exception", 'e', "TEXT", "why its owner may approve it" },
	{ NULL, 0, NULL, NULL },
};

static const struct cli_opt doc_review_opts[] = {
	{ "by", 'b', "NAME", "who reviewed it (default: you)" },
	{ "note", 'n', "TEXT", "what the review found (default: reviewed, no "
	  "change)" },
	{ NULL, 0, NULL, NULL },
};

static const struct cli_opt doc_dispose_opts[] = {
	{ "method", 'm', "TEXT", "how it is disposed of (shredded, deleted, "
	  "...)" },
	{ "force", 'f', NULL, "dispose of it before its disposal date" },
	{ "reason", 'r', "TEXT", "why, with --force (the history keeps it)" },
	{ NULL, 0, NULL, NULL },
};

static const struct cli_opt doc_missing_opts[] = {
	{ "format", 'f', "text|csv", "text (aligned columns) or csv" },
	{ "pending", 'p', NULL, "also those waiting for a SoA decision" },
	{ "all", 'a', NULL, "every required document with its status" },
	{ NULL, 0, NULL, NULL },
};

const struct cli_cmd cli_doc[] = {
	CLI_REG_LEAF("list", "[--format text|csv] [--search TEXT]", "the "
	    "documents and record series", 0, 0, CLI_READS, cmd_reg_list_opts,
	    cmd_reg_list, &reg_document, CLI_FIELDS_NONE),
	CLI_LEAF("show", "DOC", "one document with its versions", 1, 1,
	    CLI_READS, NULL, doc_show_run),
	CLI_REG_LEAF("add", "TITLE [OPTION]...", "add a document; prints its "
	    "reference", 1, 1, CLI_WRITES, NULL, cmd_reg_add, &reg_document,
	    CLI_FIELDS_ADD),
	CLI_REG_SET("DOC [OPTION]...", "change a document", &reg_document),
	CLI_REG_LEAF("rm", "DOC", "delete a document that is not approved", 1,
	    1, CLI_WRITES, NULL, cmd_reg_rm, &reg_document, CLI_FIELDS_NONE),
	CLI_LEAF("link", "DOC [--satisfies ID]... [--clause ID]... "
	    "[--control ID]... [--risk REF]... [--remove]", "link or unlink "
	    "required documents, clauses, controls and risks", 1, 1,
	    CLI_WRITES, doc_link_opts, doc_link_run),
	CLI_LEAF("approve", "DOC [--by NAME] [--version V] [--summary TEXT] "
	    "[--exception TEXT]", "approve a version of the document", 1, 1,
	    CLI_WRITES, doc_approve_opts, doc_approve_run),
	CLI_LEAF("review", "DOC [--by NAME] [--note TEXT]", "record a review "
	    "without change", 1, 1, CLI_WRITES, doc_review_opts,
	    doc_review_run),
	CLI_LEAF("hash", "DOC FILE", "record the SHA-256 of the document's "
	    "file", 2, 2, CLI_WRITES, NULL, doc_hash_run),
	CLI_LEAF("verify", "DOC FILE", "compare a file with the hash recorded "
	    "(exit 1 when it differs)", 2, 2, CLI_READS, NULL, doc_verify_run),
	CLI_CHECKED("dispose", "DOC --method TEXT [--force --reason TEXT]",
	    "dispose of a record at the end of its retention", 1, 1,
	    CLI_WRITES, doc_dispose_opts, doc_dispose_check, doc_dispose_run),
	CLI_LEAF("missing", "[--pending | --all] [--format text|csv]", "the "
	    "required documents that are missing (exit 1 when any is)", 0, 0,
	    CLI_READS, doc_missing_opts, doc_missing_run),
	CLI_LEAF("export", "[--format csv|md|html|xlsx] [-o FILE]", "the "
	    "register and the required documents as the auditor receives them",
	    0, 0, CLI_READS, cmd_export_opts, cmd_doc_export),
	CLI_END,
};
