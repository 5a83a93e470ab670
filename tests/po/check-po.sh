#!/bin/sh
# A translation is complete: it compiles, and has no untranslated or fuzzy
# message. Run by meson with the .po file as the argument.
set -e
stats=$(msgfmt --check --statistics -o /dev/null "$1" 2>&1)
echo "$stats"
case "$stats" in
  *untranslated*|*fuzzy*) echo "$1 is not complete"; exit 1 ;;
esac
