# Every target creates .venv and installs into it when needed: a fresh machine needs only
# Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test stress bench lint run clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -qq --upgrade pip
	$(BIN)/python -m pip install -qq -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/vidradar demo

test: $(STAMP)
	$(BIN)/python -m pytest

stress: $(STAMP)
	VIDRADAR_STRESS=1 HYPOTHESIS_PROFILE=stress $(BIN)/python -m pytest -s --timeout 1800 \
		tests/test_crash.py tests/test_load.py tests/test_hostile.py tests/test_migration_race.py \
		tests/test_delivery.py

bench: $(STAMP) $(VENV)/.bench
	$(BIN)/python benchmarks/run.py $(ARGS)

$(VENV)/.bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -qq -e '.[test,bench]'
	touch $(VENV)/.bench

lint: $(STAMP)
	$(BIN)/ruff check feeds bot tests benchmarks
	$(BIN)/ruff format --check --quiet feeds bot tests benchmarks

clean:
	rm -rf $(VENV) build *.egg-info
