/*
 * date.c - validation of calendar dates and the clock as isms records it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "isms/util/date.h"

static bool
date_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
date_days_in(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	return m == 2 && date_leap(y) ? 29 : days[m - 1];
}

bool
date_valid(const char *s)
{
	int y, m, d;

	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1900 || m < 1 || m > 12 || d < 1)
		return false;
	return d <= date_days_in(y, m);
}

void
date_now_utc(char out[21])
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

void
date_today(char out[11])
{
	const char *fixed = getenv("ISMS_TODAY");
	time_t t = time(NULL);
	struct tm tm;

	if (fixed != NULL && date_valid(fixed)) {    /* tests fix the day */
		snprintf(out, 11, "%s", fixed);
		return;
	}
	localtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

void
date_add_days(const char *ymd, int days, char out[11])
{
	struct tm tm = { 0 };
	time_t t;

	sscanf(ymd, "%d-%d-%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	tm.tm_mday += days;
	tm.tm_hour = 12;              /* away from any DST edge */
	t = timegm(&tm);
	gmtime_r(&t, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

void
date_add_months(const char *ymd, int months, char out[11])
{
	int y, m, d, k;

	sscanf(ymd, "%d-%d-%d", &y, &m, &d);
	k = y * 12 + (m - 1) + months;
	y = k / 12;
	m = k % 12 + 1;
	if (d > date_days_in(y, m))
		d = date_days_in(y, m);       /* 31 January + 1: 28 February */
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u,
	    (unsigned)m % 100u, (unsigned)d % 100u);
}
