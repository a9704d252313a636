#!/bin/sh
# tests/unit/nocmocka.sh - what make check runs instead of the unit tests
# when configure found no cmocka: a failure that says what is missing.
echo "Bail out! the unit tests need cmocka: install it" \
	"(libcmocka-dev on Debian) and run configure again"
exit 99
