/*
 * job.h - running another program (the editor) in the foreground, the way
 * a shell runs a job: in its own process group that is given the terminal,
 * with nothing open but descriptors 0, 1 and 2.  ^Z stops isms with it;
 * SIGHUP and SIGTERM sent to isms are passed on to the whole group, which
 * is killed when it has not ended JOB_GRACE_SECONDS later.
 */
#ifndef ISMS_UI_JOB_H
#define ISMS_UI_JOB_H

#include <stdbool.h>

#define JOB_GRACE_SECONDS 10

struct job_result {
	int status;                   /* exit status; -1 when it did not exit */
	int signal;                   /* the signal that ended it, or 0 */
	bool interrupted;             /* isms is ending (see sig.h) */
};

/* Run argv[0] (a path; not looked up) with argv and wait for it.  The
 * terminal must already be handed over (term_leave()).  When the terminal
 * went away meanwhile, SIGHUP is noted (sig_raise()) and the job counts as
 * interrupted.  A program that cannot be started exits 127. */
void job_run(char *const argv[], struct job_result *r);

#endif
