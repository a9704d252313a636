/*
 * vocab.c - closed vocabularies and their parsing.  The one place that
 * knows which statuses and reasons exist.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "isms/rec/vocab.h"
#include "isms/util/buf.h"
#include "isms/util/xmalloc.h"

#define VOCAB(name, terms) \
	{ name, terms, sizeof terms / sizeof *terms, false }
/* A vocabulary whose labels are the words to type (the stored tokens are
 * accepted too, but not offered). */
#define VOCAB_BY_LABEL(name, terms) \
	{ name, terms, sizeof terms / sizeof *terms, true }

static const struct vocab_term clause_status_terms[] = {
	{ "not-started", "not started", NULL },
	{ "in-progress", "in progress", NULL },
	{ "implemented", "implemented", NULL },
	{ "verified", "verified", NULL },
};

static const struct vocab_term applicable_terms[] = {
	{ "yes", "yes", NULL },
	{ "no", "no", NULL },
	{ "undecided", "undecided", NULL },
};

static const struct vocab_term soa_status_terms[] = {
	{ "not-started", "not started", NULL },
	{ "planned", "planned", NULL },
	{ "partial", "partial", NULL },
	{ "implemented", "implemented", NULL },
	{ "excluded", "excluded", "follows from applicability no" },
};

static const struct vocab_term reason_terms[] = {
	{ "LR", "legal or regulatory requirement", NULL },
	{ "CO", "contractual obligation", NULL },
	{ "BR", "business requirement", NULL },
	{ "BP", "best practice", NULL },
	{ "RA", "risk assessment (from linked risks)",
	    "comes from linked risks" },
};

/* Stored as ISO/IEC 27005 names them, shown with the common words. */
static const struct vocab_term treatment_terms[] = {
	{ "modify", "mitigate", NULL },
	{ "retain", "accept", NULL },
	{ "avoid", "avoid", NULL },
	{ "share", "transfer", NULL },
};

static const struct vocab_term risk_status_terms[] = {
	{ "open", "open", NULL },
	{ "treating", "treating", NULL },
	{ "monitoring", "monitoring", NULL },
	{ "closed", "closed", NULL },
};

static const struct vocab_term action_status_terms[] = {
	{ "planned", "planned", NULL },
	{ "in-progress", "in progress", NULL },
	{ "done", "done", NULL },
	{ "cancelled", "cancelled", NULL },
};

static const struct vocab_term asset_type_terms[] = {
	{ "information", "information", NULL },
	{ "software", "software", NULL },
	{ "hardware", "hardware", NULL },
	{ "service", "service", NULL },
	{ "people", "people", NULL },
	{ "site", "site", NULL },
	{ "supplier", "supplier", NULL },
	{ "other", "other", NULL },
};

static const struct vocab_term document_kind_terms[] = {
	{ "document", "document", NULL },
	{ "record", "record", NULL },
};

static const struct vocab_term document_type_terms[] = {
	{ "policy", "policy", NULL },
	{ "topic-policy", "topic-specific policy", NULL },
	{ "procedure", "procedure", NULL },
	{ "plan", "plan", NULL },
	{ "register", "register", NULL },
	{ "report", "report", NULL },
	{ "minutes", "minutes", NULL },
	{ "record", "record", NULL },
	{ "other", "other", NULL },
};

static const struct vocab_term document_status_terms[] = {
	{ "draft", "draft", NULL },
	{ "in-review", "in review", NULL },
	{ "approved", "approved", "comes from isms doc approve" },
	{ "retired", "retired", NULL },
};

static const struct vocab_term retention_from_terms[] = {
	{ "created", "created", NULL },
	{ "superseded", "superseded", NULL },
	{ "closed", "closed", NULL },
};

static const struct vocab_term required_status_terms[] = {
	{ "present", "present", NULL },
	{ "missing", "missing", NULL },
	{ "pending-soa-decision", "pending SoA decision", NULL },
	{ "not-required", "not required", NULL },
};

static const struct vocab_term yes_no_terms[] = {
	{ "yes", "yes", NULL },
	{ "no", "no", NULL },
};

static const struct vocab_term rating_terms[] = {
	{ "", "not rated", NULL }, { "1", "1 very low", NULL },
	{ "2", "2 low", NULL }, { "3", "3 medium", NULL },
	{ "4", "4 high", NULL }, { "5", "5 very high", NULL },
};

