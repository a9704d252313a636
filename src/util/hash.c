/*
 * hash.c - SHA-256 and random bytes from libsodium, which is initialised
 * on first use.  A failure to initialise it (no random source at all)
 * aborts, like running out of memory: nothing can be chained then.
 */
#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#include "isms/util/hash.h"

static_assert(sizeof(crypto_hash_sha256_state) <=
    sizeof(((struct hash *)0)->state), "struct hash holds the state");

static void
hash_ready(void)
{
	static bool ready;

	if (ready)
		return;
	if (sodium_init() < 0) {
		fputs("isms: cannot initialise libsodium (no random source)\n",
		    stderr);
		abort();
	}
	ready = true;
}

static crypto_hash_sha256_state *
hash_state(struct hash *h)
{
	return (crypto_hash_sha256_state *)(void *)h->state.bytes;
}

void
hash_init(struct hash *h)
{
	hash_ready();
	crypto_hash_sha256_init(hash_state(h));
}

void
hash_add(struct hash *h, const void *data, size_t len)
{
	crypto_hash_sha256_update(hash_state(h), data, len);
}

void
hash_add_u64(struct hash *h, uint64_t v)
{
	unsigned char b[8];

	for (int i = 7; i >= 0; i--) {
		b[i] = (unsigned char)(v & 0xFF);
		v >>= 8;
	}
	hash_add(h, b, sizeof b);
}

void
hash_final(struct hash *h, unsigned char out[HASH_BYTES])
{
	crypto_hash_sha256_final(hash_state(h), out);
}

void
hash_sha256(const void *data, size_t len, unsigned char out[HASH_BYTES])
{
	hash_ready();
	crypto_hash_sha256(out, data, len);
}

void
hash_quick(const void *data, size_t len, unsigned char out[HASH_BYTES])
{
	hash_ready();
	crypto_generichash(out, HASH_BYTES, data, len, NULL, 0);
}

void
hash_to_hex(const unsigned char *bytes, size_t n, char *hex)
{
	sodium_bin2hex(hex, 2 * n + 1, bytes, n);
}

bool
hash_from_hex(const char *hex, unsigned char *bytes, size_t n)
{
	size_t got = 0;
	const char *end = NULL;

	if (strlen(hex) != 2 * n)
		return false;
	return sodium_hex2bin(bytes, n, hex, 2 * n, NULL, &got, &end) == 0 &&
	    got == n && *end == '\0';
}

void
hash_random(void *buf, size_t n)
{
	hash_ready();
	randombytes_buf(buf, n);
}

enum isms_status
hash_file(const char *path, char hex[HASH_HEX], char **cause)
{
	unsigned char buf[65536], sum[HASH_BYTES];
	struct hash h;
	struct stat sb;
	ssize_t got;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY), e;

	if (fd < 0) {
		e = errno;
		return status_fail(cause, e == ENOENT ? ISMS_NOT_FOUND :
		    ISMS_IO, "%s: %s", path, strerror(e));
	}
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		close(fd);
		return status_fail(cause, ISMS_INVALID, "%s: not a regular "
		    "file", path);
	}
	hash_init(&h);
	while ((got = read(fd, buf, sizeof buf)) > 0 ||
	    (got < 0 && errno == EINTR))
		if (got > 0)
			hash_add(&h, buf, (size_t)got);
	e = errno;
	close(fd);
	if (got < 0)
		return status_fail(cause, ISMS_IO, "%s: %s", path, strerror(e));
	hash_final(&h, sum);
	hash_to_hex(sum, HASH_BYTES, hex);
	return ISMS_OK;
}
