/*
 * cleanup.h - temporary files that must not outlive the process.
 *
 * A file written under a temporary name and renamed into place when done
 * (an export, a backup, a database being created) is registered here while
 * it exists.  If the process ends before it is renamed, by SIGINT, SIGTERM,
 * SIGHUP, SIGQUIT, an abort() (running out of memory is one), a crash
 * (SIGSEGV, SIGBUS, SIGFPE, SIGILL: a library that dereferences a failed
 * allocation) or an exit() on a path that forgot it, the file is removed.
 * Only kill -9 and power loss leave it behind, under its temporary name,
 * never the final one.
 *
 * The signal handlers are installed while at least one file is registered
 * and put back as they were when the last one is dropped, so they never
 * stand in the way of curses' own handlers; a signal whose disposition was
 * "ignore" is left ignored.  After removing the files the handler passes
 * the signal on to what was there before (the default action, or curses
 * restoring the terminal).
 */
#ifndef ISMS_UTIL_CLEANUP_H
#define ISMS_UTIL_CLEANUP_H

#include <stdbool.h>

/* Register path (copied; nothing is allocated, so this cannot fail) for
 * removal; with sqlite also its -journal, -wal and -shm companions.  At
 * most CLEANUP_MAX paths at once, each shorter than PATH_MAX: beyond that
 * a path is not guarded, which costs only a leftover file. */
void cleanup_add(const char *path, bool sqlite);

/* Create a new file from template (mkostemp(3): "...XXXXXX", replaced in
 * place) and register it as cleanup_add() does, with the signals that
 * remove files held back in between, so no signal can leave it behind
 * unregistered.  The open descriptor, or -1 with errno set. */
int cleanup_mkstemp(char *template, int flags, bool sqlite);

/* Forget path again (it was renamed into place or removed). */
void cleanup_drop(const char *path);

#define CLEANUP_MAX 8

/* Remove every registered file now; async-signal-safe, and a no-op in a
 * child process that inherited the list.  The files stay registered. */
void cleanup_run(void);

/*
 * A function to run first when the process is about to die of a fatal
 * error (out of memory): the interface sets one that gives the terminal
 * back.  NULL removes it.  It is not run from signal handlers.
 */
void cleanup_set_fatal_hook(void (*fn)(void));

/* What xmalloc and other fatal paths call just before abort(): the fatal
 * hook, then cleanup_run(). */
void cleanup_fatal(void);

#endif
