/*
 * cmd_asset.c - `isms asset list|show|add|set|rm`: the asset inventory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/model/asset.h"
#include "isms/rec/vocab.h"
#include "isms/report/csv.h"
#include "isms/report/text.h"

static const struct option asset_opts[] = {
	{ "name", required_argument, NULL, 'n' },
	{ "type", required_argument, NULL, 't' },
	{ "owner", required_argument, NULL, 'o' },
	{ "location", required_argument, NULL, 'l' },
	{ "classification", required_argument, NULL, 'k' },
	{ "confidentiality", required_argument, NULL, 'C' },
	{ "integrity", required_argument, NULL, 'I' },
	{ "availability", required_argument, NULL, 'A' },
	{ "notes", required_argument, NULL, 'N' },
	{ "rev", required_argument, NULL, 'R' },
	{ "force", no_argument, NULL, 'f' },
	{ NULL, 0, NULL, 0 },
};

/* A C/I/A value as shown: "1".."5", or empty when not rated. */
static const char *
asset_rating(int v)
{
	static const char *const shown[] = { "", "1", "2", "3", "4", "5" };

	return v >= 1 && v <= 5 ? shown[v] : "";
}

/* Parse the options of add and set into p; false after a usage error. */
static bool
asset_options(const char *cmd, int argc, char **argv, struct asset_patch *p,
              int64_t *rev)
{
	int c;

	args_begin();
	while ((c = args_next(cmd, argc, argv, ":n:t:o:l:k:C:I:A:N:R:",
	    asset_opts)) != -1)
		switch (c) {
		case 'n': p->name = optarg; break;
		case 't': p->type = optarg; break;
		case 'o': p->owner = optarg; break;
		case 'l': p->location = optarg; break;
		case 'k': p->classification = optarg; break;
		case 'C': p->c = optarg; break;
		case 'I': p->i = optarg; break;
		case 'A': p->a = optarg; break;
		case 'N': p->notes = optarg; break;
		case 'R':
			if (!args_int(cmd, "--rev", optarg, 1, INT64_MAX, rev))
				return false;
			break;
		default: return false;
		}
	return true;
}

static int
asset_list_cmd(const struct cli_globals *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "search", required_argument, NULL, 'q' },
		{ NULL, 0, NULL, 0 },
	};
	static const char *const head[] = { "ID", "NAME", "TYPE", "OWNER",
		"LOCATION", "CLASS", "C", "I", "A", "RISKS" };
	enum args_format fmt = ARGS_FORMAT_TEXT;
	const char *text = NULL;
	struct asset_row *rows = NULL;
	struct text_table t;
	struct isms *m;
	size_t n = 0;
	char *cause = NULL;
	enum isms_status st;
	int c, rc;

	args_begin();
	while ((c = args_next("asset list", argc, argv, ":f:q:", opts)) != -1)
		if (c == 'q')
			text = optarg;
		else if (c != 'f' || !args_format("asset list", optarg, &fmt))
			return 2;
	if (!args_operands("asset list", argc, 0, 0, "asset list [--format "
	    "text|csv] [--search TEXT]"))
		return 2;
	if ((rc = cli_open(g, false, &m)) != 0)
		return rc;
	st = asset_list(m, text, &rows, &n, &cause);
	if (st == ISMS_OK && fmt == ARGS_FORMAT_CSV) {
		static const char *const ch[] = { "id", "name", "type", "owner",
			"location", "classification", "confidentiality",
			"integrity", "availability", "risks", "notes" };

		csv_row(stdout, ch, 11);
		for (size_t i = 0; i < n; i++) {
			char id[24], risks[24];
			const struct asset_row *a = &rows[i];
			const char *cells[] = { id, a->name, a->type, a->owner,
			    a->location, a->classification, asset_rating(a->c),
			    asset_rating(a->i), asset_rating(a->a), risks,
			    a->notes };

			snprintf(id, sizeof id, "%lld", (long long)a->id);
			snprintf(risks, sizeof risks, "%d", a->n_risks);
			csv_row(stdout, cells, 11);
		}
	} else if (st == ISMS_OK) {
		text_table_init(&t, head, 10);
		for (size_t i = 0; i < n; i++) {
			char id[24], risks[24];
			const struct asset_row *a = &rows[i];
			const char *cells[] = { id, a->name, a->type, a->owner,
			    a->location, a->classification, asset_rating(a->c),
			    asset_rating(a->i), asset_rating(a->a), risks };

			snprintf(id, sizeof id, "%lld", (long long)a->id);
			snprintf(risks, sizeof risks, "%d", a->n_risks);
			text_table_add(&t, cells);
		}
		text_table_print(&t, stdout);
		text_table_done(&t);
	}
	asset_rows_free(rows, n);
	isms_close(m);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static int
