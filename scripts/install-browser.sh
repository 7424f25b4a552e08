#!/usr/bin/env bash
# Installs Debian's chromium for the Playwright browser tests (tests/browser/).
# Idempotent: does nothing when /usr/bin/chromium already runs. Playwright never downloads a browser:
# the tests launch this binary through `executable_path`.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ] && "$CHROMIUM" --version >/dev/null 2>&1; then
    echo "chromium already installed: $("$CHROMIUM" --version)"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-browser.sh: need root (or sudo) to apt-get install chromium" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium fonts-dejavu-core
echo "installed: $("$CHROMIUM" --version)"
