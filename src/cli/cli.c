/*
 * cli.c - global options, help and version, the command table, and the
 * services every subcommand shares.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/cli/cmd.h"
#include "isms/model/share.h"
#include "isms/report/text.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

static const char cli_help[] =
"Usage: isms [OPTION]... [COMMAND [ARG]...]\n"
"A terminal workbench for an ISO/IEC 27001:2022 information security\n"
"management system: clause checklist, Statement of Applicability, risks.\n"
"Without a command, isms opens the full-screen interface.\n"
"\n"
"Options:\n"
"  -d, --db FILE      use the ISMS database FILE (default: $ISMS_DB, else\n"
"                     $XDG_DATA_HOME/isms/isms.db)\n"
"  -r, --read-only    open the database read-only; every change is refused\n"
"      --allow-network-fs  write a database on a network or FUSE file\n"
"                     system (NFS, SMB, sshfs, ...), which isms refuses\n"
"                     otherwise: only if no other computer opens it\n"
"      --no-color     do not use colour (also when NO_COLOR is set)\n"
"  -h, --help         show this help and exit\n"
"  -V, --version      show the version and exit\n"
"      --script FILE  run the full-screen interface on a virtual screen,\n"
"                     reading keys from FILE and printing screen dumps\n"
"      --size COLSxROWS  size of that virtual screen (default 80x24)\n";

/* --version in the GNU format: name and version, copyright, licence, no
 * warranty. */
static void
cli_version(FILE *out)
{
	fprintf(out, "isms %s\n%s\n%s\nThere is NO WARRANTY, to the extent "
	    "permitted by law.\n", PACKAGE_VERSION, ISMS_COPYRIGHT,
	    ISMS_LICENSE);
}

/* "COLSxROWS" within what a terminal can be. */
static bool
cli_parse_size(const char *s, struct cli_globals *g)
{
	char x, end;
	int cols, rows;

	if (sscanf(s, "%d%c%d%c", &cols, &x, &rows, &end) != 3 || x != 'x' ||
	    cols < 1 || rows < 1 || cols > 1000 || rows > 1000)
		return false;
	g->cols = cols;
	g->rows = rows;
	return true;
}

int
cli_parse_globals(int argc, char **argv, struct cli_globals *g, int *command)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "read-only", no_argument, NULL, 'r' },
		{ "no-color", no_argument, NULL, 'C' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ "script", required_argument, NULL, 'S' },
		{ "size", required_argument, NULL, 'z' },
		{ "allow-network-fs", no_argument, NULL, 'N' },
		{ NULL, 0, NULL, 0 },
	};
	const char *nc = getenv("NO_COLOR");
	int c;

	memset(g, 0, sizeof *g);
	g->no_color = nc != NULL && nc[0] != '\0';
	g->cols = 80;
	g->rows = 24;
	args_begin();
	while ((c = args_next("", argc, argv, "+:d:rhV", opts)) != -1) {
		switch (c) {
		case 'd':
			g->db = optarg;
			break;
		case 'r':
			g->readonly = true;
			break;
		case 'C':
			g->no_color = true;
			break;
		case 'h':
			cmd_help_all(stdout, cli_help);
			return cli_flush();
		case 'V':
			cli_version(stdout);
			return cli_flush();
		case 'S':
			g->script = optarg;
			break;
		case 'N':
			g->allow_network_fs = true;
			isms_allow_network_fs(true);
			break;
		case 'z':
			if (!cli_parse_size(optarg, g))
				return args_usage("", "--size: '%s' is not "
				    "COLSxROWS (for example 80x24)", optarg);
			break;
		default:
			return 2;
		}
	}
	*command = optind;
	return -1;
}

int
cli_run(const struct cli_globals *g, int argc, char **argv)
{
	return cmd_dispatch(g, argc, argv);
}

