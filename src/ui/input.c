/*
 * input.c - keys from the terminal (wget_wch with a timeout, so other
 * users' changes are noticed while idle) or from a keystroke script.
 */
#include <curses.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "isms/report/text.h"
#include "isms/ui/input.h"
#include "isms/ui/keys.h"
#include "isms/ui/sig.h"
#include "isms/ui/term.h"
#include "isms/util/xmalloc.h"

#define INPUT_QUEUE 1024

static struct {
	FILE *script;
	char *path;
	int line;
	int queue[INPUT_QUEUE];
	size_t head, tail;
	bool typed;                   /* the queue holds a typed text */
	int failed;
} input;

int
input_script_open(const char *path, char **cause)
{
	input.script = fopen(path, "re");
	if (input.script == NULL) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	input.path = xstrdup(path);
	return 0;
}

void
input_script_close(void)
{
	if (input.script != NULL)
		fclose(input.script);
	free(input.path);
	memset(&input, 0, sizeof input);
}

int
input_failed(void)
{
	return input.failed;
}

static void
input_push(int key)
{
	if (input.tail < INPUT_QUEUE)
		input.queue[input.tail++] = key;
}

static int
input_bad(const char *what, const char *arg)
{
	text_line(stderr, "isms: %s:%d: %s '%s'", input.path, input.line, what,
	    arg);
	input.failed = 1;
	return KEYS_EOF;
}

static void
input_type(const char *text)
{
	mbstate_t ps;
	wchar_t wc;
	size_t n;

	memset(&ps, 0, sizeof ps);
	while (*text != '\0' &&
	    (n = mbrtowc(&wc, text, strlen(text), &ps)) != (size_t)-1 &&
	    n != (size_t)-2 && n != 0) {
		input_push((int)wc);
		text += n;
	}
}

static int
input_keys(char *args)
{
	for (char *tok = strtok(args, " \t"); tok != NULL;
	    tok = strtok(NULL, " \t")) {
		int key = keys_parse(tok);

		if (key < 0)
			return input_bad("unknown key", tok);
		input_push(key);
	}
	return 0;
}

static void
input_shell(const char *cmd)
{
	pid_t pid;
	int status;

	fflush(stdout);
	if ((pid = fork()) == 0) {
		dup2(STDERR_FILENO, STDOUT_FILENO);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	if (pid > 0)
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
}

/* Carry out one script line; a key to return, or 0 to read on. */
static int
input_command(char *line)
{
	char *cmd = line + strspn(line, " \t"), *arg;
	int cols, rows;

	cmd[strcspn(cmd, "\r\n")] = '\0';
	if (*cmd == '\0' || *cmd == '#')
		return 0;
	arg = cmd + strcspn(cmd, " \t");
	if (*arg != '\0')
		*arg++ = '\0';
	if (strcmp(cmd, "key") == 0) {
		input.typed = false;
		return input_keys(arg);
	}
	if (strcmp(cmd, "type") == 0) {
		input.typed = true;
		input_type(arg);
	}
	else if (strcmp(cmd, "dump") == 0)
		term_dump(stdout, strcmp(arg, "attrs") == 0);
	else if (strcmp(cmd, "cursor") == 0)
		term_dump_cursor(stdout);
	else if (strcmp(cmd, "tick") == 0)
		return KEYS_TICK;
	else if (strcmp(cmd, "shell") == 0)
		input_shell(arg);
	else if (strcmp(cmd, "resize") == 0) {
		if (sscanf(arg, "%d %d", &cols, &rows) != 2 || cols < 1 ||
		    rows < 1 || cols > 1000 || rows > 1000)
			return input_bad("bad size", arg);
		if (term_resize(rows, cols) != 0)
			return input_bad("out of memory resizing the screen to",
			    arg);
		return keys_resize;
	} else
		return input_bad("unknown command", cmd);
	return 0;
}

static int
input_script_next(void)
{
	char line[4096];
	int key;

	while (input.head == input.tail) {
		input.head = input.tail = 0;
		if (fgets(line, sizeof line, input.script) == NULL)
			return KEYS_EOF;
		input.line++;
		if ((key = input_command(line)) != 0)
			return key;
	}
	return input.queue[input.head++];
}

bool
input_pending(void)
{
	struct pollfd fd = { STDIN_FILENO, POLLIN, 0 };

	if (input.script != NULL)
		return input.typed && input.head < input.tail;
	return poll(&fd, 1, 0) > 0 && (fd.revents & POLLIN);
}

int
input_next(int timeout_ms)
{
	wint_t wc;
	int rc;

	if (input.script != NULL)
		return input_script_next();
	wtimeout(stdscr, timeout_ms);
	rc = wget_wch(stdscr, &wc);
	if (rc == ERR && !isatty(STDIN_FILENO)) {
		sig_raise(SIGHUP);        /* hung up, and no SIGHUP came */
		return KEYS_EOF;
	}
	if (rc == ERR)
		return KEYS_TICK;
	if (rc == KEY_CODE_YES)
		return keys_normalise(KEYS_FN((int)wc));
	return keys_normalise((int)wc);
}
