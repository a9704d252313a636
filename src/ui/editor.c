/*
 * editor.c - run the user's editor on a draft file and read back what it
 * wrote; keep the draft when the edit is cut short.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "isms/ui/editor.h"
#include "isms/ui/job.h"
#include "isms/ui/sig.h"
#include "isms/ui/term.h"
#include "isms/util/fsutil.h"
#include "isms/util/xmalloc.h"

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

void
editor_text_clean(char *text)
{
	char *w = text;
	size_t len;

	for (const char *r = text; *r != '\0'; r++)
		if (!(r[0] == '\r' && r[1] == '\n'))
			*w++ = *r;
	*w = '\0';
	len = (size_t)(w - text);
	if (len > 0 && text[len - 1] == '\n')
		text[len - 1] = '\0';
}

/* Run "$EDITOR path" through the shell, as git does, so an editor given
 * with options ("emacsclient -t") or quoting works. */
static void
editor_run(const char *path, struct job_result *r)
{
	char *const argv[] = {
		"/bin/sh", "-c", "eval \"$ISMS_EDIT_CMD\" '\"$1\"'", "sh",
		(char *)path, NULL
	};

	setenv("ISMS_EDIT_CMD", editor_command(), 1);
	term_leave();
	job_run(argv, r);
	if (!r->interrupted)
		term_return();
	unsetenv("ISMS_EDIT_CMD");
}

/* True when the draft holds something other than the text it began with
 * (or cannot be read, so may). */
static bool
editor_changed(const struct draft *d, const char *text)
{
	char *data = NULL, *cause = NULL;
	size_t len;
	bool changed = true;

	if (fs_read_file(draft_path(d), EDITOR_MAX_BYTES, &data, &len,
	    &cause) == ISMS_OK) {
		editor_text_clean(data);
		changed = strcmp(data, text != NULL ? text : "") != 0;
	}
	free(data);
	free(cause);
	return changed;
}

/* The edit was cut short: keep what the file holds, when it is new. */
static enum isms_status
editor_cut_short(struct draft *d, const struct job_result *r,
                 const char *text, char **out, char **cause)
{
	const struct draft_meta *m = draft_info(d);
	char *dir;

	*out = xstrdup(text != NULL ? text : "");
	if (!editor_changed(d, text)) {
		draft_discard(d);
		return ISMS_NEGATIVE;
	}
	dir = draft_dir();
	*cause = xasprintf("the text being edited (%s %s %s) is kept in %s/ "
	    "and offered when isms next opens this database", m->tab, m->key,
	    m->field, dir != NULL ? dir : "the drafts directory");
	free(dir);
	if (r->interrupted)
		sig_note(xstrdup(*cause));
	draft_keep(d);
	return ISMS_NEGATIVE;
}

enum isms_status
editor_edit(const struct draft_origin *o, const char *text, char **out,
            char **cause)
{
	struct job_result r;
	struct draft *d;
	enum isms_status rc;
	char *data = NULL;
	size_t len;

	*out = NULL;
	if (draft_create(o, text, &d, cause) != ISMS_OK)
		return ISMS_IO;
	editor_run(draft_path(d), &r);
	if (r.interrupted || r.signal != 0)
		return editor_cut_short(d, &r, text, out, cause);
	if (r.status != 0) {
		draft_discard(d);
		*out = xstrdup(text != NULL ? text : "");
		return ISMS_NEGATIVE;
	}
	rc = fs_read_file(draft_path(d), EDITOR_MAX_BYTES, &data, &len, cause);
	if (rc != ISMS_OK) {          /* too large, not a file any more... */
		char *why = *cause;

		*cause = xasprintf("%s; the draft is kept there", why);
		free(why);
		draft_keep(d);
		return rc;
	}
	draft_discard(d);
	editor_text_clean(data);
	*out = data;
	return ISMS_OK;
}
