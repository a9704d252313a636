/*
 * keymap.c - the actions' help texts and the default key tables.
 */
#include <curses.h>
#include <string.h>

#include "isms/ui/keymap.h"
#include "isms/ui/keys.h"

static const char *const keymap_help_text[] = {
#define UI_ACTION_HELP(name, help) help,
	UI_ACTIONS(UI_ACTION_HELP)
#undef UI_ACTION_HELP
};

#define B(key, name, flags) { (key), UI_ACTION_##name, (flags) }
#define FN(k) KEYS_FN(k)
#define H KEYMAP_HINT
#define ROW KEYMAP_NEEDS_ROW
#define W KEYMAP_NEEDS_WRITABLE
#define KEYMAP(var, title, arr) \
	const struct keymap var = { title, arr, sizeof arr / sizeof *arr }

static const struct keymap_binding global_keys[] = {
	B('q', QUIT, H), B('?', HELP, H), B(FN(KEY_F(1)), HELP, 0),
	B(KEYS_TAB, TAB_NEXT, 0), B(FN(KEY_BTAB), TAB_PREV, 0),
	B('1', TAB_GOTO, 0), B('2', TAB_GOTO, 0), B('3', TAB_GOTO, 0),
	B('4', TAB_GOTO, 0), B('5', TAB_GOTO, 0), B('6', TAB_GOTO, 0),
	B('7', TAB_GOTO, 0), B('8', TAB_GOTO, 0), B('9', TAB_GOTO, 0),
	B('0', TAB_GOTO, 0), B('t', TAB_PICK, 0), B(KEYS_CTRL('L'), REDRAW, 0),
	B(KEYS_CTRL('Z'), SUSPEND, 0), B('O', ORG, 0),
};
KEYMAP(keymap_global, "Everywhere", global_keys);

static const struct keymap_binding table_keys[] = {
	B('j', DOWN, 0), B(FN(KEY_DOWN), DOWN, 0),
	B('k', UP, 0), B(FN(KEY_UP), UP, 0),
	B(FN(KEY_NPAGE), PAGE_DOWN, 0), B(KEYS_CTRL('F'), PAGE_DOWN, 0),
	B(FN(KEY_PPAGE), PAGE_UP, 0), B(KEYS_CTRL('B'), PAGE_UP, 0),
	B(KEYS_CTRL('D'), HALF_DOWN, 0), B(KEYS_CTRL('U'), HALF_UP, 0),
	B('g', FIRST, 0), B(FN(KEY_HOME), FIRST, 0),
	B('G', LAST, 0), B(FN(KEY_END), LAST, 0),
	B('/', SEARCH, H),
	B('n', SEARCH_NEXT, 0), B('N', SEARCH_PREV, 0),
	B('f', FILTER, H), B('\\', FILTER, 0), B(KEYS_ESC, CLEAR, 0),
	B('s', SORT, H), B('S', SORT_REVERSE, 0),
	B(KEYS_ENTER, OPEN, H | ROW), B('e', EDIT, H | ROW | W),
	B('H', HISTORY, ROW),
};
KEYMAP(keymap_table, "Tables", table_keys);

static const struct keymap_binding clause_keys[] = {
	B(' ', FOLD, H | ROW), B('-', FOLD_ALL, 0), B('+', UNFOLD_ALL, 0),
};
KEYMAP(keymap_clauses, "Clauses pane", clause_keys);

static const struct keymap_binding soa_keys[] = {
	B('F', PICK_FILTER, H), B('x', EXPORT, H), B('J', JUMP, ROW),
};
KEYMAP(keymap_soa, "SoA pane", soa_keys);

static const struct keymap_binding risks_keys[] = {
	B('a', ADD, H | W), B('F', PICK_FILTER, H), B('h', HEAT_MAP, H),
	B('l', LINK_CONTROL, ROW | W), B('L', LINK_ASSET, ROW | W),
	B('A', ACCEPT, ROW | W), B('J', JUMP, ROW), B('d', DELETE, ROW | W),
	B('x', EXPORT, 0),
};
KEYMAP(keymap_risks, "Risks pane", risks_keys);

static const struct keymap_binding assets_keys[] = {
	B('a', ADD, H | W), B('d', DELETE, ROW | W),
};
KEYMAP(keymap_assets, "Assets pane", assets_keys);

static const struct keymap_binding documents_keys[] = {
	B('a', ADD, H | W), B('A', APPROVE, H | ROW | W),
	B('R', REVIEW, ROW | W), B('d', DELETE, ROW | W), B('x', EXPORT, 0),
};
KEYMAP(keymap_documents, "Documents pane", documents_keys);

