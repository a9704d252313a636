/*
 * cmd_verify.c - `isms verify`: recompute the hash chain of the history
 * and say whether it is whole; print its head, or check it against a head
 * kept elsewhere.
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/cli/cli.h"
#include "isms/cli/cmd.h"
#include "isms/model/history.h"
#include "isms/report/text.h"

const struct cli_opt cmd_verify_opts[] = {
	{ "head", 0, NULL, "print only the head, SEQ:HASH, to keep" },
	{ "anchor", 'a', "SEQ:HASH", "check rows 1 to SEQ against a kept "
	  "head" },
	{ NULL, 0, NULL, NULL },
};

int
cmd_verify(struct cli_call *c)
{
	struct history_check hc;
	char *cause = NULL;
	enum isms_status st;
	int rc;

	st = history_verify(c->m, cli_opt(c, "anchor"), &hc, &cause);
	if (st == ISMS_NEGATIVE) {
		text_printf(stdout, "broken at row %lld: %s\n",
		    (long long)hc.bad_seq, hc.why);
		history_check_done(&hc);
		rc = cli_flush();
		return rc != 0 ? rc : 1;
	}
	if (st != ISMS_OK)
		return cli_fail(st, cause);
	if (cli_flag(c, "head"))
		text_printf(stdout, "%s\n", hc.head);
	else
		text_printf(stdout, "intact: %lld rows, head %s%s\n",
		    (long long)hc.rows, hc.head, hc.anchored ?
		    ", anchor holds" : "");
	history_check_done(&hc);
	return cli_flush();
}
