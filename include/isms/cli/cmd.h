/*
 * cmd.h - the command table of the command line (tmux's cmd_entry is the
 * model): each command names its usage, options and operands and whether
 * it reads or writes the database; the dispatcher parses the options,
 * counts the operands, opens the database as the entry says and runs it,
 * and `isms --help`, `isms COMMAND --help` and the man-page check are
 * generated from the same entries.  A register's add and set take one
 * option per field of its descriptor.
 */
#ifndef ISMS_CLI_CMD_H
#define ISMS_CLI_CMD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "isms/cli/cli.h"
#include "isms/model/reg.h"
#include "isms/rec/rec.h"

/* How a command uses the database. */
enum cli_db { CLI_NO_DB, CLI_READS, CLI_WRITES };

/* What a register command does with the fields of its descriptor. */
enum cli_fields {
	CLI_FIELDS_NONE,
	CLI_FIELDS_SET,       /* one option per field a patch may change */
	CLI_FIELDS_ADD,       /* ... but the one the operand gives
	                       * (reg_first_field()) */
};

struct cli_opt {
	const char *name;     /* long option, "format" */
	char letter;          /* short option, or 0 */
	const char *arg;      /* what it takes in help ("FORMAT"); NULL: a
	                       * flag */
	const char *help;     /* one line */
};

#define CLI_OPTS_MAX 48

struct cli_cmd;

/* What a command's run function gets. */
struct cli_call {
	const struct cli_globals *g;
	const struct cli_cmd *cmd;
	char path[64];        /* "risk set": for messages */
	struct isms *m;       /* opened as cmd->db says; NULL for CLI_NO_DB */
	int argc;             /* operands */
	char **argv;
	const char *val[CLI_OPTS_MAX];      /* by index of cmd->opts: the
	                                     * value, "" for a flag given */
	const char *multi[CLI_OPTS_MAX][16];/* repeated options, in order */
	size_t n_multi[CLI_OPTS_MAX];
	struct rec_patch patch;             /* CLI_FIELDS_SET options */
};

struct cli_cmd {
	const char *name;
	const char *operands;         /* for usage: "ID [OPTION]..." */
	const char *summary;          /* one line for help */
	int min, max;                 /* operand count; max -1: any */
	enum cli_db db;
	const struct cli_opt *opts;   /* ended by a NULL name; may be NULL */
	/* Before the database is opened: refuse what the options and
	 * operands cannot mean, so a usage error touches no file.  0, or
	 * the exit status after a message; may be NULL. */
	int (*check)(struct cli_call *r);
	int (*run)(struct cli_call *r);
	/* A group: ended by a NULL name.  An entry with both subs and run
	 * is a command with subcommands: a word naming one of them runs
	 * it, anything else is this entry's own options and operands. */
	const struct cli_cmd *subs;
	const struct reg *reg;        /* the register of reg commands */
	enum cli_fields fields;
};

/* Entries of the tables. */
#define CLI_LEAF(name, operands, summary, min, max, db, opts, run) \
	{ name, operands, summary, min, max, db, opts, NULL, run, NULL, \
	  NULL, CLI_FIELDS_NONE }
/* A leaf whose options and operands check() looks at first. */
#define CLI_CHECKED(name, operands, summary, min, max, db, opts, check, \
                    run) \
	{ name, operands, summary, min, max, db, opts, check, run, NULL, \
	  NULL, CLI_FIELDS_NONE }
/* The set command of register reg: its --rev and that it changes
 * something are checked before the database is opened. */
#define CLI_REG_SET(operands, summary, reg) \
	{ "set", operands, summary, 1, 1, CLI_WRITES, cmd_reg_set_opts, \
	  cmd_reg_set_check, cmd_reg_set, NULL, reg, CLI_FIELDS_SET }
/* A leaf with subcommands (history and history redact). */
#define CLI_LEAF_SUBS(name, operands, summary, min, max, db, opts, check, \
                      run, subs) \
	{ name, operands, summary, min, max, db, opts, check, run, subs, \
	  NULL, CLI_FIELDS_NONE }
/* A command of register reg; fields CLI_FIELDS_SET takes its fields as
 * options. */
#define CLI_REG_LEAF(name, operands, summary, min, max, db, opts, run, \
                     reg, fields) \
	{ name, operands, summary, min, max, db, opts, NULL, run, NULL, reg, \
	  fields }
#define CLI_GROUP(name, summary, subs) \
	{ name, "", summary, 0, 0, CLI_NO_DB, NULL, NULL, NULL, subs, NULL, \
	  CLI_FIELDS_NONE }
#define CLI_END \
	{ NULL, NULL, NULL, 0, 0, CLI_NO_DB, NULL, NULL, NULL, NULL, NULL, \
	  CLI_FIELDS_NONE }

/* The commands, ended by a NULL name. */
extern const struct cli_cmd cli_table[];

/* Run the command argv[0] (argc >= 1) of the table; the exit status. */
int cmd_dispatch(const struct cli_globals *g, int argc, char **argv);

/* Print `isms --help`: the global options and every command. */
void cmd_help_all(FILE *out, const char *globals);

/* Print `isms help --commands`: the path of every command that runs
 * ("risk add"), each followed by a line for each of its long options but
 * --help ("risk add --owner").  Plain and stable: tests/cli/mancheck.sh
 * reads it to check the man page. */
void cmd_list_commands(FILE *out);

/* `isms help WORD...`: run `isms WORD... --help`; the exit status. */
int cmd_help_of(const struct cli_globals *g, int argc, char **argv);

/* The help command (cli.c, which has the text of the global options). */
extern const struct cli_opt cli_help_opts[];
int cli_help_run(struct cli_call *c);

