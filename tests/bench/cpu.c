/*
 * cpu.c - how much processor time and memory one command takes, for
 * ./dev bench: cpu [-o FILE] COMMAND [ARG...] runs COMMAND with its
 * standard output in FILE (default /dev/null) and prints
 *
 *   USER+SYSTEM-MICROSECONDS PEAK-RESIDENT-KIB EXIT-STATUS
 *
 * from the kernel's account of the child (wait4), which the load of other
 * processes on the machine does not move as it moves wall-clock time.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static long long
cpu_us(const struct timeval *tv)
{
	return (long long)tv->tv_sec * 1000000 + tv->tv_usec;
}

int
main(int argc, char **argv)
{
	const char *out = "/dev/null";
	struct rusage ru;
	int status, argi = 1, fd;
	pid_t pid;

	if (argc > 2 && strcmp(argv[1], "-o") == 0) {
		out = argv[2];
		argi = 3;
	}
	if (argi >= argc) {
		fprintf(stderr, "usage: cpu [-o FILE] COMMAND [ARG...]\n");
		return 2;
	}
	if ((pid = fork()) < 0) {
		perror("cpu: fork");
		return 2;
	}
	if (pid == 0) {
		fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0) {
			perror(out);
			_exit(127);
		}
		close(fd);
		execvp(argv[argi], argv + argi);
		perror(argv[argi]);
		_exit(127);
	}
	while (wait4(pid, &status, 0, &ru) < 0)
		if (errno != EINTR) {
			perror("cpu: wait4");
			return 2;
		}
	printf("%lld %ld %d\n", cpu_us(&ru.ru_utime) + cpu_us(&ru.ru_stime),
	    ru.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : 128 +
	    WTERMSIG(status));
	return 0;
}
