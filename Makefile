# Two commands for a fresh machine: `make lab` (learners) and `make test`.
# Everything runs from the local virtual environment .venv: no activation needed.
# Learners get the runtime only; `make test` adds the test tools (pytest, Playwright).

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
export PATH := $(BIN):$(PATH)

.PHONY: lab start teacher test lessons handouts cards docs lite clean

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

## test: the whole test suite (it builds the browser version too), on up to four workers, a module on one worker
test: $(VENV)/.installed-test .venv-lite/.installed
	$(BIN)/python -m pytest --numprocesses auto --maxprocesses 4 --dist loadfile

## lessons: rebuild check() keys and regenerate lessons/ from solutions/
lessons: $(VENV)/.installed
	$(BIN)/python -m medialit.classroom.course

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

# The browser version's build tools, pinned, in their own environment: pyodide-lock needs Python 3.12 or later.
# Any 3.12 or later: pyenv's versions first (its shims on PATH fail for a version not selected), then PATH.
LITE_PYTHON ?= $(firstword $(wildcard $(or $(PYENV_ROOT),$(HOME)/.pyenv)/versions/3.1[2-9]*/bin/python3) \
	$(shell command -v python3.14 python3.13 python3.12 2>/dev/null))
.venv-lite/.installed: lite/requirements-build.txt
	@test -n "$(LITE_PYTHON)" || { echo "make lite needs Python 3.12 or later to build the site, and none was found on PATH or under pyenv: install one, or name it with LITE_PYTHON=/path/to/python3.12." >&2; exit 1; }
	$(LITE_PYTHON) -m venv .venv-lite
	.venv-lite/bin/python -m pip install --quiet -r lite/requirements-build.txt
	touch $@

## lite: the lessons as a JupyterLite site in site/ (runs in any browser, offline after the first visit); CLASS=1 leaves out the check() keys
lite: $(VENV)/.installed .venv-lite/.installed
	$(BIN)/python -m medialit.classroom.lite $(if $(CLASS),--class)

clean:
	rm -rf $(VENV) .venv-lite site gradebook.db .pytest_cache test-artifacts handouts reports cards site-docs
