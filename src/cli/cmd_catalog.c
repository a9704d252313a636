/*
 * cmd_catalog.c - `isms catalog list|show|check`: the catalogs on the
 * search path, one catalog in detail, and validation of catalog files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "isms/catalog/path.h"
#include "isms/cli/cli.h"
#include "isms/cli/cmd.h"
#include "isms/report/text.h"
#include "isms/util/xmalloc.h"

static void
catalog_print_diags(struct diag_list *dl)
{
	diag_sort(dl);
	for (size_t i = 0; i < dl->count; i++) {
		char *line = diag_format(&dl->items[i]);

		text_printf(stdout, "%s\n", line);
		free(line);
	}
}

static int
catalog_list_run(struct cli_call *call)
{
	static const char *const head[] = { "ID", "KIND", "TITLE", "FILE" };
	struct catalog_dirs dirs;
	struct catalog_index idx;
	struct text_table t;

	(void)call;
	catalog_dirs_init(&dirs);
	catalog_index_build(&idx, &dirs);
	if (idx.nomem) {
		catalog_index_done(&idx);
		catalog_dirs_done(&dirs);
		return cli_fail(ISMS_NOMEM, NULL);
	}
	text_table_init(&t, head, 4);
	for (size_t i = 0; i < idx.count; i++) {
		const struct catalog_entry *e = &idx.entries[i];
		const char *cells[] = { e->id, catalog_kind_name(e->kind),
		    e->title, e->path };

		text_table_add(&t, cells);
	}
	text_table_print(&t, stdout);
	text_table_done(&t);
	/* Broken catalogs on the path are worth a word, not a failure. */
	for (size_t i = 0; i < idx.problems.count; i++) {
		char *line = diag_format(&idx.problems.items[i]);

		text_line(stderr, "isms: skipped: %s", line);
		free(line);
	}
	catalog_index_done(&idx);
	catalog_dirs_done(&dirs);
	return cli_flush();
}

static void
show_framework(const struct catalog *c)
{
	const struct catalog_framework *f = &c->u.framework;
	size_t clauses = 0, controls = 0;

	for (size_t i = 0; i < f->n_reqs; i++)
		if (strcmp(f->reqs[i].kind, "clause") == 0)
			clauses++;
		else
			controls++;
	text_printf(stdout, "Version:     %s\nClauses:     %zu\n"
	    "Controls:    %zu\n", f->version, clauses, controls);
	for (size_t i = 0; i < f->n_themes; i++) {
		size_t k = 0;

		for (size_t j = 0; j < f->n_reqs; j++)
			if (f->reqs[j].theme != NULL &&
			    strcmp(f->reqs[j].theme, f->themes[i].id) == 0)
				k++;
		text_printf(stdout, "Theme:       %s (%s, %zu controls)\n",
		    f->themes[i].id, f->themes[i].title, k);
	}
	for (size_t i = 0; i < f->n_attr_sets; i++) {
		const struct catalog_attr_set *as = &f->attr_sets[i];

		text_printf(stdout, "Attributes:  %s:", as->title);
		for (size_t j = 0; j < as->n_values; j++)
			text_printf(stdout, " %s", as->values[j]);
		text_printf(stdout, "\n");
	}
}

static void
show_documents(const struct catalog *c)
{
	static const char *const head[] = { "ID", "KIND", "REF", "NAME" };
	const struct catalog_documents *d = &c->u.documents;
	struct text_table t;

	text_printf(stdout, "Framework:   %s\n", d->framework);
	text_table_init(&t, head, 4);
	for (size_t i = 0; i < d->n_docs; i++) {
		const struct catalog_document *doc = &d->docs[i];
		char *ref = doc->item ? xasprintf("%s %s)", doc->ref,
		    doc->item) : xstrdup(doc->ref);
		const char *cells[] = { doc->id, doc->kind, ref, doc->name };

		text_table_add(&t, cells);
		free(ref);
	}
	text_table_print(&t, stdout);
	text_table_done(&t);
}

static void
show_scale(const char *axis, const struct catalog_scale_level *lv, size_t n)
{
	for (size_t i = 0; i < n; i++)
		text_printf(stdout, "%-12s%zu %s (%s): %s\n",
		    i == 0 ? axis : "", i + 1, lv[i].name, lv[i].abbrev,
		    lv[i].criteria ? lv[i].criteria : "");
}

/* The grid as a heat map: highest likelihood on top, impact across. */
static void
show_grid(const struct catalog_matrix *m)
{
	const char **cells = xcalloc(m->n_impact + 1, sizeof *cells);
	struct text_table t;

	cells[0] = "L\\I";
	for (size_t i = 0; i < m->n_impact; i++)
		cells[i + 1] = m->impact[i].abbrev;
	text_printf(stdout, "Grid:       likelihood (L) down, highest first; "
	    "impact (I) across\n");
	text_table_init(&t, cells, m->n_impact + 1);
	for (size_t l = m->n_likelihood; l-- > 0;) {
		cells[0] = m->likelihood[l].abbrev;
		for (size_t i = 0; i < m->n_impact; i++)
			cells[i + 1] =
			    m->levels[m->grid[l * m->n_impact + i]].id;
		text_table_add(&t, cells);
	}
	text_table_print(&t, stdout);
	text_table_done(&t);
	free(cells);
}

