/*
 * vocab.h - the closed vocabularies of isms: clause status, SoA
 * applicability, implementation status and reasons for inclusion, the
 * kinds, types and statuses of documents, and the like.
 *
 * Each term has a stored token ("in-progress") and a label for people
 * ("in progress").  Input is accepted as either, in any letter case, with
 * spaces, hyphens and underscores treated alike.
 */
#ifndef ISMS_REC_VOCAB_H
#define ISMS_REC_VOCAB_H

#include <stdbool.h>
#include <stddef.h>

#include "isms/util/status.h"

struct vocab_term {
	const char *token;
	const char *label;
	const char *derived;          /* why it is never typed, or NULL */
};

/* At most this many terms a vocabulary. */
#define VOCAB_TERMS_MAX 32

struct vocab {
	const char *name;             /* "clause status", for messages */
	const struct vocab_term *terms;
	size_t n_terms;
	bool by_label;                /* the labels are what people type and
	                               * choices offer (tokens still parse) */
};

extern const struct vocab vocab_clause_status;
extern const struct vocab vocab_applicable;
extern const struct vocab vocab_soa_status;
extern const struct vocab vocab_reason;       /* LR CO BR BP RA */
extern const struct vocab vocab_treatment;    /* modify retain avoid share,
                                               * shown as mitigate accept
                                               * avoid transfer */
extern const struct vocab vocab_risk_status;
extern const struct vocab vocab_action_status;
extern const struct vocab vocab_asset_type;
extern const struct vocab vocab_rating;       /* "" (not rated), 1 .. 5 */
extern const struct vocab vocab_document_kind;   /* document record */
extern const struct vocab vocab_document_type;
extern const struct vocab vocab_document_status; /* draft ... retired */
extern const struct vocab vocab_retention_from;  /* created superseded ... */
extern const struct vocab vocab_required_status; /* present missing ... */
extern const struct vocab vocab_yes_no;          /* a REC_FLAG in words */

/* The token for input, or NULL when it is not a term of v. */
const char *vocab_parse(const struct vocab *v, const char *input);

/* The label of a stored token (the token itself when unknown). */
const char *vocab_label(const struct vocab *v, const char *token);

/* The token for input in *out; input NULL gives *out NULL.  Otherwise
 * ISMS_INVALID "INPUT: unknown NAME (use a, b or c)". */
enum isms_status vocab_require(const struct vocab *v, const char *input,
                               const char **out, char **cause);

/* The index of input among the n names (any case) in *out; otherwise
 * ISMS_INVALID "INPUT: unknown WHAT (use a, b, c)". */
enum isms_status vocab_name_index(const char *const *names, size_t n,
                                  const char *what, const char *input,
                                  int *out, char **cause);

/* "a, b or c" listing the terms of v that may be typed (tokens, or the
 * labels of a vocabulary by_label); newly allocated. */
char *vocab_choices(const struct vocab *v);

/*
 * Parse a comma-separated list of terms of v (tokens, labels or aliases)
 * into the stored form: tokens in the vocabulary's order, no duplicates,
 * joined by commas ("" for none); *out is newly allocated.  A derived
 * term (reason RA) is refused, and so is an unknown one: ISMS_INVALID
 * with a message naming key in *cause.
 */
enum isms_status vocab_parse_set(const struct vocab *v, const char *key,
                                 const char *input, char **out,
                                 char **cause);

/* Whether the stored list set ("LR,CO") holds token. */
bool vocab_set_has(const char *set, const char *token);

/* The reasons to show for an entry: stored ones plus RA when linked,
 * separated by sep; newly allocated. */
char *vocab_reasons_display(const char *stored, bool risk_linked,
                            const char *sep);

#endif
