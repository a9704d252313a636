/*
 * frame.h - what a key costs, for ./dev bench: when ISMS_FRAME_LOG names
 * a file, every frame drawn appends one line to it,
 *
 *   KIND NAME START DONE
 *
 * KIND is "key" (a frame after keys, NAME the first of them as keys_name()
 * writes it), "idle" (after work done while no key waited) or "start" (the
 * first frame), NAME "-" for those two; START is the processor time
 * of the process (nanoseconds) when that work began (0 for "start", so
 * its DONE is the time from the process's start), DONE when the frame was
 * on the screen.  Without the variable nothing is measured.
 */
#ifndef ISMS_UI_FRAME_H
#define ISMS_UI_FRAME_H

#include <stdbool.h>

enum frame_kind { FRAME_START, FRAME_KEY, FRAME_IDLE };

/* Open the log named by ISMS_FRAME_LOG, if any (at most once). */
void frame_log_open(void);
void frame_log_close(void);

/* Whether frames are logged. */
bool frame_logging(void);

/* Work for the next frame begins now, of the given kind, for key name
 * (NULL: "-"); the first call until frame_drawn() counts. */
void frame_begin(enum frame_kind kind, const char *name);

/* What began leads to no frame after all. */
void frame_abandon(void);

/* The frame is drawn: log it (when logging and something began). */
void frame_drawn(void);

#endif
