/*
 * pane_documents.c - the documented-information register (7.5): a table
 * of the documents and record series with their flags in words, and
 * after them a placeholder row for each required document that is
 * missing, which a turns into a new document satisfying it; the detail
 * form; approving, reviewing, deleting and exporting.
 * A table pane (tpane.h) over reg_document, held in memory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isms/model/document.h"
#include "isms/model/reg.h"
#include "isms/report/document_doc.h"
#include "isms/rec/vocab.h"
#include "isms/ui/export.h"
#include "isms/ui/form.h"
#include "isms/ui/people_list.h"
#include "isms/ui/prompt.h"
#include "isms/ui/recform.h"
#include "isms/ui/tabs.h"
#include "isms/ui/tpane.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

/* In the order they give way when the screen is narrow: from the right. */
enum { COL_ID, COL_TITLE, COL_KIND, COL_STATUS, COL_OWNER, COL_REVIEW,
       COL_FLAGS, COL_VERSION, COL_TYPE };

static const struct layout_col doc_pane_cols[] = {
	{ "ID", 7, 7, 0, false, 0, false },
	{ "Title", 14, 0, 4, false, 0, false },
	{ "Kind", 8, 8, 0, false, 0, false },
	{ "Status", 9, 9, 0, false, 0, false },
	{ "Owner", 8, 16, 1, false, 0, true },
	{ "Next review", 11, 11, 0, false, 0, false },
	{ "Flags", 14, 0, 2, false, 0, false },
	{ "Version", 7, 7, 0, false, 0, false },
	{ "Type", 9, 22, 0, false, 0, false },
};

struct doc_pane {
	struct tpane base;            /* first: the pane is a table pane */
	char *pick;                   /* the document a prompt works on */
	char *pick_req;               /* the required document of a new one */
	bool pick_record;             /* ... which is a record */
	char **people;                /* the names the approver list shows */
	size_t n_people;
};

/* A placeholder row stands for a missing required document: no id. */
static bool
doc_placeholder(const struct document_row *r)
{
	return r->id <= 0;
}

static void
doc_pane_cell(void *pane, const void *row, size_t col, struct table_cell *out)
{
	const struct document_row *r = row;
	bool ph = doc_placeholder(r);

	(void)pane;
	switch (col) {
	case COL_ID: out->text = r->ref; break;
	case COL_TITLE: out->text = r->title; break;
	case COL_KIND: out->text = r->kind; break;
	case COL_TYPE:
		out->text = ph || r->type == NULL ? "" :
		    vocab_label(&vocab_document_type, r->type);
		break;
	case COL_OWNER: out->text = r->owner; break;
	case COL_VERSION: out->text = ph ? "" : r->version; break;
	case COL_STATUS:
		out->text = ph ? "missing" : vocab_label(&vocab_document_status,
		    r->status);
		out->role = ph ? UI_ROLE_OVERDUE : strcmp(r->status,
		    "approved") == 0 && !r->stale ? UI_ROLE_DONE :
		    strcmp(r->status, "retired") == 0 ? UI_ROLE_MUTED :
		    UI_ROLE_PARTIAL;
		break;
	case COL_REVIEW: out->text = r->next_review; break;
	case COL_FLAGS:
		out->text = r->flags;
		out->role = r->flags != NULL && r->flags[0] != '\0' ?
		    UI_ROLE_OVERDUE : UI_ROLE_NORMAL;
		break;
	}
}

/* Append a placeholder for each missing required document that filter
 * (in its id, name or clause) selects. */
static void
doc_extra(void *pane, const char *filter, void **rows, size_t *n)
{
	struct doc_pane *p = pane;
	struct required_row *req = NULL;
	size_t nr = 0;
	char *cause = NULL;

	if (required_missing(p->base.app->m, false, &req, &nr, &cause) !=
	    ISMS_OK) {
		free(cause);
		return;
	}
	for (size_t i = 0; i < nr; i++) {
		struct document_row *d;

		if (filter[0] != '\0' &&
		    strcasestr(req[i].ref, filter) == NULL &&
		    strcasestr(req[i].name, filter) == NULL &&
		    strcasestr(req[i].requirement, filter) == NULL)
			continue;
		*rows = xreallocarray(*rows, *n + 1, sizeof *d);
		d = (struct document_row *)*rows + (*n)++;
		memset(d, 0, sizeof *d);
		d->id = -req[i].id;
		d->ref = xstrdup(req[i].ref);
		d->title = xstrdup(req[i].name);
		d->kind = xstrdup(strstr(req[i].kind, "record") != NULL ?
		    "record" : "document");
		d->status = xstrdup("missing");
		d->satisfies = xstrdup(req[i].ref);
		d->flags = xstrdup("missing");
		d->links = required_line(&req[i]);   /* for its message */
	}
	required_rows_free(req, nr);
}

static const struct tpane_spec doc_spec = {
	.reg = &reg_document,
	.cols = doc_pane_cols,
	.n_cols = sizeof doc_pane_cols / sizeof *doc_pane_cols,
	.cell = doc_pane_cell,
	.extra = doc_extra,
};

/* ---- the form ---- */

