/*
 * cmd_reg.c - list, show, add, set and rm of any register, from its
 * descriptor: the columns of a list are the fields with a header, a csv
 * has every field, show prints every field with its label, and add and
 * set take one option per field (the dispatcher parses them).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/cli/args.h"
#include "isms/cli/cmd.h"
#include "isms/rec/vocab.h"
#include "isms/report/csv.h"
#include "isms/report/text.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

const struct cli_opt cmd_reg_list_opts[] = {
	{ "format", 'f', "text|csv", "text (aligned columns) or csv (every "
	  "field, RFC 4180)" },
	{ "search", 'q', "TEXT", "only records whose text contains TEXT" },
	{ NULL, 0, NULL, NULL },
};

const struct cli_opt cmd_reg_set_opts[] = {
	{ "rev", 0, "N", "change it only if it is still at revision N" },
	{ "quiet", 'q', NULL, "do not say what changed (said only on a "
	  "terminal)" },
	{ NULL, 0, NULL, NULL },
};

const struct cli_opt cmd_reg_rm_opts[] = {
	{ "force", 'f', NULL, "delete it even while others rely on it" },
	{ NULL, 0, NULL, NULL },
};

/* Whether the register has a field people name records by. */
static bool
reg_has_key_field(const struct rec_desc *d)
{
	for (size_t i = 0; i < d->n_fields; i++)
		if (d->fields[i].flags & REC_KEY)
			return true;
	return false;
}

/* Field i of row as people read it: a term by its label (csv keeps the
 * token). */
static const char *
reg_text(const struct rec_desc *d, const void *row, size_t i, char (*num)[24])
{
	const char *v = rec_value(d, row, i, *num, sizeof *num);

	if (d->fields[i].kind == REC_TERM && d->fields[i].vocab != NULL &&
	    v != NULL && v[0] != '\0')
		return vocab_label(d->fields[i].vocab, v);
	return v;
}

/* The cells of one record: its key first when no field is the key (and
 * there is a register to name it), then the fields chosen by want (with a
 * header, or all). */
static size_t
reg_cells(const struct rec_desc *d, const struct reg *r, const void *row,
          bool all, char *key, size_t keysize, char (*num)[24],
          const char **cells)
{
	size_t n = 0;

	if (r != NULL && !reg_has_key_field(d)) {
		reg_key(r, row, key, keysize);
		cells[n++] = key;
	}
	for (size_t i = 0; i < d->n_fields; i++)
		if (all || d->fields[i].head != NULL)
			cells[n++] = all ? rec_value(d, row, i, num[i],
			    sizeof num[i]) : reg_text(d, row, i, &num[i]);
	return n;
}

static size_t
reg_headers(const struct rec_desc *d, const struct reg *r, bool all,
            char (*names)[48], const char **heads)
{
	size_t n = 0;

	if (r != NULL && !reg_has_key_field(d))
		heads[n++] = all ? "id" : "ID";
	for (size_t i = 0; i < d->n_fields; i++) {
		if (!all && d->fields[i].head == NULL)
			continue;
		if (all) {
			snprintf(names[i], sizeof names[i], "%s",
			    d->fields[i].name);
			heads[n++] = names[i];
		} else {
			heads[n++] = d->fields[i].head;
		}
	}
	return n;
}

void
cmd_rec_print(const struct rec_desc *d, const struct reg *r, const void *rows,
              size_t n, bool csv)
{
	const char *cells[REC_FIELDS_MAX + 1];
	char num[REC_FIELDS_MAX][24], names[REC_FIELDS_MAX][48], key[48];
	struct text_table t;
	size_t k = reg_headers(d, r, csv, names, cells);

	if (csv)
		csv_row(stdout, cells, k);
	else
		text_table_init(&t, cells, k);
	for (size_t i = 0; i < n; i++) {
		const void *row = (const char *)rows + i * d->size;

		reg_cells(d, r, row, csv, key, sizeof key, num, cells);
		if (csv)
			csv_row(stdout, cells, k);
		else
			text_table_add(&t, cells);
	}
	if (!csv) {
		text_table_print(&t, stdout);
		text_table_done(&t);
	}
}

int
cmd_reg_list(struct cli_call *c)
{
	const char *format = cli_opt(c, "format");
	enum args_format fmt = ARGS_FORMAT_TEXT;
	void *rows = NULL;
	size_t n = 0;
	char *cause = NULL;
	enum isms_status st;

	if (format != NULL && !args_format(c->path, format, &fmt))
		return 2;
	st = reg_list(c->m, c->cmd->reg, cli_opt(c, "search"), &rows, &n,
	    &cause);
	if (st != ISMS_OK)
		return cli_fail(st, cause);
	cmd_rec_print(reg_desc(c->cmd->reg), c->cmd->reg, rows, n,
	    fmt == ARGS_FORMAT_CSV);
	rec_free(reg_desc(c->cmd->reg), rows, n);
	return cli_flush();
}

