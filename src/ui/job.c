/*
 * job.c - a child program in the foreground as its own job: process
 * group, terminal, stop and continue, signals passed on, and a bounded
 * wait once isms has been told to end.
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "isms/ui/job.h"
#include "isms/ui/sig.h"

/* The terminal to hand over: standard input when it is one and isms is
 * its foreground process group; -1 otherwise. */
static int
job_tty(void)
{
	if (!isatty(STDIN_FILENO) || tcgetpgrp(STDIN_FILENO) != getpgrp())
		return -1;
	return STDIN_FILENO;
}

static void
job_close_from(int low)
{
	long max;

	if (close_range((unsigned)low, ~0U, 0) == 0)
		return;
	max = sysconf(_SC_OPEN_MAX);
	for (long fd = low; fd < (max > 0 ? max : 1024); fd++)
		close((int)fd);
}

static void
job_child(char *const argv[], bool own, int tty, const sigset_t *mask)
{
	if (own)
		setpgid(0, 0);
	if (tty >= 0)
		tcsetpgrp(tty, getpid());   /* SIGTTOU is still blocked */
	sig_child_reset();
	job_close_from(STDERR_FILENO + 1);
	sigprocmask(SIG_SETMASK, mask, NULL);
	execv(argv[0], argv);
	_exit(127);
}

/* The job stopped (^Z in the editor): stop isms too, so the shell that
 * started it takes the terminal; on fg give it back and continue. */
static void
job_stopped(int tty, pid_t pid)
{
	tcsetpgrp(tty, getpgrp());
	raise(SIGSTOP);
	tcsetpgrp(tty, pid);
	kill(-pid, SIGCONT);
}

static double
job_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Wait for pid; once isms is ending, wait JOB_GRACE_SECONDS at most and
 * then kill target. */
static void
job_wait(pid_t pid, pid_t target, int tty, struct job_result *r)
{
	static const struct timespec tick = { 0, 50 * 1000 * 1000 };
	double deadline = 0;
	int st;

	for (;;) {
		bool ending = sig_caught() != 0;
		pid_t w;

		if (ending && deadline == 0)
			deadline = job_now() + JOB_GRACE_SECONDS;
		w = waitpid(pid, &st, WUNTRACED | (ending ? WNOHANG : 0));
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return;
		if (w == 0) {
			if (job_now() > deadline)
				kill(target, SIGKILL);
			nanosleep(&tick, NULL);
			continue;
		}
		if (WIFSTOPPED(st)) {
			if (tty >= 0 && !ending)
				job_stopped(tty, pid);
			else
				kill(target, SIGCONT);
			continue;
		}
		break;
	}
	if (WIFEXITED(st))
		r->status = WEXITSTATUS(st);
	else if (WIFSIGNALED(st))
		r->signal = WTERMSIG(st);
}

void
job_run(char *const argv[], struct job_result *r)
{
	int tty = job_tty();
	/* Without the terminal's foreground the child stays in isms's group,
	 * where it can still read the terminal. */
	bool own = tty >= 0 || !isatty(STDIN_FILENO);
	sigset_t block, old;
	pid_t pid;

	memset(r, 0, sizeof *r);
	r->status = -1;
	sigemptyset(&block);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGTTOU);
	sigprocmask(SIG_BLOCK, &block, &old);
	pid = sig_caught() ? -1 : fork();
	if (pid == 0)
		job_child(argv, own, tty, &old);
	if (pid > 0) {
		if (own)
			setpgid(pid, pid);  /* both sides, so no race */
		if (tty >= 0)
			tcsetpgrp(tty, pid);
		sig_forward(own ? -pid : pid);
		sigdelset(&block, SIGTTOU);
		sigprocmask(SIG_UNBLOCK, &block, NULL);
		job_wait(pid, own ? -pid : pid, tty, r);
		sig_forward(0);
		if (tty >= 0 && tcsetpgrp(tty, getpgrp()) != 0)
			sig_raise(SIGHUP);  /* the terminal hung up */
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	r->interrupted = sig_caught() != 0;
}