asset_show_cmd(const struct cli_globals *g, int argc, char **argv)
{
	static const char *const labels[] = { "Asset", "Name", "Type", "Owner",
		"Location", "Classification", "Confidentiality", "Integrity",
		"Availability", "Notes", "Risks", "Revision" };
	struct asset_row a = { 0 };
	struct isms *m;
	char *cause = NULL, id[24], risks[24], revision[96];
	enum isms_status st;
	int rc;

	if (!args_no_options("asset show", argc, argv) ||
	    !args_operands("asset show", argc, 1, 1, "asset show ID|NAME"))
		return 2;
	if ((rc = cli_open(g, false, &m)) != 0)
		return rc;
	st = asset_get(m, argv[optind], &a, &cause);
	if (st == ISMS_OK) {
		const char *values[] = { id, a.name, a.type, a.owner,
		    a.location, a.classification, asset_rating(a.c),
		    asset_rating(a.i), asset_rating(a.a), a.notes, risks,
		    revision };

		snprintf(id, sizeof id, "%lld", (long long)a.id);
		snprintf(risks, sizeof risks, "%d", a.n_risks);
		snprintf(revision, sizeof revision, "%lld, %s by %s",
		    (long long)a.rev, a.updated_at, a.updated_by);
		text_fields_print(stdout, labels, values, 12);
	}
	asset_row_done(&a);
	isms_close(m);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static int
asset_add_cmd(const struct cli_globals *g, int argc, char **argv)
{
	struct asset_patch p = { 0 };
	int64_t rev = -1, id;
	struct isms *m;
	char *cause = NULL;
	enum isms_status st;
	int rc;

	if (!asset_options("asset add", argc, argv, &p, &rev) ||
	    !args_operands("asset add", argc, 1, 1, "asset add NAME "
	    "[OPTION]..."))
		return 2;
	p.name = argv[optind];
	if ((rc = cli_open(g, true, &m)) != 0)
		return rc;
	st = asset_add(m, &p, &id, &cause);
	isms_close(m);
	if (st != ISMS_OK)
		return cli_fail(st, cause);
	text_printf(stdout, "%lld\n", (long long)id);
	return cli_flush();
}

static int
asset_set_cmd(const struct cli_globals *g, int argc, char **argv)
{
	struct asset_patch p = { 0 };
	int64_t rev = -1;
	struct isms *m;
	char *cause = NULL;
	enum isms_status st;
	int rc;

	if (!asset_options("asset set", argc, argv, &p, &rev) ||
	    !args_operands("asset set", argc, 1, 1, "asset set ID|NAME "
	    "[OPTION]..."))
		return 2;
	if ((rc = cli_open(g, true, &m)) != 0)
		return rc;
	st = asset_set(m, argv[optind], &p, rev, &cause);
	isms_close(m);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

static int
asset_rm_cmd(const struct cli_globals *g, int argc, char **argv)
{
	bool force = false;
	struct isms *m;
	char *cause = NULL;
	enum isms_status st;
	int c, rc;

	args_begin();
	while ((c = args_next("asset rm", argc, argv, ":f", asset_opts)) != -1)
		if (c == 'f')
			force = true;
		else
			return 2;
	if (!args_operands("asset rm", argc, 1, 1, "asset rm ID|NAME "
	    "[--force]"))
		return 2;
	if ((rc = cli_open(g, true, &m)) != 0)
		return rc;
	st = asset_rm(m, argv[optind], force, &cause);
	isms_close(m);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

int
cmd_asset(const struct cli_globals *g, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "list", asset_list_cmd },
		{ "show", asset_show_cmd },
		{ "add", asset_add_cmd },
		{ "set", asset_set_cmd },
		{ "rm", asset_rm_cmd },
	};

	return cli_dispatch("asset", subs, sizeof subs / sizeof *subs, g, argc,
	    argv);
}
