/*
 * help.h - the `?` screen: every binding of the current view, read from
 * the same key tables the dispatcher uses.
 */
#ifndef ISMS_UI_HELP_H
#define ISMS_UI_HELP_H

#include "isms/ui/app.h"

/* A help modal listing the n key tables maps (borrowed static data). */
struct modal *help_new(const struct keymap *const *maps, size_t n);

#endif