static const struct keymap_binding people_keys[] = {
	B('a', ADD, H | W), B('d', DELETE, ROW | W),
};
KEYMAP(keymap_people, "People pane", people_keys);

static const struct keymap_binding heat_keys[] = {
	B('j', DOWN, 0), B(FN(KEY_DOWN), DOWN, 0), B('k', UP, 0),
	B(FN(KEY_UP), UP, 0), B('h', LEFT, 0), B(FN(KEY_LEFT), LEFT, 0),
	B('l', RIGHT, 0), B(FN(KEY_RIGHT), RIGHT, 0),
	B(KEYS_TAB, SWITCH, H), B(KEYS_ENTER, OPEN, H), B(KEYS_ESC, CLOSE, H),
	B('q', CLOSE, 0),
};
KEYMAP(keymap_heat, "Heat maps", heat_keys);

/* Save first: the hint line is cut at the right on narrow terminals, and
 * the save key must never be what is cut. */
static const struct keymap_binding form_keys[] = {
	B('w', SAVE, H | W), B(KEYS_CTRL('S'), SAVE, W),
	B('j', FIELD_NEXT, 0), B(FN(KEY_DOWN), FIELD_NEXT, 0),
	B(KEYS_TAB, FIELD_NEXT, 0),
	B('k', FIELD_PREV, 0), B(FN(KEY_UP), FIELD_PREV, 0),
	B(FN(KEY_BTAB), FIELD_PREV, 0),
	B(KEYS_ENTER, FIELD_EDIT, H | W), B('e', FIELD_EDIT, W),
	B('E', FIELD_EDITOR, H | W), B('u', FIELD_REVERT, H | W),
	B(KEYS_ESC, CLOSE, H), B('q', CLOSE, 0),
	B('v', VIEW, 0), B('H', HISTORY, 0), B('T', ACTIONS, 0),
};
KEYMAP(keymap_form, "Detail and edit form", form_keys);

static const struct keymap_binding help_keys[] = {
	B('j', DOWN, 0), B(FN(KEY_DOWN), DOWN, 0), B('k', UP, 0),
	B(FN(KEY_UP), UP, 0), B(FN(KEY_NPAGE), PAGE_DOWN, 0),
	B(FN(KEY_PPAGE), PAGE_UP, 0),
	B(KEYS_ESC, CLOSE, H), B('q', CLOSE, 0), B('?', CLOSE, 0),
};
KEYMAP(keymap_help, "Help screen", help_keys);

static const struct keymap_binding picker_keys[] = {
	B('j', DOWN, 0), B(FN(KEY_DOWN), DOWN, 0), B('k', UP, 0),
	B(FN(KEY_UP), UP, 0), B(FN(KEY_NPAGE), PAGE_DOWN, 0),
	B(FN(KEY_PPAGE), PAGE_UP, 0), B('g', FIRST, 0),
	B(FN(KEY_HOME), FIRST, 0), B('G', LAST, 0), B(FN(KEY_END), LAST, 0),
	B(KEYS_ENTER, PICK, H), B(' ', MARK, H), B('/', SEARCH, H),
	B(KEYS_ESC, CANCEL, H), B('q', CANCEL, 0),
};
KEYMAP(keymap_picker, "Lists to choose from", picker_keys);

static const struct keymap_binding drafts_keys[] = {
	B('j', DOWN, 0), B(FN(KEY_DOWN), DOWN, 0), B('k', UP, 0),
	B(FN(KEY_UP), UP, 0), B(KEYS_ENTER, RESTORE, H), B('d', DISCARD, H),
	B(KEYS_ESC, KEEP, H), B('q', KEEP, 0),
};
KEYMAP(keymap_drafts, "Drafts from an interrupted edit", drafts_keys);

static const struct keymap_binding view_keys[] = {
	B('j', DOWN, 0), B(FN(KEY_DOWN), DOWN, 0), B('k', UP, 0),
	B(FN(KEY_UP), UP, 0), B(FN(KEY_NPAGE), PAGE_DOWN, 0),
	B(' ', PAGE_DOWN, 0), B(KEYS_CTRL('F'), PAGE_DOWN, 0),
	B(FN(KEY_PPAGE), PAGE_UP, 0), B(KEYS_CTRL('B'), PAGE_UP, 0),
	B('g', FIRST, 0), B(FN(KEY_HOME), FIRST, 0), B('G', LAST, 0),
	B(FN(KEY_END), LAST, 0), B('|', PAGER, H), B(KEYS_ESC, BACK, H),
	B('q', BACK, 0),
};
KEYMAP(keymap_view, "Text to read", view_keys);

