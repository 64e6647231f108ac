# Two commands set everything up on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install system-deps neo4j-launcher run test lint eval bench clean

install: $(STAMP)

# torch first, from the machine's local CPU wheel: otherwise sentence-transformers pulls CUDA builds.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

# Headless Chromium + driver for the browser tests, DejaVu fonts for the PDF fixtures, Tesseract
# with its Vietnamese data for scanned PDFs (OCR; ~15 MB) (Debian).
system-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
	    || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] \
	    || [ ! -f /usr/share/tesseract-ocr/5/tessdata/vie.traineddata ]; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    chromium chromium-driver fonts-dejavu-core tesseract-ocr tesseract-ocr-vie >/dev/null) \
	  || echo "warning: could not install chromium/fonts/tesseract; browser and OCR tests will be skipped"; \
	fi

# The real Neo4j 5 the tests run against (tests/neo4j, jars in tests/neo4j/target/); skipped,
# and so are the Neo4j test variants, without Java and Maven.
neo4j-launcher:
	@if command -v java >/dev/null && command -v mvn >/dev/null; then \
	  mvn -q -B -f tests/neo4j/pom.xml package; \
	else echo "java/mvn not found: the Neo4j test variants will be skipped"; fi

run: install
	$(BIN)/chidao ingest data/samples
	$(BIN)/chidao serve --host $(HOST) --port $(PORT)

test: install system-deps neo4j-launcher
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check ingest graph search_api tests bench
	$(BIN)/mypy ingest graph search_api

# The extraction yardstick on the project's own corpus, its held-out notices (holdout, holdout-2, holdout-3, holdout-5, holdout-6, holdout-7, holdout-8, holdout-9) and ../shared/corpus-dev (when present).
eval: install
	$(BIN)/chidao eval-extraction eval/notices --no-misses --questions
	$(BIN)/chidao eval-extraction eval/holdout --no-misses --questions
	$(BIN)/chidao eval-extraction eval/holdout-2 --no-misses --questions
	$(BIN)/chidao eval-extraction eval/holdout-3 --no-misses --questions
	$(BIN)/chidao eval-extraction eval/holdout-5 --no-misses --questions
	$(BIN)/chidao eval-extraction eval/holdout-6 --no-misses --questions
	$(BIN)/chidao eval-extraction eval/holdout-7 --no-misses --questions
	$(BIN)/chidao eval-extraction eval/holdout-8 --no-misses --questions
	$(BIN)/chidao eval-extraction eval/holdout-9 --no-misses --questions
	@if [ -d ../shared/corpus-dev ]; then \
	  $(BIN)/chidao eval-extraction ../shared/corpus-dev --no-misses --questions; \
	else echo "../shared/corpus-dev not found: skipped"; fi

bench: install
	$(BIN)/python -m bench.ingest --notices 100
	$(BIN)/python -m bench.search --notices 100

clean:
	rm -rf $(VENV) .chidao .pytest_cache .mypy_cache .ruff_cache tests/neo4j/target