/* What is edited most; audience, exception, effective, superseded and
 * closed dates are `isms doc set`'s, so that the read-only lines fit at
 * 80x24. */
static const size_t doc_form_fields[] = {
	DOC_TITLE, DOC_KIND, DOC_TYPE, DOC_OWNER, DOC_APPROVER,
	DOC_CLASSIFICATION, DOC_LOCATION, DOC_VERSION, DOC_STATUS,
	DOC_REVIEW_MONTHS, DOC_RETENTION, DOC_RETENTION_FROM, DOC_NOTES,
};

#define DOC_FORM_FIELDS (sizeof doc_form_fields / sizeof *doc_form_fields)

static const char *const doc_form_labels[DOC_FORM_FIELDS] = {
	[9] = "Review months", [11] = "Retain from",
};

/* The read-only lines: what it satisfies, its approval, review and
 * retention, its flags and revision. */
static char **
doc_form_info(void *owner, struct app *app, const void *row, size_t *n)
{
	const struct document_row *r = row;
	char **info = xcalloc(6, sizeof *info);

	(void)owner;
	(void)app;
	*n = 0;
	info[(*n)++] = xasprintf("Satisfies %s; about %s",
	    r->satisfies[0] ? r->satisfies : "no required document",
	    r->links[0] ? r->links : "nothing linked");
	info[(*n)++] = r->approved_on != NULL ? xasprintf("Approved %s by %s "
	    "on %s%s", r->approved_version, r->approved_by, r->approved_on,
	    r->stale ? "; STALE: the version or the file changed since" : "") :
	    xstrdup("Not approved yet");
	info[(*n)++] = xasprintf("Last reviewed %s, next review %s; "
	    "disposal after %s%s%s", r->reviewed_on ? r->reviewed_on : "never",
	    r->next_review ? r->next_review : "-", r->dispose_after ?
	    r->dispose_after : "-", r->disposed_on ? "; disposed of on " : "",
	    r->disposed_on ? r->disposed_on : "");
	if (r->sha256[0] != '\0')
		info[(*n)++] = xasprintf("SHA-256 %s", r->sha256);
	info[(*n)++] = xasprintf("%s%sRevision %lld, last changed %s by %s",
	    r->flags[0] ? r->flags : "", r->flags[0] ? "; " : "",
	    (long long)r->rev, r->updated_at, r->updated_by);
	return info;
}

static const struct recform_spec doc_form_spec = {
	.reg = &reg_document,
	.fields = doc_form_fields,
	.n_fields = DOC_FORM_FIELDS,
	.labels = doc_form_labels,
	.info = doc_form_info,
};

static void
doc_saved(void *owner, struct app *app)
{
	(void)app;
	tpane_reload(owner);
}

static struct form *
doc_open(struct doc_pane *p, const char *ref, bool edit)
{
	char *title = xasprintf("Document %s", ref);
	struct form *f = recform_open(p->base.app, &doc_form_spec, ref, title,
	    p);

	free(title);
	if (f == NULL)
		return NULL;
	f->saved = doc_saved;
	form_origin(f, TAB_DOCUMENTS, ref);
	if (edit)
		form_edit_field(f, p->base.app, 0);
	return f;
}

static struct form *
doc_form(void *pane, const char *key)
{
	return doc_open(pane, key, false);
}

/* ---- adding, approving, reviewing, deleting ---- */

/* A new document titled title, satisfying p->pick_req when set. */
static void
doc_add_done(void *ctx, struct app *app, const char *title)
{
	struct doc_pane *p = ctx;
	struct rec_patch rp = { .v = { [DOC_TITLE] = title } };
	const char *req[1] = { p->pick_req };
	struct doc_links l = { .ids = { req }, .n = { p->pick_req ? 1 : 0 } };
	char *cause = NULL, *ref = NULL;

	if (title == NULL || title[0] == '\0')
		return;
	if (p->pick_req != NULL && p->pick_record)
		rp.v[DOC_KIND] = "record";
	if (reg_add(app->m, &reg_document, &rp, &ref, &cause) != ISMS_OK ||
	    (l.n[0] > 0 && document_link(app->m, ref, &l, false, &cause) !=
	    ISMS_OK)) {
		app_fail(app, cause);
		free(ref);
		return;
	}
	app_reload(app);
	app_message(app, "added %s", ref);
	doc_open(p, ref, false);
	free(ref);
}

static void
doc_add_start(struct doc_pane *p, const struct document_row *r)
{
	free(p->pick_req);
	p->pick_req = NULL;
	if (r != NULL && doc_placeholder(r)) {
		p->pick_req = xstrdup(r->ref);
		p->pick_record = strcmp(r->kind, "record") == 0;
		app_push(p->base.app, prompt_new("new document for it, title: ",
		    r->title, NULL, doc_add_done, p));
		return;
	}
	app_push(p->base.app, prompt_new("new document, title: ", "", NULL,
	    doc_add_done, p));
}