/* The value of option name (NULL when not given; "" for a flag). */
const char *cli_opt(const struct cli_call *r, const char *name);
bool cli_flag(const struct cli_call *r, const char *name);
/* The values of an option given several times, in order. */
size_t cli_opts(const struct cli_call *r, const char *name,
                const char *const **values);

/* Fail as a usage error of r's command (prints, returns 2). */
int cli_usage(const struct cli_call *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The groups of the table, each in its cmd_*.c. */
extern const struct cli_cmd cli_clause[];
extern const struct cli_cmd cli_soa[];
extern const struct cli_cmd cli_risk[];
extern const struct cli_cmd cli_risk_action[];
extern const struct cli_cmd cli_treatment[];
extern const struct cli_cmd cli_matrix[];
extern const struct cli_cmd cli_catalog[];
extern const struct cli_cmd cli_history[];
extern const struct cli_cmd cli_db[];
extern const struct cli_cmd cli_doc[];

/* The top-level commands that are not groups, each in its cmd_*.c: its
 * options, its check (before the database is opened) and its run. */
extern const struct cli_opt cmd_init_opts[];
int cmd_init(struct cli_call *c);
extern const struct cli_opt cmd_set_opts[];
int cmd_set_check(struct cli_call *c);
int cmd_set(struct cli_call *c);
extern const struct cli_opt cmd_verify_opts[];
int cmd_verify(struct cli_call *c);
/* history is a command with a subcommand, history redact (cli_history). */
extern const struct cli_opt cmd_history_opts[];
int cmd_history_check(struct cli_call *c);
int cmd_history(struct cli_call *c);

/* risk list (cmd_risk_list.c). */
int cmd_risk_list(struct cli_call *c);
extern const struct cli_opt cmd_risk_list_opts[];

/* The exports (cmd_export.c) and their options. */
int cmd_soa_export(struct cli_call *c);
int cmd_doc_export(struct cli_call *c);
int cmd_risk_export(struct cli_call *c);
int cmd_treatment_export(struct cli_call *c);
extern const struct cli_opt cmd_export_opts[];
extern const struct cli_opt cmd_soa_export_opts[];

/* The approved versions of the SoA and the treatment plan
 * (cmd_version.c): approve, versions and diff of each. */
extern const struct cli_opt cmd_version_approve_opts[];
extern const struct cli_opt cmd_version_list_opts[];
extern const struct cli_opt cmd_version_diff_opts[];
int cmd_version_approve_check(struct cli_call *c);
int cmd_version_diff_check(struct cli_call *c);
int cmd_soa_approve(struct cli_call *c);
int cmd_soa_versions(struct cli_call *c);
int cmd_soa_diff(struct cli_call *c);
int cmd_treatment_approve(struct cli_call *c);
int cmd_treatment_versions(struct cli_call *c);
int cmd_treatment_diff(struct cli_call *c);

/* The versions commands of a register that is also a document. */
#define CLI_VERSIONS(what, approve, versions, diff) \
	CLI_CHECKED("approve", "--by NAME [--note TEXT]", "approve the " what \
	    " as its next version", 0, 0, CLI_WRITES, \
	    cmd_version_approve_opts, cmd_version_approve_check, approve), \
	CLI_LEAF("versions", "[--format text|csv]", "the approved versions of "\
	    "the " what, 0, 0, CLI_READS, cmd_version_list_opts, versions), \
	CLI_CHECKED("diff", "[V1 [V2]] [--format text|csv|md|html]", "what "\
	    "changed from version V1 (default: the last) to V2 (default: "\
	    "now)", 0, 2, CLI_READS, cmd_version_diff_opts, \
	    cmd_version_diff_check, diff)

/* The generic commands of a register (cmd_reg.c). */
int cmd_reg_list(struct cli_call *r);
int cmd_reg_show(struct cli_call *r);
int cmd_reg_add(struct cli_call *r);
int cmd_reg_set(struct cli_call *r);
int cmd_reg_set_check(struct cli_call *r);
int cmd_reg_rm(struct cli_call *r);

/* Print n records of descriptor d (rows of d's row struct) as a list:
 * the fields with a list header as aligned columns, or with csv every
 * field; the key first (reg_key() of r, unless r is NULL) when no field
 * is the key. */
void cmd_rec_print(const struct rec_desc *d, const struct reg *r,
                   const void *rows, size_t n, bool csv);
/* Print every field of record row of r with its label, then its
 * revision. */
void cmd_rec_show(const struct reg *r, const void *row);

/* Options every register command shares. */
extern const struct cli_opt cmd_reg_list_opts[];
extern const struct cli_opt cmd_reg_set_opts[];
extern const struct cli_opt cmd_reg_rm_opts[];

/* list, show, add, set and rm of register reg, whose records are named
 * by key ("ID|NAME") and added with the operand first ("NAME"). */
#define CLI_REGISTER(reg, key, first) \
	CLI_REG_LEAF("list", "[--format text|csv] [--search TEXT]", \
	    "list the records", 0, 0, CLI_READS, cmd_reg_list_opts, \
	    cmd_reg_list, reg, CLI_FIELDS_NONE), \
	CLI_REG_LEAF("show", key, "show one record", 1, 1, CLI_READS, NULL, \
	    cmd_reg_show, reg, CLI_FIELDS_NONE), \
	CLI_REG_LEAF("add", first " [OPTION]...", "add a record", 1, 1, \
	    CLI_WRITES, NULL, cmd_reg_add, reg, CLI_FIELDS_ADD), \
	CLI_REG_SET(key " [OPTION]...", "change a record", reg), \
	CLI_REG_LEAF("rm", key " [--force]", "delete a record", 1, 1, \
	    CLI_WRITES, cmd_reg_rm_opts, cmd_reg_rm, reg, CLI_FIELDS_NONE)

#endif