const struct vocab vocab_rating = VOCAB("rating", rating_terms);
const struct vocab vocab_document_kind = VOCAB("document kind",
    document_kind_terms);
const struct vocab vocab_document_type = VOCAB("document type",
    document_type_terms);
const struct vocab vocab_document_status = VOCAB("document status",
    document_status_terms);
const struct vocab vocab_retention_from = VOCAB("retention start",
    retention_from_terms);
const struct vocab vocab_required_status = VOCAB("required document status",
    required_status_terms);
const struct vocab vocab_yes_no = VOCAB("yes or no", yes_no_terms);
const struct vocab vocab_treatment = VOCAB_BY_LABEL("treatment option",
    treatment_terms);
const struct vocab vocab_risk_status = VOCAB("risk status",
    risk_status_terms);
const struct vocab vocab_action_status = VOCAB("action status",
    action_status_terms);
const struct vocab vocab_asset_type = VOCAB("asset type", asset_type_terms);
const struct vocab vocab_clause_status = VOCAB("clause status",
    clause_status_terms);
const struct vocab vocab_applicable = VOCAB("applicability",
    applicable_terms);
const struct vocab vocab_soa_status = VOCAB("implementation status",
    soa_status_terms);
const struct vocab vocab_reason = VOCAB("reason for inclusion",
    reason_terms);

/* Compare ignoring case and treating ' ', '-' and '_' alike. */
static bool
vocab_same(const char *a, const char *b)
{
	for (; *a != '\0' && *b != '\0'; a++, b++) {
		char x = (char)tolower((unsigned char)*a);
		char y = (char)tolower((unsigned char)*b);

		if (x == ' ' || x == '_')
			x = '-';
		if (y == ' ' || y == '_')
			y = '-';
		if (x != y)
			return false;
	}
	return *a == *b;
}

/* The word a label gives in parentheses ("mitigate" of "modify
 * (mitigate)") matches too, so the everyday names are accepted. */
static bool
vocab_alias(const char *input, const char *label)
{
	const char *open = strchr(label, '(');
	size_t len = strlen(input);

	return open != NULL && strncasecmp(open + 1, input, len) == 0 &&
	    open[1 + len] == ')' && len > 0;
}

const char *
vocab_parse(const struct vocab *v, const char *input)
{
	if (input == NULL)
		return NULL;
	for (size_t i = 0; i < v->n_terms; i++)
		if (vocab_same(input, v->terms[i].token) ||
		    vocab_same(input, v->terms[i].label) ||
		    vocab_alias(input, v->terms[i].label))
			return v->terms[i].token;
	return NULL;
}

const char *
vocab_label(const struct vocab *v, const char *token)
{
	for (size_t i = 0; i < v->n_terms; i++)
		if (strcmp(token, v->terms[i].token) == 0)
			return v->terms[i].label;
	return token;
}

char *
vocab_choices(const struct vocab *v)
{
	struct buf b;
	size_t n = 0, k = 0;

	for (size_t i = 0; i < v->n_terms; i++)
		n += v->terms[i].derived == NULL;
	buf_init(&b);
	for (size_t i = 0; i < v->n_terms; i++) {
		if (v->terms[i].derived != NULL)
			continue;
		if (k > 0)
			buf_adds(&b, k + 1 == n ? " or " : ", ");
		buf_adds(&b, v->by_label ? v->terms[i].label :
		    v->terms[i].token);
		k++;
	}
	return buf_take(&b);
}

/* The term of v that word names, by token, label or alias; -1 if none. */
static int
vocab_find(const struct vocab *v, const char *word)
{
	for (size_t i = 0; i < v->n_terms; i++)
		if (vocab_same(word, v->terms[i].token) ||
		    vocab_same(word, v->terms[i].label) ||
		    vocab_alias(word, v->terms[i].label))
			return (int)i;
	return -1;
}

