/*
 * cmd_db.c - `isms db check`, `isms db backup FILE`, and for group
 * databases `isms db share GROUP` and `isms db upgrade`.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/cli/cli.h"
#include "isms/cli/cmd.h"
#include "isms/model/share.h"
#include "isms/report/text.h"

/* One problem a line, escaped whole: it may quote a crafted name. */
static void
db_problem(void *ctx, const char *problem)
{
	(*(size_t *)ctx)++;
	text_line(stdout, "%s", problem);
}

/* The files of the database: a table of owner, group and mode, then a
 * line "warning: ..." for each way they do not fit a group database.
 * Returns how many warnings there were; -1 (after a message) when the
 * files could not be looked at. */
static int
db_check_files(struct isms *m)
{
	static const char *const headers[] = { "MODE", "OWNER", "GROUP",
		"FILE" };
	struct fsperm_set s;
	struct fsperm_report r;
	struct text_table t;
	char *cause = NULL;
	int warnings = 0;

	if (isms_files(m, &s, &r, &cause) != ISMS_OK) {
		cli_fail(ISMS_IO, cause);
		return -1;
	}
	if (fsperm_is_group(&s))
		text_printf(stdout, "files: a group database of group %s\n",
		    s.part[FSPERM_DIR].group);
	else
		text_printf(stdout, "files: not a group database\n");
	text_table_init(&t, headers, 4);
	for (int i = 0; i < FSPERM_PARTS; i++) {
		const struct fsperm_node *n = &s.part[i];
		char mode[8];
		const char *cells[4] = { mode, n->owner, n->group, n->path };

		if (!n->exists)
			continue;
		fsperm_mode_str(n->mode, mode);
		text_table_add(&t, cells);
	}
	text_table_print(&t, stdout);
	text_table_done(&t);
	for (size_t i = 0; i < r.n; i++, warnings++)
		text_printf(stdout, "%s: %s\n", r.items[i].level ==
		    FSPERM_REFUSE ? "unsafe" : "warning", r.items[i].text);
	fsperm_report_done(&r);
	fsperm_set_done(&s);
	return warnings;
}

static int
db_check_run(struct cli_call *c)
{
	struct isms *m = c->m;
	char *cause = NULL;
	size_t problems = 0;
	enum isms_status st;
	int rc, warnings;

	st = isms_check(m, db_problem, &problems, &cause);
	if (st == ISMS_OK)
		text_line(stdout, "%s: ok (integrity, references, schema, "
		    "history chain)", isms_path(m));
	else if (st == ISMS_NEGATIVE)
		text_line(stdout, "%s: %zu problem%s", isms_path(m), problems,
		    problems == 1 ? "" : "s");
	warnings = db_check_files(m);
	if (warnings < 0) {
		free(cause);
		return 2;
	}
	if (warnings > 0 && st == ISMS_OK)
		st = ISMS_NEGATIVE;
	if ((rc = cli_flush()) != 0)
		return rc;
	if (st == ISMS_NEGATIVE)
		return 1;
	return st == ISMS_OK ? 0 : cli_fail(st, cause);
}

static int
db_backup_run(struct cli_call *c)
{
	char *cause = NULL;
	enum isms_status st = isms_backup(c->m, c->argv[0], &cause);

	if (st != ISMS_OK)
		return cli_fail(st, cause);
	text_line(stderr, "isms: backed up %s to %s", isms_path(c->m),
	    c->argv[0]);
	return 0;
}

/* isms db share GROUP: it changes the files around the database, so it
 * opens the database itself, after. */
static int
db_share_run(struct cli_call *c)
{
	const char *group = c->argv[0];
	struct isms *m;
	char *path, *cause = NULL;
	enum isms_status st;

	if (c->g->readonly)
		return cli_usage(c, "cannot share a database with --read-only");
	if ((path = cli_db_path(c->g)) == NULL)
		return 2;
	st = isms_share(path, group, &cause);
	if (st == ISMS_OK)
		text_printf(stderr, "isms: %s is now a group database of group "
		    "%s; see 'isms db check'\n", path, group);
	if (st == ISMS_OK && isms_open(path, true, &m, NULL) == ISMS_OK) {
		cli_warn_files(m);
		isms_close(m);
	}
	free(path);
	return st == ISMS_OK ? 0 : cli_fail(st, cause);
}

/* isms db upgrade: it migrates a group database, which opening it
 * never does, so it opens the database itself. */
static int
db_upgrade_run(struct cli_call *c)
{
	char *path, *cause = NULL;
	int64_t from, to;
	enum isms_status st;

	if (c->g->readonly)
		return cli_usage(c, "cannot upgrade a database with "
		    "--read-only");
	if ((path = cli_db_path(c->g)) == NULL)
		return 2;
	st = isms_upgrade(path, &from, &to, &cause);
	if (st == ISMS_OK && from == to)
		text_printf(stderr, "isms: %s: schema version %lld is current; "
		    "nothing to do\n", path, (long long)to);
	else if (st == ISMS_OK)
		text_printf(stderr, "isms: %s: upgraded from schema version "
		    "%lld to %lld\n", path, (long long)from, (long long)to);
	free(path);
	return st == ISMS_OK ? 0 : cli_fail(st, cause);
}

const struct cli_cmd cli_db[] = {
	CLI_LEAF("check", "", "check the file, its schema, history chain and "
	    "modes", 0, 0, CLI_READS, NULL, db_check_run),
	CLI_LEAF("backup", "FILE", "a checked copy made while the database is "
	    "in use", 1, 1, CLI_READS, NULL, db_backup_run),
	CLI_LEAF("share", "GROUP", "make it a group database of GROUP", 1, 1,
	    CLI_NO_DB, NULL, db_share_run),
	CLI_LEAF("upgrade", "", "migrate it to this version's schema", 0, 0,
	    CLI_NO_DB, NULL, db_upgrade_run),
	CLI_END,
};
