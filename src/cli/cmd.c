/*
 * cmd.c - the dispatcher of the command table: find the entry, parse its
 * options (and a register's field options) with getopt_long, count its
 * operands, let it check them, open the database as the entry says, run
 * it; and the help of every entry and the list of every command and
 * option (`isms help --commands`), generated from the same table.
 */
#include <ctype.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/args.h"
#include "isms/cli/cmd.h"
#include "isms/rec/vocab.h"
#include "isms/report/text.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

#define CMD_VAL_OPT 1000      /* getopt val of entry option k */
#define CMD_VAL_FIELD 2000    /* getopt val of field option i */
#define CMD_VAL_HELP 3000

static size_t
cmd_n_opts(const struct cli_cmd *c)
{
	size_t n = 0;

	while (c->opts != NULL && c->opts[n].name != NULL)
		n++;
	return n;
}

/* Whether field i of a register command's descriptor is an option. */
static bool
cmd_field_opt(const struct cli_cmd *c, size_t i)
{
	const struct rec_field *f = &reg_desc(c->reg)->fields[i];

	if (c->fields == CLI_FIELDS_ADD && (int)i == reg_first_field(c->reg))
		return false;             /* the operand gives it */
	return c->fields != CLI_FIELDS_NONE && f->option != NULL &&
	    !(f->flags & (REC_DERIVED | REC_FIXED));
}

/* What a field option takes, for help. */
static const char *
cmd_field_arg(const struct rec_field *f)
{
	switch (f->kind) {
	case REC_DATE: return "YYYY-MM-DD";
	case REC_TERM: return "TERM";
	case REC_TERMS: return "TERM,...";
	case REC_RATING: return "1-5";
	case REC_SCORE: return "SCORE";
	case REC_REF: return "ID";
	case REC_PERSON: return "NAME";
	default: return "TEXT";
	}
}

static void
cmd_path(const char *parent, const char *name, char *out, size_t size)
{
	snprintf(out, size, "%s%s%s", parent, parent[0] ? " " : "", name);
}

/* ---- help ---- */

static void
cmd_help_opt(struct buf *b, char letter, const char *name, const char *arg,
             const char *help)
{
	char left[96];

	if (letter != 0)
		snprintf(left, sizeof left, "-%c, --%s%s%s", letter, name,
		    arg != NULL ? " " : "", arg != NULL ? arg : "");
	else
		snprintf(left, sizeof left, "    --%s%s%s", name,
		    arg != NULL ? " " : "", arg != NULL ? arg : "");
	if (strlen(left) > 26)
		buf_printf(b, "  %s\n  %-26s %s\n", left, "", help);
	else
		buf_printf(b, "  %-26s %s\n", left, help);
}

static void
cmd_help_fields(struct buf *b, const struct cli_cmd *c)
{
	const struct rec_desc *d = reg_desc(c->reg);

	for (size_t i = 0; i < d->n_fields; i++) {
		const struct rec_field *f = &d->fields[i];
		char *help;

		if (!cmd_field_opt(c, i))
			continue;
		if (f->vocab != NULL) {
			char *choices = vocab_choices(f->vocab);

			help = xasprintf("%s: %s", f->label, choices);
			free(choices);
		} else {
			help = xasprintf("%s%s", f->label, f->kind ==
			    REC_TEXT ? " (several lines)" : "");
		}
		/* as the other options' help reads, unless an acronym */
		if (!isupper((unsigned char)help[1]))
			help[0] = (char)tolower((unsigned char)help[0]);
		cmd_help_opt(b, 0, f->option, cmd_field_arg(f), help);
		free(help);
	}
}

/* The summary of a command as a sentence. */
static void
cmd_help_summary(struct buf *b, const char *summary)
{
	buf_printf(b, "%c%s.\n", summary[0] >= 'a' && summary[0] <= 'z' ?
	    summary[0] - 'a' + 'A' : summary[0], summary + 1);
}

