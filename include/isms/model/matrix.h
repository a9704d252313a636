/*
 * matrix.h - the risk method of an ISMS: its matrix (likelihood and impact
 * scales with criteria, risk levels with review intervals, the grid) and
 * the acceptance criterion; and changing to another matrix by re-mapping
 * every score explicitly.
 *
 * struct matrix (rec/matrix.h) is returned by matrix_get() and released with
 * matrix_free().
 */
#ifndef ISMS_MODEL_MATRIX_H
#define ISMS_MODEL_MATRIX_H

#include "isms/model/isms.h"

/* The matrix the ISMS scores with. */
enum isms_status matrix_get(struct isms *m, struct matrix **out,
                            char **cause);

/* Level rank of likelihood l and impact i; -1 when either is 0 (not
 * scored) or outside the scales. */
int matrix_rank(const struct matrix *mx, int l, int i);

/* The level of rank r, or NULL. */
const struct matrix_level *matrix_level_at(const struct matrix *mx, int r);

/* The rank of the level named id or name (any case); -1 when none. */
int matrix_level_find(const struct matrix *mx, const char *name);

/* Whether a level of rank r is above the acceptance criterion. */
bool matrix_above(const struct matrix *mx, int r);

/* "L3 x I4 = High" style text of a score (buf of at least 64 bytes);
 * "-" when not scored. */
const char *matrix_score_text(const struct matrix *mx, int l, int i,
                              char *buf, size_t size);

/* A score value parsed from text: a number, or a step's abbreviation or
 * name on axis ("likelihood"/"impact"); "" and "-" are 0 (not scored).
 * ISMS_INVALID naming the valid values otherwise. */
enum isms_status matrix_parse_value(const struct matrix *mx,
                                    const char *axis, const char *text,
                                    int *out, char **cause);

/*
 * Change the ISMS to the matrix catalog id, re-mapping the scores of every
 * risk by maps ("likelihood:1=1,2=1,3=2" and "impact:..."; values not
 * named keep their number when the new scale has it).  When some score
 * in use has no place on the new scale, nothing changes and ISMS_INVALID
 * lists what needs mapping.  Every change is in the history.
 */
enum isms_status matrix_switch(struct isms *m, const char *id,
                               const char *const *maps, size_t n_maps,
                               size_t *remapped, char **cause);

#endif
