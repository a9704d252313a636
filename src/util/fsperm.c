/*
 * fsperm.c - the rules of fsperm.h: which modes and owners make a group
 * database, which are refused, and the words that say how to fix them.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "isms/util/fsperm.h"
#include "isms/util/xmalloc.h"

static void
fsperm_node_done(struct fsperm_node *n)
{
	free(n->path);
	free(n->owner);
	free(n->group);
	memset(n, 0, sizeof *n);
}

void
fsperm_set_done(struct fsperm_set *s)
{
	for (int i = 0; i < FSPERM_PARTS; i++)
		fsperm_node_done(&s->part[i]);
	for (size_t i = 0; i < s->n_up; i++)
		fsperm_node_done(&s->up[i]);
	free(s->up);
	free(s->name);
	memset(s, 0, sizeof *s);
}

bool
fsperm_is_group(const struct fsperm_set *s)
{
	const struct fsperm_node *d = &s->part[FSPERM_DIR];

	return d->exists && S_ISDIR(d->mode) && (d->mode & S_ISGID) &&
	    (d->mode & S_IRWXG) == S_IRWXG;
}

void
fsperm_mode_str(mode_t mode, char out[8])
{
	snprintf(out, 8, "%04o", (unsigned)(mode & 07777));
}

static void
fsperm_add(struct fsperm_report *r, enum fsperm_level level,
           const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void
fsperm_add(struct fsperm_report *r, enum fsperm_level level,
           const char *fmt, ...)
{
	va_list ap;

	r->items = xreallocarray(r->items, r->n + 1, sizeof *r->items);
	r->items[r->n].level = level;
	va_start(ap, fmt);
	r->items[r->n].text = xvasprintf(fmt, ap);
	va_end(ap);
	r->n++;
}

/* Refusals of the directory and the database file. */
static void
fsperm_check_main(const struct fsperm_set *s, struct fsperm_report *r)
{
	const struct fsperm_node *dir = &s->part[FSPERM_DIR];
	const struct fsperm_node *db = &s->part[FSPERM_DB];
	char m[8];

	if (dir->exists && (dir->mode & S_IWOTH)) {
		fsperm_mode_str(dir->mode, m);
		fsperm_add(r, FSPERM_REFUSE, "%s: any user may write its "
		    "directory %s (mode %s), so another user could plant a "
		    "-wal file there that would be read as saved changes; move "
		    "the database into a directory of its own, such as "
		    "/srv/isms/NAME, or take the others' write permission away "
		    "(chmod o-w %s)", s->name, dir->path, m, dir->path);
	}
	if (db->exists && (db->mode & S_IWOTH)) {
		fsperm_mode_str(db->mode, m);
		fsperm_add(r, FSPERM_REFUSE, "%s: any user may write the "
		    "database file (mode %s); take the others' write "
		    "permission away (chmod o-w %s)", s->name, m, db->path);
	}
}

/* "-wal", "-shm" or "-journal": how messages name part i. */
static const char *
fsperm_label(int i)
{
	static const char *const label[FSPERM_PARTS] = {
		[FSPERM_WAL] = "-wal", [FSPERM_SHM] = "-shm",
		[FSPERM_JOURNAL] = "-journal",
	};

	return label[i] != NULL ? label[i] : "";
}

/* Refusals of the -wal, -shm and -journal files. */
static void
fsperm_check_companion(const struct fsperm_set *s, int i,
                       struct fsperm_report *r)
{
	const struct fsperm_node *db = &s->part[FSPERM_DB];
	const struct fsperm_node *c = &s->part[i];
	const char *l = fsperm_label(i);
	char m[8];

	if (!c->exists)
		return;
	fsperm_mode_str(c->mode, m);
	if (!db->exists)
		fsperm_add(r, FSPERM_REFUSE, "%s: a %s file is there without "
		    "the database; remove %s if you did not make it", s->name,
		    l, c->path);
	else if (!S_ISREG(c->mode))
		fsperm_add(r, FSPERM_REFUSE, "%s: its %s file is not a regular "
		    "file%s; remove %s", s->name, l, S_ISLNK(c->mode) ?
		    " but a symbolic link" : "", c->path);
	else if (!c->trusted)
		fsperm_add(r, FSPERM_REFUSE, "%s: its %s file belongs to %s, "
		    "who is neither the owner of the database (%s) nor in its "
		    "group %s, and could have planted changes in it; if nobody "
		    "has the database open, remove %s", s->name, l, c->owner,
		    db->owner, db->group, c->path);
	else if (c->mode & S_IWOTH)
		fsperm_add(r, FSPERM_REFUSE, "%s: any user may write its %s "
		    "file (mode %s); take the others' write permission away "
		    "(chmod o-w %s)", s->name, l, m, c->path);
}

