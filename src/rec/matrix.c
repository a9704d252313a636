/*
 * matrix.c - releasing a risk matrix.
 */
#include <stdlib.h>

#include "isms/rec/matrix.h"

void
matrix_step_done(struct matrix_step *s)
{
	free(s->abbrev);
	free(s->name);
	free(s->criteria);
}

void
matrix_free(struct matrix *mx)
{
	if (mx == NULL)
		return;
	for (int i = 0; i < mx->n_likelihood; i++)
		matrix_step_done(&mx->likelihood[i]);
	for (int i = 0; i < mx->n_impact; i++)
		matrix_step_done(&mx->impact[i]);
	for (int i = 0; i < mx->n_levels; i++) {
		free(mx->levels[i].id);
		free(mx->levels[i].name);
		free(mx->levels[i].colour);
	}
	free(mx->likelihood);
	free(mx->impact);
	free(mx->levels);
	free(mx->grid);
	free(mx->id);
	free(mx->title);
	free(mx);
}
