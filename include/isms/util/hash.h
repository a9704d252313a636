/*
 * hash.h - SHA-256 and random bytes for the history chain (and a faster
 * digest for isms's own comparisons), through libsodium (only
 * src/util/hash.c includes <sodium.h>).
 *
 * A struct hash is embedded by its user: hash_init(), hash_add() any
 * number of times, hash_final().  Nothing here allocates.
 */
#ifndef ISMS_UTIL_HASH_H
#define ISMS_UTIL_HASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isms/util/status.h"

#define HASH_BYTES 32
#define HASH_HEX (2 * HASH_BYTES + 1)          /* with the NUL */

struct hash {
	union {
		unsigned char bytes[128];
		uint64_t align;
	} state;                              /* libsodium's, opaque here */
};

void hash_init(struct hash *h);
void hash_add(struct hash *h, const void *data, size_t len);
/* Add v as 8 bytes, most significant first. */
void hash_add_u64(struct hash *h, uint64_t v);
void hash_final(struct hash *h, unsigned char out[HASH_BYTES]);

/* out = SHA-256 of data. */
void hash_sha256(const void *data, size_t len, unsigned char out[HASH_BYTES]);

/* out = BLAKE2b-256 of data: as collision-resistant as SHA-256 and about
 * ten times faster without SHA instructions, for a digest isms compares
 * only with one it made itself (the schema's, at each opening); what
 * others check (the history chain, documents) stays SHA-256. */
void hash_quick(const void *data, size_t len, unsigned char out[HASH_BYTES]);

/* The SHA-256 of the regular file at path (symbolic links followed), read
 * in pieces, as 64 lowercase hex digits into hex.  ISMS_NOT_FOUND,
 * ISMS_INVALID (not a regular file) or ISMS_IO naming path otherwise. */
enum isms_status hash_file(const char *path, char hex[HASH_HEX],
                           char **cause);

/* n bytes as 2n lowercase hex digits and a NUL into hex (2n + 1 bytes). */
void hash_to_hex(const unsigned char *bytes, size_t n, char *hex);
/* Exactly 2n hex digits (either case) at hex into n bytes; false when hex
 * is anything else. */
bool hash_from_hex(const char *hex, unsigned char *bytes, size_t n);

/* n bytes from the system's random source (libsodium's randombytes). */
void hash_random(void *buf, size_t n);

#endif
