/*
 * textview.c - the text viewer of textview.h: the text escaped once, cut
 * into screen lines at blanks when the width changes, and a top line.
 */
#include <curses.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "isms/ui/draw.h"
#include "isms/ui/job.h"
#include "isms/ui/keys.h"
#include "isms/ui/term.h"
#include "isms/ui/textview.h"
#include "isms/util/cleanup.h"
#include "isms/util/utf8.h"
#include "isms/util/xmalloc.h"

struct textview {
	struct modal md;
	char *title;
	char *text;                   /* escaped, lines kept */
	char **lines;                 /* wrapped for width */
	size_t n, top;
	int width;
	int height;                   /* rows shown last time */
};

static void
textview_clear(struct textview *v)
{
	for (size_t i = 0; i < v->n; i++)
		free(v->lines[i]);
	free(v->lines);
	v->lines = NULL;
	v->n = 0;
}

static void
textview_add(struct textview *v, const char *s, size_t len)
{
	v->lines = xreallocarray(v->lines, v->n + 1, sizeof *v->lines);
	v->lines[v->n++] = xstrndup(s, len);
}

/* One line of the text, cut at blanks into lines of width columns. */
static void
textview_wrap_line(struct textview *v, const char *s, int width)
{
	if (*s == '\0') {
		textview_add(v, "", 0);
		return;
	}
	while (*s != '\0') {
		size_t n = draw_fit(s, width);

		if (n == 0)               /* not even one character fits */
			n = strlen(s);
		textview_add(v, s, n);
		s += n;
		s += strspn(s, " ");
	}
}

static void
textview_wrap(struct textview *v, int width)
{
	char *copy = xstrdup(v->text), *save = NULL;

	textview_clear(v);
	v->width = width;
	/* strtok_r would merge empty lines: cut at each newline by hand */
	for (char *line = copy; line != NULL; line = save) {
		save = strchr(line, '\n');
		if (save != NULL)
			*save++ = '\0';
		textview_wrap_line(v, line, width);
	}
	free(copy);
}

static void
textview_draw(struct modal *md, struct app *app)
{
	struct textview *v = (struct textview *)md;
	int top, h, rows;
	char *foot;

	app_body(&top, &h);
	if (v->width != COLS - 4)
		textview_wrap(v, COLS - 4);
	rows = h - 2 > 1 ? h - 2 : 1;
	v->height = rows;
	if (v->top + (size_t)rows > v->n)
		v->top = v->n > (size_t)rows ? v->n - (size_t)rows : 0;
	draw_box(top, 0, h, COLS, v->title);
	for (int i = 0; i < rows && v->top + (size_t)i < v->n; i++)
		draw_text(top + 1 + i, 2, COLS - 4,
		    v->lines[v->top + (size_t)i], UI_ROLE_NORMAL);
	foot = xasprintf(" lines %zu-%zu of %zu ", v->n ? v->top + 1 : 0,
	    v->top + (size_t)rows < v->n ? v->top + (size_t)rows : v->n, v->n);
	draw_right(top + h - 1, 2, COLS - 4, foot, UI_ROLE_FRAME);
	free(foot);
	app_park(app, top + 1, 2);
}

static void
textview_move(struct textview *v, long delta)
{
	long top = (long)v->top + delta;

	v->top = top < 0 ? 0 : (size_t)top;      /* clamped when drawn */
}

static bool
textview_key(struct modal *md, struct app *app, int key)
{
	struct textview *v = (struct textview *)md;
	const struct keymap_binding *b = keymap_find(&keymap_view, key);
	long page = v->height > 1 ? v->height - 1 : 1;

	if (b == NULL)
		return false;
	switch (b->action) {
	case UI_ACTION_DOWN: textview_move(v, 1); break;
	case UI_ACTION_UP: textview_move(v, -1); break;
	case UI_ACTION_PAGE_DOWN: textview_move(v, page); break;
	case UI_ACTION_PAGE_UP: textview_move(v, -page); break;
	case UI_ACTION_FIRST: v->top = 0; break;
	case UI_ACTION_LAST: v->top = (size_t)-1 / 2; break;
	case UI_ACTION_PAGER: textview_page(app, v->text); break;
	case UI_ACTION_BACK: return true;
	default: break;
	}
	return false;
}

static void
textview_free(struct modal *md)
{
	struct textview *v = (struct textview *)md;

	textview_clear(v);
	free(v->title);
	free(v->text);
	free(v);
}

static const struct modal_ops textview_ops = {
	&keymap_view, textview_draw, textview_key, textview_free, NULL
};

struct modal *
textview_new(const char *title, const char *text)
{
	struct textview *v = xcalloc(1, sizeof *v);

	v->md.ops = &textview_ops;
	v->title = xstrdup(title);
	v->text = utf8_escape_lines(text != NULL ? text : "");
	v->width = -1;
	return &v->md;
}

static const char *
textview_pager(void)
{
	const char *p = getenv("PAGER");

	return p != NULL && p[0] != '\0' ? p : "less";
}

/* Write text into a new private file; its path, or NULL with errno. */
static char *
textview_file(const char *text)
{
	const char *dir = getenv("TMPDIR");
	char *path = xasprintf("%s/isms-view-XXXXXX", dir != NULL && dir[0] ==
	    '/' ? dir : "/tmp");
	int fd = cleanup_mkstemp(path, 0, false);
	size_t len = strlen(text), off = 0;

	if (fd < 0) {
		free(path);
		return NULL;
	}
	while (off < len) {
		ssize_t w = write(fd, text + off, len - off);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	if (off < len || write(fd, "\n", 1) != 1 || close(fd) != 0) {
		unlink(path);
		cleanup_drop(path);
		free(path);
		return NULL;
	}
	return path;
}

void
textview_page(struct app *app, const char *text)
{
	char *esc = utf8_escape_lines(text != NULL ? text : "");
	char *path = textview_file(esc);
	struct job_result r;
	char *const argv[] = {
		"/bin/sh", "-c", "eval \"$ISMS_PAGE_CMD\" '\"$1\"'", "sh", path,
		NULL
	};

	free(esc);
	if (path == NULL) {
		app_error(app, "cannot write the text for the pager: %s",
		    strerror(errno));
		return;
	}
	setenv("ISMS_PAGE_CMD", textview_pager(), 1);
	term_leave();
	job_run(argv, &r);
	if (!r.interrupted)
		term_return();
	unsetenv("ISMS_PAGE_CMD");
	unlink(path);
	cleanup_drop(path);
	free(path);
	if (r.status != 0 && !r.interrupted)
		app_error(app, "the pager (%s) ended with status %d",
		    textview_pager(), r.status);
}
