#!/usr/bin/env bash
# One command from a fresh clone to TermLens running on the demo page:
# installs Chromium when none is found (Debian/Ubuntu, via apt-get), the npm
# dependencies, builds for Chrome and Firefox, and opens the demo
# (headless with a screenshot when there is no display).
set -euo pipefail
cd "$(dirname "$0")/.."

find_chromium() {
  if [[ -n "${CHROMIUM_PATH:-}" ]]; then
    [[ -x "$CHROMIUM_PATH" ]] && { echo "$CHROMIUM_PATH"; return 0; }
    echo "CHROMIUM_PATH is set to $CHROMIUM_PATH, but that is not an executable file." >&2
    exit 1
  fi
  local name
  for name in chromium chromium-browser; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
  done
  return 1
}

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo -n "$@"; fi
}

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "TermLens needs Node.js 20 or newer with npm. Install them (https://nodejs.org or your package manager) and run this again." >&2
  exit 1
fi
if (( $(node -p 'process.versions.node.split(".")[0]') < 20 )); then
  echo "TermLens needs Node.js 20 or newer; this is $(node --version)." >&2
  exit 1
fi

find_firefox() {
  local name
  for name in firefox-esr firefox; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
  done
  return 1
}

# `npm test` runs its end-to-end tests in Debian's chromium and firefox-esr, so
# both are installed here, not only the one the demo opens.
missing=()
chromium_path=$(find_chromium) || missing+=(chromium)
find_firefox >/dev/null || missing+=(firefox-esr)
if (( ${#missing[@]} > 0 )); then
  if command -v apt-get >/dev/null 2>&1 && { [[ $(id -u) -eq 0 ]] || sudo -n true 2>/dev/null; }; then
    echo "Installing Debian's ${missing[*]} with apt-get (the demo and the tests need them)."
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
    chromium_path=$(find_chromium) || { echo "apt-get installed chromium, but no chromium command appeared." >&2; exit 1; }
    find_firefox >/dev/null || { echo "apt-get installed firefox-esr, but no firefox-esr command appeared." >&2; exit 1; }
  else
    cat >&2 <<MSG
Missing: ${missing[*]}. They cannot be installed automatically here (that needs apt-get and root or password-less sudo).
Install them yourself, then run this again:
  Debian/Ubuntu:  sudo apt-get install chromium firefox-esr
  Fedora:         sudo dnf install chromium firefox
  Arch:           sudo pacman -S chromium firefox
  macOS:          brew install --cask chromium firefox
Or point CHROMIUM_PATH at a Chromium or Chrome for Testing binary. Branded Google Chrome does not work:
since version 137 it ignores the --load-extension switch the demo relies on. Firefox must be 140 or newer.
MSG
    exit 1
  fi
fi
echo "Using Chromium at $chromium_path and Firefox at $(find_firefox)"
export CHROMIUM_PATH="$chromium_path"

# The project never downloads a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1
if [[ -f package-lock.json ]]; then npm ci; else npm install; fi
npm run demo
