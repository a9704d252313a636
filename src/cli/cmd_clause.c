/*
 * cmd_clause.c - `isms clause list|show|set`: the clause 4-10 checklist;
 * set is the register's generic one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/cli/cmd.h"
#include "isms/model/clause.h"
#include "isms/model/document.h"
#include "isms/rec/vocab.h"
#include "isms/report/csv.h"
#include "isms/report/text.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

static void
clause_csv(const struct clause_row *rows, size_t n)
{
	static const char *const head[] = {
		"id", "parent", "title", "status", "owner", "due", "notes",
		"evidence"
	};

	csv_row(stdout, head, 8);
	for (size_t i = 0; i < n; i++) {
		const struct clause_row *r = &rows[i];
		const char *cells[] = { r->id, r->parent, r->title, r->status,
		    r->owner, r->due, r->notes, r->evidence };

		csv_row(stdout, cells, 8);
	}
}

static void
clause_text(const struct clause_row *rows, size_t n)
{
	static const char *const head[] = {
		"ID", "TITLE", "DONE", "STATUS", "OWNER", "DUE"
	};
	struct clause_progress *prog = xcalloc(n + 1, sizeof *prog);
	struct text_table t;

	clause_progress(rows, n, prog);
	text_table_init(&t, head, 6);
	for (size_t i = 0; i < n; i++) {
		const struct clause_row *r = &rows[i];
		char *title = xasprintf("%*s%s", r->depth * 2, "", r->title);
		char *done = prog[i].total > 0 ? xasprintf("%zu/%zu",
		    prog[i].done, prog[i].total) : xstrdup("");
		const char *cells[] = { r->id, title, done,
		    vocab_label(&vocab_clause_status, prog[i].status), r->owner,
		    r->due };

		text_table_add(&t, cells);
		free(title);
		free(done);
	}
	text_table_print(&t, stdout);
	text_table_done(&t);
	free(prog);
}

static int
clause_list_run(struct cli_call *c)
{
	const char *format = cli_opt(c, "format");
	enum args_format fmt = ARGS_FORMAT_TEXT;
	struct clause_row *rows;
	size_t n;
	char *cause = NULL;
	enum isms_status st;

	if (format != NULL && !args_format(c->path, format, &fmt))
		return 2;
	if ((st = clause_list(c->m, &rows, &n, &cause)) != ISMS_OK)
		return cli_fail(st, cause);
	if (fmt == ARGS_FORMAT_CSV)
		clause_csv(rows, n);
	else
		clause_text(rows, n);
	clause_rows_free(rows, n);
	return cli_flush();
}

static char *
clause_documents_text(struct isms *m, const char *id)
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

static int
clause_show_run(struct cli_call *c)
{
	static const char *const labels[] = {
		"Clause", "Title", "Parent", "Summary", "Status", "Owner",
		"Due", "Notes", "Evidence", "Documents", "Revision"
	};
	struct clause_row r = { 0 };
	char *cause = NULL, *docs, *rev;
	enum isms_status st;

	if ((st = clause_get(c->m, c->argv[0], &r, &cause)) != ISMS_OK)
		return cli_fail(st, cause);
	docs = clause_documents_text(c->m, r.id);
	rev = xasprintf("%lld, %s by %s", (long long)r.rev, r.updated_at,
	    r.updated_by);
	{
		const char *values[] = { r.id, r.title, r.parent, r.summary,
		    vocab_label(&vocab_clause_status, r.status), r.owner, r.due,
		    r.notes, r.evidence, docs, rev };

		text_fields_print(stdout, labels, values, 11);
	}
	free(docs);
	free(rev);
	clause_row_done(&r);
	return cli_flush();
}

static const struct cli_opt clause_list_opts[] = {
	{ "format", 'f', "text|csv", "text (the tree) or csv" },
	{ NULL, 0, NULL, NULL },
};

const struct cli_cmd cli_clause[] = {
	CLI_LEAF("list", "[--format text|csv]", "the clauses as a tree", 0, 0,
	    CLI_READS, clause_list_opts, clause_list_run),
	CLI_LEAF("show", "ID", "one clause with the required documents it "
	    "calls for", 1, 1, CLI_READS, NULL, clause_show_run),
	CLI_REG_SET("ID [OPTION]...", "change a clause's status, owner, due "
	    "date, notes or evidence", &reg_clause),
	CLI_END,
};