const struct cli_opt cli_help_opts[] = {
	{ "commands", 0, NULL, "every command and its long options, one a "
	  "line" },
	{ NULL, 0, NULL, NULL },
};

/* isms help [--commands | COMMAND...] */
int
cli_help_run(struct cli_call *c)
{
	if (cli_flag(c, "commands") && c->argc > 0)
		return cli_usage(c, "--commands lists every command; leave out "
		    "'%s'", c->argv[0]);
	if (cli_flag(c, "commands"))
		cmd_list_commands(stdout);
	else if (c->argc > 0)
		return cmd_help_of(c->g, c->argc, c->argv);
	else
		cmd_help_all(stdout, cli_help);
	return cli_flush();
}

int
cli_fail(enum isms_status st, char *cause)
{
	text_line(stderr, "isms: %s", cause != NULL ? cause :
	    isms_status_str(st));
	free(cause);
	return isms_status_exit(st);
}

void
cli_warn(char *warning)
{
	if (warning == NULL)
		return;
	text_line(stderr, "isms: warning: %s", warning);
	free(warning);
}

char *
cli_db_path(const struct cli_globals *g)
{
	char *path = g->db != NULL ? xstrdup(g->db) : isms_default_path();

	if (path == NULL)
		text_line(stderr, "isms: no database: give --db FILE or set "
		    "ISMS_DB (HOME is not set)");
	return path;
}

void
cli_warn_files(const struct isms *m)
{
	struct fsperm_set s;
	struct fsperm_report r;
	char *cause = NULL;

	if (isms_files(m, &s, &r, &cause) != ISMS_OK) {
		free(cause);
		return;
	}
	for (size_t i = 0; i < r.n; i++)
		if (r.items[i].level == FSPERM_WARN)
			text_printf(stderr, "isms: warning: %s\n",
			    r.items[i].text);
	fsperm_report_done(&r);
	fsperm_set_done(&s);
}

int
cli_open(const struct cli_globals *g, bool write, struct isms **m)
{
	char *path = cli_db_path(g);
	char *cause = NULL;
	enum isms_status st;

	*m = NULL;
	if (path == NULL)
		return 2;
	st = isms_open(path, g->readonly || !write, m, &cause);
	free(path);
	if (st != ISMS_OK)
		return cli_fail(st, cause);
	if (isms_snapshot(*m))
		fprintf(stderr, "isms: %s\n", ISMS_SNAPSHOT_NOTE);
	if (isms_readonly_why(*m) != NULL)
		text_printf(stderr, "isms: %s\n", isms_readonly_why(*m));
	return 0;
}

bool
cli_telling(bool quiet)
{
	return !quiet && isatty(STDOUT_FILENO) && isatty(STDERR_FILENO);
}

/* A value as one short line: its first line, at most 40 columns. */
static char *
cli_short(const char *v)
{
	size_t n = strcspn(v, "\n");
	char *line = xstrndup(v, n), *cut;

	if (v[0] == '\0') {
		free(line);
		return xstrdup("(none)");
	}
	cut = utf8_truncate(line, v[n] != '\0' ? 39 : 40, MB_CUR_MAX == 1);
	free(line);
	if (v[n] != '\0') {
		char *more = xasprintf("%s%s", cut, MB_CUR_MAX > 1 ? "\u2026" :
		    "~");

		free(cut);
		cut = more;
	}
	return cut;
}

void
cli_tell_change(const char *key, const char *what, const char *was,
                const char *now)
{
	char *a = cli_short(was != NULL ? was : "");
	char *b = cli_short(now != NULL ? now : "");

	text_line(stderr, "isms: %s%s%s %s %s %s", key != NULL ? key : "",
	    key != NULL ? ": " : "", what, a, MB_CUR_MAX > 1 ? "\u2192" : "->",
	    b);
	free(a);
	free(b);
}

int
cli_flush(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		text_line(stderr, "isms: writing the output failed: %s",
		    strerror(errno));
		return 2;
	}
	return 0;
}
