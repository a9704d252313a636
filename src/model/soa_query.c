/*
 * soa_query.c - views of the SoA for tables and lists: the members of a
 * query checked and put in their stored form for the view engine (the
 * reg_view hooks of reg_soa), themes and attribute values by name.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isms/db/store_soa.h"
#include "isms_db.h"
#include "reg_int.h"
#include "isms/model/soa.h"
#include "isms/rec/vocab.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

const char *const soa_sort_names[SOA_SORT_COUNT] = {
	"control", "title", "theme", "applicable", "reasons", "status",
	"owner", "reviewed", "risks",
};

/* The stored form of a query, with the strings it owns. */
struct soa_view {
	struct store_soa_view v;
	char *theme;
	char *attr_set[STORE_SOA_ATTRS], *attr_value[STORE_SOA_ATTRS];
	size_t n_attrs;
};

enum isms_status
soa_sort_parse(const char *name, enum soa_sort *out, char **cause)
{
	int i;
	enum isms_status rc;

	if (strcasecmp(name, "id") == 0) {        /* as the list heads it */
		*out = SOA_SORT_ORDER;
		return ISMS_OK;
	}
	rc = vocab_name_index(soa_sort_names, SOA_SORT_COUNT,
	    "column to sort by", name, &i, cause);
	if (rc == ISMS_OK)
		*out = (enum soa_sort)i;
	return rc;
}

/* The section of a theme's controls as users number it: "5" for the
 * theme whose first control is "A.5.1" (the part between the first and
 * the last dot); its length in *len, NULL when there is none. */
static const char *
theme_section(const char *first, size_t *len)
{
	const char *last, *dot;

	if (first == NULL || (last = strrchr(first, '.')) == NULL)
		return NULL;
	dot = memchr(first, '.', (size_t)(last - first));
	dot = dot != NULL ? dot + 1 : first;
	*len = (size_t)(last - dot);
	return dot;
}

/* in names theme t by id, title or section ("5" or "A.5"), any case. */
static bool
theme_is(const struct store_theme *t, const char *in)
{
	size_t len, n = strlen(in);
	const char *sec = theme_section(t->first, &len);

	if (strcasecmp(t->id, in) == 0 || strcasecmp(t->title, in) == 0)
		return true;
	if (sec == NULL)
		return false;
	if (n == len && strncasecmp(sec, in, len) == 0)
		return true;
	len += (size_t)(sec - t->first);       /* "A.5" */
	return n == len && strncasecmp(t->first, in, len) == 0;
}

enum isms_status
soa_theme_parse(struct isms *m, const char *in, char **id, char **cause)
{
	struct store_theme *t;
	struct buf ids;
	size_t n;
	enum isms_status rc;

	*id = NULL;
	rc = store_theme_list(isms_db(m), isms_info(m)->framework_id, &t, &n,
	    cause);
	if (rc != ISMS_OK)
		return rc;
	buf_init(&ids);
	for (size_t i = 0; i < n; i++) {
		if (*id == NULL && theme_is(&t[i], in))
			*id = xstrdup(t[i].id);
		buf_printf(&ids, "%s%s", i ? ", " : "", t[i].id);
	}
	if (*id == NULL)
		rc = status_fail(cause, ISMS_INVALID, "%s: unknown theme (use "
		    "%s)", in, buf_str(&ids));
	buf_done(&ids);
	store_themes_free(t, n);
	return rc;
}

/* Length of s without trailing blanks. */
static size_t
trimmed_len(const char *s, size_t len)
{
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	return len;
}

/* Equal ignoring case, with '_', '-' and ' ' alike ("physical security"
 * is the catalog's "Physical_security"). */
static bool
view_same(const char *a, const char *b, size_t blen)
{
	size_t i;

	for (i = 0; a[i] != '\0' && i < blen; i++) {
		int x = tolower((unsigned char)a[i]);
		int y = tolower((unsigned char)b[i]);

		x = x == '_' || x == '-' ? ' ' : x;
		y = y == '_' || y == '-' ? ' ' : y;
		if (x != y)
			return false;
	}
	return a[i] == '\0' && i == blen;
}

static bool
view_attr_match(const struct store_attribute *a, const char *set,
                size_t set_len, const char *value)
{
	if (set != NULL && !view_same(a->set_id, set, set_len) &&
	    !view_same(a->set_title, set, set_len))
		return false;
	return view_same(a->value, value, trimmed_len(value, strlen(value)));
}

/* The values to offer for an unknown attribute: those of the set named
 * (set_len bytes at set) when it is one, else every set's, "Set: a, b;
 * Other set: c". */
static char *
attr_choices(const struct store_attribute *a, size_t n, const char *set,
             size_t set_len)
{
	bool known = false;
	struct buf b;

	for (size_t i = 0; i < n && set != NULL; i++)
		known = known || view_same(a[i].set_id, set, set_len) ||
		    view_same(a[i].set_title, set, set_len);
	buf_init(&b);
	for (size_t i = 0; i < n; i++) {
		bool first = i == 0 || strcmp(a[i].set_id,
		    a[i - 1].set_id) != 0;

		if (known && !view_same(a[i].set_id, set, set_len) &&
		    !view_same(a[i].set_title, set, set_len))
			continue;
		if (first)
			buf_printf(&b, "%s%s: ", b.len ? "; " : "",
			    a[i].set_title);
		buf_printf(&b, "%s%s", first ? "" : ", ", a[i].value);
	}
	return buf_take(&b);
}

