/*
 * draft.h - drafts: the text being edited, kept in a file of its own in
 * the drafts directory (draft_meta.h) with a metadata file beside it, so
 * that what was typed outlives an isms that was hung up on or killed.
 *
 *   STEM-XXXXXX.txt    the text, mode 0600 (what the editor edits)
 *   STEM-XXXXXX.meta   its metadata, mode 0600
 *
 * A draft in use (being edited, offered back, or restored into a form) is
 * locked with flock(2) on its metadata file by the process that has it;
 * other processes pass over it, and the lock goes when that process does.
 *
 * struct draft is opaque; draft_keep() or draft_discard() frees it.
 */
#ifndef ISMS_UI_DRAFT_H
#define ISMS_UI_DRAFT_H

#include <stddef.h>

#include "isms/ui/draft_meta.h"
#include "isms/util/status.h"

struct draft;

/* Where the text of a new draft belongs (strings copied). */
struct draft_origin {
	const char *database;         /* the ISMS file, any path to it */
	const char *tab, *key, *field;
};

/* The drafts directory of this environment (draft_meta_dir() of
 * $XDG_STATE_HOME and $HOME), or NULL.  The caller frees it. */
char *draft_dir(void);

/* Make a draft holding text (and a final newline), locked by this process,
 * creating the drafts directory (mode 0700) when needed.  ISMS_IO with
 * *cause when that cannot be done; nothing is left behind then. */
enum isms_status draft_create(const struct draft_origin *o, const char *text,
                              struct draft **out, char **cause);

/* The drafts of database that no other process has, oldest first, each now
 * locked by this one: *out is an array of *n (the caller frees the array
 * and keeps or discards each).  Drafts of other databases, and files that
 * are not readable drafts, are left alone. */
enum isms_status draft_list(const char *database, struct draft ***out,
                            size_t *n, char **cause);

/* The text file of d (to edit or read) and its metadata. */
const char *draft_path(const struct draft *d);
const struct draft_meta *draft_info(const struct draft *d);

/* Let d go: its files stay, to be offered by a later isms.  NULL is
 * ignored. */
void draft_keep(struct draft *d);

/* Delete the files of d and free it.  NULL is ignored. */
void draft_discard(struct draft *d);

#endif
