# Two commands do all set-up on a fresh machine (Python 3.11, Node.js/npm):
#   make serve   install everything, then serve the site with live reload
#   make test    install everything, then run the whole test suite (what CI runs)
# Both are idempotent and quick when nothing changed.

VENV := .venv
PY := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1
# Reproducible builds: dates in the output (sitemap, archives) are the last commit's.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: setup serve build test lint figures bench clean clean-cache browser accept matrix

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.txt
	test -x $(PY) || python3.11 -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

serve: setup
	$(VENV)/bin/mkdocs serve

build: setup  ## the static site, into site/ (replaced only by a build that fully succeeded)
	rm -rf site.partial
	$(VENV)/bin/mkdocs build --strict --site-dir site.partial
	rm -rf site && mv site.partial site

test: setup browser
	$(PY) -m pytest

browser:  ## Debian's Chromium for the browser tests (Playwright's own download does not work here)
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

accept: setup  ## rewrite every lesson's output record after an intended change (review the diff!)
	$(PY) scripts/accept.py

matrix: setup  ## re-run every lesson under the environment matrix, compare with the output record
	$(PY) scripts/matrix.py

figures: setup
	$(PY) scripts/figures.py

bench: setup  ## the build engine's benchmark, on a fresh clone
	$(PY) scripts/bench.py

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean-cache:  ## forget every cached lesson execution
	rm -rf .cache/exec

clean: clean-cache
	rm -rf site build
