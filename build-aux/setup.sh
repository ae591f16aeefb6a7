#!/usr/bin/env bash
# build-aux/setup.sh — installs what Foothold needs on Debian 12 and builds it.
# Sourced by run.sh and test.sh; safe to run again (it only does what is missing).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${FOOTHOLD_BUILD_DIR:-$root/build}"

packages=(
  build-essential pkg-config meson ninja-build gettext
  libgtk-4-dev libadwaita-1-dev libjson-glib-dev libsqlite3-dev
  libglib2.0-bin libxml2-utils desktop-file-utils appstream-util appstream python3
  shared-mime-info xvfb xauth fonts-dejavu-core
  poppler-utils fonts-noto-cjk clang-format
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
      echo "Installing: ${missing[*]}"
      apt-get update -q
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    else
      echo "Foothold needs these Debian packages: ${missing[*]}" >&2
      echo "Install them with: sudo apt-get install --no-install-recommends ${missing[*]}" >&2
      exit 1
    fi
  fi
else
  for tool in meson ninja pkg-config xvfb-run; do
    command -v "$tool" >/dev/null 2>&1 || {
      echo "This is not Debian: install by hand meson (>= 1.0), ninja, pkg-config, gettext," >&2
      echo "GTK >= 4.8, libadwaita >= 1.2, json-glib >= 1.6, SQLite >= 3.40 (with the session" >&2
      echo "extension), desktop-file-utils, appstream-util, appstreamcli, xmllint and Xvfb." >&2
      exit 1
    }
  done
fi

# The money tests read and write amounts in German and Korean too (decimal comma,
# other grouping); they are skipped where these locales are missing.
if command -v localedef >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  for l in de_DE ko_KR; do
    locale -a 2>/dev/null | grep -qi "^$l.utf-\?8$" ||
      localedef -i "$l" -f UTF-8 "$l.UTF-8" 2>/dev/null || true
  done
fi

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "$root"
fi
ninja -C "$build"
