/*
 * term.c - curses set-up: newterm after setlocale, cbreak without flow
 * control (so ^S is a key), a short ESC delay, default colours, roles; a
 * virtual 0-byte terminal for scripts.
 */
#include <curses.h>
#include <errno.h>
#include <langinfo.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <term.h>
#include <termios.h>
#include <unistd.h>

#include "isms/ui/term.h"
#include "isms/util/cleanup.h"
#include "isms/util/xmalloc.h"

static struct {
	SCREEN *screen;
	FILE *out, *in;               /* only for scripts */
	bool scripted, color, ascii;
	bool broken;                  /* a resize failed half-way */
} term;

static const int term_mono[] = {
#define UI_ROLE_MONO(name, mono, fg, bg) mono,
	UI_ROLES(UI_ROLE_MONO)
#undef UI_ROLE_MONO
};
static const short term_colors[][2] = {
#define UI_ROLE_COLOR(name, mono, fg, bg) { fg, bg },
	UI_ROLES(UI_ROLE_COLOR)
#undef UI_ROLE_COLOR
};

static void
term_colors_init(void)
{
	start_color();
	use_default_colors();
	for (int r = 0; r < UI_ROLE_COUNT; r++)
		init_pair((short)(r + 1), term_colors[r][0], term_colors[r][1]);
}

/* newterm() fails both for a terminal type terminfo does not know and
 * when memory runs out: tell them apart by asking terminfo alone. */
static bool
term_type_known(const char *name, int fd)
{
	TERMINAL *was = cur_term;
	int err = 0;

	if (setupterm(name, fd, &err) != OK)
		return false;
	del_curterm(cur_term);
	set_curterm(was);
	return true;
}

static int
term_open(const struct term_options *o, char **cause)
{
	const char *name = getenv("TERM");

	errno = 0;
	if (o->script != NULL) {
		term.out = fopen("/dev/null", "we");
		term.in = fopen("/dev/null", "re");
		if (term.out == NULL || term.in == NULL) {
			*cause = xstrdup(errno == ENOMEM ? "out of memory "
			    "starting the full-screen interface" :
			    "cannot open /dev/null");
			if (term.out != NULL)
				fclose(term.out);
			if (term.in != NULL)
				fclose(term.in);
			term.out = term.in = NULL;
			return -1;
		}
		term.screen = newterm("xterm-256color", term.out, term.in);
		name = "xterm-256color";
	} else
		term.screen = newterm(NULL, stdout, stdin);
	if (term.screen == NULL && (errno == ENOMEM || term_type_known(
	    o->script != NULL ? name : NULL, o->script != NULL ?
	    fileno(term.out) : STDOUT_FILENO))) {
		*cause = xstrdup("out of memory starting the full-screen "
		    "interface");
		return -1;
	}
	if (term.screen == NULL) {
		*cause = xasprintf("terminal type '%s' is not known to "
		    "terminfo; set TERM to your terminal (for example "
		    "xterm-256color) or use the commands (isms --help)", name ?
		    name : "");
		return -1;
	}
	if (cursor_address == NULL || cursor_address == (char *)-1) {
		endwin();
		*cause = xasprintf("terminal type '%s' cannot move the cursor; "
		    "the full-screen interface needs one that can (or use the "
		    "commands, isms --help)", name ? name : "");
		return -1;
	}
	return 0;
}

static void
term_fatal(void)
{
	if (term.screen != NULL)
		endwin();
}

/* cbreak() leaves the tty's flow control on, so ^S (save in a form)
 * would stop the output until ^Q instead of reaching isms.  Switch it off
 * in the program mode only: endwin(), a suspend and the editor restore
 * the shell's mode, which keeps it. */
static void
term_no_flow_control(void)
{
	struct termios t;

	if (term.scripted || tcgetattr(STDIN_FILENO, &t) != 0)
		return;
	t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
	if (tcsetattr(STDIN_FILENO, TCSANOW, &t) == 0)
		def_prog_mode();      /* what reset_prog_mode() restores */
}

int
term_start(const struct term_options *o, char **cause)
{
	const char *cs = nl_langinfo(CODESET);

	*cause = NULL;
	if (term_open(o, cause) != 0) {
		if (term.screen != NULL)
			delscreen(term.screen);
		term.screen = NULL;
		return -1;
	}
	term.scripted = o->script != NULL;
	term.ascii = cs == NULL || strcmp(cs, "UTF-8") != 0;
	if (getenv("ESCDELAY") == NULL)
		set_escdelay(25);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	term_no_flow_control();
	curs_set(0);
	term.color = !o->no_color && has_colors();
	if (term.color)
		term_colors_init();
	if (term.scripted && term_resize(o->rows, o->cols) != 0) {
		*cause = xasprintf("out of memory making a %dx%d screen",
		    o->cols, o->rows);
		term_stop();
		return -1;
	}
	/* Running out of memory gives the terminal back before the message. */
	cleanup_set_fatal_hook(term_fatal);
	return 0;
}

void
term_stop(void)
{
	if (term.screen == NULL)
		return;
	cleanup_set_fatal_hook(NULL);
	if (!isendwin())
		endwin();
	if (!term.broken)             /* else it would free twice: leak it */
		delscreen(term.screen);
	term.screen = NULL;
	term.broken = false;
	if (term.out != NULL)
		fclose(term.out);
	if (term.in != NULL)
		fclose(term.in);
	term.out = term.in = NULL;
}

int
term_resize(int rows, int cols)
{
	if (resizeterm(rows, cols) == OK)
		return 0;
	term.broken = true;
	return -1;
}

bool
term_scripted(void)
{
	return term.scripted;
}

bool
term_ascii(void)
{
	return term.ascii;
}

int
term_attr(enum ui_role role)
{
	if (term.color && role != UI_ROLE_NORMAL)
		return (int)(COLOR_PAIR(role + 1) |
		    (term_mono[role] & (A_BOLD | A_UNDERLINE)));
	return term_mono[role];
}

void
term_leave(void)
{
	def_prog_mode();
	endwin();
}

/* The program had the terminal's foreground, so a resize meanwhile sent
 * isms no SIGWINCH: ask the terminal for its size. */
static void
term_resized(void)
{
	struct winsize ws;

	if (term.scripted || ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 ||
	    ws.ws_row == 0 || ws.ws_col == 0)
		return;
	if (ws.ws_row != LINES || ws.ws_col != COLS)
		resizeterm(ws.ws_row, ws.ws_col);
}

void
term_return(void)
{
	reset_prog_mode();
	term_resized();
	clearok(curscr, TRUE);
	refresh();
}
