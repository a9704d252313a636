/*
 * table.c - the command table of isms: every command, its usage, options
 * and operands, and the commands of each register.
 */
#include "isms/cli/cmd.h"

static const struct cli_cmd cli_asset[] = {
	CLI_REGISTER(&reg_asset, "ID|NAME", "NAME"),
	CLI_END,
};

static const struct cli_cmd cli_person[] = {
	CLI_REGISTER(&reg_person, "ID|NAME|LOGIN", "NAME"),
	CLI_END,
};

const struct cli_cmd cli_table[] = {
	CLI_LEAF("init", "[--org NAME] [--scope TEXT] [--matrix ID] [--demo] "
	    "[--group GROUP]", "create a new ISMS database", 0, 0, CLI_NO_DB,
	    cmd_init_opts, cmd_init),
	CLI_CHECKED("set", "[--org NAME] [--scope TEXT]", "change the "
	    "organisation or scope", 0, 0, CLI_WRITES, cmd_set_opts,
	    cmd_set_check, cmd_set),
	CLI_GROUP("catalog", "list, show and validate catalogs", cli_catalog),
	CLI_GROUP("clause", "the clause 4-10 checklist", cli_clause),
	CLI_GROUP("soa", "the Statement of Applicability and its approved "
	    "versions", cli_soa),
	CLI_GROUP("matrix", "the risk method: scales, levels, grid, "
	    "acceptance", cli_matrix),
	CLI_GROUP("asset", "the asset inventory (A.5.9)", cli_asset),
	CLI_GROUP("risk", "the risk register, treatment and acceptance",
	    cli_risk),
	CLI_GROUP("treatment", "the treatment plan and its approved versions",
	    cli_treatment),
	CLI_GROUP("person", "the people of the organisation", cli_person),
	CLI_GROUP("doc", "documented information (7.5) and the required "
	    "documents", cli_doc),
	CLI_LEAF_SUBS("history", "[RECORD] [--by LOGIN] [--since DATE] "
	    "[--limit N] [--format text|csv]", "the change history, newest "
	    "first, of one record (R-001, A.7.4, 6.1.2) or of all", 0, 1,
	    CLI_READS, cmd_history_opts, cmd_history_check, cmd_history,
	    cli_history),
	CLI_LEAF("verify", "[--head] [--anchor SEQ:HASH]", "check the hash "
	    "chain of the history", 0, 0, CLI_READS, cmd_verify_opts,
	    cmd_verify),
	CLI_GROUP("db", "check, copy, share or upgrade the database", cli_db),
	CLI_LEAF("help", "[--commands | COMMAND...]", "the commands, or the "
	    "help of one", 0, -1, CLI_NO_DB, cli_help_opts, cli_help_run),
	CLI_END,
};
