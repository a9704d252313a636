/*
 * history.c - releasing history rows and summaries.
 */
#include <stdlib.h>

#include "isms/rec/history.h"

void
history_rows_free(struct history_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(rows[i].at);
		free(rows[i].who);
		free(rows[i].entity);
		free(rows[i].key);
		free(rows[i].field);
		free(rows[i].old_value);
		free(rows[i].new_value);
	}
	free(rows);
}

void
history_summary_done(struct history_summary *s)
{
	free(s->last_at);
	free(s->last_by);
}
