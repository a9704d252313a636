/*
 * args.h - option parsing shared by the subcommands: getopt_long with our
 * own messages, strict numbers, and the --format choice.
 */
#ifndef ISMS_CLI_ARGS_H
#define ISMS_CLI_ARGS_H

#include <getopt.h>
#include <stdbool.h>
#include <stdint.h>

enum args_format { ARGS_FORMAT_TEXT, ARGS_FORMAT_CSV };

/* Begin parsing the options of subcommand cmd ("soa set"): argv[0] is the
 * subcommand word.  Resets getopt. */
void args_begin(void);

/*
 * The next option of argv, as getopt_long() returns it; -1 after the last
 * option (optind then indexes the first operand).  An unknown option or a
 * missing argument prints "isms: CMD: ..." to stderr and returns '?'.
 */
int args_next(const char *cmd, int argc, char **argv, const char *shortopts,
              const struct option *longopts);

/* Parse a whole decimal number in [min, max]; prints an error naming cmd
 * and option and returns false otherwise. */
bool args_int(const char *cmd, const char *opt, const char *s, int64_t min,
              int64_t max, int64_t *out);

/* Parse "text" or "csv"; prints an error and returns false otherwise. */
bool args_format(const char *cmd, const char *s, enum args_format *out);

/* Print "isms: CMD: message" (just "isms: message" when cmd is "") and
 * the hint to read --help; returns 2. */
int args_usage(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