/* The subcommands of c, each with its operands and summary. */
static void
cmd_help_subs(struct buf *b, const struct cli_cmd *c, const char *path)
{
	buf_adds(b, "\nCommands:\n");
	for (size_t i = 0; c->subs[i].name != NULL; i++) {
		const struct cli_cmd *s = &c->subs[i];
		char *left = xasprintf("%s%s%s", s->name, s->operands[0] &&
		    s->run != NULL ? " " : "", s->run != NULL ? s->operands :
		    " ...");

		buf_printf(b, "  %s\n      %s\n", left, s->summary);
		free(left);
	}
	buf_printf(b, "\nRun 'isms %s COMMAND --help' for the options of "
	    "one.\n", path);
}

static void
cmd_help_leaf(FILE *out, const struct cli_cmd *c, const char *path)
{
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "Usage: isms %s%s%s\n", path, c->operands[0] ? " " :
	    "", c->operands);
	if (c->subs != NULL)
		buf_printf(&b, "   or: isms %s COMMAND [ARG]...\n", path);
	cmd_help_summary(&b, c->summary);
	buf_adds(&b, "\nOptions:\n");
	for (size_t k = 0; k < cmd_n_opts(c); k++)
		cmd_help_opt(&b, c->opts[k].letter, c->opts[k].name,
		    c->opts[k].arg, c->opts[k].help);
	if (c->reg != NULL && c->fields != CLI_FIELDS_NONE)
		cmd_help_fields(&b, c);
	cmd_help_opt(&b, 'h', "help", NULL, "show this help and exit");
	if (c->subs != NULL)
		cmd_help_subs(&b, c, path);
	fputs(buf_str(&b), out);
	buf_done(&b);
}

/* "list|show|set" of a group. */
static void
cmd_sub_names(struct buf *b, const struct cli_cmd *c)
{
	for (size_t i = 0; c->subs[i].name != NULL; i++)
		buf_printf(b, "%s%s", i ? "|" : "", c->subs[i].name);
}

static void
cmd_help_group(FILE *out, const struct cli_cmd *c, const char *path)
{
	struct buf b;

	buf_init(&b);
	buf_printf(&b, "Usage: isms %s COMMAND [ARG]...\n", path);
	cmd_help_summary(&b, c->summary);
	cmd_help_subs(&b, c, path);
	fputs(buf_str(&b), out);
	buf_done(&b);
}

void
cmd_help_all(FILE *out, const char *globals)
{
	struct buf b;

	buf_init(&b);
	buf_adds(&b, globals);
	buf_adds(&b, "\nCommands:\n");
	for (size_t i = 0; cli_table[i].name != NULL; i++) {
		const struct cli_cmd *c = &cli_table[i];

		buf_printf(&b, "  %s", c->name);
		if (c->run != NULL && c->operands[0])
			buf_printf(&b, " %s", c->operands);
		if (c->run != NULL && c->subs != NULL)
			buf_adds(&b, " |");
		if (c->subs != NULL) {
			buf_adds(&b, " ");
			cmd_sub_names(&b, c);
		}
		buf_printf(&b, "\n      %s\n", c->summary);
	}
	buf_adds(&b, "\nRun 'isms COMMAND --help' for the options of a command."
	    "\nExit status: 0 success, 1 negative result (conflict, failed "
	    "check),\n2 usage or data error.  See isms(1) for everything.\n");
	fputs(buf_str(&b), out);
	buf_done(&b);
}

/* A runnable command's path and its long options, one a line. */
static void
cmd_list_one(struct buf *b, const struct cli_cmd *c, const char *path)
{
	buf_printf(b, "%s\n", path);
	for (size_t k = 0; k < cmd_n_opts(c); k++)
		buf_printf(b, "%s --%s\n", path, c->opts[k].name);
	for (size_t i = 0; c->reg != NULL && i < reg_desc(c->reg)->n_fields;
	    i++)
		if (cmd_field_opt(c, i))
			buf_printf(b, "%s --%s\n", path,
			    reg_desc(c->reg)->fields[i].option);
}

static void
cmd_list(struct buf *b, const struct cli_cmd *table, const char *parent)
{
	char path[64];

	for (size_t i = 0; table[i].name != NULL; i++) {
		cmd_path(parent, table[i].name, path, sizeof path);
		if (table[i].run != NULL)
			cmd_list_one(b, &table[i], path);
		if (table[i].subs != NULL)
			cmd_list(b, table[i].subs, path);
	}
}

