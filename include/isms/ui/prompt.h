/*
 * prompt.h - small modal views: a one-line text prompt on the hint line
 * (readline keys, history), a yes/no question, and a list to pick from.
 * Each returns a modal for app_push(); strings are copied.
 */
#ifndef ISMS_UI_PROMPT_H
#define ISMS_UI_PROMPT_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/ui/app.h"

typedef void (*prompt_fn)(void *ctx, struct app *app, const char *text);

/* changed (may be NULL) runs after every edit, for incremental filters;
 * done runs with the text on Enter, or with NULL on Esc (after changed
 * got the initial text back). */
struct modal *prompt_new(const char *label, const char *initial,
                         prompt_fn changed, prompt_fn done, void *ctx);

/* "question (y/n)"; yes runs on y. */
struct modal *confirm_new(const char *question,
                          void (*yes)(void *ctx, struct app *app), void *ctx);

typedef void (*picker_fn)(void *ctx, struct app *app, size_t index,
                          const bool *marks);

/* A framed list of n items; Enter picks the one under the cursor.  With
 * marks (multi-select, copied), Space toggles and Enter returns them. */
struct modal *picker_new(const char *title, const char *const *items,
                         size_t n, size_t selected, const bool *marks,
                         picker_fn done, void *ctx);

#endif
