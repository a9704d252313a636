/*
 * history.h - the change history of an ISMS, newest first.
 */
#ifndef ISMS_MODEL_HISTORY_H
#define ISMS_MODEL_HISTORY_H

#include "isms/model/isms.h"

/* The newest limit changes (all when limit <= 0); entity and key narrow
 * the list when not NULL.  Free with history_rows_free(). */
enum isms_status history_list(struct isms *m, const char *entity,
                              const char *key, int64_t limit,
                              struct history_row **rows, size_t *n,
                              char **cause);

/* The changes recorded for entity ("soa", "clause"); release with
 * history_summary_done(). */
enum isms_status history_summarize(struct isms *m, const char *entity,
                                   struct history_summary *out,
                                   char **cause);

#endif
