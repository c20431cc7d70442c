# Two commands for a fresh machine: `make lab` (learners) and `make test`.
# Everything runs from the local virtual environment .venv: no activation needed.
# Learners get the runtime only; `make test` adds the test tools (pytest, Playwright).

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
export PATH := $(BIN):$(PATH)

.PHONY: lab start teacher test lessons handouts cards docs clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# One pip run for a fresh test machine (CI): the runtime and the test tools together.
$(VENV)/.installed-test: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	npm install --silent --no-fund --no-audit --prefix $(VENV)/node configurable-http-proxy@5  # JupyterHub's proxy, for the hub test
	touch $(VENV)/.installed $@

## lab: a learner's start: copy the lessons into ~/medialit-lessons (never overwriting your work) and open them
lab: $(VENV)/.installed
	$(BIN)/medialit start

## start: the same as `make lab`
start: lab

## teacher: JupyterLab at the course root, with nbgrader's formgrader and tools (the same as .venv/bin/medialit teacher)
teacher: $(VENV)/.installed
	$(BIN)/medialit teacher

## test: the whole test suite, on up to four workers (tests/conftest.py keeps each module on one)
test: $(VENV)/.installed-test
	$(BIN)/python -m pytest --numprocesses auto --maxprocesses 4 --dist loadgroup

## lessons: rebuild check() keys and regenerate lessons/ from solutions/
lessons: $(VENV)/.installed
	$(BIN)/python -m medialit.course

## handouts: printable handouts of every lesson in handouts/ (HTML, and PDF where Chromium is installed)
handouts: $(VENV)/.installed
	$(BIN)/medialit handouts

## cards: a printable teacher card for each lesson in cards/ (HTML, and PDF where Chromium is installed), from docs/teach/
cards: $(VENV)/.installed
	$(BIN)/medialit cards

$(VENV)/.installed-docs: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[docs]'
	touch $@

## docs: the teacher's pages (docs/) as a searchable site in site-docs/ (open site-docs/index.html); fails on a broken link
docs: $(VENV)/.installed-docs
	$(BIN)/mkdocs build --strict

clean:
	rm -rf $(VENV) gradebook.db .pytest_cache test-artifacts handouts reports cards site-docs
