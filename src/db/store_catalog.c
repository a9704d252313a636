/*
 * store_catalog.c - copying loaded catalogs into the database, so the file
 * is self-contained and a later catalog update never rewrites an ISMS.
 * Runs inside the caller's transaction; each statement is prepared once
 * and reused for every row.
 */
#include <stdlib.h>
#include <string.h>

#include "isms/db/store_catalog.h"

static enum isms_status
store_run(struct db_stmt *st, char **cause)
{
	enum isms_status rc = db_step_done(st, cause);

	db_reset(st);
	return rc;
}

static enum isms_status
store_framework_row(struct db *db, const struct catalog *fw,
                    const struct row_author *author, char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "INSERT INTO framework (id, title, version, "
	    "imported_from, imported_at) VALUES (:id, :title, :version, :path, "
	    ":at);", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":id", fw->id);
	db_bind_text(st, ":title", fw->u.framework.title);
	db_bind_text(st, ":version", fw->u.framework.version);
	db_bind_text(st, ":path", fw->path);
	db_bind_text(st, ":at", author->at);
	rc = store_run(st, cause);
	db_finalize(st);
	return rc;
}

static enum isms_status
store_themes_import(struct db *db, const struct catalog *fw, char **cause)
{
	const struct catalog_framework *f = &fw->u.framework;
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "INSERT INTO theme (framework_id, id, title, ord) "
	    "VALUES (:fw, :id, :title, :ord);", &st, cause);
	for (size_t i = 0; rc == ISMS_OK && i < f->n_themes; i++) {
		db_bind_text(st, ":fw", fw->id);
		db_bind_text(st, ":id", f->themes[i].id);
		db_bind_text(st, ":title", f->themes[i].title);
		db_bind_int(st, ":ord", (int64_t)i);
		rc = store_run(st, cause);
	}
	db_finalize(st);
	return rc;
}

static enum isms_status
store_attr_sets_import(struct db *db, const struct catalog *fw, char **cause)
{
	const struct catalog_framework *f = &fw->u.framework;
	struct db_stmt *set = NULL, *val = NULL;
	enum isms_status rc;

	rc = db_prepare(db, "INSERT INTO attribute_set (framework_id, id, "
	    "title, ord) VALUES (:fw, :id, :title, :ord);", &set, cause);
	if (rc == ISMS_OK)
		rc = db_prepare(db, "INSERT INTO attribute_value "
		    "(framework_id, set_id, value, ord) VALUES (:fw, :set, "
		    ":value, :ord);", &val, cause);
	for (size_t i = 0; rc == ISMS_OK && i < f->n_attr_sets; i++) {
		const struct catalog_attr_set *as = &f->attr_sets[i];

		db_bind_text(set, ":fw", fw->id);
		db_bind_text(set, ":id", as->id);
		db_bind_text(set, ":title", as->title);
		db_bind_int(set, ":ord", (int64_t)i);
		rc = store_run(set, cause);
		for (size_t j = 0; rc == ISMS_OK && j < as->n_values; j++) {
			db_bind_text(val, ":fw", fw->id);
			db_bind_text(val, ":set", as->id);
			db_bind_text(val, ":value", as->values[j]);
			db_bind_int(val, ":ord", (int64_t)j);
			rc = store_run(val, cause);
		}
	}
	db_finalize(set);
	db_finalize(val);
	return rc;
}

/* The statements used for every requirement. */
struct store_req_stmts {
	struct db_stmt *req, *attr, *clause, *soa;
};

static enum isms_status
store_req_prepare(struct db *db, struct store_req_stmts *s, char **cause)
{
	enum isms_status rc;

	rc = db_prepare(db, "INSERT INTO requirement (framework_id, id, kind, "
	    "parent_id, title, summary, theme_id, is_new, ord) VALUES (:fw, "
	    ":id, :kind, :parent, :title, :summary, :theme, :new, :ord);",
	    &s->req, cause);
	if (rc == ISMS_OK)
		rc = db_prepare(db, "INSERT INTO requirement_attribute "
		    "(framework_id, requirement_id, set_id, value) VALUES "
		    "(:fw, :id, :set, :value);", &s->attr, cause);
	if (rc == ISMS_OK)
		rc = db_prepare(db, "INSERT INTO clause_status (framework_id, "
		    "requirement_id, updated_at, updated_by) VALUES (:fw, :id, "
		    ":at, :who);", &s->clause, cause);
	if (rc == ISMS_OK)
		rc = db_prepare(db, "INSERT INTO soa_entry (framework_id, "
		    "control_id, updated_at, updated_by) VALUES (:fw, :id, "
		    ":at, :who);", &s->soa, cause);
	return rc;
}

