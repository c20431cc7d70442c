# Two commands for a fresh machine: `make lab` (learners) and `make test`.
# Everything runs from the local virtual environment .venv: no activation needed.

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
export PATH := $(BIN):$(PATH)

.PHONY: lab start teacher test lessons handouts clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

## lab: open the lessons in JupyterLab as a learner sees them
lab: $(VENV)/.installed
	JUPYTER_CONFIG_DIR=$(CURDIR)/jupyter/learner $(BIN)/jupyter lab lessons

## start: working alone: copy the lessons into ~/medialit-lessons (never overwriting your work) and open them
start: $(VENV)/.installed
	$(BIN)/medialit start

## teacher: JupyterLab at the course root, with nbgrader's formgrader and tools
teacher: $(VENV)/.installed
	JUPYTER_CONFIG_DIR=$(CURDIR)/jupyter/teacher $(BIN)/jupyter lab

## test: the whole test suite
test: $(VENV)/.installed
	$(BIN)/python -m pytest

## lessons: rebuild check() keys and regenerate lessons/ from solutions/
lessons: $(VENV)/.installed
	$(BIN)/python -m medialit.course

## handouts: printable handouts of every lesson in handouts/ (HTML, and PDF where Chromium is installed)
handouts: $(VENV)/.installed
	$(BIN)/medialit handouts

clean:
	rm -rf $(VENV) gradebook.db .pytest_cache test-artifacts handouts reports
