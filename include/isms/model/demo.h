/*
 * demo.h - a believable, fictional organisation for first looks and
 * screenshots (`isms init --demo`): assets, risks with treatment and an
 * acceptance, a filled Statement of Applicability, clause progress, a
 * small team and its documented information.
 */
#ifndef ISMS_MODEL_DEMO_H
#define ISMS_MODEL_DEMO_H

#include "isms/model/isms.h"

/* The organisation and scope the demo is written for. */
#define DEMO_ORG "Fjordlight Analytics AS (fictional)"
#define DEMO_SCOPE "The Fjordlight SaaS analytics platform, its operations " \
	"team and the Bergen office"

/* Fill the new, empty ISMS m with the demo, all or nothing. */
enum isms_status demo_fill(struct isms *m, char **cause);

/* The team and the documents of the demo (demo_docs.c), inside
 * demo_fill()'s transaction. */
enum isms_status demo_fill_documents(struct isms *m, char **cause);

#endif
