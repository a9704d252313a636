/*
 * editor.h - long text in the user's editor: $ISMS_EDITOR, $VISUAL,
 * $EDITOR, then vi, run through /bin/sh as a foreground job (job.h) on a
 * draft file (draft.h, mode 0600 in a 0700 directory), with the terminal
 * handed over and restored afterwards.
 *
 * The draft is deleted when the editor is done, and kept, to be offered
 * back at the next start, when isms is told to end (SIGHUP, SIGTERM) or
 * the editor is killed while it runs.
 */
#ifndef ISMS_UI_EDITOR_H
#define ISMS_UI_EDITOR_H

#include "isms/ui/draft.h"
#include "isms/util/status.h"

/* The most text read back from the editor (and from a draft). */
#define EDITOR_MAX_BYTES (1024 * 1024)

/* Edit text (NULL: empty), which belongs where o says, and return the
 * result in *out (caller frees; CR LF line ends made LF, one trailing
 * newline removed).  ISMS_NEGATIVE when the editor failed or was ended is
 * not an error: *out is then a copy of text, and *cause (caller frees)
 * says where a draft was kept when one was.  ISMS_IO with *cause when the
 * file or the editor cannot be used. */
enum isms_status editor_edit(const struct draft_origin *o, const char *text,
                             char **out, char **cause);

/* Text as it came from an editor, made what a field holds: each CR LF
 * becomes LF and one trailing newline is removed, in place. */
void editor_text_clean(char *text);

#endif
