# Every target creates .venv and installs into it when needed: a fresh machine needs only
# Python 3.11+ and make. `make demo` installs what vidradar needs to run; `make test` adds the
# test tools. Installing prints one line per package, so a first run is never silent for long.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
APP := $(VENV)/.installed-app
STAMP := $(VENV)/.installed-test
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
PIP := $(BIN)/python -m pip install --disable-pip-version-check --progress-bar off
# pip's own lines, less the noise: which package, then that it is installed.
SHOW := { grep --line-buffered -E '^(Collecting|Installing|Successfully|Building|ERROR|error)' || true; } | sed -u 's/^/  /'

.PHONY: demo test stress bench lint run clean model

$(BIN)/python:
	@echo "vidradar: creating $(VENV) (first run only)"
	@$(PYTHON) -m venv $(VENV)

$(APP): pyproject.toml | $(BIN)/python
	@echo "vidradar: installing vidradar and its dependencies into $(VENV) (first run only)"
	@$(PIP) -e . 2>&1 | $(SHOW)
	@touch $(APP)

$(STAMP): $(APP)
	@echo "vidradar: installing the test tools into $(VENV) (first run only)"
	@$(PIP) -e '.[test]' 2>&1 | $(SHOW)
	@touch $(STAMP)

demo: $(APP)
	$(BIN)/vidradar demo

# One pytest-xdist worker per core and one more, since the slowest tests mostly wait on the
# processes they start (at most 4: each worker starts its own PostgreSQL); worksteal keeps them
# all busy to the end. `make test TEST_WORKERS=0` runs the suite serially.
TEST_WORKERS ?= $(shell $(PYTHON) -c 'import os; print(min(4, (os.cpu_count() or 1) + 1))')
test: $(STAMP)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal

stress: $(STAMP)
	VIDRADAR_STRESS=1 HYPOTHESIS_PROFILE=stress $(BIN)/python -m pytest -s --timeout 1800 \
		tests/test_crash.py tests/test_load.py tests/test_hostile.py tests/test_migration_race.py \
		tests/test_delivery.py tests/test_shards.py tests/test_leases.py

bench: $(STAMP) $(VENV)/.bench
	$(BIN)/python benchmarks/run.py $(ARGS)

$(VENV)/.bench: pyproject.toml | $(BIN)/python
	@echo "vidradar: installing the benchmark tools into $(VENV) (first run only)"
	@$(PIP) -e '.[test,bench]' 2>&1 | $(SHOW)
	@touch $(VENV)/.bench

# Retrain the detector's second opinion from benchmarks/labelled/tuning and the tune split of
# ../shared's dev corpora (docs/detection.md, "The second opinion"); about a minute.
model: $(STAMP)
	$(BIN)/python benchmarks/train_second_opinion.py

lint: $(STAMP)
	$(BIN)/ruff check feeds bot tests benchmarks
	$(BIN)/ruff format --check --quiet feeds bot tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info
