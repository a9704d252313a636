/*
 * orgform.h - the form of the ISMS itself: its organisation and scope
 * (what `isms set` changes), on O from anywhere.
 */
#ifndef ISMS_UI_ORGFORM_H
#define ISMS_UI_ORGFORM_H

#include "isms/ui/app.h"

/* Push the form of the organisation and scope onto app. */
void orgform_open(struct app *app);

#endif
