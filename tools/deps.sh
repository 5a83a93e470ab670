# Debian 12 packages for building, running and testing Renkei.
# Sourced by tools/try-renkei.sh and tools/run-tests.sh.

RUN_PACKAGES="build-essential pkg-config meson ninja-build gettext
  libglib2.0-bin libgtk-4-dev libadwaita-1-dev libsqlite3-dev libxlsxwriter-dev
  libcairo2-dev libpango1.0-dev librsvg2-common shared-mime-info fonts-noto-cjk
  desktop-file-utils appstream-util"

TEST_PACKAGES="xvfb xauth dbus dbus-x11 at-spi2-core python3-pyatspi python3-gi
  gir1.2-atspi-2.0 xdotool imagemagick poppler-utils python3-openpyxl
  libxml2-utils locales sqlite3 clang libclang-rt-14-dev
  libreoffice-calc-nogui"

as_root () {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# install_deps run|test
install_deps () {
  local packages="$RUN_PACKAGES"
  [ "$1" = test ] && packages="$packages $TEST_PACKAGES"

  # Skip apt when everything is there already (a developer's second run).
  # shellcheck disable=SC2086
  if dpkg-query -W -f='${Status}\n' $packages 2>/dev/null | grep -qv 'install ok installed' ||
     [ "$(dpkg-query -W -f='${Status}\n' $packages 2>/dev/null | wc -l)" -lt "$(echo $packages | wc -w)" ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $packages
  fi

  # The GUI tests run in Japanese; a fresh machine has no ja_JP locale.
  if [ "$1" = test ] && ! locale -a 2>/dev/null | grep -qi '^ja_JP\.utf-\?8$'; then
    as_root localedef -i ja_JP -f UTF-8 ja_JP.UTF-8
  fi
}
