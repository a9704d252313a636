/*
 * offer.h - at start, the drafts kept for the open database (draft.h) are
 * offered back: each can be restored into its record's form as a pending
 * change (w then saves it), discarded, or kept for a later start.
 */
#ifndef ISMS_UI_OFFER_H
#define ISMS_UI_OFFER_H

#include "isms/ui/app.h"

/* Push the offer when the open database has drafts that no other isms
 * has; on a read-only one only say on the message line that they are
 * there.  Errors go to the message line. */
void offer_drafts(struct app *app);

#endif
