/*
 * oom_test.c - memory running out anywhere: in libyaml, libcyaml, SQLite,
 * ncurses, libxlsxwriter, the C library or isms itself.
 *
 * This binary replaces malloc, calloc and realloc (glibc lets a program
 * do that; its own allocations and every library's then go through them)
 * with versions that, once armed, fail exactly one allocation: number N
 * after arming.  Each scenario runs in a child process for a spread of N
 * over all the allocations it makes, and must end in one of two ways:
 *
 *   - it returns, with success or with ISMS_NOMEM and a message saying
 *     "out of memory" (never "no such catalog", "too large", "disk I/O
 *     error", "unknown terminal"...), and leaves no temporary file; or
 *   - isms's own allocator aborted, saying "out of memory", and left no
 *     temporary file behind either.
 *
 * Skipped under AddressSanitizer, which owns malloc itself.
 */
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <limits.h>
#include <setjmp.h>
#include <signal.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>
#include <curses.h>

#include "isms/catalog/catalog.h"
#include "isms/model/reg.h"
#include "isms/model/create.h"
#include "isms/model/soa.h"
#include "isms/report/doc.h"
#include "isms/ui/term.h"
#include "isms/util/xmalloc.h"
#include "testutil.h"

#if defined(__SANITIZE_ADDRESS__)
#define OOM_INTERPOSED 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define OOM_INTERPOSED 0
#endif
#endif
#ifndef OOM_INTERPOSED
#define OOM_INTERPOSED 1
#endif

static long oom_count, oom_at;   /* 0: disarmed; else fail number oom_at */
static bool oom_spare_tinfo;     /* pass over allocations of libtinfo */

#if OOM_INTERPOSED
extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);

/* Whether the allocation being made comes from libtinfo. */
static bool
oom_in_tinfo(void)
{
	void *frames[24];
	int n = backtrace(frames, 24);

	for (int i = 1; i < n; i++) {
		Dl_info info;

		if (dladdr(frames[i], &info) != 0 && info.dli_fname != NULL &&
		    strstr(info.dli_fname, "libtinfo") != NULL)
			return true;
	}
	return false;
}

static int
oom_now(void)
{
	static bool busy;             /* backtrace() may allocate itself */

	if (oom_at == 0 || busy || ++oom_count != oom_at)
		return 0;
	busy = true;
	if (oom_spare_tinfo && oom_in_tinfo()) {
		oom_at++;             /* the next one fails instead */
		busy = false;
		return 0;
	}
	if (getenv("OOM_TEST_TRACE") != NULL) {   /* where it failed */
		void *frames[32];

		backtrace_symbols_fd(frames, backtrace(frames, 32), 2);
	}
	busy = false;
	errno = ENOMEM;
	return 1;
}

void *malloc(size_t n);
void *calloc(size_t k, size_t n);
void *realloc(void *p, size_t n);

void *
malloc(size_t n)
{
	return oom_now() ? NULL : __libc_malloc(n);
}

void *
calloc(size_t k, size_t n)
{
	return oom_now() ? NULL : __libc_calloc(k, n);
}

void *
realloc(void *p, size_t n)
{
	return oom_now() ? NULL : __libc_realloc(p, n);
}
#endif

/* What one run of a scenario reports to the parent. */
struct outcome {
	int status;                   /* enum isms_status */
	char message[400];
};

typedef void (*scenario_fn)(void *ctx, struct outcome *out);

/* Run in the parent after each child, when set: checks what it left. */
static void (*oom_after)(void *ctx, long n);

/* Run fn once without a failure, counting its allocations. */
static long
count_allocations(scenario_fn fn, void *ctx)
{
	struct outcome out;

	oom_count = 0;
	oom_at = LONG_MAX;
	fn(ctx, &out);
	oom_at = 0;
	if (out.status != ISMS_OK)
		fail_msg("without a failure: %s", out.message);
	return oom_count;
}

/* Whether dir holds a temporary file ("." then anything but the given
 * file names). */
static char *
leftover_in(const char *dir)
{
	DIR *dp;
	struct dirent *e;
	char *found = NULL;

	if (dir == NULL || (dp = opendir(dir)) == NULL)
		return NULL;
	while (found == NULL && (e = readdir(dp)) != NULL)
		if (e->d_name[0] == '.' && strcmp(e->d_name, ".") != 0 &&
		    strcmp(e->d_name, "..") != 0)
			found = strdup(e->d_name);
	closedir(dp);
	return found;
}

/* Run fn with allocation n failing, in a child; check how it ended.
 * With may_crash, a death by any signal is taken (the library's fault),
 * as long as no temporary file outlives it. */
