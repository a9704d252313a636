/*
 * draft_meta.h - what a draft says about itself: which database, tab,
 * record and field its text belongs to and when its edit began; the text
 * form of that (a small "name: value" file), the file names drafts get,
 * and where they live.  Pure functions: no files are touched here.
 *
 * The metadata file reads
 *
 *   isms draft 1
 *   database: /home/dana/.local/share/isms/isms.db
 *   tab: SoA
 *   key: A.7.4
 *   field: Justification
 *   started: 2026-11-28T09:42:28Z
 *
 * with backslash and newline in a value written as \\ and \n.  Unknown
 * names are ignored, so later versions may add some.
 */
#ifndef ISMS_UI_DRAFT_META_H
#define ISMS_UI_DRAFT_META_H

#include "isms/util/status.h"

struct draft_meta {
	char *database;               /* absolute path of the ISMS file */
	char *tab;                    /* the pane: "SoA" */
	char *key;                    /* the record: "A.7.4" */
	char *field;                  /* the field's label: "Justification" */
	char *started;                /* UTC "YYYY-MM-DDTHH:MM:SSZ" */
};

/* Free the strings of m (not m itself); m is then empty. */
void draft_meta_done(struct draft_meta *m);

/* The metadata file's text for m (NULL fields are written empty); the
 * caller frees it. */
char *draft_meta_format(const struct draft_meta *m);

/* Read text into m (whose strings the caller then frees with
 * draft_meta_done()).  ISMS_INVALID with *cause when it is not draft
 * metadata or misses database, tab, key, field or started; m is then
 * empty. */
enum isms_status draft_meta_parse(const char *text, struct draft_meta *m,
                                  char **cause);

/* The start of a draft's file names: started without punctuation, tab,
 * key and field, each cut to 32 bytes, with every byte but letters,
 * digits, '.', '-' and '_' made '_' ("20261128T094228Z-SoA-A.7.4-
 * How_implemented").  The caller frees it. */
char *draft_meta_stem(const struct draft_meta *m);

/* The drafts directory: $XDG_STATE_HOME/isms/drafts when state is an
 * absolute path, else $HOME/.local/state/isms/drafts when home is one,
 * else NULL.  The caller frees it. */
char *draft_meta_dir(const char *state, const char *home);

#endif
