/*
 * args.c - option parsing for the subcommands, with messages that name
 * the command and the option.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/args.h"
#include "isms/report/text.h"
#include "isms/util/xmalloc.h"

void
args_begin(void)
{
	optind = 0;          /* GNU: full reinitialisation */
	opterr = 0;
}

int
args_next(const char *cmd, int argc, char **argv, const char *shortopts,
          const struct option *longopts)
{
	int c = getopt_long(argc, argv, shortopts, longopts, NULL);

	if (c != '?' && c != ':')
		return c;
	if (c == ':')
		args_usage(cmd, "option '%s' needs a value", argv[optind - 1]);
	else if (optopt != 0)
		args_usage(cmd, "unknown option '-%c'", optopt);
	else
		args_usage(cmd, "unknown option '%s'", argv[optind - 1]);
	return '?';
}

bool
args_int(const char *cmd, const char *opt, const char *s, int64_t min,
         int64_t max, int64_t *out)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (s[0] == '\0' || *end != '\0' || errno != 0 || v < min || v > max) {
		args_usage(cmd, "%s: '%s' is not a number from %lld to %lld",
		    opt, s, (long long)min, (long long)max);
		return false;
	}
	*out = v;
	return true;
}

bool
args_format(const char *cmd, const char *s, enum args_format *out)
{
	if (strcmp(s, "text") == 0)
		*out = ARGS_FORMAT_TEXT;
	else if (strcmp(s, "csv") == 0)
		*out = ARGS_FORMAT_CSV;
	else {
		args_usage(cmd, "--format: unknown format '%s' (use text or "
		    "csv)", s);
		return false;
	}
	return true;
}

int
args_usage(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	if (cmd[0] != '\0')
		text_line(stderr, "isms: %s: %s", cmd, msg);
	else
		text_line(stderr, "isms: %s", msg);
	fputs("Try 'isms --help' or 'man isms'.\n", stderr);
	free(msg);
	return 2;
}