void
cmd_rec_show(const struct reg *r, const void *row)
{
	const struct rec_desc *d = reg_desc(r);
	const char *labels[REC_FIELDS_MAX + 2], *values[REC_FIELDS_MAX + 2];
	char num[REC_FIELDS_MAX][24], key[48], noun[48], *rev;
	size_t n = 0;

	snprintf(noun, sizeof noun, "%s", d->noun);
	noun[0] = (char)toupper((unsigned char)noun[0]);
	if (!reg_has_key_field(d)) {
		reg_key(r, row, key, sizeof key);
		labels[n] = noun;
		values[n++] = key;
	}
	for (size_t i = 0; i < d->n_fields; i++) {
		labels[n] = d->fields[i].label;
		values[n++] = reg_text(d, row, i, &num[i]);
	}
	rev = xasprintf("%lld, %s by %s", (long long)rec_rev(d, row),
	    rec_updated_at(d, row), rec_updated_by(d, row));
	labels[n] = "Revision";
	values[n++] = rev;
	text_fields_print(stdout, labels, values, n);
	free(rev);
}

int
cmd_reg_show(struct cli_call *c)
{
	const struct rec_desc *d = reg_desc(c->cmd->reg);
	void *row = xcalloc(1, d->size);
	char *cause = NULL;
	enum isms_status st = reg_get(c->m, c->cmd->reg, c->argv[0], row,
	    &cause);

	if (st == ISMS_OK)
		cmd_rec_show(c->cmd->reg, row);
	rec_done(d, row);
	free(row);
	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}

int
cmd_reg_add(struct cli_call *c)
{
	int first = reg_first_field(c->cmd->reg);
	char *key = NULL, *cause = NULL;
	enum isms_status st;

	if (first >= 0)
		c->patch.v[first] = c->argv[0];
	st = reg_add(c->m, c->cmd->reg, &c->patch, &key, &cause);
	if (st != ISMS_OK)
		return cli_fail(st, cause);
	text_line(stdout, "%s", key);
	cli_warn(reg_warning(c->m, c->cmd->reg, key));
	free(key);
	return cli_flush();
}

/* "--a, --b or --c": the field options of r. */
static char *
reg_options(const struct rec_desc *d)
{
	struct buf b;
	size_t n = 0, k = 0;

	for (size_t i = 0; i < d->n_fields; i++)
		n += d->fields[i].option != NULL &&
		    !(d->fields[i].flags & (REC_DERIVED | REC_FIXED));
	buf_init(&b);
	for (size_t i = 0; i < d->n_fields; i++) {
		if (d->fields[i].option == NULL ||
		    (d->fields[i].flags & (REC_DERIVED | REC_FIXED)))
			continue;
		buf_printf(&b, "%s--%s", k == 0 ? "" : k + 1 == n ? " or " :
		    ", ", d->fields[i].option);
		k++;
	}
	return buf_take(&b);
}

int
cmd_reg_set_check(struct cli_call *c)
{
	const struct rec_desc *d = reg_desc(c->cmd->reg);
	const char *revs = cli_opt(c, "rev");
	int64_t rev;

	if (revs != NULL && !args_int(c->path, "--rev", revs, 1, INT64_MAX,
	    &rev))
		return 2;
	if (rec_patch_empty(&c->patch, d)) {
		char *opts = reg_options(d);
		int rc = cli_usage(c, "nothing to change (give at least one of "
		    "%s)", opts);

		free(opts);
		return rc;
	}
	return 0;
}

/* On a terminal, each field the change altered, as the options name it
 * and in the words of its vocabulary: "isms: A.5.7: applicable yes -> no". */
static void
reg_tell(const struct cli_call *c, const struct reg_changes *ch)
{
	const struct rec_desc *d = reg_desc(c->cmd->reg);

	if (!cli_telling(cli_flag(c, "quiet")))
		return;
	if (ch->n == 0)
		text_line(stderr, "isms: %s: unchanged (it had those values)",
		    ch->key);
	for (size_t i = 0; i < ch->n; i++) {
		const struct rec_field *f = &d->fields[ch->ch[i].field];
		bool words = f->kind == REC_TERM && f->vocab != NULL;

		cli_tell_change(ch->key, f->option != NULL ? f->option :
		    f->name, words && ch->ch[i].was[0] ? vocab_label(f->vocab,
		    ch->ch[i].was) : ch->ch[i].was, words && ch->ch[i].now[0] ?
		    vocab_label(f->vocab, ch->ch[i].now) : ch->ch[i].now);
	}
}

int
cmd_reg_set(struct cli_call *c)
{
	const char *revs = cli_opt(c, "rev");
	struct reg_changes ch;
	int64_t rev = -1;
	char *cause = NULL;
	enum isms_status st;

	if (revs != NULL)             /* checked by cmd_reg_set_check() */
		args_int(c->path, "--rev", revs, 1, INT64_MAX, &rev);
	st = reg_set_changes(c->m, c->cmd->reg, c->argv[0], &c->patch, rev,
	    &ch, &cause);
	if (st != ISMS_OK)
		return cli_fail(st, cause);
	reg_tell(c, &ch);
	reg_changes_done(&ch);
	cli_warn(reg_warning(c->m, c->cmd->reg, c->argv[0]));
	return cli_flush();
}

int
cmd_reg_rm(struct cli_call *c)
{
	char *cause = NULL;
	enum isms_status st = reg_rm(c->m, c->cmd->reg, c->argv[0],
	    cli_flag(c, "force"), &cause);

	return st == ISMS_OK ? cli_flush() : cli_fail(st, cause);
}
