/*
 * store_person.c - the people register, and where the other registers
 * name people (owners, approvers, who accepted a risk).
 */
#include <stdio.h>
#include <stdlib.h>

#include "isms/db/recsql.h"
#include "isms/db/store_person.h"
#include "isms/util/xmalloc.h"

static const struct rec_sql person_sql = {
	&rec_person, "p", "FROM person p", NULL,
};

enum isms_status
store_person_list(struct db *db, const char *text, struct person_row **rows,
                  size_t *n, char **cause)
{
	return rec_sql_list_text(db, &person_sql, "p.name || char(31) || "
	    "p.login || char(31) || p.email || char(31) || p.roles",
	    "p.name COLLATE NOCASE, p.id", text, (void **)rows, n, cause);
}

enum isms_status
store_person_get(struct db *db, int64_t id, struct person_row *out,
                 char **cause)
{
	struct db_stmt *st;
	struct buf sql;
	enum isms_status rc;

	buf_init(&sql);
	rec_sql_select(&sql, &person_sql);
	buf_adds(&sql, "WHERE p.id = :id;");
	rc = db_prepare_cached(db, buf_str(&sql), &st, cause);
	buf_done(&sql);
	if (rc != ISMS_OK)
		return rc;
	db_bind_int(st, ":id", id);
	rc = rec_sql_fetch_one(st, &person_sql, out, cause);
	db_finalize(st);
	return rc;
}

enum isms_status
store_person_insert(struct db *db, const char *name,
                    const struct row_author *author, int64_t *id,
                    char **cause)
{
	struct db_stmt *st;
	enum isms_status rc;
	char key[32];

	rc = db_prepare(db, "INSERT INTO person (name, updated_at, updated_by) "
	    "VALUES (:name, :at, :who);", &st, cause);
	if (rc != ISMS_OK)
		return rc;
	db_bind_text(st, ":name", name);
	db_bind_text(st, ":at", author->at);
	db_bind_text(st, ":who", author->who);
	rc = db_step_done(st, cause);
	db_finalize(st);
	if (rc != ISMS_OK)
		return rc;
	*id = db_last_rowid(db);
	snprintf(key, sizeof key, "%lld", (long long)*id);
	return row_history(db, author, "person", key, "created", NULL, name,
	    cause);
}

/* Every column that names a person, as "place|name" rows. */
static const char person_named_sql[] =
	"SELECT 'clause ' || requirement_id || ' owner', owner FROM "
	"clause_status WHERE owner <> '' "
	"UNION ALL SELECT 'SoA ' || control_id || ' owner', owner FROM "
	"soa_entry WHERE owner <> '' "
	"UNION ALL SELECT 'asset ' || id || ' owner', owner FROM asset WHERE "
	"owner <> '' "
	"UNION ALL SELECT 'risk ' || ref || ' owner', owner FROM risk WHERE "
	"owner <> '' "
	"UNION ALL SELECT 'action ' || id || ' owner', owner FROM risk_action "
	"WHERE owner <> '' "
	"UNION ALL SELECT 'risk ' || (SELECT ref FROM risk r WHERE r.id = "
	"a.risk_id) || ' accepted by', accepted_by FROM risk_acceptance a "
	"UNION ALL SELECT ref || ' owner', owner FROM document WHERE owner <> "
	"'' "
	"UNION ALL SELECT ref || ' approver', approver FROM document WHERE "
	"approver <> '' "
	"UNION ALL SELECT ref || ' approved by', approved_by FROM document "
	"WHERE approved_by <> '';";

struct person_place {
	char *place, *name;
};

static void
person_place_read(struct db_stmt *st, void *elem)
{
	struct person_place *p = elem;

	p->place = db_column_dup(st, 0);
	p->name = db_column_dup(st, 1);
}

static void
person_place_done(void *elem)
{
	struct person_place *p = elem;

	free(p->place);
	free(p->name);
}

enum isms_status
store_person_named(struct db *db, char ***places, char ***names, size_t *n,
                   char **cause)
{
	struct db_stmt *st;
	struct person_place *all;
	enum isms_status rc = db_prepare(db, person_named_sql, &st, cause);

	*places = *names = NULL;
	*n = 0;
	if (rc != ISMS_OK)
		return rc;
	all = db_fetch_all(st, sizeof *all, person_place_read,
	    person_place_done, n, &rc, cause);
	db_finalize(st);
	if (rc != ISMS_OK)
		return rc;
	*places = xcalloc(*n + 1, sizeof **places);
	*names = xcalloc(*n + 1, sizeof **names);
	for (size_t i = 0; i < *n; i++) {
		(*places)[i] = all[i].place;
		(*names)[i] = all[i].name;
	}
	free(all);
	return ISMS_OK;
}
