#!/bin/sh
# Fails when po/POTFILES.in misses a file with translatable strings (its
# strings would never reach the translators). Fix: po/update-potfiles.sh.
set -e
cd "$1"
expected=$(mktemp)
trap 'rm -f "$expected"' EXIT
sh po/update-potfiles.sh "$expected"
if ! diff -u po/POTFILES.in "$expected"; then
  echo "po/POTFILES.in is out of date: run po/update-potfiles.sh"
  exit 1
fi