/* Mark the term w names in seen; ISMS_INVALID naming it otherwise. */
static enum isms_status
vocab_set_word(const struct vocab *v, const char *key, const char *w,
               bool *seen, char **cause)
{
	int i = vocab_find(v, w);
	char *choices;
	enum isms_status rc;

	if (i >= 0 && v->terms[i].derived == NULL) {
		seen[i] = true;
		return ISMS_OK;
	}
	if (i >= 0)
		return status_fail(cause, ISMS_INVALID,
		    "%s: %s %s %s and cannot be set by hand", key, v->name,
		    v->terms[i].token, v->terms[i].derived);
	choices = vocab_choices(v);
	rc = status_fail(cause, ISMS_INVALID, "%s: unknown %s '%s' (use %s)",
	    key, v->name, w, choices);
	free(choices);
	return rc;
}

/* One comma-separated item: a term, or terms separated by blanks. */
static enum isms_status
vocab_set_item(const struct vocab *v, const char *key, char *item,
               bool *seen, char **cause)
{
	char *save = NULL;
	enum isms_status rc = ISMS_OK;

	item += strspn(item, " ");
	for (char *e = item + strlen(item); e > item && e[-1] == ' ';)
		*--e = '\0';
	if (*item == '\0' || strchr(item, ' ') == NULL || vocab_find(v, item) >=
	    0)
		return *item == '\0' ? ISMS_OK :
		    vocab_set_word(v, key, item, seen, cause);
	for (char *w = strtok_r(item, " ", &save); w != NULL && rc == ISMS_OK;
	    w = strtok_r(NULL, " ", &save))
		rc = vocab_set_word(v, key, w, seen, cause);
	return rc;
}

enum isms_status
vocab_parse_set(const struct vocab *v, const char *key, const char *input,
                char **out, char **cause)
{
	bool seen[VOCAB_TERMS_MAX] = { false };
	char *copy = xstrdup(input), *save = NULL;
	enum isms_status rc = ISMS_OK;
	struct buf b;

	*out = NULL;
	for (char *w = strtok_r(copy, ",", &save); w != NULL && rc == ISMS_OK;
	    w = strtok_r(NULL, ",", &save))
		rc = vocab_set_item(v, key, w, seen, cause);
	free(copy);
	if (rc != ISMS_OK)
		return rc;
	buf_init(&b);
	for (size_t i = 0; i < v->n_terms; i++)
		if (seen[i])
			buf_printf(&b, "%s%s", b.len ? "," : "",
			    v->terms[i].token);
	*out = buf_take(&b);
	return ISMS_OK;
}

bool
vocab_set_has(const char *set, const char *token)
{
	size_t len = strlen(token);

	for (const char *p = set != NULL ? set : ""; *p != '\0';) {
		size_t n = strcspn(p, ",");

		if (n == len && strncmp(p, token, len) == 0)
			return true;
		p += n + (p[n] == ',');
	}
	return false;
}

char *
vocab_reasons_display(const char *stored, bool risk_linked, const char *sep)
{
	struct buf b;
	const char *p = stored != NULL ? stored : "";

	buf_init(&b);
	while (*p != '\0') {
		size_t n = strcspn(p, ",");

		if (b.len > 0)
			buf_adds(&b, sep);
		buf_add(&b, p, n);
		p += n;
		if (*p == ',')
			p++;
	}
	if (risk_linked) {
		if (b.len > 0)
			buf_adds(&b, sep);
		buf_adds(&b, "RA");
	}
	return buf_take(&b);
}

enum isms_status
vocab_require(const struct vocab *v, const char *input, const char **out,
              char **cause)
{
	char *choices;
	enum isms_status rc;

	*out = NULL;
	if (input == NULL || (*out = vocab_parse(v, input)) != NULL)
		return ISMS_OK;
	choices = vocab_choices(v);
	rc = status_fail(cause, ISMS_INVALID, "%s: unknown %s (use %s)", input,
	    v->name, choices);
	free(choices);
	return rc;
}

enum isms_status
vocab_name_index(const char *const *names, size_t n, const char *what,
                 const char *input, int *out, char **cause)
{
	struct buf b;
	enum isms_status rc;

	for (size_t i = 0; i < n; i++)
		if (strcasecmp(input, names[i]) == 0) {
			*out = (int)i;
			return ISMS_OK;
		}
	buf_init(&b);
	for (size_t i = 0; i < n; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", names[i]);
	rc = status_fail(cause, ISMS_INVALID, "%s: unknown %s (use %s)", input,
	    what, buf_str(&b));
	buf_done(&b);
	return rc;
}
