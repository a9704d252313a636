/*
 * validate_documents.c - the rules of a document list, and its check
 * against the framework it names.
 *
 * On its own a document list needs the id of its framework and documents
 * with unique ids, a known kind, a name and a requirement reference.
 * Whether each reference exists can only be told once the framework is
 * loaded too: catalog_check_documents() does that, and re-reads the list's
 * file for line numbers because a loaded struct catalog keeps none.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/catalog/validate.h"
#include "isms/util/fsutil.h"
#include "isms/util/xmalloc.h"

static const char *const doc_kinds[] = {
	"document", "record", "control-document", "control-record",
};

static bool
doc_kind_known(const char *kind)
{
	for (size_t i = 0; i < sizeof doc_kinds / sizeof doc_kinds[0]; i++)
		if (strcmp(kind, doc_kinds[i]) == 0)
			return true;
	return false;
}

static void
doc_check(struct validate_ctx *v, const struct catalog_raw_document *d,
          size_t i)
{
	char *item = xasprintf("documents/%zu", i);
	char *label = validate_label("document", d->id, i);

	validate_token(v, label, item, "id", d->id, true);
	if (validate_text(v, label, item, "kind", d->kind, CATALOG_MAX_ID,
	    true) && !doc_kind_known(d->kind))
		validate_problem(v, validate_line(v, item, "kind"), label,
		    "unknown kind \"%s\" (expected document, record, "
		    "control-document or control-record)", d->kind);
	validate_text(v, label, item, "name", d->name, CATALOG_MAX_TITLE, true);
	validate_token(v, label, item, "ref", d->ref, true);
	validate_token(v, label, item, "item", d->item, false);
	free(label);
	free(item);
}

void
validate_documents(struct validate_ctx *v,
                   const struct catalog_raw_documents *dl)
{
	const char **ids;

	validate_catalog_id(v, NULL, "", "framework", dl->framework, true);
	if (!validate_list(v, NULL, "", "documents", dl->n_docs))
		return;
	ids = xcalloc(dl->n_docs, sizeof *ids);
	for (size_t i = 0; i < dl->n_docs; i++) {
		doc_check(v, &dl->docs[i], i);
		ids[i] = dl->docs[i].id;
	}
	validate_unique(v, "document", "documents", "id", ids, dl->n_docs);
	free(ids);
}

/* Index the file of a loaded catalog again for its lines; false (and li
 * left empty) when it can no longer be read or parsed. */
static bool
doc_relines(const struct catalog *c, struct catalog_lines *li)
{
	struct diag_list scratch;
	char *data = NULL, *cause = NULL;
	size_t len;
	bool ok = false;

	catalog_lines_init(li);
	if (c->path == NULL || fs_read_file(c->path, CATALOG_MAX_BYTES, &data,
	    &len, &cause) != ISMS_OK) {
		free(cause);
		return false;
	}
	diag_list_init(&scratch);
	ok = catalog_lines_scan(li, c->path, data, len, &scratch) == ISMS_OK;
	if (!ok)
		catalog_lines_done(li);
	diag_list_done(&scratch);
	free(data);
	return ok;
}

enum isms_status
catalog_check_documents(const struct catalog *docs, const struct catalog *fw,
                        struct diag_list *diags)
{
	const struct catalog_documents *dl;
	struct catalog_lines li;
	size_t problems = 0;
	bool lines;

	if (docs == NULL || fw == NULL || docs->kind != CATALOG_DOCUMENTS ||
	    fw->kind != CATALOG_FRAMEWORK) {
		diag_add(diags, docs ? docs->path : NULL, 0,
		    "not a document list and a framework");
		return ISMS_CATALOG;
	}
	dl = &docs->u.documents;
	lines = doc_relines(docs, &li);
	if (strcmp(dl->framework, fw->id) != 0) {
		diag_add(diags, docs->path, lines ? catalog_lines_at(&li,
		    "framework") : 0, "document list is for framework \"%s\", "
		    "not \"%s\"", dl->framework, fw->id);
		problems++;
	}
	for (size_t i = 0; i < dl->n_docs; i++) {
		const struct catalog_document *d = &dl->docs[i];

		if (catalog_requirement_find(fw, d->ref) != NULL)
			continue;
		diag_add(diags, docs->path, lines ? catalog_lines_at(&li,
		    "documents/%zu/ref", i) : 0, "document \"%s\": ref \"%s\" "
		    "is not a requirement of %s", d->id, d->ref, fw->id);
		problems++;
	}
	catalog_lines_done(&li);
	return problems ? ISMS_CATALOG : ISMS_OK;
}
