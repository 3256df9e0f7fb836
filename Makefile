# The kit's interface: setup, client, mock, sandbox, test, lint, docs, bench, clean.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
MOCK_PORT ?= 4010
SANDBOX_PORT ?= 4020
SPEC := openapi/cobalt.yaml
# Where `make client` writes; the drift test points it at a temporary folder.
CLIENT_OUT ?= generated
# The generator formats its output with whichever ruff is on PATH: put the pinned one first.
export PATH := $(BIN):$(PATH)
export PIP_DISABLE_PIP_VERSION_CHECK := 1

PRISM_STAMP := mock/node_modules/.installed

.PHONY: setup client mock sandbox test lint docs bench clean lock

setup: $(VENV)/.installed $(PRISM_STAMP)

# Reinstalls only when a pin or the package metadata changed.
$(VENV)/.installed: requirements.lock pyproject.toml generated/setup.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e generated -e .
	@touch $@

# Prism, exactly as mock/package-lock.json pins it; again only when the lock changed.
$(PRISM_STAMP): mock/package.json mock/package-lock.json
	cd mock && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Serves the document's examples on MOCK_PORT; Prism prints the URL once it listens. exec hands
# Ctrl-C and SIGTERM straight to Prism's own node process.
mock: $(PRISM_STAMP)
	exec mock/node_modules/.bin/prism mock $(SPEC) --host 127.0.0.1 --port $(MOCK_PORT)

# The stateful sandbox on SANDBOX_PORT (SANDBOX_DB, SANDBOX_BOOKING_DELAY, SANDBOX_CREDENTIALS;
# SANDBOX_RESET=1 starts again from the demo data). It prints its URL once it listens.
sandbox: $(VENV)/.installed
	exec python -m cobalt_kit.sandbox --port $(SANDBOX_PORT) $(if $(SANDBOX_RESET),--reset)

# Re-pins every Python dependency from the ranges in pyproject.toml (run by hand, then commit).
lock:
	rm -rf $(VENV).lock && $(PYTHON) -m venv $(VENV).lock
	$(VENV).lock/bin/pip install --quiet -e generated -e '.[dev]'
	$(VENV).lock/bin/pip freeze --all --exclude-editable | grep -v -e '^-e' -e '^pip==' > requirements.lock
	rm -rf $(VENV).lock

client: setup
	openapi-python-client generate --path $(SPEC) --config codegen/config.yaml \
	  --custom-template-path codegen/templates --meta setup --output-path $(CLIENT_OUT) --overwrite

test: setup lint
	mkdir -p reports
	pytest --junitxml=reports/pytest.xml

lint: setup
	ruff check src tests
	ruff format --check src tests
	mypy

clean:
	rm -rf $(VENV) reports docs mock/node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
