/*
 * sig.c - SIGHUP and SIGTERM in the full-screen interface: noted by the
 * handler, passed on to the job in the foreground (the editor), acted on
 * by the main loop, and re-raised at the very end.
 */
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "isms/ui/sig.h"

static volatile sig_atomic_t sig_got;
static volatile sig_atomic_t sig_target;     /* kill(2) target, 0: none */
static bool sig_hup, sig_term;               /* handlers installed */
static char *sig_message;

static void
sig_handler(int sig)
{
	int saved = errno;

	if (sig_got == 0)
		sig_got = sig;
	if (sig_target != 0)
		kill((pid_t)sig_target, sig);
	errno = saved;
}

static bool
sig_catch(int sig, bool unless_ignored)
{
	struct sigaction sa, old;

	if (unless_ignored && sigaction(sig, NULL, &old) == 0 &&
	    old.sa_handler == SIG_IGN)
		return false;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = sig_handler;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGHUP);
	sigaddset(&sa.sa_mask, SIGTERM);
	sa.sa_flags = 0;              /* no SA_RESTART: waits are interrupted */
	return sigaction(sig, &sa, NULL) == 0;
}

void
sig_install(void)
{
	sig_hup = sig_catch(SIGHUP, true);
	sig_term = sig_catch(SIGTERM, false);
}

int
sig_caught(void)
{
	return sig_got;
}

void
sig_raise(int sig)
{
	if (sig_got == 0)
		sig_got = sig;
}

void
sig_forward(pid_t target)
{
	sig_target = target;
}

void
sig_child_reset(void)
{
	if (sig_hup)
		signal(SIGHUP, SIG_DFL);
	if (sig_term)
		signal(SIGTERM, SIG_DFL);
}

void
sig_note(char *note)
{
	free(sig_message);
	sig_message = note;
}

void
sig_finish(void)
{
	int sig = sig_got;
	sigset_t set;

	if (sig == 0)
		return;
	fprintf(stderr, "isms: ended by SIG%s%s%s\n", sig == SIGHUP ? "HUP" :
	    sig == SIGTERM ? "TERM" : "NAL", sig_message != NULL ? "; " : "",
	    sig_message != NULL ? sig_message : "");
	fflush(NULL);                 /* raise() skips exit()'s flushing */
	free(sig_message);
	sig_message = NULL;
	signal(sig, SIG_DFL);
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	_exit(128 + sig);             /* not reached */
}
