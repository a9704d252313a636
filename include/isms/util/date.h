/*
 * date.h - calendar dates and timestamps as isms stores them.
 *
 * Dates are "YYYY-MM-DD" (proleptic Gregorian, years 1900-9999);
 * timestamps are UTC "YYYY-MM-DDTHH:MM:SSZ".
 */
#ifndef ISMS_UTIL_DATE_H
#define ISMS_UTIL_DATE_H

#include <stdbool.h>

/* True when s is exactly a real calendar date "YYYY-MM-DD". */
bool date_valid(const char *s);

/* Current UTC time into out (at least 21 bytes). */
void date_now_utc(char out[21]);

/* Today's local date into out (at least 11 bytes); ISMS_TODAY, when it
 * holds a valid date, instead (tests fix the day with it). */
void date_today(char out[11]);

/* The date days after the valid date ymd (YYYY-MM-DD). */
void date_add_days(const char *ymd, int days, char out[11]);

/* The date months (>= 0) after the valid date ymd, on the same day of the
 * month or the last day of a shorter month (31 January + 1: 28 or 29
 * February). */
void date_add_months(const char *ymd, int months, char out[11]);

#endif
