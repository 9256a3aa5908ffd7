#!/bin/sh
# The browser for the browser tests (`make browser`, run by `make test`):
#   1. a Chromium already on the PATH (Debian's `chromium`, or `chromium-browser`): nothing to do;
#   2. Debian or Ubuntu as root: Debian's chromium package with apt-get, without the ~90 packages it
#      only recommends (printing, sound and desktop helpers, a terminal, Samba...: 26 packages instead
#      of 115 on a bare Debian 12), but with the Liberation fonts it recommends, which the pages and
#      the PDF are laid out with here (checked in a minimal Debian 12, `debootstrap --variant=minbase`:
#      installed this way, it passed every browser test and printed a PDF);
#   3. anywhere else (macOS, a workstation without root): Playwright's own Chromium, downloaded
#      into the user's cache by `playwright install chromium` (the venv's Playwright), no root needed.
# The tests find the browser the same way (tests/test_browser.py). Exit 1 with an explanation if all fail.
# With --system-only (`make test` runs it beside the Python install, which 3. needs): 1. and 2. only,
# and exit 0 whatever happens; `make browser` then tries the rest, and explains a failure.
set -u
system_only=false
if [ "${1:-}" = "--system-only" ]; then system_only=true; fi
for name in chromium chromium-browser; do
  if command -v "$name" >/dev/null 2>&1; then exit 0; fi
done
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  if apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null && command -v chromium >/dev/null 2>&1; then
    exit 0
  fi
  if $system_only; then exit 0; fi
  echo "install_browser: apt-get could not install Debian's chromium; trying Playwright's own Chromium" >&2
elif $system_only; then
  exit 0
else
  echo "install_browser: no Chromium on the PATH and no apt-get as root here;" \
    "installing Playwright's own Chromium (a download, no root needed)" >&2
fi
if playwright install chromium; then
  exit 0
fi
cat >&2 <<'MSG'
install_browser: could not get a browser for the browser tests.
  - Debian's chromium needs apt-get and root (sudo make browser, or apt-get install chromium);
  - Playwright's own Chromium (`.venv/bin/playwright install chromium`) needs network access
    to Playwright's download host, which this machine could not reach.
Install Chromium by any other means and put it on the PATH as `chromium`, then run `make test` again.
MSG
exit 1
