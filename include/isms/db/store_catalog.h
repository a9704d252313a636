/*
 * store_catalog.h - catalogs copied into the database when an ISMS is created
 * (or a matrix added).
 * Seen only by src/db/ and src/model/.
 */
#ifndef ISMS_DB_STORE_CATALOG_H
#define ISMS_DB_STORE_CATALOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/db/db.h"
#include "isms/db/row.h"
#include "isms/catalog/catalog.h"

/* Copy a framework catalog (themes, attribute sets, requirements and their
 * attributes) and create the clause_status and soa_entry rows of its
 * clauses and controls.  Inside the caller's transaction. */
enum isms_status store_import_framework(struct db *db,
                                        const struct catalog *fw,
                                        const struct row_author *author,
                                        char **cause);
enum isms_status store_import_documents(struct db *db,
                                        const struct catalog *docs,
                                        const struct row_author *author,
                                        char **cause);
enum isms_status store_import_matrix(struct db *db,
                                     const struct catalog *matrix,
                                     const struct row_author *author,
                                     char **cause);

#endif