static enum isms_status
view_attribute(struct isms *m, const char *in, struct soa_view *out,
               char **cause)
{
	const char *colon, *value, *set = NULL;
	struct store_attribute *a;
	size_t n, set_len = 0;
	enum isms_status rc;
	char *choices;

	if (in == NULL)
		return ISMS_OK;
	in += strspn(in, " \t#");
	value = in;
	if ((colon = strchr(in, ':')) != NULL) {
		set = in;
		set_len = trimmed_len(in, (size_t)(colon - in));
		value = colon + 1 + strspn(colon + 1, " \t#");
	}
	rc = store_attributes(isms_db(m), isms_info(m)->framework_id, &a, &n,
	    cause);
	if (rc != ISMS_OK)
		return rc;
	if (out->n_attrs == STORE_SOA_ATTRS) {
		store_attributes_free(a, n);
		return status_fail(cause, ISMS_INVALID,
		    "%s: at most %d control attributes at once", in,
		    STORE_SOA_ATTRS);
	}
	for (size_t i = 0; i < n && out->attr_value[out->n_attrs] == NULL;
	    i++)
		if (view_attr_match(&a[i], set, set_len, value)) {
			out->attr_value[out->n_attrs] = xstrdup(a[i].value);
			/* one value name may serve several sets */
			out->attr_set[out->n_attrs] = set != NULL ?
			    xstrdup(a[i].set_id) : NULL;
		}
	if (out->attr_value[out->n_attrs] != NULL)
		out->n_attrs++;
	else {
		choices = attr_choices(a, n, set, set_len);
		rc = status_fail(cause, ISMS_INVALID, "%s: unknown control "
		    "attribute (use %s)", in, choices);
		free(choices);
	}
	store_attributes_free(a, n);
	return rc;
}

static void
view_done(void *filter)
{
	struct soa_view *w = filter;

	free(w->theme);
	for (int i = 0; i < STORE_SOA_ATTRS; i++) {
		free(w->attr_set[i]);
		free(w->attr_value[i]);
	}
}

static enum isms_status
view_make(struct isms *m, const void *query, void *filter,
          struct view_req *req, char **cause)
{
	static const struct soa_query all;
	const struct soa_query *q = query != NULL ? query : &all;
	struct soa_view *w = filter;
	enum isms_status rc;

	rc = q->theme == NULL ? ISMS_OK :
	    soa_theme_parse(m, q->theme, &w->theme, cause);
	if (rc == ISMS_OK)
		rc = vocab_require(&vocab_applicable, q->applicable,
		    &w->v.applicable, cause);
	if (rc == ISMS_OK)
		rc = vocab_require(&vocab_soa_status, q->status, &w->v.status,
		    cause);
	if (rc == ISMS_OK)
		rc = view_attribute(m, q->attribute, w, cause);
	for (size_t i = 0; rc == ISMS_OK && i < q->n_attributes; i++)
		rc = view_attribute(m, q->attributes[i], w, cause);
	w->v.framework_id = isms_info(m)->framework_id;
	w->v.theme = w->theme;
	for (int i = 0; i < STORE_SOA_ATTRS; i++) {
		w->v.attr_set[i] = w->attr_set[i];
		w->v.attr_value[i] = w->attr_value[i];
	}
	w->v.text = q->text != NULL && q->text[0] != '\0' ? q->text : NULL;
	req->sort = q->sort >= 0 && q->sort < SOA_SORT_COUNT ?
	    (size_t)q->sort : 0;
	req->descending = q->descending;
	return rc;
}

/* One entry per control of the framework (93 for ISO/IEC 27001): any
 * count is cheap. */
static bool
view_cheap(const void *filter)
{
	(void)filter;
	return true;
}

const struct reg_view soa_reg_view = {
	.sql = &store_soa_view_sql,
	.filter_size = sizeof(struct soa_view),
	.make = view_make,
	.done = view_done,
	.cheap = view_cheap,
};

static void
summary_add(struct soa_summary *s, const struct store_soa_tally *t)
{
	s->total += t->n;
	if (strcmp(t->applicable, "no") == 0) {
		s->excluded += t->n;
		return;
	}
	if (strcmp(t->applicable, "yes") != 0) {
		s->undecided += t->n;
		return;
	}
	s->applicable += t->n;
	for (size_t k = 0; k < vocab_soa_status.n_terms && k < 4; k++)
		if (strcmp(t->status, vocab_soa_status.terms[k].token) == 0)
			s->by_status[k] += t->n;
	if (strcmp(t->status, "implemented") == 0)
		s->implemented += t->n;
}

enum isms_status
soa_summarize(struct isms *m, struct soa_summary *out, char **cause)
{
	struct store_soa_tally *t;
	size_t n;
	enum isms_status rc;

	memset(out, 0, sizeof *out);
	rc = store_soa_tally(isms_db(m), isms_info(m)->framework_id, &t, &n,
	    cause);
	if (rc != ISMS_OK)
		return rc;
	for (size_t i = 0; i < n; i++)
		summary_add(out, &t[i]);
	store_soa_tally_free(t, n);
	return ISMS_OK;
}

enum isms_status
soa_attribute_values(struct isms *m, char ***lines, size_t *n, char **cause)
{
	struct store_attribute *a;
	enum isms_status rc;

	*lines = NULL;
	rc = store_attributes(isms_db(m), isms_info(m)->framework_id, &a, n,
	    cause);
	if (rc != ISMS_OK)
		return rc;
	*lines = xcalloc(*n > 0 ? *n : 1, sizeof **lines);
	for (size_t i = 0; i < *n; i++)
		(*lines)[i] = xasprintf("%s: %s", a[i].set_title, a[i].value);
	store_attributes_free(a, *n);
	return ISMS_OK;
}
