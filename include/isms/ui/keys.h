/*
 * keys.h - one integer per key press, and the names people and scripts
 * use for keys ("j", "Enter", "^L", "S-Tab", "F1").
 *
 * Characters are their Unicode code points; curses function keys are
 * offset past Unicode with KEYS_FN() so the two never collide.  Two
 * pseudo keys come from the input layer: KEYS_TICK (the idle timer ran
 * out) and KEYS_EOF (the keystroke script ended).
 */
#ifndef ISMS_UI_KEYS_H
#define ISMS_UI_KEYS_H

#include <stdbool.h>
#include <stddef.h>

#define KEYS_FN_BASE 0x110000
#define KEYS_FN(k) (KEYS_FN_BASE + (k))
#define KEYS_CTRL(c) ((c) & 0x1f)
#define KEYS_ESC 0x1b
#define KEYS_ENTER '\r'
#define KEYS_TAB '\t'
#define KEYS_TICK (KEYS_FN_BASE - 1 + 0x10000)
#define KEYS_EOF (KEYS_TICK + 1)

/* The curses function keys isms uses, as KEYS_FN values. */
extern const int keys_up, keys_down, keys_left, keys_right, keys_home,
    keys_end, keys_npage, keys_ppage, keys_btab, keys_backspace, keys_dc,
    keys_resize, keys_enter, keys_f1;

/* The name of key written into buf (at least 16 bytes): "j", "Enter",
 * "^L", "PgDn", "F1", "S-Tab", "Space".  Returns buf. */
const char *keys_name(int key, char *buf, size_t size);

/* The key of a name as keys_name() writes it (also a single UTF-8
 * character); -1 when unknown. */
int keys_parse(const char *name);

/* True for a key that inserts itself into text (printable characters). */
bool keys_printable(int key);

/* Normalise the function keys that terminals send for the same thing
 * (KEY_ENTER and '\n' become KEYS_ENTER, 0x7f and ^H become Backspace). */
int keys_normalise(int key);

#endif