static void
doc_approve_done(void *ctx, struct app *app, const char *by)
{
	struct doc_pane *p = ctx;
	char *cause = NULL;

	if (by == NULL || by[0] == '\0')
		return;
	if (document_approve(app->m, p->pick, by, NULL, NULL, NULL, &cause) !=
	    ISMS_OK)
		app_fail(app, cause);
	else
		app_message(app, "approved %s", p->pick);
	app_reload(app);
}

/* Item 0 of the approver list types a name, the others are people. */
static void
doc_approve_pick(void *ctx, struct app *app, size_t index, const bool *marks)
{
	struct doc_pane *p = ctx;
	const struct document_row *r = tpane_current(&p->base);

	(void)marks;
	if (index > 0 && index <= p->n_people)
		doc_approve_done(p, app, p->people[index - 1]);
	else if (r != NULL)
		app_push(app, prompt_new("approved by (not its owner): ",
		    r->approver, NULL, doc_approve_done, p));
}

/* Who approves r: the active people to pick from, the approver first
 * under the cursor, or a name typed. */
static void
doc_approve_start(struct doc_pane *p, const struct document_row *r)
{
	const char **items;
	size_t sel;

	people_list_free(p->people, p->n_people);
	if (!people_list(p->base.app, &p->people, &p->n_people))
		return;
	items = people_list_items(p->people, p->n_people, NULL, r->approver,
	    &sel);
	app_push(p->base.app, picker_new("approved by (not its owner)", items,
	    p->n_people + 1, sel, NULL, doc_approve_pick, p));
	free(items);
}

static void
doc_review_yes(void *ctx, struct app *app)
{
	struct doc_pane *p = ctx;
	char *cause = NULL;

	if (document_review(app->m, p->pick, NULL, NULL, &cause) != ISMS_OK)
		app_fail(app, cause);
	else
		app_message(app, "reviewed %s: no change", p->pick);
	app_reload(app);
}

static void
doc_delete_yes(void *ctx, struct app *app)
{
	struct doc_pane *p = ctx;
	char *cause = NULL;

	if (reg_rm(app->m, &reg_document, p->pick, false, &cause) != ISMS_OK)
		app_fail(app, cause);
	else
		app_message(app, "deleted %s", p->pick);
	app_reload(app);
}

/* The document under the cursor for an action; a placeholder says how
 * it becomes one. */
static const struct document_row *
doc_picked(struct doc_pane *p)
{
	const struct document_row *r = tpane_current(&p->base);

	if (r == NULL)
		return NULL;
	if (doc_placeholder(r)) {
		app_error(p->base.app, "%s; a adds a document for it",
		    r->links);
		return NULL;
	}
	free(p->pick);
	p->pick = xstrdup(r->ref);
	return r;
}

/* The register in full: its export has no selection of its own yet. */
static enum isms_status
doc_export_all(void *pane, struct isms *m, enum doc_format f,
               const char *path, char **warning, char **cause)
{
	(void)pane;
	return document_export(m, f, path, warning, cause);
}

static bool
doc_handle(void *pane, enum ui_action a)
{
	struct doc_pane *p = pane;
	const struct document_row *r;
	char *q;

	switch (a) {
	case UI_ACTION_OPEN:
	case UI_ACTION_EDIT:
		if ((r = doc_picked(p)) != NULL)
			doc_open(p, r->ref, a == UI_ACTION_EDIT);
		return true;
	case UI_ACTION_ADD:
		doc_add_start(p, tpane_current(&p->base));
		return true;
	case UI_ACTION_APPROVE:
		if ((r = doc_picked(p)) != NULL)
			doc_approve_start(p, r);
		return true;
	case UI_ACTION_REVIEW:
		if ((r = doc_picked(p)) == NULL)
			return true;
		q = xasprintf("record a review of %s without change?", r->ref);
		app_push(p->base.app, confirm_new(q, doc_review_yes, p));
		free(q);
		return true;
	case UI_ACTION_DELETE:
		if ((r = doc_picked(p)) == NULL)
			return true;
		q = xasprintf("delete %s (%s)?", r->ref, r->title);
		app_push(p->base.app, confirm_new(q, doc_delete_yes, p));
		free(q);
		return true;
	case UI_ACTION_EXPORT:
		export_start(p->base.app, "documented information", "documents",
		    doc_export_all, p);
		return true;
	default:
		return table_handle(&p->base.t, p->base.app, a);
	}
}

/* ---- the pane ---- */

static void *
doc_pane_open(struct app *app)
{
	struct doc_pane *p = xcalloc(1, sizeof *p);

	tpane_init(&p->base, app, &doc_spec);
	return p;
}

static void
doc_pane_close(void *pane)
{
	struct doc_pane *p = pane;

	tpane_done(&p->base);
	free(p->pick);
	free(p->pick_req);
	people_list_free(p->people, p->n_people);
	free(p);
}

static void
doc_show(void *pane, const char *key)
{
	struct doc_pane *p = pane;

	p->base.t.filter[0] = '\0';
	tpane_show_key(&p->base, key);
}

const struct pane_ops pane_documents_ops = {
	&keymap_documents, doc_pane_open, doc_pane_close,
	tpane_reload, tpane_draw, doc_handle, tpane_status, tpane_has_row,
	doc_show, doc_form, tpane_record, tpane_idle,
};
