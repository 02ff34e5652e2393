PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := examples/seed-blitz-china-nato.txt

.PHONY: demo test lint bench golden clean

$(BIN)/summarize: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: $(BIN)/summarize
	$(BIN)/summarize $(SAMPLE) --lang zh

test: $(BIN)/summarize
	$(BIN)/python -m pytest -q

lint: $(BIN)/summarize
	$(BIN)/ruff check summarizer tests bench
	$(BIN)/ruff format --check summarizer tests bench
	$(BIN)/mypy

bench: $(BIN)/summarize
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist

golden: $(BIN)/summarize
	$(BIN)/summarize golden check
