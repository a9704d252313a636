/*
 * input.h - where key presses come from: the terminal, or a keystroke
 * script that also resizes the virtual screen, runs commands (another
 * user's edit) and dumps the screen for the UI tests.
 *
 * Script lines (# starts a comment):
 *   key NAME...       key presses by name (keys_parse(): j Enter ^L S-Tab)
 *   type TEXT         each character of TEXT as a key press, typed fast
 *   resize COLS ROWS  resize the virtual screen
 *   tick              the idle timer runs out (external changes are read)
 *   shell COMMAND     run COMMAND with sh -c, standard output to stderr
 *   dump [attrs]      write the screen to standard output
 */
#ifndef ISMS_UI_INPUT_H
#define ISMS_UI_INPUT_H

#include <stdbool.h>

/* Read keys from the script at path instead of the terminal.  Returns 0,
 * or -1 with *cause (caller frees). */
int input_script_open(const char *path, char **cause);
void input_script_close(void);

/* The next key: from the script, or from the terminal after waiting at
 * most timeout_ms (KEYS_TICK when nothing was pressed).  KEYS_EOF when the
 * script ends, or when the terminal has gone (SIGHUP is then noted, see
 * sig.h); a broken script line sets input_failed(). */
int input_next(int timeout_ms);

/* True when a key is waiting to be read: typed ahead at the terminal, or
 * the rest of a script's "type" line (its characters come as quickly as
 * a fast typist's; the keys of a "key" line each get their frame, and a
 * next line is read only once the frame and the work left for idle time
 * are done). */
bool input_pending(void);

/* True when a script line could not be understood (reported on stderr). */
int input_failed(void);

#endif
