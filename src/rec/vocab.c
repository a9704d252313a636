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

#define VOCAB(name, terms) { name, terms, sizeof terms / sizeof *terms }

static const struct vocab_term clause_status_terms[] = {
	{ "not-started", "not started" },
	{ "in-progress", "in progress" },
	{ "implemented", "implemented" },
	{ "verified", "verified" },
};

static const struct vocab_term applicable_terms[] = {
	{ "yes", "yes" },
	{ "no", "no" },
	{ "undecided", "undecided" },
};

static const struct vocab_term soa_status_terms[] = {
	{ "not-started", "not started" },
	{ "planned", "planned" },
	{ "partial", "partial" },
	{ "implemented", "implemented" },
};

static const struct vocab_term reason_terms[] = {
	{ "LR", "legal or regulatory requirement" },
	{ "CO", "contractual obligation" },
	{ "BR", "business requirement" },
	{ "BP", "best practice" },
	{ "RA", "risk assessment (from linked risks)" },
};

static const struct vocab_term treatment_terms[] = {
	{ "modify", "modify (mitigate)" },
	{ "retain", "retain (accept)" },
	{ "avoid", "avoid" },
	{ "share", "share (transfer)" },
};

static const struct vocab_term risk_status_terms[] = {
	{ "open", "open" },
	{ "treating", "in treatment" },
	{ "monitoring", "monitoring" },
	{ "closed", "closed" },
};

static const struct vocab_term action_status_terms[] = {
	{ "planned", "planned" },
	{ "in-progress", "in progress" },
	{ "done", "done" },
	{ "cancelled", "cancelled" },
};

static const struct vocab_term asset_type_terms[] = {
	{ "information", "information" },
	{ "software", "software" },
	{ "hardware", "hardware" },
	{ "service", "service" },
	{ "people", "people" },
	{ "site", "site" },
	{ "supplier", "supplier" },
	{ "other", "other" },
};

const struct vocab vocab_treatment = VOCAB("treatment option",
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

	buf_init(&b);
	for (size_t i = 0; i < v->n_terms; i++) {
		if (i > 0)
			buf_adds(&b, i + 1 == v->n_terms ? " or " : ", ");
		buf_adds(&b, v->terms[i].token);
	}
	return buf_take(&b);
}

static enum isms_status
vocab_reason_bad(const char *key, const char *word, char **cause)
{
	if (vocab_same(word, "RA"))
		return status_fail(cause, ISMS_INVALID, "%s: reason RA comes from "
		    "linked risks and cannot be set by hand", key);
	return status_fail(cause, ISMS_INVALID, "%s: unknown reason for "
	    "inclusion '%s' (use LR, CO, BR or BP)", key, word);
}

enum isms_status
vocab_parse_reasons(const char *key, const char *input, char **out,
                    char **cause)
{
	bool seen[sizeof reason_terms / sizeof *reason_terms] = { false };
	char *copy = xstrdup(input), *save = NULL;
	struct buf b;

	*out = NULL;
	for (char *w = strtok_r(copy, ", ", &save); w != NULL;
	    w = strtok_r(NULL, ", ", &save)) {
		size_t i;

		for (i = 0; i + 1 < vocab_reason.n_terms; i++)  /* not RA */
			if (vocab_same(w, reason_terms[i].token))
				break;
		if (i + 1 == vocab_reason.n_terms) {
			enum isms_status rc = vocab_reason_bad(key, w, cause);

			free(copy);
			return rc;
		}
		seen[i] = true;
	}
	free(copy);
	buf_init(&b);
	for (size_t i = 0; i + 1 < vocab_reason.n_terms; i++) {
		if (!seen[i])
			continue;
		if (b.len > 0)
			buf_addc(&b, ',');
		buf_adds(&b, reason_terms[i].token);
	}
	*out = buf_take(&b);
	return ISMS_OK;
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