void
cmd_list_commands(FILE *out)
{
	struct buf b;

	buf_init(&b);
	cmd_list(&b, cli_table, "");
	fputs(buf_str(&b), out);
	buf_done(&b);
}

int
cmd_help_of(const struct cli_globals *g, int argc, char **argv)
{
	char **words = xcalloc((size_t)argc + 2, sizeof *words);
	int rc;

	for (int i = 0; i < argc; i++)
		words[i] = argv[i];
	words[argc] = (char *)"--help";
	rc = cmd_dispatch(g, argc + 1, words);
	free(words);
	return rc;
}

/* ---- the parts of a call ---- */

const char *
cli_opt(const struct cli_call *r, const char *name)
{
	for (size_t k = 0; k < cmd_n_opts(r->cmd); k++)
		if (strcmp(r->cmd->opts[k].name, name) == 0)
			return r->val[k];
	return NULL;
}

bool
cli_flag(const struct cli_call *r, const char *name)
{
	return cli_opt(r, name) != NULL;
}

size_t
cli_opts(const struct cli_call *r, const char *name,
         const char *const **values)
{
	for (size_t k = 0; k < cmd_n_opts(r->cmd); k++)
		if (strcmp(r->cmd->opts[k].name, name) == 0) {
			*values = r->multi[k];
			return r->n_multi[k];
		}
	*values = NULL;
	return 0;
}

int
cli_usage(const struct cli_call *r, const char *fmt, ...)
{
	va_list ap;
	char *msg;
	int rc;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	rc = args_usage(r->path, "%s", msg);
	free(msg);
	return rc;
}

/* The getopt_long table of entry c, with its field options. */
static struct option *
cmd_longopts(const struct cli_cmd *c, struct buf *shortopts)
{
	size_t n = cmd_n_opts(c), k = 0;
	size_t nf = c->reg != NULL ? reg_desc(c->reg)->n_fields : 0;
	struct option *o = xcalloc(n + nf + 2, sizeof *o);

	buf_adds(shortopts, ":h");
	for (size_t i = 0; i < n; i++) {
		o[k++] = (struct option){ c->opts[i].name, c->opts[i].arg ?
		    required_argument : no_argument, NULL,
		    CMD_VAL_OPT + (int)i };
		if (c->opts[i].letter)
			buf_printf(shortopts, "%c%s", c->opts[i].letter,
			    c->opts[i].arg ? ":" : "");
	}
	for (size_t i = 0; i < nf; i++)
		if (cmd_field_opt(c, i))
			o[k++] = (struct option){ reg_desc(c->reg)->fields[i]
			    .option, required_argument, NULL,
			    CMD_VAL_FIELD + (int)i };
	o[k++] = (struct option){ "help", no_argument, NULL, CMD_VAL_HELP };
	return o;
}

/* Record option k (getopt val or short letter) of a call: 0, or 2
 * after a usage error when it is given more often than a call holds. */
static int
cmd_take(struct cli_call *r, int k)
{
	size_t most = sizeof r->multi[k] / sizeof *r->multi[k];

	if (r->n_multi[k] == most)
		return args_usage(r->path, "--%s given more than %zu times",
		    r->cmd->opts[k].name, most);
	r->val[k] = optarg != NULL ? optarg : "";
	r->multi[k][r->n_multi[k]++] = r->val[k];
	return 0;
}

/* Parse the options of a call: 0 to go on, 1 after --help (exit 0), or
 * 2 after a usage error. */
static int
cmd_parse(struct cli_call *r, int argc, char **argv)
{
	struct buf shortopts;
	struct option *o;
	int c, rc = 0;

	buf_init(&shortopts);
	o = cmd_longopts(r->cmd, &shortopts);
	args_begin();
	while (rc == 0 && (c = args_next(r->path, argc, argv,
	    buf_str(&shortopts), o)) != -1) {
		if (c == 'h' || c == CMD_VAL_HELP) {
			cmd_help_leaf(stdout, r->cmd, r->path);
			rc = 1;
		} else if (c >= CMD_VAL_FIELD && c < CMD_VAL_HELP) {
			r->patch.v[c - CMD_VAL_FIELD] = optarg;
		} else if (c >= CMD_VAL_OPT && c < CMD_VAL_FIELD) {
			rc = cmd_take(r, c - CMD_VAL_OPT);
		} else if (c != '?') {
			for (size_t k = 0; k < cmd_n_opts(r->cmd); k++)
				if (r->cmd->opts[k].letter == c)
					rc = cmd_take(r, (int)k);
		} else {
			rc = 2;
		}
	}
	free(o);
	buf_done(&shortopts);
	return rc;
}