static void
store_req_finalize(struct store_req_stmts *s)
{
	db_finalize(s->req);
	db_finalize(s->attr);
	db_finalize(s->clause);
	db_finalize(s->soa);
}

static enum isms_status
store_req_import(const struct catalog *fw, const struct catalog_requirement *r,
                 size_t ord, struct store_req_stmts *s,
                 const struct row_author *author, char **cause)
{
	struct db_stmt *status = strcmp(r->kind, "clause") == 0 ?
	    s->clause : s->soa;
	enum isms_status rc;

	db_bind_text(s->req, ":fw", fw->id);
	db_bind_text(s->req, ":id", r->id);
	db_bind_text(s->req, ":kind", r->kind);
	db_bind_text(s->req, ":parent", r->parent);
	db_bind_text(s->req, ":title", r->title);
	db_bind_text(s->req, ":summary", r->summary ? r->summary : "");
	db_bind_text(s->req, ":theme", r->theme);
	db_bind_int(s->req, ":new", r->is_new);
	db_bind_int(s->req, ":ord", (int64_t)ord);
	rc = store_run(s->req, cause);
	for (size_t i = 0; rc == ISMS_OK && i < r->n_attrs; i++)
		for (size_t j = 0; rc == ISMS_OK && j < r->attrs[i].n_values;
		    j++) {
			db_bind_text(s->attr, ":fw", fw->id);
			db_bind_text(s->attr, ":id", r->id);
			db_bind_text(s->attr, ":set", r->attrs[i].set);
			db_bind_text(s->attr, ":value", r->attrs[i].values[j]);
			rc = store_run(s->attr, cause);
		}
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(status, ":fw", fw->id);
	db_bind_text(status, ":id", r->id);
	db_bind_text(status, ":at", author->at);
	db_bind_text(status, ":who", author->who);
	return store_run(status, cause);
}

enum isms_status
store_import_framework(struct db *db, const struct catalog *fw,
                       const struct row_author *author, char **cause)
{
	const struct catalog_framework *f = &fw->u.framework;
	struct store_req_stmts s = { 0 };
	enum isms_status rc;

	rc = store_framework_row(db, fw, author, cause);
	if (rc == ISMS_OK)
		rc = store_themes_import(db, fw, cause);
	if (rc == ISMS_OK)
		rc = store_attr_sets_import(db, fw, cause);
	if (rc == ISMS_OK)
		rc = store_req_prepare(db, &s, cause);
	for (size_t i = 0; rc == ISMS_OK && i < f->n_reqs; i++)
		rc = store_req_import(fw, &f->reqs[i], i, &s, author, cause);
	store_req_finalize(&s);
	return rc;
}

enum isms_status
store_import_documents(struct db *db, const struct catalog *docs,
                       const struct row_author *author, char **cause)
{
	const struct catalog_documents *d = &docs->u.documents;
	struct db_stmt *st = NULL;
	enum isms_status rc;

	rc = db_prepare(db, "INSERT INTO document_list (id, title, "
	    "framework_id, imported_from, imported_at) VALUES (:id, :title, "
	    ":fw, :path, :at);", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":id", docs->id);
	db_bind_text(st, ":title", d->title);
	db_bind_text(st, ":fw", d->framework);
	db_bind_text(st, ":path", docs->path);
	db_bind_text(st, ":at", author->at);
	rc = store_run(st, cause);
	db_finalize(st);
	if (rc == ISMS_OK)
		rc = db_prepare(db, "INSERT INTO mandatory_document (list_id, "
		    "id, kind, name, framework_id, requirement_id, item, ord) "
		    "VALUES (:list, :id, :kind, :name, :fw, :req, :item, "
		    ":ord);", &st, cause);
	for (size_t i = 0; rc == ISMS_OK && i < d->n_docs; i++) {
		db_bind_text(st, ":list", docs->id);
		db_bind_text(st, ":id", d->docs[i].id);
		db_bind_text(st, ":kind", d->docs[i].kind);
		db_bind_text(st, ":name", d->docs[i].name);
		db_bind_text(st, ":fw", d->framework);
		db_bind_text(st, ":req", d->docs[i].ref);
		db_bind_text(st, ":item", d->docs[i].item);
		db_bind_int(st, ":ord", (int64_t)i);
		rc = store_run(st, cause);
	}
	db_finalize(st);
	return rc;
}