static void
show_matrix(const struct catalog *c)
{
	const struct catalog_matrix *m = &c->u.matrix;

	show_scale("Likelihood:", m->likelihood, m->n_likelihood);
	show_scale("Impact:", m->impact, m->n_impact);
	for (size_t i = 0; i < m->n_levels; i++)
		text_printf(stdout, "%-12s%s (%s, %s, review every %u "
		    "days)%s\n", i == 0 ? "Levels:" : "", m->levels[i].name,
		    m->levels[i].id, m->levels[i].colour,
		    m->levels[i].review_days, i == m->acceptance ?
		    "  <- highest acceptable" : "");
	show_grid(m);
}

static int
catalog_show_run(struct cli_call *call)
{
	struct catalog_dirs dirs;
	struct catalog_index idx;
	const struct catalog_entry *e;
	struct catalog *c = NULL;
	struct diag_list dl;
	int rc = 0;

	catalog_dirs_init(&dirs);
	catalog_index_build(&idx, &dirs);
	diag_list_init(&dl);
	if (idx.nomem) {
		rc = cli_fail(ISMS_NOMEM, NULL);
	} else if ((e = catalog_index_find(&idx, call->argv[0], -1)) ==
	    NULL) {
		text_line(stderr, "isms: %s: no such catalog (see 'isms "
		    "catalog list')", call->argv[0]);
		rc = 2;
	} else if (catalog_load(e->path, &c, &dl) != ISMS_OK) {
		fflush(stdout);
		catalog_print_diags(&dl);
		rc = 2;
	} else {
		text_printf(stdout, "Catalog:     %s\nKind:        %s\n"
		    "Title:       %s\nFile:        %s\n", c->id,
		    catalog_kind_name(c->kind), e->title, c->path);
		if (c->kind == CATALOG_FRAMEWORK)
			show_framework(c);
		else if (c->kind == CATALOG_DOCUMENTS)
			show_documents(c);
		else
			show_matrix(c);
	}
	catalog_free(c);
	diag_list_done(&dl);
	catalog_index_done(&idx);
	catalog_dirs_done(&dirs);
	return rc != 0 ? rc : cli_flush();
}

/* Check a document list against its framework when that can be found. */
static enum isms_status
catalog_check_refs(const struct catalog *docs, const struct catalog_index *idx,
                   struct diag_list *dl)
{
	const struct catalog_entry *e = catalog_index_find(idx,
	    docs->u.documents.framework, CATALOG_FRAMEWORK);
	struct catalog *fw = NULL;
	struct diag_list ignored;
	enum isms_status rc = ISMS_OK;

	if (e == NULL) {
		text_line(stderr, "isms: %s: framework %s is not on the "
		    "catalog path; references were not checked", docs->path,
		    docs->u.documents.framework);
		return ISMS_OK;
	}
	diag_list_init(&ignored);
	rc = catalog_load(e->path, &fw, &ignored);
	if (rc == ISMS_OK)
		rc = catalog_check_documents(docs, fw, dl);
	else if (rc == ISMS_NOMEM)
		diag_add(dl, docs->path, 0, "out of memory loading framework "
		    "%s; references were not checked",
		    docs->u.documents.framework);
	else
		rc = ISMS_OK;       /* its own problems are its own check's */
	catalog_free(fw);
	diag_list_done(&ignored);
	return rc;
}

static int
catalog_check_run(struct cli_call *call)
{
	struct catalog_dirs dirs;
	struct catalog_index idx;
	int bad = 0;

	catalog_dirs_init(&dirs);
	catalog_index_build(&idx, &dirs);
	for (int i = 0; i < call->argc; i++) {
		const char *file = call->argv[i];
		struct catalog *c = NULL;
		struct diag_list dl;
		enum isms_status st;

		diag_list_init(&dl);
		st = catalog_load(file, &c, &dl);
		if (st == ISMS_OK && c->kind == CATALOG_DOCUMENTS)
			st = catalog_check_refs(c, &idx, &dl);
		if (st == ISMS_OK)
			text_printf(stdout, "%s: ok (%s %s)\n", file,
			    catalog_kind_name(c->kind), c->id);
		else
			bad++;
		catalog_print_diags(&dl);
		catalog_free(c);
		diag_list_done(&dl);
	}
	catalog_index_done(&idx);
	catalog_dirs_done(&dirs);
	if (cli_flush() != 0)
		return 2;
	return bad > 0 ? 2 : 0;
}

const struct cli_cmd cli_catalog[] = {
	CLI_LEAF("list", "", "the catalogs on the search path", 0, 0,
	    CLI_NO_DB, NULL, catalog_list_run),
	CLI_LEAF("show", "ID", "one catalog in detail", 1, 1, CLI_NO_DB, NULL,
	    catalog_show_run),
	CLI_LEAF("check", "FILE...", "validate catalog files", 1, -1,
	    CLI_NO_DB, NULL, catalog_check_run),
	CLI_END,
};
