#!/usr/bin/env bash
# Everything FieldDesk needs on a fresh Debian/Ubuntu machine, in one place.
#   scripts/setup.sh          system libraries + .venv + the project + compiled translations
# System libraries are installed with apt-get when run as root; otherwise the exact
# apt line is printed and the script stops, so nothing half-works later.
set -euo pipefail
cd "$(dirname "$0")/.."

# Offscreen Qt (tests, --selftest):
APT_QT="libgl1 libegl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libdbus-1-3"
# A real window (and Xvfb for screenshots):
APT_WINDOW="xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1 libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0 libx11-xcb1"
# PDF checks (pdftoppm, pdftotext, pdffonts) and creating the venv:
APT_TOOLS="poppler-utils poppler-data python3-venv"
# PostgreSQL for a large HQ: the server (initdb, pg_ctl; the tests start a throwaway one)
# and libpq for psycopg should its bundled copy be unavailable on this platform:
APT_PG="postgresql libpq5"
APT_ALL="$APT_QT $APT_WINDOW $APT_TOOLS $APT_PG"

missing=()
for pkg in $APT_ALL; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "setup: installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: missing system packages. Run:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
  echo "setup: FieldDesk needs Python 3.11 or newer ($PY is $("$PY" --version 2>&1))." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.fielddesk-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e '.[dev]'
  touch "$stamp"
fi

# Translations: .ts sources are in git, .qm files are built here.
.venv/bin/python -m desktop.i18n_build