static int
cmd_operands(const struct cli_call *r, int n)
{
	const struct cli_cmd *c = r->cmd;

	if (n >= c->min && (c->max < 0 || n <= c->max))
		return 0;
	return args_usage(r->path, "%s (usage: isms %s%s%s)", n < c->min ?
	    "missing operand" : "too many operands", r->path,
	    c->operands[0] ? " " : "", c->operands);
}

static int
cmd_leaf(const struct cli_globals *g, const struct cli_cmd *c,
         const char *path, int argc, char **argv)
{
	struct cli_call *r = xcalloc(1, sizeof *r);
	int rc;

	r->g = g;
	r->cmd = c;
	snprintf(r->path, sizeof r->path, "%s", path);
	if ((rc = cmd_parse(r, argc, argv)) != 0 ||
	    (rc = cmd_operands(r, argc - optind)) != 0) {
		free(r);
		return rc == 1 ? cli_flush() : rc;
	}
	r->argc = argc - optind;
	r->argv = argv + optind;
	if ((c->check != NULL && (rc = c->check(r)) != 0) ||
	    (c->db != CLI_NO_DB && (rc = cli_open(g, c->db == CLI_WRITES,
	    &r->m)) != 0)) {
		free(r);
		return rc;
	}
	rc = c->run(r);
	isms_close(r->m);
	free(r);
	return rc;
}

/* The entry of table named name, or NULL. */
static const struct cli_cmd *
cmd_find(const struct cli_cmd *table, const char *name)
{
	for (size_t i = 0; table[i].name != NULL; i++)
		if (strcmp(table[i].name, name) == 0)
			return &table[i];
	return NULL;
}

static int
cmd_group(const struct cli_globals *g, const struct cli_cmd *c,
          const char *path, int argc, char **argv)
{
	const char *sub = argc > 1 ? argv[1] : NULL;
	const struct cli_cmd *s;
	struct buf names;
	char next[64];
	int rc;

	if (c->run == NULL && sub != NULL && (strcmp(sub, "--help") == 0 ||
	    strcmp(sub, "-h") == 0)) {
		cmd_help_group(stdout, c, path);
		return cli_flush();
	}
	if (sub != NULL && (s = cmd_find(c->subs, sub)) != NULL) {
		cmd_path(path, s->name, next, sizeof next);
		if (s->subs != NULL)
			return cmd_group(g, s, next, argc - 1, argv + 1);
		return cmd_leaf(g, s, next, argc - 1, argv + 1);
	}
	if (c->run != NULL)
		return cmd_leaf(g, c, path, argc, argv);
	buf_init(&names);
	for (size_t i = 0; c->subs[i].name != NULL; i++)
		buf_printf(&names, "%s%s", i == 0 ? "" : c->subs[i + 1].name ?
		    ", " : " or ", c->subs[i].name);
	rc = sub == NULL ? args_usage(path, "missing subcommand (use %s)",
	    buf_str(&names)) : args_usage(path, "unknown subcommand '%s' (use "
	    "%s)", sub, buf_str(&names));
	buf_done(&names);
	return rc;
}

int
cmd_dispatch(const struct cli_globals *g, int argc, char **argv)
{
	const struct cli_cmd *c = cmd_find(cli_table, argv[0]);

	if (c == NULL) {
		text_line(stderr, "isms: '%s' is not an isms command; see "
		    "'isms --help'", argv[0]);
		return 2;
	}
	if (c->subs != NULL)
		return cmd_group(g, c, c->name, argc, argv);
	return cmd_leaf(g, c, c->name, argc, argv);
}
