/*
 * history.c - reading the change history through the model.
 */
#include "isms/model/history.h"

enum isms_status
history_list(struct isms *m, const char *entity, const char *key,
             int64_t limit, struct history_row **rows, size_t *n,
             char **cause)
{
	return store_history_list(isms_db(m), entity, key, limit, rows, n,
	    cause);
}

enum isms_status
history_summarize(struct isms *m, const char *entity,
                  struct history_summary *out, char **cause)
{
	return store_history_summary(isms_db(m), entity, out, cause);
}
