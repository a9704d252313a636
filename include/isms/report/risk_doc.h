/*
 * risk_doc.h - the risk register and the treatment plan as auditors
 * receive them (doc.h): the method and legend, inherent and residual heat
 * maps, the register with levels in words and the acceptance state, and
 * the actions per risk.
 */
#ifndef ISMS_REPORT_RISK_DOC_H
#define ISMS_REPORT_RISK_DOC_H

#include "isms/model/isms.h"
#include "isms/model/risk.h"
#include "isms/report/doc.h"

/* "above-appetite accepted-stale review-overdue action-overdue" (caller
 * frees; "" when nothing needs attention). */
char *risk_doc_flags(const struct risk_row *r, const char *today);

/* "accepted", "stale", "expired" or "" for the acceptance of r. */
const char *risk_doc_acceptance(const struct risk_row *r, const char *today);

/* "High (L4 I3)" or "" for a score of r on mx. */
void risk_doc_level(const struct matrix *mx, int l, int i, char *buf,
                    size_t size);
/* The current level of r: as risk_doc_level() for its current scores,
 * or the level's name alone when a tier named it before the current risk
 * was scored; "" when neither. */
void risk_doc_current(const struct matrix *mx, const struct risk_row *r,
                      char *buf, size_t size);

/* Where a streamed sheet of risks comes from: the risks query selects
 * (NULL: every risk, by ref) on matrix mx, read when the sheet is written;
 * when reading fails, rc and cause (the source's to free) say why. */
struct risk_doc_source {
	struct isms *m;
	const struct matrix *mx;
	const void *query;            /* struct risk_query, or NULL */
	char today[11];
	doc_emit_fn emit;             /* while the sheet is written */
	void *ectx;
	enum isms_status rc;
	char *cause;
};

/* Set src up for mx and query (NULL: every risk); risk_doc_source_done()
 * frees what it keeps. */
void risk_doc_source_init(struct risk_doc_source *src, struct isms *m,
                          const struct matrix *mx, const void *query);
void risk_doc_source_done(struct risk_doc_source *src);

/* Add the register sheet of src's risks to d (the csv of `risk list`),
 * streamed from src when a writer reaches it. */
struct doc_sheet *risk_doc_register(struct doc *d,
                                    struct risk_doc_source *src);

/* The whole register export: method, heat maps, register, treatment.
 * *warning as doc_export() gives it. */
enum isms_status risk_export(struct isms *m, enum doc_format f,
                             const char *path, char **warning,
                             char **cause);
/* The same for the risks q selects (NULL: all; the heat maps count them,
 * the plan has their actions), with selection (how the risks were chosen,
 * in words; NULL when all are) in the document-control header. */
enum isms_status risk_export_view(struct isms *m, const struct risk_query *q,
                                  const char *selection, enum doc_format f,
                                  const char *path, char **warning,
                                  char **cause);
/* The treatment plan export: actions with their risk and control. */
enum isms_status treatment_export(struct isms *m, enum doc_format f,
                                  const char *path, char **warning,
                                  char **cause);

#endif
