/*
 * catalog_fuzz.c - a libFuzzer harness on the catalog loader and its
 * validation (tests/reliability/fuzz.sh runs it).
 *
 * Each input is written to a private temporary file and loaded with
 * catalog_load(): read, text check, YAML structure, decode, validation,
 * conversion.  A document list that loads is also checked against the
 * shipped framework, and a framework that loads has the shipped document
 * list checked against it, so the cross-catalog validation is fuzzed too.
 * Any crash, sanitizer report, leak or hang is a finding.
 *
 * Built with clang, -DISMS_LIBFUZZER and -fsanitize=fuzzer (build-fuzz/)
 * it is the fuzzer; built without, `catalog_fuzz FILE...` replays files
 * through the same function (the regression inputs in tests/data).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "isms/catalog/catalog.h"
#include "isms/util/xmalloc.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *fuzz_file;                 /* the input, as a file */
static struct catalog *fuzz_framework;  /* shipped, for the cross-check */
static struct catalog *fuzz_documents;

/* A shipped catalog from $ISMS_CATALOG_PATH (its first directory). */
static struct catalog *
fuzz_shipped(const char *name)
{
	const char *dirs = getenv("ISMS_CATALOG_PATH");
	struct catalog *c = NULL;
	char *path;

	if (dirs == NULL || dirs[0] == '\0')
		dirs = "catalogs";
	path = xasprintf("%.*s/%s", (int)strcspn(dirs, ":"), dirs, name);
	if (catalog_load(path, &c, NULL) != ISMS_OK) {
		fprintf(stderr, "catalog_fuzz: cannot load %s "
		    "(set ISMS_CATALOG_PATH)\n", path);
		exit(2);
	}
	free(path);
	return c;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *tmp = getenv("TMPDIR");

	(void)argc;
	(void)argv;
	if (access("/dev/shm", W_OK) == 0)
		tmp = "/dev/shm";
	else if (tmp == NULL || tmp[0] != '/')
		tmp = "/tmp";
	fuzz_file = xasprintf("%s/isms-fuzz-%ld.yaml", tmp, (long)getpid());
	fuzz_framework = fuzz_shipped("iso27001-2022.yaml");
	fuzz_documents = fuzz_shipped("iso27001-2022-documents.yaml");
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct catalog *c = NULL;
	struct diag_list dl;
	FILE *f = fopen(fuzz_file, "wb");

	if (f == NULL || fwrite(data, 1, size, f) != size || fclose(f) != 0) {
		perror(fuzz_file);
		abort();
	}
	diag_list_init(&dl);
	if (catalog_load(fuzz_file, &c, &dl) == ISMS_OK) {
		if (c->kind == CATALOG_DOCUMENTS)
			catalog_check_documents(c, fuzz_framework, &dl);
		else if (c->kind == CATALOG_FRAMEWORK)
			catalog_check_documents(fuzz_documents, c, &dl);
		catalog_free(c);
	}
	diag_list_done(&dl);
	unlink(fuzz_file);
	return 0;
}

#ifndef ISMS_LIBFUZZER
/* Replay each file given; exit 0 when none crashed (a crash ends it). */
int
main(int argc, char **argv)
{
	LLVMFuzzerInitialize(&argc, &argv);
	for (int i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		static uint8_t buf[CATALOG_MAX_BYTES + 1];
		size_t n;

		if (f == NULL) {
			perror(argv[i]);
			return 2;
		}
		n = fread(buf, 1, sizeof buf, f);
		fclose(f);
		LLVMFuzzerTestOneInput(buf, n);
	}
	printf("catalog_fuzz: replayed %d inputs\n", argc - 1);
	free(fuzz_file);
	catalog_free(fuzz_framework);
	catalog_free(fuzz_documents);
	return 0;
}
#endif
