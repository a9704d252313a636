/*
 * sig.h - how the full-screen interface ends on SIGHUP and SIGTERM: the
 * handlers only note the signal (and pass it on to a job in the
 * foreground, see job.h); the main loop then leaves, the database is
 * closed, the terminal restored while it is there, and isms finally ends
 * by the same signal, so its parent sees why.
 *
 * One set of handlers per process; the state is kept here.
 */
#ifndef ISMS_UI_SIG_H
#define ISMS_UI_SIG_H

#include <sys/types.h>

/* Catch SIGHUP (unless it is ignored, as under nohup) and SIGTERM.  The
 * handlers interrupt blocking calls (no SA_RESTART). */
void sig_install(void);

/* The signal isms was told to end by, or 0. */
int sig_caught(void);

/* Note sig as if it had been caught (the terminal went away unsignalled). */
void sig_raise(int sig);

/* Pass SIGHUP and SIGTERM on to target as kill(2) names it (-pgid for a
 * process group, pid for one process) until this is called with 0. */
void sig_forward(pid_t target);

/* In a child between fork and exec: default actions for the signals
 * isms catches, so the new program gets them as usual. */
void sig_child_reset(void);

/* Take note, a message, to print when isms ends by the signal. */
void sig_note(char *note);

/* When a signal was caught: say so on standard error (with the note),
 * then end the process by that signal.  Returns when none was. */
void sig_finish(void);

#endif
