/*
 * textview.h - reading a long text in full: a framed view of it, wrapped
 * to the screen and scrolled with the keys of keymap_view, that | hands
 * to $PAGER.  The long fields of a form (justification, evidence, notes,
 * description), a record's history and the like are read there, also in
 * --read-only, where nothing may be edited.
 *
 * The text is copied; what it holds is shown escaped (STORED TEXT in
 * isms(1)), on the screen and in the pager alike.
 */
#ifndef ISMS_UI_TEXTVIEW_H
#define ISMS_UI_TEXTVIEW_H

#include "isms/ui/app.h"

/* A modal showing text under title, for app_push(). */
struct modal *textview_new(const char *title, const char *text);

/* Show text in $PAGER (less when it is not set) from a private temporary
 * file, with the terminal handed over; messages on the message line. */
void textview_page(struct app *app, const char *text);

#endif
