/*
 * cleanup.c - removing temporary files when the process dies early.
 *
 * The list is a fixed array whose slots are filled before they are marked
 * used, and unmarked before they are emptied, so a signal arriving at any
 * moment sees only complete entries.  Nothing here allocates: registering
 * cannot fail for want of memory, and a file is guarded from the moment
 * after it is made.  The handler calls nothing but getpid(), unlink(),
 * sigaction() and raise(), all async-signal-safe.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "isms/util/cleanup.h"

#define CLEANUP_PATH (PATH_MAX + 16)     /* room for a suffix */

static const char *const cleanup_suffix[] = { "-journal", "-wal", "-shm" };

/* Those that end a process, including a crash: after removing the files
 * the default action still dumps core where it would. */
static const int cleanup_signals[] = {
	SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGABRT, SIGSEGV, SIGBUS, SIGFPE,
	SIGILL,
};
#define CLEANUP_NSIG (sizeof cleanup_signals / sizeof *cleanup_signals)

static struct {
	char names[CLEANUP_MAX][CLEANUP_PATH];
	bool sqlite[CLEANUP_MAX];
	volatile sig_atomic_t used[CLEANUP_MAX];
	int count;
	pid_t pid;                      /* the process that registered */
	bool at_exit;
	bool ours[CLEANUP_NSIG];        /* our handler is installed */
	struct sigaction old[CLEANUP_NSIG];
	void (*fatal)(void);
} cl;

void
cleanup_run(void)
{
	char name[CLEANUP_PATH];

	if (cl.pid == 0 || getpid() != cl.pid)
		return;
	for (int i = 0; i < CLEANUP_MAX; i++) {
		size_t n;

		if (!cl.used[i])
			continue;
		unlink(cl.names[i]);
		if (!cl.sqlite[i])
			continue;
		n = strlen(cl.names[i]);
		for (size_t j = 0; j < 3; j++) {
			size_t k = strlen(cleanup_suffix[j]);

			memcpy(name, cl.names[i], n);
			memcpy(name + n, cleanup_suffix[j], k + 1);
			unlink(name);
		}
	}
}

static void cleanup_signal(int sig, siginfo_t *info, void *uctx);

static void
cleanup_install_one(size_t i)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = cleanup_signal;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	for (size_t k = 0; k < CLEANUP_NSIG; k++)
		sigaddset(&sa.sa_mask, cleanup_signals[k]);
	if (sigaction(cleanup_signals[i], &sa, NULL) == 0)
		cl.ours[i] = true;
}

/* Pass sig on to what was there before us: the default action (raised
 * again, delivered when this handler returns) or the old handler. */
static void
cleanup_signal(int sig, siginfo_t *info, void *uctx)
{
	int saved = errno;

	cleanup_run();
	for (size_t i = 0; i < CLEANUP_NSIG; i++) {
		const struct sigaction *old = &cl.old[i];

		if (cleanup_signals[i] != sig)
			continue;
		if (old->sa_flags & SA_SIGINFO) {
			old->sa_sigaction(sig, info, uctx);
		} else if (old->sa_handler != SIG_DFL &&
		    old->sa_handler != SIG_IGN) {
			old->sa_handler(sig);
		} else {
			sigaction(sig, old, NULL);
			cl.ours[i] = false;
			raise(sig);
		}
	}
	errno = saved;
}

static void
cleanup_install(void)
{
	for (size_t i = 0; i < CLEANUP_NSIG; i++) {
		if (sigaction(cleanup_signals[i], NULL, &cl.old[i]) != 0)
			continue;
		/* An ignored signal stays ignored (nohup): the process goes
		 * on, and its files with it. */
		if (!(cl.old[i].sa_flags & SA_SIGINFO) &&
		    cl.old[i].sa_handler == SIG_IGN)
			continue;
		cleanup_install_one(i);
	}
}

static void
cleanup_uninstall(void)
{
	for (size_t i = 0; i < CLEANUP_NSIG; i++) {
		struct sigaction cur;

		if (!cl.ours[i])
			continue;
		cl.ours[i] = false;
		/* Put the old one back only if nobody replaced ours since. */
		if (sigaction(cleanup_signals[i], NULL, &cur) == 0 &&
		    (cur.sa_flags & SA_SIGINFO) &&
		    cur.sa_sigaction == cleanup_signal)
			sigaction(cleanup_signals[i], &cl.old[i], NULL);
	}
}

static void
cleanup_at_exit(void)
{
	cleanup_run();
}

void
cleanup_add(const char *path, bool sqlite)
{
	size_t len = strlen(path);
	int slot = -1;

	if (cl.pid != getpid()) {             /* first use, or a child */
		void (*fatal)(void) = cl.fatal;

		memset(&cl, 0, sizeof cl);
		cl.fatal = fatal;
		cl.pid = getpid();
	}
	for (int i = 0; i < CLEANUP_MAX && slot < 0; i++)
		if (!cl.used[i])
			slot = i;
	if (slot < 0 || len >= PATH_MAX)
		return;
	memcpy(cl.names[slot], path, len + 1);
	cl.sqlite[slot] = sqlite;
	cl.used[slot] = 1;
	if (!cl.at_exit && atexit(cleanup_at_exit) == 0)
		cl.at_exit = true;
	if (cl.count++ == 0)
		cleanup_install();
}

int
cleanup_mkstemp(char *template, int flags, bool sqlite)
{
	sigset_t block, old;
	int fd, e;

	sigemptyset(&block);
	for (size_t k = 0; k < CLEANUP_NSIG; k++)
		sigaddset(&block, cleanup_signals[k]);
	sigprocmask(SIG_BLOCK, &block, &old);
	fd = mkostemp(template, flags);
	e = errno;
	if (fd >= 0)
		cleanup_add(template, sqlite);
	/* a signal that came meanwhile is delivered now, and finds it */
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return fd;
}

void
cleanup_drop(const char *path)
{
	if (cl.pid != getpid())
		return;
	for (int i = 0; i < CLEANUP_MAX; i++) {
		if (!cl.used[i] || strcmp(cl.names[i], path) != 0)
			continue;
		cl.used[i] = 0;
		if (--cl.count == 0)
			cleanup_uninstall();
		return;
	}
}

void
cleanup_set_fatal_hook(void (*fn)(void))
{
	cl.fatal = fn;
}

void
cleanup_fatal(void)
{
	void (*fn)(void) = cl.fatal;

	cl.fatal = NULL;              /* once, even if it fails itself */
	if (fn != NULL)
		fn();
	cleanup_run();
}