/* How the files of a group database differ from what it needs. */
static void
fsperm_warn_group(const struct fsperm_set *s, struct fsperm_report *r)
{
	const struct fsperm_node *dir = &s->part[FSPERM_DIR];
	const struct fsperm_node *db = &s->part[FSPERM_DB];
	const mode_t rw = S_IRGRP | S_IWGRP;
	char m[8];

	if (db->gid != dir->gid)
		fsperm_add(r, FSPERM_WARN, "%s: belongs to group %s, its "
		    "directory to %s; chgrp %s %s", s->name, db->group,
		    dir->group, dir->group, db->path);
	if ((db->mode & rw) != rw) {
		fsperm_mode_str(db->mode, m);
		fsperm_add(r, FSPERM_WARN, "%s: its group %s may not read and "
		    "write it (mode %s); chmod g+rw %s", s->name, db->group, m,
		    db->path);
	}
	for (int i = FSPERM_WAL; i < FSPERM_PARTS; i++) {
		const struct fsperm_node *c = &s->part[i];

		if (!c->exists || !S_ISREG(c->mode))
			continue;
		fsperm_mode_str(c->mode, m);
		if (c->gid != db->gid || (c->mode & rw) != rw)
			fsperm_add(r, FSPERM_WARN, "%s: its %s file is %s:%s "
			    "mode %s, so other members may fail to open the "
			    "database; chgrp %s %s && chmod g+rw %s", s->name,
			    fsperm_label(i), c->owner, c->group, m, db->group,
			    c->path, c->path);
	}
	if (!s->part[FSPERM_WAL].exists || !s->part[FSPERM_SHM].exists)
		fsperm_add(r, FSPERM_WARN, "%s: its -wal and -shm files are "
		    "missing, so readers who may not write %s see a snapshot; "
		    "they come back when a member opens it with isms", s->name,
		    dir->path);
}

/* Directories above a group database that its members cannot pass. */
static void
fsperm_warn_reach(const struct fsperm_set *s, struct fsperm_report *r)
{
	const struct fsperm_node *dir = &s->part[FSPERM_DIR];

	for (size_t i = 0; i < s->n_up; i++) {
		const struct fsperm_node *u = &s->up[i];
		char m[8];

		if (!u->exists || (u->mode & S_IXOTH) || ((u->mode & S_IXGRP) &&
		    (u->gid == dir->gid || u->group_inside)))
			continue;
		fsperm_mode_str(u->mode, m);
		fsperm_add(r, FSPERM_WARN, "%s: members of %s may not reach "
		    "it: %s is %s:%s mode %s (home directories often are); "
		    "keep group databases in a directory such as "
		    "/srv/isms/NAME", s->name, dir->group, u->path, u->owner,
		    u->group, m);
	}
}

/* A database shared by hand without a group directory. */
static void
fsperm_warn_private(const struct fsperm_set *s, struct fsperm_report *r)
{
	const struct fsperm_node *dir = &s->part[FSPERM_DIR];
	const struct fsperm_node *db = &s->part[FSPERM_DB];

	if (!(db->mode & S_IWGRP))
		return;
	fsperm_add(r, FSPERM_WARN, "%s: its group %s may write it, but its "
	    "directory %s is not a group directory (setgid, mode 2770), so "
	    "-wal and -shm files get the group of whoever opens it first; "
	    "make it one with 'isms db share GROUP', or chmod g-w %s",
	    s->name, db->group, dir->path, db->path);
}

void
fsperm_check(const struct fsperm_set *s, struct fsperm_report *r)
{
	memset(r, 0, sizeof *r);
	fsperm_check_main(s, r);
	for (int i = FSPERM_WAL; i < FSPERM_PARTS; i++)
		fsperm_check_companion(s, i, r);
	if (!s->part[FSPERM_DB].exists)
		return;
	if (fsperm_is_group(s)) {
		fsperm_warn_group(s, r);
		fsperm_warn_reach(s, r);
	} else {
		fsperm_warn_private(s, r);
	}
}

const char *
fsperm_refusal(const struct fsperm_report *r)
{
	for (size_t i = 0; i < r->n; i++)
		if (r->items[i].level == FSPERM_REFUSE)
			return r->items[i].text;
	return NULL;
}

void
fsperm_report_done(struct fsperm_report *r)
{
	for (size_t i = 0; i < r->n; i++)
		free(r->items[i].text);
	free(r->items);
	memset(r, 0, sizeof *r);
}
