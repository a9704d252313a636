/*
 * editor.h - long text in the user's editor: $ISMS_EDITOR, $VISUAL,
 * $EDITOR, then vi, on a 0600 temporary file, with the terminal handed
 * over and restored afterwards.
 */
#ifndef ISMS_UI_EDITOR_H
#define ISMS_UI_EDITOR_H

#include "isms/util/status.h"

/* Edit text (NULL: empty) and return the result in *out (caller frees;
 * one trailing newline removed).  ISMS_NEGATIVE when the editor failed
 * or the file was left unchanged is not an error: *out is then a copy of
 * text.  ISMS_IO with *cause when the file or editor cannot be used. */
enum isms_status editor_edit(const char *text, char **out, char **cause);

#endif
