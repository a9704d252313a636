/*
 * cmd_clause.c - `isms clause list|show|set`: the clause 4-10 checklist.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/model/clause.h"
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
		"ID", "TITLE", "STATUS", "OWNER", "DUE"
	};
	struct text_table t;

	text_table_init(&t, head, 5);
	for (size_t i = 0; i < n; i++) {
		const struct clause_row *r = &rows[i];
		char *title = xasprintf("%*s%s", r->depth * 2, "", r->title);
		const char *cells[] = { r->id, title,
		    vocab_label(&vocab_clause_status, r->status), r->owner,
		    r->due };

		text_table_add(&t, cells);
		free(title);
	}
	text_table_print(&t, stdout);
	text_table_done(&t);
}

static int
clause_list_cmd(const struct cli_globals *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 },
	};
	enum args_format fmt = ARGS_FORMAT_TEXT;
	struct clause_row *rows;
	size_t n;
	char *cause = NULL;
	struct isms *m;
	enum isms_status st;
	int c, rc;

	args_begin();
	while ((c = args_next("clause list", argc, argv, ":f:", opts)) != -1)
		if (c != 'f' || !args_format("clause list", optarg, &fmt))
			return 2;
	if (!args_operands("clause list", argc, 0, 0,
	    "clause list [--format text|csv]"))
		return 2;
	if ((rc = cli_open(g, false, &m)) != 0)
		return rc;
	st = clause_list(m, &rows, &n, &cause);
	if (st == ISMS_OK) {
		if (fmt == ARGS_FORMAT_CSV)
			clause_csv(rows, n);
		else
			clause_text(rows, n);
		clause_rows_free(rows, n);
	}
	isms_close(m);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static char *
clause_documents_text(struct isms *m, const char *id)
{
	struct document_row *docs;
	struct buf b;
	size_t n;

	buf_init(&b);
	if (clause_documents(m, id, &docs, &n, NULL) != ISMS_OK)
		return buf_take(&b);
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(&b, '\n');
		buf_printf(&b, "%s %s%s%s: %s", docs[i].requirement_id,
		    docs[i].item ? docs[i].item : "", docs[i].item ? ") " : "",
		    docs[i].kind, docs[i].name);
	}
	document_rows_free(docs, n);
	return buf_take(&b);
}

static int
clause_show_cmd(const struct cli_globals *g, int argc, char **argv)
{
	static const char *const labels[] = {
		"Clause", "Title", "Parent", "Summary", "Status", "Owner", "Due",
		"Notes", "Evidence", "Documents", "Revision"
	};
	struct clause_row r = { 0 };
	struct isms *m;
	char *cause = NULL, *docs, *rev;
	enum isms_status st;
	int rc;

	if (!args_no_options("clause show", argc, argv) ||
	    !args_operands("clause show", argc, 1, 1, "clause show ID"))
		return 2;
	if ((rc = cli_open(g, false, &m)) != 0)
		return rc;
	if ((st = clause_get(m, argv[optind], &r, &cause)) != ISMS_OK) {
		isms_close(m);
		return cli_fail(st, cause);
	}
	docs = clause_documents_text(m, r.id);
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
	isms_close(m);
	return cli_flush();
}

static int
clause_set_cmd(const struct cli_globals *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "status", required_argument, NULL, 's' },
		{ "owner", required_argument, NULL, 'o' },
		{ "due", required_argument, NULL, 'd' },
		{ "note", required_argument, NULL, 'n' },
		{ "evidence", required_argument, NULL, 'e' },
		{ "rev", required_argument, NULL, 'R' },
		{ NULL, 0, NULL, 0 },
	};
	struct clause_patch p = { 0 };
	int64_t rev = -1;
	struct isms *m;
	char *cause = NULL;
	enum isms_status st;
	int c, rc;

	args_begin();
	while ((c = args_next("clause set", argc, argv, ":", opts)) != -1) {
		switch (c) {
		case 's': p.status = optarg; break;
		case 'o': p.owner = optarg; break;
		case 'd': p.due = optarg; break;
		case 'n': p.notes = optarg; break;
		case 'e': p.evidence = optarg; break;
		case 'R':
			if (!args_int("clause set", "--rev", optarg, 1,
			    INT64_MAX, &rev))
				return 2;
			break;
		default:
			return 2;
		}
	}
	if (!args_operands("clause set", argc, 1, 1, "clause set ID "
	    "[--status S] [--owner O] [--due YYYY-MM-DD] [--note TEXT]"))
		return 2;
	if (!p.status && !p.owner && !p.due && !p.notes && !p.evidence)
		return args_usage("clause set", "nothing to change (give "
		    "--status, --owner, --due, --note or --evidence)");
	if ((rc = cli_open(g, true, &m)) != 0)
		return rc;
	st = clause_set(m, argv[optind], &p, rev, NULL, &cause);
	isms_close(m);
	return st == ISMS_OK ? 0 : cli_fail(st, cause);
}

int
cmd_clause(const struct cli_globals *g, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "list", clause_list_cmd },
		{ "show", clause_show_cmd },
		{ "set", clause_set_cmd },
	};

	return cli_dispatch("clause", subs, sizeof subs / sizeof *subs, g, argc,
	    argv);
}
