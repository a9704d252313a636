/*
 * chain_int.h - what the chain's files (chain.c, chain_verify.c,
 * chain_redact.c) share; included only by them.
 */
#ifndef ISMS_DB_CHAIN_INT_H
#define ISMS_DB_CHAIN_INT_H

#include "isms/db/chain.h"

#define CHAIN_TAG "isms-history-chain-1"
#define CHAIN_VALUES 7                /* at who entity key field old new */
#define CHAIN_SALT 16
#define CHAIN_SALTS_HEX (CHAIN_VALUES * 2 * CHAIN_SALT)
#define CHAIN_WHO_AT 1                /* index of who among the values */
#define CHAIN_OLD_AT 5
#define CHAIN_NEW_AT 6

/* The history columns in chain order. */
extern const char *const chain_columns[CHAIN_VALUES];

/* d(value) with salt (value NULL for SQL NULL). */
void chain_digest(const unsigned char salt[CHAIN_SALT], const char *value,
                  unsigned char out[HASH_BYTES]);
/* The row hash from prev, seq and the digests of its values. */
void chain_link(const unsigned char prev[HASH_BYTES], int64_t seq,
                unsigned char d[CHAIN_VALUES][HASH_BYTES],
                unsigned char out[HASH_BYTES]);
/* The row hash of values with salts after prev. */
void chain_hash_row(const unsigned char prev[HASH_BYTES], int64_t seq,
                    const char *const values[CHAIN_VALUES],
                    unsigned char salts[CHAIN_VALUES][CHAIN_SALT],
                    unsigned char out[HASH_BYTES]);
/* Fresh random salts, and the same as CHAIN_SALTS_HEX hex digits. */
void chain_new_salts(unsigned char salts[CHAIN_VALUES][CHAIN_SALT],
                     char hex[CHAIN_SALTS_HEX + 1]);
/* The stored head (0 and zeros when none) and its replacement. */
enum isms_status chain_read_head(struct db *db, int64_t *seq,
                                 unsigned char hash[HASH_BYTES],
                                 char **cause);
enum isms_status chain_write_head(struct db *db, int64_t seq,
                                  const char *hex, char **cause);

#endif