static enum isms_status
store_scale_import(struct db *db, const char *matrix_id, const char *axis,
                   const struct catalog_scale_level *lv, size_t n,
                   char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "INSERT INTO matrix_scale (matrix_id, axis, value, "
	    "abbrev, name, criteria) VALUES (:m, :axis, :value, :abbrev, "
	    ":name, :criteria);", &st, cause);
	for (size_t i = 0; rc == ISMS_OK && i < n; i++) {
		db_bind_text(st, ":m", matrix_id);
		db_bind_text(st, ":axis", axis);
		db_bind_int(st, ":value", (int64_t)i + 1);
		db_bind_text(st, ":abbrev", lv[i].abbrev);
		db_bind_text(st, ":name", lv[i].name);
		db_bind_text(st, ":criteria", lv[i].criteria ? lv[i].criteria :
		    "");
		rc = store_run(st, cause);
	}
	db_finalize(st);
	return rc;
}

static enum isms_status
store_levels_import(struct db *db, const struct catalog *cm, char **cause)
{
	const struct catalog_matrix *m = &cm->u.matrix;
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "INSERT INTO matrix_level (matrix_id, rank, id, "
	    "name, colour, review_days) VALUES (:m, :rank, :id, :name, "
	    ":colour, :days);", &st, cause);
	for (size_t i = 0; rc == ISMS_OK && i < m->n_levels; i++) {
		db_bind_text(st, ":m", cm->id);
		db_bind_int(st, ":rank", (int64_t)i);
		db_bind_text(st, ":id", m->levels[i].id);
		db_bind_text(st, ":name", m->levels[i].name);
		db_bind_text(st, ":colour", m->levels[i].colour);
		db_bind_int(st, ":days", m->levels[i].review_days);
		rc = store_run(st, cause);
	}
	db_finalize(st);
	if (rc == ISMS_OK)
		rc = db_prepare(db, "INSERT INTO matrix_cell (matrix_id, "
		    "likelihood, impact, level_rank) VALUES (:m, :l, :i, "
		    ":rank);", &st, cause);
	for (size_t l = 0; rc == ISMS_OK && l < m->n_likelihood; l++)
		for (size_t i = 0; rc == ISMS_OK && i < m->n_impact; i++) {
			db_bind_text(st, ":m", cm->id);
			db_bind_int(st, ":l", (int64_t)l + 1);
			db_bind_int(st, ":i", (int64_t)i + 1);
			db_bind_int(st, ":rank", m->grid[l * m->n_impact + i]);
			rc = store_run(st, cause);
		}
	db_finalize(st);
	return rc;
}

enum isms_status
store_import_matrix(struct db *db, const struct catalog *cm,
                    const struct row_author *author, char **cause)
{
	const struct catalog_matrix *m = &cm->u.matrix;
	struct db_stmt *st;
	enum isms_status rc;

	rc = db_prepare(db, "INSERT INTO matrix (id, title, acceptance_rank, "
	    "imported_from, imported_at) VALUES (:id, :title, :acc, :path, "
	    ":at);", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":id", cm->id);
	db_bind_text(st, ":title", m->title);
	db_bind_int(st, ":acc", m->acceptance);
	db_bind_text(st, ":path", cm->path);
	db_bind_text(st, ":at", author->at);
	rc = store_run(st, cause);
	db_finalize(st);
	if (rc == ISMS_OK)
		rc = store_scale_import(db, cm->id, "likelihood", m->likelihood,
		    m->n_likelihood, cause);
	if (rc == ISMS_OK)
		rc = store_scale_import(db, cm->id, "impact", m->impact,
		    m->n_impact, cause);
	if (rc == ISMS_OK)
		rc = store_levels_import(db, cm, cause);
	return rc;
}
