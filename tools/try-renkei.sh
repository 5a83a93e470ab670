#!/bin/bash
# Installs what Renkei needs, builds it, and opens the sample workspace.
#   sh tools/try-renkei.sh        (from the top of the source tree)
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/deps.sh

install_deps run

[ -f build/build.ninja ] || meson setup build
meson compile -C build

sample="${XDG_DATA_HOME:-$HOME/.local/share}/renkei/sample.renkei"
if [ ! -f "$sample" ]; then
  mkdir -p "$(dirname "$sample")"
  build/src/cli/renkei-cli sample "$sample"
fi

# meson devenv points the uninstalled build at its own settings schema and
# translations (meson.add_devenv in the top-level meson.build).
exec meson devenv -C build renkei "$sample"