static const struct keymap_binding actions_keys[] = {
	B('j', DOWN, 0), B(FN(KEY_DOWN), DOWN, 0), B('k', UP, 0),
	B(FN(KEY_UP), UP, 0), B(KEYS_ENTER, OPEN, H), B('a', ADD, H | W),
	B('d', DELETE, H | W), B('H', HISTORY, 0), B(KEYS_ESC, BACK, H),
	B('q', BACK, 0),
};
KEYMAP(keymap_actions, "Treatment actions of a risk", actions_keys);

static const struct keymap_binding history_keys[] = {
	B('F', PICK_FILTER, H),
};
KEYMAP(keymap_history, "History pane", history_keys);

const struct keymap *const keymap_all[] = {
	&keymap_global, &keymap_table, &keymap_clauses, &keymap_soa,
	&keymap_risks, &keymap_assets, &keymap_documents, &keymap_people,
	&keymap_history, &keymap_heat, &keymap_form, &keymap_actions,
	&keymap_view, &keymap_picker, &keymap_help, &keymap_drafts,
};
const size_t keymap_all_n = sizeof keymap_all / sizeof *keymap_all;

const struct keymap_binding *
keymap_find(const struct keymap *map, int key)
{
	for (size_t i = 0; i < map->n; i++)
		if (map->bindings[i].key == key)
			return &map->bindings[i];
	return NULL;
}

const char *
keymap_action_help(enum ui_action a)
{
	if (a < 0 || a >= UI_ACTION_COUNT)
		return "";
	return keymap_help_text[a];
}

/* The last binding of a run from i of three or more with i's action on
 * keys that follow each other ('1' '2' ... '9'), shown as one range; i
 * itself when there is no such run. */
static size_t
keymap_run(const struct keymap *map, size_t i)
{
	size_t j = i;

	while (j + 1 < map->n && map->bindings[j + 1].action ==
	    map->bindings[i].action && map->bindings[j].key < 0x7f &&
	    map->bindings[j + 1].key == map->bindings[j].key + 1)
		j++;
	return j - i >= 2 ? j : i;
}

const char *
keymap_keys(const struct keymap *map, enum ui_action a, char *buf,
            size_t size)
{
	size_t len = 0, j;
	char name[32], last[32];

	buf[0] = '\0';
	for (size_t i = 0; i < map->n && len < size; i = j + 1) {
		j = i;
		if (map->bindings[i].action != a)
			continue;
		j = keymap_run(map, i);
		keys_name(map->bindings[i].key, name, sizeof name);
		keys_name(map->bindings[j].key, last, sizeof last);
		len += (size_t)snprintf(buf + len, size - len, "%s%s%s%s",
		    len > 0 ? ", " : "", name, j > i ? "-" : "",
		    j > i ? last : "");
	}
	return buf;
}

/* True when an earlier binding of map has the same action. */
static bool
keymap_seen(const struct keymap *map, size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (map->bindings[j].action == map->bindings[i].action)
			return true;
	return false;
}

static void
keymap_write_mdoc_key(FILE *out, const char *name)
{
	/* troff and mdoc would read these as syntax or punctuation */
	if (strcmp(name, "\\") == 0)
		name = "\\e";
	else if (name[1] == '\0' && strchr(".,:;()[]?!|'", name[0]) != NULL)
		fputs("\\&", out);
	fputs(name, out);
}

/* The keys of binding i's action, as keymap_keys() lists them. */
static void
keymap_write_mdoc_keys(FILE *out, const struct keymap *map, size_t i)
{
	char name[32];
	size_t k;

	for (size_t j = i; j < map->n; j = k + 1) {
		k = j;
		if (map->bindings[j].action != map->bindings[i].action)
			continue;
		k = keymap_run(map, j);
		keys_name(map->bindings[j].key, name, sizeof name);
		fputs(j == i ? " Ic " : " , Ic ", out);
		keymap_write_mdoc_key(out, name);
		if (k > j) {
			keys_name(map->bindings[k].key, name, sizeof name);
			fputs(" Ns \\(en Ns Ic ", out);
			keymap_write_mdoc_key(out, name);
		}
	}
}

void
keymap_write_mdoc(FILE *out)
{
	for (size_t t = 0; t < keymap_all_n; t++) {
		const struct keymap *map = keymap_all[t];

		fprintf(out, ".Ss %s\n.Bl -tag -width Ds -compact\n",
		    map->title);
		for (size_t i = 0; i < map->n; i++) {
			if (keymap_seen(map, i))
				continue;
			fputs(".It", out);
			keymap_write_mdoc_keys(out, map, i);
			fprintf(out, "\n%s\n", keymap_action_help(
			    map->bindings[i].action));
		}
		fputs(".El\n", out);
	}
}
