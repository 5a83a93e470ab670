#!/bin/sh
# Writes po/POTFILES.in (or the file given): every file with translatable
# strings, sorted. Run from the top of the source tree after adding one.
set -e
out=${1:-po/POTFILES.in}
{
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml
  ls data/ui/*.ui data/gtk/*.ui
  grep -rlE '(^|[^a-z_])(_|N_|C_|NC_|g_dngettext) ?\(' src --include='*.c'
} | LC_ALL=C sort > "$out"
