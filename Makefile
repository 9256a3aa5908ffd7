# Two commands do all set-up on a fresh machine (Python 3.11, Node.js/npm):
#   make serve   install everything, then serve the site with live reload (http://127.0.0.1:8000/)
#   make test    install everything, then run the whole test suite (what CI runs)
# Both are idempotent and quick when nothing changed.
#
# TORCH_INDEX: a package index to take torch==2.13.0 from (GitHub's runners use PyTorch's CPU
# wheel index; here the CPU wheel already on disk is found without it).
# DEPLOY_REMOTE, DEPLOY_BRANCH: where `make deploy` pushes the built site (origin, gh-pages).
# DEPLOY_SITE: the fresh folder `make deploy` builds the site (with its PDF) into before pushing it.

VENV := .venv
PY := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1
# Reproducible builds: dates in the output (sitemap, archives) are the last commit's.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
# Python writes the bytecode of what it imports (some machines set PYTHONDONTWRITEBYTECODE, and then
# every process would compile torch's modules again): pip installs with --no-compile, since compiling
# every file of every package, serially, took half of a fresh set-up (about 65 of 127 s); only what
# the course imports is compiled, once, right after (and anything else the first time it is imported).
unexport PYTHONDONTWRITEBYTECODE

TORCH_INDEX ?=
DEPLOY_REMOTE ?= origin
DEPLOY_BRANCH ?= gh-pages
DEPLOY_SITE := build/deploy-site
PDF := build/pdf/calculus-for-deep-learning.pdf
# What the build, the lessons and the tests import besides torch (their bytecode is written once, at
# set-up, while another process compiles torch's)
IMPORTED := import jax, matplotlib.pyplot, numpy, mkdocs.commands.build, material, markdown_exec, \
	mkdocs_jupyter, nbconvert, ipykernel.kernelapp, jupyter_client, pytest, xdist, playwright.sync_api, pypdf, bs4

.PHONY: setup system-browser serve build test lint figures bench clean clean-cache browser accept matrix deploy lighthouse lighthouse-gate pdf

INSTALLED := $(VENV)/.installed node_modules/.installed
setup:  ## the Python and the Node.js packages, side by side (silent when both are up to date)
	@$(MAKE) --no-print-directory -q $(INSTALLED) || $(MAKE) --no-print-directory -j3 $(INSTALLED) $(ALSO)

# Targets that need the browser install Debian's Chromium (where root can) beside the packages;
# `browser` then only checks, or falls back to Playwright's own, which needs the Python packages.
test deploy lighthouse-gate pdf: ALSO := system-browser
system-browser:
	@sh scripts/install_browser.sh --system-only

$(VENV)/.installed: requirements.txt
	test -x $(PY) || python3.11 -m venv $(VENV) || python3 -m venv $(VENV)
	$(if $(TORCH_INDEX),$(PY) -m pip install --quiet --no-compile torch==2.13.0 --index-url $(TORCH_INDEX))
	$(PY) -m pip install --quiet --no-compile -r requirements.txt
	$(PY) -c "import torch" & torch=$$!; $(PY) -c "$(IMPORTED)" && wait $$torch
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

# The Lighthouse gate: alone (one process), on the site the last suite run built and kept.
LIGHTHOUSE_GATE := COURSE_TEST_SITE=build/test-site $(PY) -m pytest -n 0 -m lighthouse

test: setup browser  ## the whole suite; the Lighthouse gate last, alone, on the site the suite built
	$(PY) -m pytest
	$(LIGHTHOUSE_GATE)

lighthouse-gate: setup browser  ## the Lighthouse gate test by itself, on the site the last `make test` built
	$(LIGHTHOUSE_GATE)

lighthouse: build  ## Lighthouse on every page of site/ (median of 3 runs): build/lighthouse.md
	$(PY) scripts/lighthouse.py

browser: setup  ## a Chromium for the browser tests: Debian's where root can install it, else Playwright's own
	@PATH="$(CURDIR)/$(VENV)/bin:$$PATH" sh scripts/install_browser.sh

deploy: setup browser  ## strict build (CI=true: every lesson executed) with the PDF edition, pushed to $(DEPLOY_BRANCH)
	rm -rf $(DEPLOY_SITE)
	CI=true $(VENV)/bin/mkdocs build --strict --site-dir $(DEPLOY_SITE)
	$(PY) scripts/pdf.py --site $(DEPLOY_SITE) --out $(PDF) --add-to-site
	$(VENV)/bin/ghp-import --no-jekyll --push --force --no-history \
		--remote $(DEPLOY_REMOTE) --branch $(DEPLOY_BRANCH) \
		--message "Deploy $$(git rev-parse --short HEAD) with MkDocs $$($(PY) -c 'import mkdocs; print(mkdocs.__version__)') and its PDF" \
		$(DEPLOY_SITE)

pdf: build browser  ## the whole course as one PDF from the strictly built site/: build/pdf/calculus-for-deep-learning.pdf
	$(PY) scripts/pdf.py --site site --out $(PDF)

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