static void
run_failing(scenario_fn fn, void *ctx, long n, const char *dir,
            bool may_crash)
{
	int res[2], err[2], status;
	struct outcome out;
	char errbuf[16384] = "";
	ssize_t got, e;
	char *left;
	pid_t pid;

	assert_int_equal(pipe(res), 0);
	assert_int_equal(pipe(err), 0);
	if ((pid = fork()) == 0) {
		close(res[0]);
		close(err[0]);
		dup2(err[1], STDERR_FILENO);
		/* cmocka catches these to go on with the next test */
		signal(SIGABRT, SIG_DFL);
		signal(SIGSEGV, SIG_DFL);
		signal(SIGBUS, SIG_DFL);
		signal(SIGILL, SIG_DFL);
		signal(SIGFPE, SIG_DFL);
		memset(&out, 0, sizeof out);
		oom_count = 0;
		oom_at = n;
		fn(ctx, &out);
		oom_at = 0;
		if (write(res[1], &out, sizeof out) != (ssize_t)sizeof out)
			_exit(3);
		_exit(0);
	}
	close(res[1]);
	close(err[1]);
	got = read(res[0], &out, sizeof out);
	for (size_t len = 0; (e = read(err[0], errbuf + len,
	    sizeof errbuf - 1 - len)) > 0; len += (size_t)e)
		errbuf[len + (size_t)e] = '\0';
	close(res[0]);
	close(err[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	if (WIFSIGNALED(status)) {
		if (!may_crash && (WTERMSIG(status) != SIGABRT ||
		    strstr(errbuf, "isms: out of memory") == NULL))
			fail_msg("allocation %ld: killed by signal %d: %s", n,
			    WTERMSIG(status), errbuf);
	} else {
		if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 ||
		    got != (ssize_t)sizeof out)
			fail_msg("allocation %ld: the child did not report "
			    "(exit status %d)\n%s", n, WIFEXITED(status) ?
			    WEXITSTATUS(status) : -1, errbuf);
		out.message[sizeof out.message - 1] = '\0';
		if (out.status != ISMS_OK && (out.status != ISMS_NOMEM ||
		    strstr(out.message, "out of memory") == NULL))
			fail_msg("allocation %ld: status %d, \"%s\"\n%s", n,
			    out.status, out.message, errbuf);
	}
	if ((left = leftover_in(dir)) != NULL)
		fail_msg("allocation %ld: %s left behind", n, left);
	if (oom_after != NULL)
		oom_after(ctx, n);
}

/* Every allocation of the first `dense`, then `spread` more evenly over
 * the rest. */
static void
sweep(scenario_fn fn, void *ctx, const char *dir, long dense, long spread,
      bool may_crash)
{
	long total = count_allocations(fn, ctx);
	long step;

	if (oom_after != NULL)
		oom_after(ctx, 0);
	assert_true(total > 0);
	for (long n = 1; n <= total && n <= dense; n++)
		run_failing(fn, ctx, n, dir, may_crash);
	step = total > dense ? (total - dense) / spread + 1 : 1;
	for (long n = dense + 1; n <= total; n += step)
		run_failing(fn, ctx, n, dir, may_crash);
}

static void
outcome_set(struct outcome *out, enum isms_status st, char *cause)
{
	out->status = (int)st;
	snprintf(out->message, sizeof out->message, "%s",
	    cause != NULL ? cause : "");
	free(cause);
}

/* ---- the scenarios ---- */

static void
load_framework(void *ctx, struct outcome *out)
{
	struct catalog *c = NULL;
	char *cause = NULL;
	enum isms_status st;

	(void)ctx;
	st = isms_catalog_get(ISMS_DEFAULT_FRAMEWORK, CATALOG_FRAMEWORK, &c,
	    &cause);
	catalog_free(c);
	outcome_set(out, st, cause);
}

static void
test_catalog_out_of_memory(void **state)
{
	(void)state;
	sweep(load_framework, NULL, NULL, 50, 150, false);
}

struct db_ctx {
	const char *path;
};

static void
open_and_read(void *ctx, struct outcome *out)
{
	struct db_ctx *c = ctx;
	struct soa_query q;
	struct isms *m = NULL;
	char *cause = NULL;
	size_t n = 0;
	enum isms_status st;

	memset(&q, 0, sizeof q);
	st = isms_open(c->path, false, &m, &cause);
	if (st == ISMS_OK)
		st = reg_view_count(m, &reg_soa, &q, &n, &cause);
	isms_close(m);
	outcome_set(out, st, cause);
}

static void
test_database_out_of_memory(void **state)
{
	char *dir = test_tmpdir(), *path = test_path(dir, "isms.db");
	struct isms_init init = { .org = "Acme" };
	struct db_ctx c = { path };
	struct isms *m = NULL;

	(void)state;
	assert_int_equal(isms_create(path, &init, &m, NULL), ISMS_OK);
	isms_close(m);
	sweep(open_and_read, &c, dir, 100, 300, false);
	test_rmtree(dir);
	free(path);
	free(dir);
}

static void
start_terminal(void *ctx, struct outcome *out)
{
	struct term_options o = { true, "script", 100, 30 };
	char *cause = NULL;

	(void)ctx;
	if (term_start(&o, &cause) != 0) {
		outcome_set(out, ISMS_NOMEM, cause);
		return;
	}
	if (LINES != 30 || COLS != 100) {
		char *why = xasprintf("the screen is %dx%d, not 100x30", COLS,
		    LINES);

		term_stop();
		outcome_set(out, ISMS_IO, why);
		return;
	}
	term_stop();
	outcome_set(out, ISMS_OK, NULL);
}

/* ncurses 6.4 itself crashes when an allocation of its terminfo loader
 * (libtinfo: _nc_setupterm(), _nc_read_termtype()) fails, so those are
 * passed over here and the next allocation fails instead: what is tried
 * is the screen newterm() makes and the one resizeterm() makes. */
static void
test_terminal_out_of_memory(void **state)
{
	void *frames[4];

	(void)state;
	backtrace(frames, 4);         /* load libgcc's unwinder now */
	oom_spare_tinfo = true;
	sweep(start_terminal, NULL, NULL, 400, 200, false);
	oom_spare_tinfo = false;
}

struct export_ctx {
	struct doc d;
	char *path;
};

static void
export_xlsx(void *ctx, struct outcome *out)
{
	struct export_ctx *c = ctx;
	char *cause = NULL;
	enum isms_status st;

	st = doc_export(&c->d, DOC_XLSX, c->path, NULL, &cause);
	unlink(c->path);
	outcome_set(out, st, cause);
}

/* libxlsxwriter 1.1.5 dereferences some of its failed allocations (the
 * copy of a sheet name), so the export may crash: what must hold is that
 * its temporary file never outlives it, and that what returns says "out
 * of memory". */
static void
test_export_out_of_memory(void **state)
{
	static const char *const heads[] = { "Control", "Owner" };
	char *dir;
	struct export_ctx c;
	struct doc_sheet *s;

	(void)state;
	if (!doc_xlsx_built)
		return;   /* no xlsx: cmocka 1.1.5 makes skip() "not ok" */
	dir = test_tmpdir();
	c.path = test_path(dir, "soa.xlsx");
	doc_init(&c.d, "Statement of Applicability");
	doc_field(&c.d, "Organisation", "Acme");
	s = doc_sheet(&c.d, "SoA", heads, 2);
	for (int i = 0; i < 40; i++) {
		const char *row[] = { "A.5.1", "ciso" };

		doc_row(s, row);
	}
	sweep(export_xlsx, &c, dir, 200, 300, true);
	doc_done(&c.d);
	test_rmtree(dir);
	free(c.path);
	free(dir);
}

struct create_ctx {
	char *path;
	bool demo;
};

static void
create_isms(void *ctx, struct outcome *out)
{
	struct create_ctx *c = ctx;
	struct isms_init init = { .org = "Acme", .demo = c->demo };
	struct isms *m = NULL;
	char *cause = NULL;
	enum isms_status st;

	st = isms_create(c->path, &init, &m, &cause);
	isms_close(m);
	outcome_set(out, st, cause);
}

/* After each run: no database, or a whole one (which goes for the next
 * run); never a half one. */
static void
create_after(void *ctx, long n)
{
	struct create_ctx *c = ctx;
	struct soa_query q;
	struct isms *m = NULL;
	char *cause = NULL;
	size_t controls = 0;

	if (access(c->path, F_OK) != 0)
		return;
	memset(&q, 0, sizeof q);
	if (isms_open(c->path, true, &m, &cause) != ISMS_OK ||
	    reg_view_count(m, &reg_soa, &q, &controls, &cause) != ISMS_OK ||
	    controls != 93)
		fail_msg("allocation %ld: a half-made database was left: %s", n,
		    cause != NULL ? cause : "");
	isms_close(m);
	unlink(c->path);
}

/* `isms init --demo` running out of memory anywhere (xmalloc aborting
 * included) leaves no database or a whole one, and no temporary file. */
static void
test_create_out_of_memory(void **state)
{
	char *dir = test_tmpdir();
	struct create_ctx c = { test_path(dir, "isms.db"), true };

	(void)state;
	oom_after = create_after;
	sweep(create_isms, &c, dir, 0, 80, false);
	oom_after = NULL;
	test_rmtree(dir);
	free(c.path);
	free(dir);
}

int
main(void)
{
	if (!OOM_INTERPOSED) {
		/* (cmocka's skip() reads as a failure to automake) */
		printf("1..0 # SKIP malloc belongs to AddressSanitizer\n");
		return 0;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_catalog_out_of_memory),
		cmocka_unit_test(test_database_out_of_memory),
		cmocka_unit_test(test_terminal_out_of_memory),
		cmocka_unit_test(test_export_out_of_memory),
		cmocka_unit_test(test_create_out_of_memory),
	};

	return cmocka_run_group_tests(tests, NULL, NULL) != 0;
}
