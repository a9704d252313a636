/*
 * editor.c - run the user's editor on a private temporary file.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "isms/ui/editor.h"
#include "isms/ui/term.h"
#include "isms/util/fsutil.h"
#include "isms/util/xmalloc.h"

#define EDITOR_MAX (1024 * 1024)

static const char *
editor_command(void)
{
	static const char *const vars[] = { "ISMS_EDITOR", "VISUAL", "EDITOR" };

	for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
		const char *v = getenv(vars[i]);

		if (v != NULL && v[0] != '\0')
			return v;
	}
	return "vi";
}

static char *
editor_tempfile(const char *text, char **cause)
{
	const char *dir = getenv("TMPDIR");
	char *path = xasprintf("%s/isms-edit-XXXXXX.txt",
	    dir != NULL && dir[0] == '/' ? dir : "/tmp");
	int fd = mkstemps(path, 4);       /* creates the file 0600 */
	size_t len = text != NULL ? strlen(text) : 0;
	FILE *fp;

	if (fd < 0 || (fp = fdopen(fd, "w")) == NULL) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		free(path);
		return NULL;
	}
	if ((len > 0 && fwrite(text, 1, len, fp) != len) ||
	    (len > 0 && text[len - 1] != '\n' && fputc('\n', fp) == EOF) ||
	    fclose(fp) != 0) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		unlink(path);
		free(path);
		return NULL;
	}
	return path;
}

/* Run "$EDITOR path" through the shell, as git does, so an editor given
 * with options ("emacsclient -t") or quoting works. */
static int
editor_run(const char *path)
{
	int status;
	pid_t pid;

	term_leave();
	pid = fork();
	if (pid == 0) {
		execl("/bin/sh", "sh", "-c", "eval \"$ISMS_EDIT_CMD\" '\"$1\"'",
		    "sh", path, (char *)NULL);
		_exit(127);
	}
	while (pid > 0 && waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	term_return();
	return pid > 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

enum isms_status
editor_edit(const char *text, char **out, char **cause)
{
	char *path, *data = NULL;
	enum isms_status rc;
	size_t len;
	int status;

	*out = NULL;
	if ((path = editor_tempfile(text, cause)) == NULL)
		return ISMS_IO;
	setenv("ISMS_EDIT_CMD", editor_command(), 1);
	status = editor_run(path);
	unsetenv("ISMS_EDIT_CMD");
	if (status != 0) {
		unlink(path);
		free(path);
		*out = xstrdup(text != NULL ? text : "");
		return ISMS_NEGATIVE;
	}
	rc = fs_read_file(path, EDITOR_MAX, &data, &len, cause);
	unlink(path);
	free(path);
	if (rc != ISMS_OK)
		return rc;
	if (len > 0 && data[len - 1] == '\n')
		data[len - 1] = '\0';
	*out = data;
	return ISMS_OK;
}
