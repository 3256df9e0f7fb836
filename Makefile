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

.PHONY: setup client mock sandbox test lint docs bench clean lock

setup: $(VENV)/.installed

# Reinstalls only when a pin or the package metadata changed.
$(VENV)/.installed: requirements.lock pyproject.toml generated/setup.py
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e generated -e .
	@touch $@

# Re-pins every Python dependency from the ranges in pyproject.toml (run by hand, then commit).
lock:
	rm -rf $(VENV).lock && $(PYTHON) -m venv $(VENV).lock
	$(VENV).lock/bin/pip install --quiet -e generated -e '.[dev]'
	$(VENV).lock/bin/pip freeze --all --exclude-editable | grep -v -e '^-e' -e '^pip==' > requirements.lock
	rm -rf $(VENV).lock

client: setup
	openapi-python-client generate --path $(SPEC) --config codegen/config.yaml \
	  --custom-template-path codegen/templates --meta setup --output-path $(CLIENT_OUT) --overwrite

test: setup
	mkdir -p reports
	pytest --junitxml=reports/pytest.xml

lint: setup
	ruff check src tests
	ruff format --check src tests
	mypy

clean:
	rm -rf $(VENV) reports docs mock/node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
