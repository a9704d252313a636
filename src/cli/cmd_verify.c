/*
 * cmd_verify.c - `isms verify`: recompute the hash chain of the history
 * and say whether it is whole; print its head, or check it against a head
 * kept elsewhere.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/cli/args.h"
#include "isms/cli/cli.h"
#include "isms/model/history.h"
#include "isms/report/text.h"

int
cmd_verify(const struct cli_globals *g, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "head", no_argument, NULL, 'H' },
		{ "anchor", required_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 },
	};
	struct history_check c;
	const char *anchor = NULL;
	bool head = false;
	struct isms *m;
	char *cause = NULL;
	enum isms_status st;
	int opt, rc;

	args_begin();
	while ((opt = args_next("verify", argc, argv, ":a:", opts)) != -1) {
		if (opt == 'H')
			head = true;
		else if (opt == 'a')
			anchor = optarg;
		else
			return 2;
	}
	if (!args_operands("verify", argc, 0, 0, "verify [--head] [--anchor "
	    "SEQ:HASH]"))
		return 2;
	if ((rc = cli_open(g, false, &m)) != 0)
		return rc;
	st = history_verify(m, anchor, &c, &cause);
	isms_close(m);
	if (st == ISMS_NEGATIVE) {
		text_printf(stdout, "broken at row %lld: %s\n",
		    (long long)c.bad_seq, c.why);
		history_check_done(&c);
		rc = cli_flush();
		return rc != 0 ? rc : 1;
	}
	if (st != ISMS_OK)
		return cli_fail(st, cause);
	if (head)
		text_printf(stdout, "%s\n", c.head);
	else
		text_printf(stdout, "intact: %lld rows, head %s%s\n",
		    (long long)c.rows, c.head, c.anchored ? ", anchor holds" :
		    "");
	history_check_done(&c);
	return cli_flush();
}
