/*
 * cli.h - the git-style command line: global options, the command table,
 * and what every subcommand shares (opening the ISMS, reporting errors).
 *
 * Data goes to stdout, messages to stderr.  Exit status: 0 ok, 1 a
 * negative result (a conflict, a failed check), 2 a usage or data error.
 */
#ifndef ISMS_CLI_CLI_H
#define ISMS_CLI_CLI_H

#include <stdbool.h>

#include "isms/model/isms.h"
#include "isms/util/status.h"

struct cli_globals {
	const char *db;        /* --db, or NULL for $ISMS_DB / the default */
	bool readonly;         /* --read-only */
	bool no_color;         /* --no-color or a non-empty $NO_COLOR */
	const char *script;    /* --script: keystroke script for the TUI */
	int cols, rows;        /* --size of the scripted screen */
	bool allow_network_fs; /* --allow-network-fs */
};

/*
 * Parse the global options in argv.  Returns -1 to go on, with *command
 * set to the index of the command word (argc when there is none); or an
 * exit status after --help, --version or a usage error.
 */
int cli_parse_globals(int argc, char **argv, struct cli_globals *g,
                      int *command);

/* Run the command argv[0] (argc >= 1) and return the exit status. */
int cli_run(const struct cli_globals *g, int argc, char **argv);

/* Print "isms: CAUSE" (or the status text) to stderr, free cause, and
 * return the exit status of st. */
int cli_fail(enum isms_status st, char *cause);

/* Print "isms: warning: WARNING" to stderr and free warning; nothing when
 * it is NULL. */
void cli_warn(char *warning);

/* Print "isms: warning: ..." for each way the files of m do not fit a
 * group database (unreachable directories above it, modes, groups). */
void cli_warn_files(const struct isms *m);

/* Open the ISMS named by g for a command; read-only unless write and not
 * --read-only.  Returns 0, or the exit status after printing why not. */
int cli_open(const struct cli_globals *g, bool write, struct isms **m);

/* The database path named by g (--db, $ISMS_DB or the default); newly
 * allocated, NULL (after a message) when there is none. */
char *cli_db_path(const struct cli_globals *g);

/* Write stdout out, reporting a failed write (a full disk, a closed pipe)
 * as exit status 2. */
int cli_flush(void);

/* Whether to say what a change did: standard output and error are a
 * terminal (someone is watching, no script parses it) and quiet is not
 * set. */
bool cli_telling(bool quiet);

/* "isms: KEY: WHAT WAS -> NOW" on standard error ("isms: WHAT ..." when
 * key is NULL: the ISMS itself), the values cut to a line of readable
 * length ("(none)" when empty). */
void cli_tell_change(const char *key, const char *what, const char *was,
                     const char *now);

#endif
