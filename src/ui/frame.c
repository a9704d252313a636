/*
 * frame.c - the frame log of frame.h: processor times of the process
 * (CLOCK_PROCESS_CPUTIME_ID, which another process's load does not move)
 * when work for a frame began and when the frame was drawn.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "isms/ui/frame.h"

static struct {
	FILE *log;
	enum frame_kind kind;
	char name[32];
	int64_t start;
	bool begun;
} frame = { NULL, FRAME_START, "-", 0, true };

static int64_t
frame_now(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
		return 0;
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

void
frame_log_open(void)
{
	const char *path = getenv("ISMS_FRAME_LOG");

	if (frame.log == NULL && path != NULL && path[0] != '\0')
		frame.log = fopen(path, "ae");
}

void
frame_log_close(void)
{
	if (frame.log != NULL)
		fclose(frame.log);
	frame.log = NULL;
}

bool
frame_logging(void)
{
	return frame.log != NULL;
}

void
frame_begin(enum frame_kind kind, const char *name)
{
	if (frame.log == NULL || frame.begun)
		return;
	frame.kind = kind;
	snprintf(frame.name, sizeof frame.name, "%s", name != NULL && name[0]
	    != '\0' ? name : "-");
	frame.start = frame_now();
	frame.begun = true;
}

void
frame_abandon(void)
{
	if (frame.log != NULL)
		frame.begun = false;
}

void
frame_drawn(void)
{
	static const char *const kinds[] = { "start", "key", "idle" };

	if (frame.log == NULL || !frame.begun)
		return;
	fprintf(frame.log, "%s %s %lld %lld\n", kinds[frame.kind], frame.name,
	    (long long)frame.start, (long long)frame_now());
	frame.begun = false;
}
