# rufacts: every target sets up its own virtual environment (.venv) first.
#   make demo   install, then extract the facts of the bundled sample dump (data/sample)
#   make test   install, then run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell $(PYTHON) -c "import sys; print('%d.%d' % sys.version_info[:2])")

.PHONY: demo test install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/rufacts batch data/sample -o out/sample.jsonl --overwrite
	$(BIN)/rufacts extract data/sample/lefortovo-technopolis.txt --pretty --no-text

test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) out .cache .pytest_cache .hypothesis
