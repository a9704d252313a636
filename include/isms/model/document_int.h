/*
 * document_int.h - what the document modules of the model share
 * (document.c, document_act.c, required.c); for src/model/ only.
 */
#ifndef ISMS_MODEL_DOCUMENT_INT_H
#define ISMS_MODEL_DOCUMENT_INT_H

#include "isms/model/document.h"

/* Fill the derived fields of r (read from the store) as of today. */
void document_derive(struct document_row *r, const char *today);

/* Whether r satisfies a required document of kind ("document",
 * "control-record", ...) as of today; when not, why in *why (static). */
bool document_satisfies(const struct document_row *r, const char *kind,
                        const char *today, const char **why);

/* The stored form of a retention as typed: months ("36", "36 months"),
 * "permanent" or "" into out; false when it is none of these. */
bool document_retention(const char *in, char *out, size_t size);

#endif
