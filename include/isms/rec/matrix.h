/*
 * matrix.h - the risk matrix of an ISMS as the model and the faces see
 * it: its likelihood and impact scales, its levels and its grid.
 *
 * A struct matrix is one allocation tree, freed with matrix_free().
 */
#ifndef ISMS_REC_MATRIX_H
#define ISMS_REC_MATRIX_H

struct matrix_step {                  /* a likelihood or impact value */
	int value;                    /* 1 .. n */
	char *abbrev, *name, *criteria;
};

struct matrix_level {
	int rank;                     /* 0 = lowest */
	char *id, *name, *colour;
	int review_days;
};

struct matrix {
	char *id, *title;
	int version;
	int acceptance_rank;          /* highest acceptable level rank */
	struct matrix_step *likelihood, *impact;
	int n_likelihood, n_impact;
	struct matrix_level *levels;
	int n_levels;
	int *grid;                    /* [(l-1)*n_impact+(i-1)] = level rank */
};

/* Free the strings of one step (not the step). */
void matrix_step_done(struct matrix_step *s);

/* Free mx and all it holds; NULL is fine. */
void matrix_free(struct matrix *mx);

#endif
